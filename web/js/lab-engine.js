/*
 * The labs page's exports of the bridge, through the one bridge-call helper (engine.js). The
 * figures, lab state and catalog arrive as JSON named by the engine; the per-epoch and
 * per-step series as flat numeric tables, split into rows here. Each training call is timed
 * with performance.now and the time reported back to the engine, which stamps it on the
 * epochs. No training here.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.LabEngine = (function () {
    /** @param engine a ScratchNet.Engine */
    function LabEngine(engine) {
        this.engine = engine;
        this.backend = engine.backend;
    }

    /** Rows of a flat table as arrays of numbers. */
    function rows(flat, width) {
        var all = Array.prototype.slice.call(flat);
        var out = [];
        for (var i = 0; i + width <= all.length; i += width) {
            out.push(all.slice(i, i + width));
        }
        return out;
    }

    LabEngine.prototype.call = function (name, args) { return this.engine.call(name, args); };
    LabEngine.prototype.catalog = function () { return this.engine.json("labCatalog"); };
    /** Opening a lab: each returns {messages, lab, fix, runs: [names], finished}. */
    LabEngine.prototype.open = function (hash) { return this.engine.json("labOpen", [hash]); };
    LabEngine.prototype.load = function (id) { return this.engine.json("labLoad", [id]); };
    LabEngine.prototype.applyFix = function (id) { return this.engine.json("labApplyFix", [id]); };
    /** {lab, fix, runs: [names], finished}. */
    LabEngine.prototype.state = function () { return this.engine.json("labState"); };
    LabEngine.prototype.restart = function () { this.call("labRestart"); };
    LabEngine.prototype.finished = function () { return !!this.call("labFinished"); };
    /** Run r's key numbers by name (see Protocol.labFigures). */
    LabEngine.prototype.figures = function (r) { return this.engine.json("labFigures", [r]); };
    LabEngine.prototype.sizes = function (r) { return this.engine.list("labSizes", [r]); };
    LabEngine.prototype.weights = function (r) { return this.call("labWeights", [r]); };
    /** Per hidden unit of run r: 0 alive, 1 dead, 2 off, 3 saturated. */
    LabEngine.prototype.units = function (r) { return this.engine.list("labUnits", [r]); };
    /** {dead, off, saturated, nonFinite}: what each diagram mark means (app.UnitMarks). */
    LabEngine.prototype.unitMarks = function () {
        if (!this.marks) {
            this.marks = this.engine.json("unitMarks");
        }
        return this.marks;
    };
    LabEngine.prototype.thumbnails = function (r) { return this.call("labThumbnails", [r]); };
    LabEngine.prototype.thumbSize = function () { return this.call("labThumbSize"); };
    LabEngine.prototype.sweepNext = function (steps) { return !!this.call("labSweepNext", [steps]); };
    LabEngine.prototype.sweepSize = function () { return this.call("labSweepSize"); };

    /** gd-variants' timing: {epochs, repeats, next, runs: [{name, timed, medianMs}], sentence}. */
    LabEngine.prototype.timing = function () { return this.engine.json("labTiming"); };

    /**
     * Times the next gd-variants workload (built first, so only training is timed) and reports
     * it to the engine; false when every variant has been timed.
     */
    LabEngine.prototype.timeNext = function () {
        var r = this.call("labTimingNext");
        if (r < 0) {
            return false;
        }
        this.call("labTimingPrepare", [r]);
        var t0 = performance.now();
        this.call("labTimingRun");
        this.call("labAddTiming", [r, performance.now() - t0]);
        return true;
    };

    /** Advances run r by up to n steps, timing the call; returns the steps taken. */
    LabEngine.prototype.advance = function (r, n) {
        var t0 = performance.now();
        var taken = this.call("labAdvance", [r, n]);
        this.call("labAddTime", [r, performance.now() - t0]);
        return taken;
    };

    /**
     * Run r's epochs: {epoch, train, test, wallMs, dead: [per hidden layer], grad: [per layer]}
     * each; `layers` is the number of layers with weights.
     */
    LabEngine.prototype.epochSeries = function (r, layers) {
        var width = this.call("labEpochColumns", [r]);
        return rows(this.call("labEpochSeries", [r]), width).map(function (row) {
            return { epoch: row[0], train: row[1], test: row[2], wallMs: row[3],
                dead: row.slice(4, 4 + layers - 1), grad: row.slice(3 + layers) };
        });
    };

    /** Run r's steps (thinned): {step, loss, grad: [per layer]} each. */
    LabEngine.prototype.stepSeries = function (r) {
        var width = this.call("labStepColumns", [r]);
        return rows(this.call("labStepSeries", [r]), width).map(function (row) {
            return { step: row[0], loss: row[1], grad: row.slice(2) };
        });
    };

    /** Hidden layer l's z histogram of run r: {lo, hi, before: [...], now: [...]}. */
    LabEngine.prototype.histogram = function (r, l) {
        var h = this.engine.list("labHistogram", [r, l]);
        var bins = (h.length - 2) / 2;
        return { lo: h[0], hi: h[1], before: h.slice(2, 2 + bins), now: h.slice(2 + bins) };
    };

    /** The sweep's points so far: [{rate, loss}]. */
    LabEngine.prototype.sweep = function () {
        return rows(this.call("labSweep"), 2).map(function (p) {
            return { rate: p[0], loss: p[1] };
        });
    };

    return LabEngine;
})();
