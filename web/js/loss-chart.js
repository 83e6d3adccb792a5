/*
 * Train and test loss against epochs: y linear or logarithmic, x all epochs (linear or
 * logarithmic) or only the most recent ones. It is handed the history as (step, train, test)
 * triples and the epochs a step is worth (1 / steps per epoch); ticks, axis titles and
 * units sit outside the plot, the legend below it in the page. The current values are printed
 * as text elsewhere, so nothing here is the only place a number appears.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.LossChart = (function () {
    function LossChart(canvas) {
        this.canvas = canvas;
    }

    LossChart.TRAIN = "#1f2937";
    LossChart.TEST = "#c2410c";

    /**
     * @param history (step, train loss, test loss) triples
     * @param logScale whether the loss axis is logarithmic
     * @param x {perStep: epochs per step, mode: "linear", "log" or "recent", recent: epochs
     *     the recent view shows, lossName: what the y axis is}
     */
    LossChart.prototype.paint = function (history, logScale, x) {
        var T = ScratchNet.Ticks;
        var c = ScratchNet.Canvas.begin(this.canvas);
        var ctx = c.ctx;
        var xLog = x.mode === "log";
        this.canvas.dataset.xTitle = "epochs" + (xLog ? " (log)" : x.mode === "recent"
            ? " (last " + x.recent + ")" : "");
        var points = [];
        var lastEpoch = history.length ? history[history.length - 3] * x.perStep : 0;
        for (var i = 0; i < history.length; i += 3) {
            var epoch = history[i] * x.perStep;
            if ((xLog && !(epoch > 0)) || (x.mode === "recent" && epoch < lastEpoch - x.recent)) {
                continue;
            }
            points.push([epoch, history[i + 1], history[i + 2]]);
        }
        function fy(v) { return logScale ? Math.log(Math.max(v, 1e-12)) / Math.LN10 : v; }
        function fx(v) { return xLog ? Math.log(v) / Math.LN10 : v; }
        var lo = Infinity, hi = -Infinity, x0 = Infinity, x1 = -Infinity;
        points.forEach(function (p) {
            x0 = Math.min(x0, fx(p[0]));
            x1 = Math.max(x1, fx(p[0]));
            for (var k = 1; k <= 2; k++) {
                var v = fy(p[k]);
                if (isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        });
        if (!isFinite(lo)) {
            lo = 0;
            hi = 1;
        }
        if (!logScale) {
            lo = Math.min(lo, 0);
        }
        hi = hi - lo < 1e-9 ? lo + 1 : hi;
        if (!isFinite(x0)) {
            x0 = xLog ? -1 : 0;
            x1 = xLog ? 0 : 1;
        }
        if (x.mode === "recent") {
            x0 = Math.min(x0, x1 - x.recent);
        }
        x1 = x1 - x0 < 1e-9 ? x0 + (xLog ? 1 : Math.max(x.perStep, 1e-3)) : x1;
        var yTicks = logScale ? T.log(lo, hi, 3) : T.linear(lo, hi, 3);
        var xTicks = (xLog ? T.log(x0, x1, 5) : T.linear(x0, x1, 5)).filter(function (v) {
            return v > 0 || !xLog;
        });
        ctx.font = "11px system-ui, sans-serif";
        var m = { left: Math.ceil(T.widest(ctx, yTicks)) + 10, right: 12, top: 8, bottom: 30 };
        var pw = c.w - m.left - m.right;
        var ph = c.h - m.top - m.bottom;
        function X(v) { return m.left + (fx(v) - x0) / (x1 - x0) * pw; }
        function Y(v) { return m.top + ph - (fy(v) - lo) / (hi - lo) * ph; }
        ctx.fillStyle = "#ffffff";
        ctx.fillRect(m.left, m.top, pw, ph);
        ctx.strokeStyle = "#d1d5db";
        ctx.lineWidth = 1;
        ctx.fillStyle = "#374151";
        // grid lines across the plot, on whole pixels
        T.drawLeft(ctx, yTicks, function (v) { return Math.round(Y(v)) + 0.5; }, m.left, 3,
            m.left + pw);
        T.drawBelow(ctx, xTicks, function (v) { return Math.round(X(v)) + 0.5; }, m.top + ph, 3);
        ctx.textAlign = "center";
        ctx.textBaseline = "bottom";
        ctx.fillText(this.canvas.dataset.xTitle + " →", m.left + pw / 2, c.h);
        ctx.save();
        ctx.beginPath();
        ctx.rect(m.left, m.top, pw, ph);
        ctx.clip();
        ctx.lineWidth = 1.6;
        [[2, LossChart.TEST], [1, LossChart.TRAIN]].forEach(function (series) {
            ctx.strokeStyle = series[1];
            ctx.beginPath();
            var started = false;
            points.forEach(function (p) {
                var v = p[series[0]];
                if (!isFinite(fy(v))) {
                    started = false;
                    return;
                }
                if (started) {
                    ctx.lineTo(X(p[0]), Y(v));
                } else {
                    ctx.moveTo(X(p[0]), Y(v));
                    started = true;
                }
            });
            ctx.stroke();
        });
        ctx.restore();
    };

    return LossChart;
})();
