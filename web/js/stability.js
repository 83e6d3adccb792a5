/*
 * The learning rate's stability limit beside the rate control: 2/λ, where λ is the largest
 * eigenvalue of the training loss's Hessian where the network stands (Java's
 * diag/Sharpness, through the engine's sharpness()). Plain gradient descent overshoots the
 * bowl's sharpest direction once the rate passes 2/λ, so the page says so before the loss
 * jumps. Estimated at most every INTERVAL_MS, only for the 2-D data (a few milliseconds
 * there), and only when the run or the rate moved.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.Stability = (function () {
    var INTERVAL_MS = 2000;

    function Stability(el) {
        this.el = el;
        this.at = -Infinity;
        this.step = -1;
        this.limit = NaN;
    }

    /** Re-estimates when due and writes the limit (and a warning above it) into the element. */
    Stability.prototype.update = function (engine, stats, config, limits, now) {
        var applies = config.data !== limits.tableData && !stats.diverged;
        if (!applies) {
            this.show("", "", false);
            this.step = -1;
            return;
        }
        var moved = stats.step !== this.step;
        if (moved && now - this.at >= INTERVAL_MS) {
            this.at = now;
            this.step = stats.step;
            this.limit = engine.sharpness().lrLimit;
        }
        var at = " (step " + this.step + ")";
        if (!isFinite(this.limit)) {
            this.show("no 2/λ limit here" + at,
                "The largest eigenvalue of the loss's Hessian is not positive where the network "
                + "stands, so plain gradient descent has no rate limit from it here.", false);
            return;
        }
        var above = config.lr > this.limit && config.opt === "sgd";
        var limit = ScratchNet.Format.short(this.limit);
        this.show((above ? "rate > 2/λ ≈ " : "2/λ ≈ ") + limit + at,
            "Stability limit of plain gradient descent: 2/λ = " + limit + ", λ the largest "
            + "eigenvalue of the training loss's Hessian, estimated at step " + this.step + "."
            + (above ? " The rate is above it: expect the loss to jump." : "")
            + (config.opt === "sgd" ? "" : " It applies to plain SGD; " + config.opt
                + " has its own limit."), above);
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

    return Stability;
})();
