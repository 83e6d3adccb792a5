/*
 * A bar chart on a log scale, one labelled bar per entry (the labs' gradient norm per layer).
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.BarChart = (function () {
    function BarChart(canvas) {
        this.canvas = canvas;
    }

    /** bars: [{label, value}], drawn on a log scale spanning at least 1e-8 .. max. */
    BarChart.prototype.paint = function (bars, colour) {
        var c = ScratchNet.Canvas.begin(this.canvas);
        var ctx = c.ctx;
        var left = 46, bottom = 18, top = 6;
        var logs = bars.map(function (b) { return b.value > 0 && isFinite(b.value) ? Math.log(b.value) / Math.LN10 : NaN; });
        var hi = Math.ceil(Math.max.apply(null, logs.filter(isFinite).concat([-8])));
        var lo = Math.floor(Math.min.apply(null, logs.filter(isFinite).concat([hi - 1])));
        var slot = (c.w - left) / Math.max(1, bars.length);
        ctx.fillStyle = "#374151";
        ctx.textAlign = "right";
        ctx.textBaseline = "top";
        ctx.fillText("1e" + hi, left - 4, top);
        ctx.textBaseline = "bottom";
        ctx.fillText("1e" + lo, left - 4, c.h - bottom);
        ctx.textAlign = "center";
        ctx.textBaseline = "top";
        bars.forEach(function (b, i) {
            var x = left + i * slot;
            if (isFinite(logs[i])) {
                var y = c.h - bottom - (logs[i] - lo) / (hi - lo) * (c.h - top - bottom);
                ctx.fillStyle = colour;
                ctx.fillRect(x + slot * 0.15, y, slot * 0.7, c.h - bottom - y);
            }
            ctx.fillStyle = "#374151";
            ctx.fillText(b.label, x + slot / 2, c.h - bottom + 3);
        });
    };

    return BarChart;
})();
