/*
 * A thin handle on the bridge exports, the same for both builds (the WebAssembly-GC module's
 * exports or the JavaScript build's globals). It converts nothing but the page's needs: arrays
 * come back as array-likes, problem text as a list of lines. No training happens here.
 */
"use strict";
function Engine(api, backend) {
    this.api = api;
    this.backend = backend;
    /** Milliseconds spent inside bridge calls during the last frame, for the perf readout. */
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

function lines(text) {
    return text ? String(text).split("\n") : [];
}

Engine.prototype.load = function (hash) { return lines(this.call("load", [hash])); };
Engine.prototype.configure = function (hash) { return lines(this.call("configure", [hash])); };
Engine.prototype.hash = function () { return String(this.call("hash")); };
Engine.prototype.step = function (n) { return this.call("step", [n]); };
Engine.prototype.stepEpoch = function () { return this.call("stepEpoch"); };
Engine.prototype.reset = function (seed) { this.call("reset", [seed]); };
Engine.prototype.regenerate = function () { this.call("regenerate"); };
/** Recomputes the numbers; views (default true) also recomputes heatmap and thumbnails. */
Engine.prototype.refresh = function (views) { this.call("refresh", [views !== false]); };
Engine.prototype.lossHistory = function () { return this.call("lossHistory"); };
Engine.prototype.outputPixels = function () { return this.call("outputPixels"); };
Engine.prototype.thumbnails = function () { return this.call("thumbnails"); };
Engine.prototype.resolution = function () { return this.call("resolution"); };
Engine.prototype.thumbSize = function () { return this.call("thumbSize"); };
Engine.prototype.points = function () { return this.call("points"); };
Engine.prototype.dataVersion = function () { return this.call("dataVersion"); };
Engine.prototype.sizes = function () { return Array.prototype.slice.call(this.call("sizes")); };
Engine.prototype.weights = function () { return this.call("weights"); };
Engine.prototype.link = function (l, i, j) { return this.call("link", [l, i, j]); };
Engine.prototype.bias = function (l, j) { return this.call("bias", [l, j]); };
Engine.prototype.inputNames = function () { return lines(this.call("inputNames")); };
Engine.prototype.deadUnits = function () { return this.call("deadUnits"); };
Engine.prototype.predictions = function () { return this.call("predictions"); };
Engine.prototype.parameterBits = function () { return String(this.call("parameterBits")); };

/** The numbers of the latest refresh as a named object (order fixed by Stats.toArray). */
Engine.prototype.stats = function () {
    var s = this.call("stats");
    return {
        epoch: s[0], step: s[1], trainLoss: s[2], testLoss: s[3], accuracy: s[4],
        testMae: s[5], baselineMae: s[6], trainRows: s[7], testRows: s[8], batchRows: s[9],
        parameters: s[10]
    };
};

/** Health of the run: divergence, first non-finite value, dead units and gradient norms. */
Engine.prototype.health = function () {
    var step = this.call("nonFiniteStep");
    return {
        diverged: !!this.call("diverged"),
        firstNonFinite: step < 0 ? null : { step: step, layer: this.call("nonFiniteLayer"),
            text: String(this.call("nonFiniteText")) },
        hint: Engine.parseHint(String(this.call("hint"))),
        deadFraction: Array.prototype.slice.call(this.call("deadFraction")),
        gradNorm: Array.prototype.slice.call(this.call("gradNorm"))
    };
};

/** "phenomenon|lab|value|threshold|layer" as an object, or null for "". */
Engine.parseHint = function (text) {
    if (!text) {
        return null;
    }
    var p = text.split("|");
    return { phenomenon: p[0], lab: p[1], value: Number(p[2]), threshold: Number(p[3]),
        layer: Number(p[4]) };
};

/** Settings of the canonical hash as a plain object: numbers, booleans and lists typed. */
Engine.parseHash = function (hash) {
    var out = {};
    var LISTS = { layers: true, f: true };
    var FLAGS = { test: true, discrete: true, ylog: true };
    hash.replace(/^#/, "").split("&").forEach(function (pair) {
        var eq = pair.indexOf("=");
        if (eq <= 0) {
            return;
        }
        var key = decodeURIComponent(pair.slice(0, eq));
        var value = decodeURIComponent(pair.slice(eq + 1));
        if (LISTS[key]) {
            out[key] = value === "" ? [] : value.split(",").map(function (v) {
                return key === "layers" ? Number(v) : v;
            });
        } else if (FLAGS[key]) {
            out[key] = value === "1";
        } else {
            out[key] = value !== "" && isFinite(Number(value)) ? Number(value) : value;
        }
    });
    return out;
};

/** The inverse of parseHash for a partial settings object: "#key=value&...". */
Engine.formatHash = function (config) {
    return "#" + Object.keys(config).map(function (key) {
        var v = config[key];
        if (Array.isArray(v)) {
            v = v.join(",");
        } else if (typeof v === "boolean") {
            v = v ? "1" : "0";
        }
        return encodeURIComponent(key) + "=" + encodeURIComponent(String(v)).replace(/%2C/g, ",");
    }).join("&");
};
