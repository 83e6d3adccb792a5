/*
 * Keeps every frame within its budget while the playground trains (issue 16). The engine's
 * refresh (losses on every row, the grid behind the heatmap and thumbnails) runs as a cycle of
 * slices (engine.refreshWork), each sized to the time the frame has left from the engine's
 * measured rate in multiply-adds per millisecond; when a cycle publishes, the repaint follows
 * as a queue of jobs (numbers, heatmap, diagram, scatter) run in turn, as many per frame as
 * fit (at least one). Big networks thus refresh over several frames instead of stalling one.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.FramePacer = (function () {
    /** Shortest time from one published refresh to the start of the next cycle. */
    var CYCLE_GAP_MS = 30;
    /** Least and most multiply-adds one slice may be given. */
    var MIN_SLICE = 20000;
    var MAX_SLICE = 2e9;
    /**
     * The rate is learnt only from slices that took at least this long (shorter ones are
     * mostly call overhead and timer steps), and never below MIN_RATE, so a slice the system
     * preempted cannot talk the pacer down to slices too small to finish a cycle.
     */
    var MIN_TIMED_MS = 1;
    var MIN_RATE = 100000;
    /** A paint job's expected cost: its script time times this, for the rasterising after. */
    var RASTER_FACTOR = 2;

    function FramePacer() {
        /** Multiply-adds per millisecond of refresh work, measured (a cautious start). */
        this.rate = MIN_RATE;
        /** Paint jobs still to run for the last published refresh. */
        this.jobs = [];
        this.publishedAt = -1e9;
        /** Milliseconds the views took in recent frames (refresh slices and paint jobs). */
        this.viewMs = 2;
        this.published = 0;
        /** Milliseconds each paint job (by its place in the list) took recently. */
        this.jobMs = [];
        /** The place in the list of the next queued paint job. */
        this.jobAt = 0;
        /** Refresh cycles begun so far, when the last began, and whether one is under way. */
        this.cycles = 0;
        this.cycling = false;
        this.cycleAt = -1e9;
    }

    /** Whether a refresh cycle or its repaint is under way. */
    FramePacer.prototype.busy = function () {
        return this.cycling || this.jobs.length > 0;
    };

    /** Forgets queued paint jobs (a synchronous repaint replaced them). */
    FramePacer.prototype.clear = function () {
        this.jobs.length = 0;
    };

    /**
     * One frame's view work until {@code deadline} (a performance.now() time): queued paint
     * jobs, else a refresh slice and, if it published, the first paint jobs. {@code onStats}
     * receives the stats the numbers job returns.
     */
    FramePacer.prototype.frame = function (page, widgets, now, deadline, onStats) {
        var t0 = performance.now();
        if (this.jobs.length === 0) {
            var ms = Math.max(0.5, deadline - t0);
            var budget = Math.max(MIN_SLICE, Math.min(MAX_SLICE, Math.round(ms * this.rate)));
            var start = now - this.publishedAt >= CYCLE_GAP_MS;
            var done = page.engine.refreshWork(budget, start);
            var took = performance.now() - t0;
            if (start && !this.cycling) {
                this.cycles++; // a new cycle began (and may have ended) with this slice
                this.cycleAt = now;
            }
            this.cycling = !done && (this.cycling || start);
            if (!done && took >= MIN_TIMED_MS) {
                // a slice that did not finish the cycle ran its whole budget
                this.rate = Math.max(MIN_RATE, 0.7 * this.rate + 0.3 * budget / took);
            } else if (!done && took < ms / 2) {
                this.rate *= 1.5; // too short to time: give the next slice more
            }
            if (done) {
                this.publishedAt = now;
                this.published++;
                this.jobs = ScratchNet.PlaygroundView.jobs(page, widgets);
                this.jobAt = 0;
            }
        }
        var first = true;
        while (this.jobs.length) {
            // A job starts only if it is expected to end by the deadline (the first always
            // runs): its last time, doubled, since what a job draws on a canvas is
            // rasterised after the script, at a cost of the same order.
            var expected = RASTER_FACTOR * (this.jobMs[this.jobAt] || 0);
            var start = performance.now();
            if (!first && start + expected > deadline) {
                break;
            }
            var stats = this.jobs.shift()(now);
            var jobTook = performance.now() - start;
            var last = this.jobMs[this.jobAt];
            this.jobMs[this.jobAt] = last === undefined ? jobTook : 0.5 * last + 0.5 * jobTook;
            this.jobAt++;
            if (stats) {
                onStats(stats);
            }
            first = false;
        }
        this.viewMs = 0.8 * this.viewMs + 0.2 * (performance.now() - t0);
    };

    return FramePacer;
})();
