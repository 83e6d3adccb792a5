/*
 * Predicted against actual delivery time on the test rows, with the line where they agree.
 * Points above the line are over-estimates, below it under-estimates.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.Scatter = (function () {
    function Scatter(canvas) {
        this.canvas = canvas;
        this.context = canvas.getContext("2d");
    }

    /** @param pairs (actual, predicted) per test row, in minutes */
    Scatter.prototype.paint = function (pairs) {
        var ratio = ScratchNet.Canvas.fit(this.canvas);
        var ctx = this.context;
        var w = this.canvas.width;
        var h = this.canvas.height;
        var pad = 28 * ratio;
        ctx.clearRect(0, 0, w, h);
        var lo = Infinity;
        var hi = -Infinity;
        for (var i = 0; i < pairs.length; i++) {
            if (isFinite(pairs[i])) {
                lo = Math.min(lo, pairs[i]);
                hi = Math.max(hi, pairs[i]);
            }
        }
        if (!isFinite(lo) || hi <= lo) {
            return;
        }
        lo = Math.max(0, Math.floor(lo / 10) * 10);
        hi = Math.ceil(hi / 10) * 10;
        function x(v) { return pad + (v - lo) / (hi - lo) * (w - 1.5 * pad); }
        function y(v) { return h - pad - (v - lo) / (hi - lo) * (h - 1.5 * pad); }
        ctx.strokeStyle = "#9ca3af";
        ctx.lineWidth = ratio;
        ctx.beginPath();
        ctx.moveTo(x(lo), y(lo));
        ctx.lineTo(x(hi), y(hi));
        ctx.stroke();
        ctx.fillStyle = "#374151";
        ctx.font = (11 * ratio) + "px system-ui, sans-serif";
        ctx.fillText(lo + " min", x(lo), h - pad + 14 * ratio);
        ctx.fillText(hi + " actual", x(hi) - 52 * ratio, h - pad + 14 * ratio);
        ctx.fillText(hi + " predicted", 2 * ratio, y(hi) - 4 * ratio);
        ctx.fillStyle = "rgba(8, 119, 189, 0.55)";
        for (var k = 0; k < pairs.length; k += 2) {
            var px = x(pairs[k]);
            var py = y(Math.max(lo, Math.min(hi, pairs[k + 1])));
            ctx.fillRect(px - 1.5 * ratio, py - 1.5 * ratio, 3 * ratio, 3 * ratio);
        }
    };

    return Scatter;
})();
