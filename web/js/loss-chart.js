/*
 * Train and test loss against steps, on a linear or logarithmic axis. It is handed the
 * history as (step, train, test) triples and draws them; the current values are printed as
 * text elsewhere on the page, so nothing here is the only place a number appears.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.LossChart = (function () {
    function LossChart(canvas) {
        this.canvas = canvas;
        this.context = canvas.getContext("2d");
    }

    LossChart.TRAIN = "#1f2937";
    LossChart.TEST = "#c2410c";

    LossChart.prototype.paint = function (history, logScale) {
        var ratio = ScratchNet.Canvas.fit(this.canvas);
        var ctx = this.context;
        var w = this.canvas.width;
        var h = this.canvas.height;
        var pad = 4 * ratio;
        ctx.clearRect(0, 0, w, h);
        var n = history.length / 3;
        if (n < 1) {
            return;
        }
        function value(v) {
            return logScale ? Math.log(Math.max(v, 1e-12)) / Math.LN10 : v;
        }
        var lo = Infinity;
        var hi = -Infinity;
        for (var i = 0; i < history.length; i += 3) {
            for (var k = 1; k <= 2; k++) {
                var v = value(history[i + k]);
                if (isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!isFinite(lo)) {
            return;
        }
        if (!logScale) {
            lo = Math.min(lo, 0);
        }
        if (hi - lo < 1e-9) {
            hi = lo + 1;
        }
        var first = history[0];
        var last = Math.max(history[history.length - 3], first + 1);
        function x(step) {
            return pad + (step - first) / (last - first) * (w - 2 * pad);
        }
        function y(v) {
            return h - pad - (value(v) - lo) / (hi - lo) * (h - 2 * pad);
        }
        ctx.fillStyle = "#374151";
        ctx.font = (10 * ratio) + "px system-ui, sans-serif";
        ctx.textBaseline = "top";
        function label(v) {
            var real = logScale ? Math.pow(10, v) : v;
            return Math.abs(real) >= 100 || real === 0 ? real.toFixed(0) : real.toPrecision(2);
        }
        // Labels sit on the right, away from the early steps where the loss is highest.
        ctx.textAlign = "right";
        ctx.fillText("max " + label(hi), w - pad, pad);
        ctx.textBaseline = "bottom";
        ctx.fillText((logScale ? "min " : "") + label(lo) + " · step " + last, w - pad, h - pad);
        ctx.lineWidth = 1.5 * ratio;
        [[2, LossChart.TEST], [1, LossChart.TRAIN]].forEach(function (series) {
            ctx.strokeStyle = series[1];
            ctx.beginPath();
            var started = false;
            for (var i = 0; i < history.length; i += 3) {
                var v = history[i + series[0]];
                if (!isFinite(value(v))) {
                    started = false;
                    continue;
                }
                if (started) {
                    ctx.lineTo(x(history[i]), y(v));
                } else {
                    ctx.moveTo(x(history[i]), y(v));
                    started = true;
                }
            }
            ctx.stroke();
        });
    };

    return LossChart;
})();
