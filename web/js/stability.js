/*
 * The learning rate's stability limit beside the rate control and under the loss chart: 2/λ,
 * where λ is the largest eigenvalue of the training loss's Hessian where the network stands
 * (Java's diag/Sharpness, through the engine's sharpnessWork()). Plain gradient descent
 * overshoots the bowl's sharpest direction once the rate passes 2/λ, so the page says so
 * before the loss jumps, and remembers the first step an estimate found the rate above it
 * (warnStep, drawn on the loss chart). Not for the delivery table.
 *
 * An estimate is tens of gradients over every training row (130–270 ms at once on the digits),
 * so it is spread over frames (issue 16): a new one begins at most every INTERVAL_MS, only when
 * the run moved, and each frame (work(), called by the frame loop) advances it by the
 * multiply-adds that fit a small slice of time at the rate measured on earlier slices. The
 * engine computes it on a copy of the parameters taken when it began, so training goes on
 * meanwhile and the result is shown for that step; a reset, rewind or settings change abandons
 * it. The line under the chart says what the last one cost: its compute time and frames.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.Stability = (function () {
    var INTERVAL_MS = 2000;
    /** Time a frame gives the estimate while training, and while the page stands still. */
    var TRAINING_SLICE_MS = 2;
    var PAUSED_SLICE_MS = 8;
    /** Multiply-adds per millisecond assumed before any slice was timed, and the least. */
    var START_RATE = 5e5;
    var MIN_RATE = 1e5;
    /** Slices shorter than this are mostly call overhead and timer steps: not timed. */
    var MIN_TIMED_MS = 1;

    /** el: the line under the rate control; chartLine: the line under the loss chart. */
    function Stability(el, chartLine) {
        this.el = el;
        this.chartLine = chartLine;
        /** When the latest estimate began (performance.now()). */
        this.at = -Infinity;
        /** The step of the estimate shown (-1: none), its 2/λ and power-iteration steps. */
        this.step = -1;
        this.limit = NaN;
        this.iterations = 0;
        /** Compute time of the estimate shown, summed over its slices, and their frames. */
        this.costMs = NaN;
        this.frames = 0;
        this.momentumLimit = NaN;
        this.momentum = NaN;
        this.rateNow = NaN;
        /** The limit the rate first crossed, as the loss chart names it. */
        this.warnName = "2/λ";
        /** The first step of this run at which an estimate found the SGD rate above 2/λ (-1: none). */
        this.warnStep = -1;
        /** Multiply-adds per millisecond of estimating, measured. */
        this.rate = START_RATE;
        /** Milliseconds work() took in recent frames (0 while none is under way). */
        this.frameMs = 0;
        /** The estimate under way: its step, compute time, and products so far. */
        this.busy = false;
        this.runStep = -1;
        this.runMs = 0;
        this.runProducts = 0;
        /** What the latest repaint gave update(): the step, settings, whether it applies. */
        this.current = -1;
        this.config = null;
        this.applies = false;
    }

    /**
     * Takes the stats and settings of a repaint and writes the limit (and a warning above it)
     * into the element; estimates are begun and advanced by work().
     */
    Stability.prototype.update = function (engine, stats, config, limits, now) {
        this.applies = config.data !== limits.tableData && !stats.diverged;
        this.config = config;
        this.current = stats.step;
        /** The rate the next step uses: the base rate under the schedule. */
        this.rateNow = stats.rate;
        if (stats.step < this.warnStep || stats.step === 0) {
            this.warnStep = -1; // rewound (or reset) to before it
        }
        if (stats.step < this.step) {
            // rewound or reset to before the estimate shown: it is not this run's
            this.step = -1;
            this.limit = NaN;
            this.at = -Infinity;
        }
        if (!this.applies) {
            this.busy = false;
            this.step = -1;
            this.limit = NaN;
        }
        this.render();
    };

    /** Forgets the estimate shown and any under way (the settings changed), so one begins now. */
    Stability.prototype.forget = function () {
        this.busy = false;
        this.step = -1;
        this.limit = NaN;
        this.at = -Infinity;
    };

    /**
     * One frame's share of estimating: begins an estimate when one is due (the run moved, none
     * under way, INTERVAL_MS since the last began), else advances the one under way by what
     * fits TRAINING_SLICE_MS (PAUSED_SLICE_MS when not training) and ends by `deadline` (a
     * performance.now() time: the frame's other work, an optimizer race say, comes first),
     * and shows it once finished.
     */
    Stability.prototype.work = function (engine, running, now, deadline) {
        if (!this.applies || !this.config) {
            return;
        }
        var restart = !this.busy && this.current !== this.step && now - this.at >= INTERVAL_MS;
        if (!this.busy && !restart) {
            this.frameMs *= 0.8;
            return;
        }
        var ms = Math.min(running ? TRAINING_SLICE_MS : PAUSED_SLICE_MS, deadline - performance.now());
        if (ms < MIN_TIMED_MS) {
            return; // no time left in this frame
        }
        var budget = Math.max(1, Math.round(ms * this.rate));
        var t0 = performance.now();
        var r = engine.sharpnessWork(budget, restart);
        var took = performance.now() - t0;
        this.frameMs = 0.8 * this.frameMs + 0.2 * took;
        if (took >= MIN_TIMED_MS && r.lastWork > 0) {
            this.rate = Math.max(MIN_RATE, 0.7 * this.rate + 0.3 * r.lastWork / took);
        } else if (r.running && took < ms / 2) {
            this.rate *= 1.5; // too short to time: give the next slice more
        }
        if (restart) {
            this.at = now;
            this.runMs = 0;
        }
        this.runMs += took;
        if (r.running) {
            this.busy = true;
            this.runStep = r.step;
            this.runProducts = r.iterations;
            if (this.step < 0) {
                this.render(); // say that one is under way
            }
            return;
        }
        this.busy = false;
        if (!r.done) {
            this.at = -Infinity; // abandoned: the network changed under it; begin anew
            return;
        }
        this.step = r.step;
        this.limit = r.lrLimit;
        this.momentumLimit = r.momentumLimit;
        this.momentum = r.momentum;
        this.iterations = r.iterations;
        this.costMs = this.runMs;
        this.frames = r.calls;
        this.rows = r.rows;
        this.trainRows = r.trainRows;
        this.inFloat64 = r.inFloat64;
        this.render();
    };

    /** Writes the estimate shown (or that one is under way) into both lines. */
    Stability.prototype.render = function () {
        var config = this.config;
        if (!this.applies) {
            this.show("", "", false);
            this.line("", false);
            return;
        }
        if (this.step < 0) {
            if (this.busy) {
                this.show("2/λ: estimating (step " + this.runStep + ")",
                    "Estimating the stability limit 2/λ of plain gradient descent at step "
                    + this.runStep + ", a few frames at a time.", false);
                this.line("Estimating 2/λ at step " + this.runStep + " over the next frames ("
                    + this.runProducts + " power-iteration step" + (this.runProducts === 1 ? "" : "s")
                    + " so far).", false);
            } else {
                this.show("", "", false);
                this.line("", false);
            }
            return;
        }
        var at = " (step " + this.step + ")";
        var cadence = " λ is re-estimated at most every " + INTERVAL_MS / 1000 + " s while the "
            + "run moves (the last: " + this.iterations + " power-iteration steps, "
            + ScratchNet.Format.short(this.costMs) + " ms of compute "
            + (this.frames === 1 ? "in one frame" : "spread over " + this.frames + " frames")
            + (this.rows < this.trainRows ? ", on an evenly spaced " + this.rows + " of the "
                + this.trainRows + " training rows, as all of them would take too long" : "")
            + (this.inFloat64 ? ", computed in float64 at the float32 weights: faster, and "
                + "within 1e-4 of float32 arithmetic's estimate where the two were compared" : "")
            + ").";
        if (!isFinite(this.limit)) {
            this.show("no 2/λ limit here" + at,
                "The largest eigenvalue of the loss's Hessian is not positive where the network "
                + "stood at step " + this.step + ", so plain gradient descent has no rate limit "
                + "from it there.", false);
            this.line("No 2/λ limit at step " + this.step + ": the loss's largest curvature "
                + "there is not positive." + cadence, false);
            return;
        }
        // Plain SGD is stable below 2/λ and heavy-ball momentum (v ← μv − lr·g) below
        // 2(1+μ)/λ, both limits computed by the engine; Adam and RMSprop scale their steps
        // themselves. The rate compared is the one the next step uses (the schedule's).
        var opt = config.opt;
        var momentum = opt === "momentum";
        var checked = opt === "sgd" || momentum;
        var name = momentum ? "2(1+μ)/λ" : "2/λ";
        var bound = momentum ? this.momentumLimit : this.limit;
        var rateNow = isFinite(this.rateNow) ? this.rateNow : config.lr;
        var scheduled = rateNow !== config.lr;
        var above = checked && rateNow > bound;
        if (above && this.warnStep < 0) {
            this.warnStep = this.step;
            this.warnName = name;
        }
        var limit = ScratchNet.Format.short(checked ? bound : this.limit);
        var rate = ScratchNet.Format.short(rateNow) + (scheduled ? " (the schedule's rate now)" : "");
        var method = momentum ? "gradient descent with momentum (μ = " + this.momentum + ")"
            : "plain gradient descent";
        this.show((above ? "rate > " + name + " ≈ " : (checked ? name : "2/λ") + " ≈ ") + limit + at,
            "Stability limit of " + (checked ? method : "plain gradient descent") + ": " + name
            + " = " + limit + ", λ the largest eigenvalue of the training loss's Hessian, "
            + "estimated at step " + this.step + "."
            + (above ? " The rate is above it: expect the loss to jump." : "")
            + (checked ? "" : " It applies to plain SGD; " + opt + " has its own limit."), above);
        this.line(above
            ? "Rate is above " + name + ": " + method + " will overshoot (rate " + rate
                + " > " + name + " ≈ " + limit + " at step " + this.step + ")." + cadence
            : checked ? "Rate " + rate + " < " + name + " ≈ " + limit + " at step " + this.step
                + ": below " + method + "'s stability limit." + cadence
            : "2/λ ≈ " + limit + " at step " + this.step + ": the limit of plain SGD's rate; "
                + opt + " scales its steps itself." + cadence, above);
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
