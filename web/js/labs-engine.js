/*
 * A thin handle on the lab exports of the bridge, the same for the WebAssembly-GC and the
 * JavaScript build. It names the numbers the engine hands back (the order is fixed by
 * LabSession.figures and LabRun's tables) and times each training call with performance.now,
 * reporting the time back to the engine, which stamps it on the epochs. No training here.
 */
"use strict";
function LabEngine(api, backend) {
    this.api = api;
    this.backend = backend;
}

LabEngine.FIGURES = ["epoch", "epochs", "step", "stepsPerEpoch", "trainLoss", "testLoss",
    "batchLoss", "finished", "nonFinite", "bestEpoch", "stopped", "symptom", "threshold",
    "present", "symptomLayer", "wallMs", "startLoss", "maxDead", "maxDeadLayer", "gradRatio",
    "learningRate", "trainRows", "endTrainLoss", "endTestLoss"];

function labLines(text) {
    return text ? String(text).split("\n") : [];
}

function labArray(a) {
    return Array.prototype.slice.call(a);
}

LabEngine.prototype.call = function (name, args) {
    return this.api[name].apply(null, args || []);
};

LabEngine.prototype.load = function (id) { return labLines(this.call("labLoad", [id])); };
LabEngine.prototype.applyFix = function (id) { return labLines(this.call("labApplyFix", [id])); };
LabEngine.prototype.restart = function () { this.call("labRestart"); };
LabEngine.prototype.lab = function () { return String(this.call("labId")); };
LabEngine.prototype.fix = function () { return String(this.call("labFix")); };
LabEngine.prototype.fixes = function () { return labLines(this.call("labFixes")); };
LabEngine.prototype.runs = function () { return this.call("labRuns"); };
LabEngine.prototype.runName = function (r) { return String(this.call("labRunName", [r])); };
LabEngine.prototype.finished = function () { return !!this.call("labFinished"); };
LabEngine.prototype.sizes = function (r) { return labArray(this.call("labSizes", [r])); };
LabEngine.prototype.weights = function (r) { return this.call("labWeights", [r]); };
LabEngine.prototype.units = function (r) { return labArray(this.call("labUnits", [r])); };
LabEngine.prototype.thumbnails = function (r) { return this.call("labThumbnails", [r]); };
LabEngine.prototype.thumbSize = function () { return this.call("labThumbSize"); };
LabEngine.prototype.sweepNext = function (steps) { return !!this.call("labSweepNext", [steps]); };
LabEngine.prototype.sweepSize = function () { return this.call("labSweepSize"); };

/** Advances run r by up to n steps, timing the call; returns the steps taken. */
LabEngine.prototype.advance = function (r, n) {
    var t0 = performance.now();
    var taken = this.call("labAdvance", [r, n]);
    this.call("labAddTime", [r, performance.now() - t0]);
    return taken;
};

/** Run r's key numbers as a named object. */
LabEngine.prototype.figures = function (r) {
    var f = this.call("labFigures", [r]);
    var out = {};
    LabEngine.FIGURES.forEach(function (name, i) { out[name] = f[i]; });
    out.finished = !!out.finished;
    out.nonFinite = !!out.nonFinite;
    out.stopped = !!out.stopped;
    out.present = !!out.present;
    return out;
};

/** Rows of a flat table as arrays of numbers. */
function labRows(flat, width) {
    var all = labArray(flat);
    var rows = [];
    for (var i = 0; i + width <= all.length; i += width) {
        rows.push(all.slice(i, i + width));
    }
    return rows;
}

/**
 * Run r's epochs: {epoch, train, test, wallMs, dead: [per hidden layer], grad: [per layer]}
 * each; `layers` is the number of layers with weights.
 */
LabEngine.prototype.epochSeries = function (r, layers) {
    var width = this.call("labEpochColumns", [r]);
    return labRows(this.call("labEpochSeries", [r]), width).map(function (row) {
        return { epoch: row[0], train: row[1], test: row[2], wallMs: row[3],
            dead: row.slice(4, 4 + layers - 1), grad: row.slice(3 + layers) };
    });
};

/** Run r's steps (thinned): {step, loss, grad: [per layer]} each. */
LabEngine.prototype.stepSeries = function (r) {
    var width = this.call("labStepColumns", [r]);
    return labRows(this.call("labStepSeries", [r]), width).map(function (row) {
        return { step: row[0], loss: row[1], grad: row.slice(2) };
    });
};

/** Hidden layer l's z histogram of run r: {lo, hi, before: [...], now: [...]}. */
LabEngine.prototype.histogram = function (r, l) {
    var h = labArray(this.call("labHistogram", [r, l]));
    var bins = (h.length - 2) / 2;
    return { lo: h[0], hi: h[1], before: h.slice(2, 2 + bins), now: h.slice(2 + bins) };
};

/** Run r's first non-finite value, or null. */
LabEngine.prototype.nonFinite = function (r) {
    var v = labArray(this.call("labNonFinite", [r]));
    if (v.length === 0) {
        return null;
    }
    return { step: v[0], layer: v[1], index: v[2], value: v[3], lastFiniteStep: v[4],
        lastFiniteLoss: v[5], lastFiniteGradNorm: v[6],
        quantity: String(this.call("labNonFiniteQuantity", [r])) };
};

/** The sweep's points so far: [{rate, loss}]. */
LabEngine.prototype.sweep = function () {
    return labRows(this.call("labSweep"), 2).map(function (p) {
        return { rate: p[0], loss: p[1] };
    });
};
