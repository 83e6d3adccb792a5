/*
 * The learning rate's stability limit beside the rate control and under the loss chart: 2/λ,
 * where λ is the largest eigenvalue of the training loss's Hessian where the network stands
 * (Java's diag/Sharpness, through the engine's sharpness()). Plain gradient descent overshoots
 * the bowl's sharpest direction once the rate passes 2/λ, so the page says so before the loss
 * jumps, and remembers the first step an estimate found the rate above it (warnStep, drawn on
 * the loss chart). Estimated at most every INTERVAL_MS, only for the 2-D data (a few
 * milliseconds there: the line under the chart says how long the last one took), and only
 * when the run or the rate moved.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.Stability = (function () {
    var INTERVAL_MS = 2000;

    /** el: the line under the rate control; chartLine: the line under the loss chart. */
    function Stability(el, chartLine) {
        this.el = el;
        this.chartLine = chartLine;
        this.at = -Infinity;
        this.step = -1;
        this.limit = NaN;
        this.iterations = 0;
        this.costMs = NaN;
        /** The first step of this run at which an estimate found the SGD rate above 2/λ (-1: none). */
        this.warnStep = -1;
    }

    /** Re-estimates when due and writes the limit (and a warning above it) into the element. */
    Stability.prototype.update = function (engine, stats, config, limits, now) {
        var applies = config.data !== limits.tableData && !stats.diverged;
        if (stats.step < this.warnStep || stats.step === 0) {
            this.warnStep = -1; // rewound (or reset) to before it
        }
        if (!applies) {
            this.show("", "", false);
            this.line("", false);
            this.step = -1;
            return;
        }
        var moved = stats.step !== this.step;
        if (moved && now - this.at >= INTERVAL_MS) {
            this.at = now;
            this.step = stats.step;
            var t0 = performance.now();
            var s = engine.sharpness();
            this.costMs = performance.now() - t0;
            this.limit = s.lrLimit;
            this.iterations = s.iterations;
        }
        var at = " (step " + this.step + ")";
        var cadence = " λ is re-estimated at most every " + INTERVAL_MS / 1000 + " s while the "
            + "run moves (the last: " + this.iterations + " power-iteration steps, "
            + ScratchNet.Format.short(this.costMs) + " ms).";
        if (!isFinite(this.limit)) {
            this.show("no 2/λ limit here" + at,
                "The largest eigenvalue of the loss's Hessian is not positive where the network "
                + "stands, so plain gradient descent has no rate limit from it here.", false);
            this.line("No 2/λ limit at step " + this.step + ": the loss's largest curvature "
                + "there is not positive." + cadence, false);
            return;
        }
        var sgd = config.opt === "sgd";
        var above = config.lr > this.limit && sgd;
        if (above && this.warnStep < 0) {
            this.warnStep = this.step;
        }
        var limit = ScratchNet.Format.short(this.limit);
        var rate = ScratchNet.Format.short(config.lr);
        this.show((above ? "rate > 2/λ ≈ " : "2/λ ≈ ") + limit + at,
            "Stability limit of plain gradient descent: 2/λ = " + limit + ", λ the largest "
            + "eigenvalue of the training loss's Hessian, estimated at step " + this.step + "."
            + (above ? " The rate is above it: expect the loss to jump." : "")
            + (sgd ? "" : " It applies to plain SGD; " + config.opt
                + " has its own limit."), above);
        this.line(above
            ? "Rate is above 2/λ: plain gradient descent will overshoot (rate " + rate
                + " > 2/λ ≈ " + limit + " at step " + this.step + ")." + cadence
            : sgd ? "Rate " + rate + " < 2/λ ≈ " + limit + " at step " + this.step
                + ": below plain gradient descent's stability limit." + cadence
            : "2/λ ≈ " + limit + " at step " + this.step + ": the limit of plain SGD's rate; "
                + config.opt + " scales its steps itself." + cadence, above);
    };

    /** One short line (its height is reserved, so nothing moves) and the full sentence. */
    Stability.prototype.show = function (text, sentence, warn) {
        if (this.el.textContent !== text) {
            this.el.textContent = text;
            this.el.title = sentence;
            this.el.setAttribute("aria-label", sentence || text);
        }
        this.el.classList.toggle("warn", warn);
    };

    /** The sentence under the loss chart. */
    Stability.prototype.line = function (text, warn) {
        if (this.chartLine && this.chartLine.textContent !== text) {
            this.chartLine.textContent = text;
        }
        if (this.chartLine) {
            this.chartLine.classList.toggle("warn", warn);
        }
    };

    return Stability;
})();
