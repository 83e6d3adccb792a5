/*
 * Train and test loss against epochs: y linear or logarithmic, x all epochs (linear or
 * logarithmic) or only the most recent ones. It is handed the history as (step, train, test)
 * triples and the epochs a step is worth (1 / steps per epoch); ticks, axis titles and
 * units sit outside the plot, the legend below it in the page. The current values are printed
 * as text elsewhere, so nothing here is the only place a number appears. After a rewind it
 * also draws the run before it (dashed, "before rewind"), the checkpoints a rewind can land on
 * (triangles on the plot's floor, the one the run stands at larger), where the replay started, and the
 * step from which the rate was above plain gradient descent's stability limit 2/λ.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.LossChart = (function () {
    function LossChart(canvas) {
        this.canvas = canvas;
    }

    LossChart.TRAIN = "#1f2937";
    LossChart.TEST = "#c2410c";
    /** The run before the latest rewind, dashed: train, test. */
    LossChart.GHOST_TRAIN = "#6b7280";
    LossChart.GHOST_TEST = "#f59e0b";
    LossChart.WARN = "#b91c1c";

    /**
     * @param history (step, train loss, test loss) triples
     * @param logScale whether the loss axis is logarithmic
     * @param x {perStep: epochs per step, mode: "linear", "log" or "recent", recent: epochs
     *     the recent view shows, lossName: what the y axis is}
     * @param marks optional {ghost: triples of the run before the rewind, checkpoints: steps,
     *     step: where the run stands, replayFrom: step (-1 none), warnStep: step (-1 none)}
     */
    LossChart.prototype.paint = function (history, logScale, x, marks) {
        marks = marks || { ghost: [], checkpoints: [], step: 0, replayFrom: -1, warnStep: -1 };
        var T = ScratchNet.Ticks;
        var c = ScratchNet.Canvas.begin(this.canvas);
        var ctx = c.ctx;
        var xLog = x.mode === "log";
        this.canvas.dataset.xTitle = "epochs" + (xLog ? " (log)" : x.mode === "recent"
            ? " (last " + x.recent + ")" : "");
        var lastEpoch = history.length ? history[history.length - 3] * x.perStep : 0;
        function shown(epoch) {
            return !((xLog && !(epoch > 0)) || (x.mode === "recent" && epoch < lastEpoch - x.recent));
        }
        function pointsOf(triples) {
            var out = [];
            for (var i = 0; i < triples.length; i += 3) {
                var epoch = triples[i] * x.perStep;
                if (shown(epoch)) {
                    out.push([epoch, triples[i + 1], triples[i + 2]]);
                }
            }
            return out;
        }
        var points = pointsOf(history);
        var ghost = pointsOf(marks.ghost || []);
        function fy(v) { return logScale ? Math.log(Math.max(v, 1e-12)) / Math.LN10 : v; }
        function fx(v) { return xLog ? Math.log(v) / Math.LN10 : v; }
        var lo = Infinity, hi = -Infinity, x0 = Infinity, x1 = -Infinity;
        points.concat(ghost).forEach(function (p) {
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
        var curves = 0;
        [[2, LossChart.GHOST_TEST, ghost, true], [1, LossChart.GHOST_TRAIN, ghost, true],
            [2, LossChart.TEST, points], [1, LossChart.TRAIN, points]].forEach(function (series) {
            if (series[2].length === 0) {
                return;
            }
            curves++;
            ctx.strokeStyle = series[1];
            ctx.setLineDash(series[3] ? [5, 3] : []);
            ctx.beginPath();
            var started = false;
            series[2].forEach(function (p) {
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
        ctx.setLineDash([]);
        // Vertical marks: where the replay started, and from when the rate was above 2/λ.
        var self = this;
        function vertical(step, colour, label, dash) {
            var e = step * x.perStep;
            if (step < 0 || !shown(e) || fx(e) < x0 || fx(e) > x1) {
                return;
            }
            var px = Math.round(X(e)) + 0.5;
            ctx.strokeStyle = colour;
            ctx.setLineDash(dash);
            ctx.beginPath();
            ctx.moveTo(px, m.top);
            ctx.lineTo(px, m.top + ph);
            ctx.stroke();
            ctx.setLineDash([]);
            ctx.fillStyle = colour;
            ctx.textBaseline = "top";
            var right = px > m.left + pw * 0.6;
            ctx.textAlign = right ? "right" : "left";
            ctx.fillText(label, px + (right ? -3 : 3), m.top + (label === "replay" ? 2 : 14));
        }
        ctx.font = "11px system-ui, sans-serif";
        vertical(marks.replayFrom, "#1d4ed8", "replay", [2, 2]);
        vertical(marks.warnStep, LossChart.WARN, "rate > " + (marks.warnName || "2/λ"), [4, 3]);
        ctx.restore();
        // Checkpoints: small triangles on the plot's floor, the one the run stands at larger.
        var drawn = 0;
        (marks.checkpoints || []).forEach(function (step) {
            var e = step * x.perStep;
            if (!shown(e) || fx(e) < x0 - 1e-12 || fx(e) > x1 + 1e-12) {
                return;
            }
            drawn++;
            var px = X(e);
            var at = step === marks.step;
            ctx.fillStyle = at ? "#1d4ed8" : "#93c5fd";
            ctx.beginPath();
            ctx.moveTo(px, m.top + ph - (at ? 9 : 6));
            ctx.lineTo(px - (at ? 5 : 3), m.top + ph);
            ctx.lineTo(px + (at ? 5 : 3), m.top + ph);
            ctx.closePath();
            ctx.fill();
        });
        // The picture in words: the marks the base label (from the page) does not name.
        if (self.baseLabel === undefined) {
            self.baseLabel = self.canvas.getAttribute("aria-label") || "";
        }
        var extra = (ghost.length ? "; dashed: the run before the rewind" : "")
            + (drawn ? "; " + drawn + " checkpoints marked by triangles" : "")
            + (marks.replayFrom >= 0 ? "; replay from step " + marks.replayFrom : "")
            + (marks.warnStep >= 0 ? "; the rate above " + (marks.warnName || "2/λ") + " from step "
                + marks.warnStep : "");
        if (self.canvas.getAttribute("aria-label") !== self.baseLabel + extra) {
            self.canvas.setAttribute("aria-label", self.baseLabel + extra);
        }
        // What was drawn, for tests and tools.
        self.canvas.dataset.curves = String(curves);
        self.canvas.dataset.checkpoints = String(drawn);
    };

    return LossChart;
})();
