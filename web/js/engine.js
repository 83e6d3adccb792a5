/*
 * The one handle on the bridge exports, for every page and both builds (the WebAssembly-GC
 * module's exports or the JavaScript build's globals). Structured answers arrive as JSON
 * texts whose field names Java owns (scratchnet.app.Protocol, pinned by ProtocolTest); big
 * numeric buffers arrive as array-likes. Every call is timed for the perf read-out. The
 * playground's exports have methods here; the labs page's are in lab-engine.js, built on
 * call() and json(). No training happens here.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.Engine = (function () {
    /** JSON has no NaN or infinities: the engine writes them as strings; these turn back. */
    var NON_FINITE = { "NaN": NaN, "Infinity": Infinity, "-Infinity": -Infinity };

    function revive(key, value) {
        return typeof value === "string" && NON_FINITE.hasOwnProperty(value) ? NON_FINITE[value] : value;
    }

    function Engine(api, backend) {
        this.api = api;
        this.backend = backend;
        /** Milliseconds spent inside bridge calls during the last frame, for the perf read-out. */
        this.bridgeMs = 0;
        /** Total milliseconds per export since the last perf reset, to see where frame time goes. */
        this.callMs = {};
    }

    /** Calls export `name` with `args`, adding the time it took to this frame's bridge total. */
    Engine.prototype.call = function (name, args) {
        var t0 = performance.now();
        var result = this.api[name].apply(null, args || []);
        var took = performance.now() - t0;
        this.bridgeMs += took;
        this.callMs[name] = (this.callMs[name] || 0) + took;
        return result;
    };

    /** Calls an export that answers in JSON and parses the answer. */
    Engine.prototype.json = function (name, args) {
        return JSON.parse(String(this.call(name, args)), revive);
    };

    /** Calls an export that answers with an array-like and copies it into an Array. */
    Engine.prototype.list = function (name, args) {
        return Array.prototype.slice.call(this.call(name, args));
    };

    /**
     * A console caller's object as JSON text for the engine, "" when it has none (undefined, a
     * function) or cannot be written (a cycle, a BigInt): the engine then says what it expected.
     */
    function jsonText(value) {
        var text;
        try {
            text = JSON.stringify(value);
        } catch (e) {
            text = "";
        }
        return typeof text === "string" ? text : "";
    }

    /** Settings: {messages, settings, hash} after a whole link or a partial settings object. */
    Engine.prototype.load = function (hash) { return this.json("load", [hash]); };
    Engine.prototype.change = function (partial) { return this.json("change", [jsonText(partial)]); };
    Engine.prototype.settings = function () { return this.json("settings"); };
    Engine.prototype.limits = function () { return this.json("limits"); };
    Engine.prototype.hash = function () { return String(this.call("hash")); };
    Engine.prototype.labCatalog = function () { return this.json("labCatalog"); };
    /** Teacher mode: the lesson of the last whole link, and back to its start ({messages, settings, hash}). */
    Engine.prototype.lesson = function () { return this.json("lesson"); };
    Engine.prototype.restartLesson = function () { return this.json("restartLesson"); };

    /** Training and the numbers of the latest refresh (stats include the run's health). */
    Engine.prototype.step = function (n) { return this.call("step", [n]); };
    /** A step too long for a frame, in parts: about `work` units of it; 1 when one was applied. */
    Engine.prototype.stepPart = function (work) { return this.call("stepPart", [work]); };
    /** The work of one step, in stepPart's units. */
    Engine.prototype.stepWork = function () { return this.call("stepWork"); };
    Engine.prototype.stepEpoch = function () { return this.call("stepEpoch"); };
    Engine.prototype.reset = function (seed) { this.call("reset", [seed]); };
    Engine.prototype.regenerate = function () { this.call("regenerate"); };
    /** Recomputes the numbers; views (default true) also recomputes heatmap and thumbnails. */
    Engine.prototype.refresh = function (views) { this.call("refresh", [views !== false]); };
    Engine.prototype.stats = function () { return this.json("stats"); };
    /**
     * One slice of a refresh spread over frames, of about multiplyAdds multiply-adds (start:
     * whether a new cycle may begin); true when this slice published the refresh.
     */
    Engine.prototype.refreshWork = function (multiplyAdds, start) {
        return this.call("refreshWork", [multiplyAdds, !!start]) === 1;
    };

    /** Buffers to paint. */
    Engine.prototype.lossHistory = function () { return this.call("lossHistory"); };
    Engine.prototype.outputPixels = function () { return this.call("outputPixels"); };
    Engine.prototype.thumbnails = function () { return this.call("thumbnails"); };
    /** One node over the heatmap grid (layer -1 = inputs), as outputPixels. */
    Engine.prototype.nodePixels = function (layer, unit) { return this.call("nodePixels", [layer, unit]); };
    /** {x, y, scale, classes, outputs}: what the heatmap's axes and colours mean (HeatmapKey). */
    Engine.prototype.heatmapKey = function () { return this.json("heatmapKey"); };
    Engine.prototype.resolution = function () { return this.call("resolution"); };
    Engine.prototype.thumbSize = function () { return this.call("thumbSize"); };
    Engine.prototype.points = function () { return this.call("points"); };
    Engine.prototype.dataVersion = function () { return this.call("dataVersion"); };
    Engine.prototype.sizes = function () { return this.list("sizes"); };
    Engine.prototype.weights = function () { return this.call("weights"); };
    /** γ then β of each layer with batch norm, first layer first (empty without). */
    Engine.prototype.normParameters = function () { return this.call("normParameters"); };
    Engine.prototype.link = function (l, i, j) { return this.call("link", [l, i, j]); };
    Engine.prototype.bias = function (l, j) { return this.call("bias", [l, j]); };
    Engine.prototype.inputNames = function () {
        var text = String(this.call("inputNames"));
        return text ? text.split("\n") : [];
    };
    Engine.prototype.deadUnits = function () { return this.call("deadUnits"); };
    /** Per unit of every layer with weights: 0 alive, 1 dead, 2 off, 3 saturated. */
    Engine.prototype.unitStates = function () { return this.call("unitStates"); };
    /** {dead, off, saturated, nonFinite}: what each diagram mark means (app.UnitMarks). */
    Engine.prototype.unitMarks = function () { return this.json("unitMarks"); };
    Engine.prototype.predictions = function () { return this.call("predictions"); };
    Engine.prototype.parameterBits = function () { return String(this.call("parameterBits")); };

    /** Classification (app.Classification): {set, rows, classes, counts, accuracy, precision, recall, support, predicted} or null. */
    Engine.prototype.metrics = function () { return this.json("metrics"); };
    /** The digits: gallery {set, rows, mistakes, shown: [{row, label, predicted, probability}]} or null. */
    Engine.prototype.digitGallery = function () { return this.json("digitGallery"); };
    /** The gallery's images in grey and the first layer's weight pictures, 64 packed RGBA each. */
    Engine.prototype.digitImages = function () { return this.call("digitImages"); };
    Engine.prototype.digitWeights = function () { return this.call("digitWeights"); };
    /** A 32 × 32 drawing (1024 numbers, 0 = blank; crosses as a 0/1 text): {pixels, probabilities, predicted} or {error}. */
    Engine.prototype.digitPad = function (bitmap) {
        var text = "";
        for (var i = 0; i < bitmap.length; i++) {
            text += bitmap[i] ? "1" : "0";
        }
        return this.json("digitPad", [text]);
    };
    /** The 32 × 32 drawing (1024 numbers 0/1) whose 4 × 4 block counts are the 64 pixels (0..16); [] if they are not. */
    Engine.prototype.digitBitmap = function (pixels) {
        var text = String(this.call("digitBitmap", [Array.prototype.join.call(pixels, ",")]));
        return text.split("").map(Number);
    };

    /** Teaching instruments (scratchnet.app.LearnProtocol): nothing here changes the run but rewind. */
    /** The next step opened up, the batch's matrices for their first maxRows rows. */
    Engine.prototype.explain = function (maxRows) { return this.json("explain", [maxRows]); };
    Engine.prototype.gradCheck = function (layer, h) { return this.json("gradCheck", [layer, h]); };
    Engine.prototype.sharpness = function () { return this.json("sharpness"); };
    /**
     * The same estimate spread over frames: about multiplyAdds of work now (0: to the end), a
     * new estimate first if restart. {done, running, step, lambdaMax, lrLimit, iterations,
     * work, lastWork, calls} (LearnProtocol.sharpnessWork).
     */
    Engine.prototype.sharpnessWork = function (multiplyAdds, restart) {
        return this.json("sharpnessWork", [multiplyAdds, !!restart]);
    };
    /** kind: "numpy", "pytorch" or "json"; epochs: how long a script trains. */
    Engine.prototype.exportText = function (kind, epochs) {
        var index = { numpy: 0, pytorch: 1, json: 2 }[kind];
        if (index === undefined) {
            throw new Error("export kinds are numpy, pytorch and json, not " + kind);
        }
        return String(this.call("exportText", [index, epochs]));
    };
    /** Learn mode's calculators (scratchnet.app.LearnTools); importModel replaces the run. */
    Engine.prototype.neuron = function (x, w, b) {
        return this.json("neuron", [JSON.stringify({ x: x, w: w, b: b })]);
    };
    Engine.prototype.neuronAt = function (layer, unit, row) { return this.json("neuronAt", [layer, unit, row]); };
    Engine.prototype.activationCurve = function (name, lo, hi, samples, at, h) {
        return this.json("activationCurve", [name, lo, hi, samples, at, h]);
    };
    Engine.prototype.shapes = function () { return this.json("shapes"); };
    Engine.prototype.importModel = function (text) { return this.json("importModel", [String(text)]); };
    /** Your own data (scratchnet.app.CsvUpload): {ok, …} or {ok: false, message, line, column}. */
    Engine.prototype.csvBegin = function (text, name) { return this.json("csvBegin", [String(text), String(name)]); };
    Engine.prototype.csvParse = function (lines) { return this.json("csvParse", [lines]); };
    Engine.prototype.csvCancel = function () { this.call("csvCancel"); };
    Engine.prototype.csvUse = function (options) { return this.json("csvUse", [JSON.stringify(options || {})]); };
    Engine.prototype.loadCsv = function (text, options) {
        return this.json("loadCsv", [String(text), JSON.stringify(options || {})]);
    };
    Engine.prototype.userData = function () { return this.json("userData").data; };
    Engine.prototype.forgetUserData = function () { return this.json("forgetUserData"); };
    Engine.prototype.exportCsv = function () { return String(this.call("exportCsv")); };
    Engine.prototype.rewind = function (step) { return this.json("rewind", [step]); };
    Engine.prototype.ghostHistory = function () { return this.call("ghostHistory"); };
    /** {step, checkpoints, scrubbing, replayFrom, ghost}: the scrubber's marks (RewindProtocol). */
    Engine.prototype.timeline = function () { return this.json("timeline"); };
    /** Watches one weight (from -1: the bias) for the internals chart; whether it exists. */
    Engine.prototype.watch = function (layer, from, to) { return this.call("watch", [layer, from, to]) === 1; };
    /** {layer, from, to, name, optimizer, columns, series: {name: values}} of the watched weight. */
    Engine.prototype.internals = function () { return this.json("internals"); };

    /** The optimizer race (scratchnet.app.RaceProtocol): {limits, race}; start answers {error, race}. */
    Engine.prototype.raceStart = function (request) { return this.json("raceStart", [jsonText(request)]); };
    Engine.prototype.raceState = function () { return this.json("raceState"); };
    /** Racer r up to n steps in lockstep, about `work` units of them; returns the work done. */
    Engine.prototype.raceAdvance = function (r, n, work) { return this.call("raceAdvance", [r, n, work]); };
    Engine.prototype.raceAddTime = function (r, ms) { this.call("raceAddTime", [r, ms]); };
    /** About `work` units of the racers' test losses and boundaries; true when all are new. */
    Engine.prototype.raceRefresh = function (work) { return this.call("raceRefresh", [work]) === 1; };
    /** Racer r's (step, training loss) pairs, flat. */
    Engine.prototype.raceLosses = function (r) { return this.call("raceLosses", [r]); };
    Engine.prototype.racePixels = function (r) { return this.call("racePixels", [r]); };
    Engine.prototype.racePoints = function () { return this.call("racePoints"); };

    return Engine;
})();
