/*
 * window.scratchnet, the playground's console API for power users and tests (documented in
 * the README). It only calls the page's actions and the engine; it holds no state.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.PlaygroundApi = {
    install: function (page) {
        function state() {
            if (page.dirty || page.catchingUp) {
                page.engine.refresh(); // (nothing to do if the views' last refresh is of now)
            }
            var s = page.engine.stats();
            var metrics = isNaN(s.accuracy) ? null : page.engine.metrics();
            return {
                epoch: s.epoch, step: s.step, trainLoss: s.trainLoss, testLoss: s.testLoss,
                accuracy: s.accuracy, testMae: s.testMae, baselineMae: s.baselineMae,
                backend: page.backend, diverged: s.diverged, firstNonFinite: s.firstNonFinite,
                deadFraction: s.deadFraction, gradNorm: s.gradNorm, running: page.running,
                unitStates: Array.prototype.slice.call(page.engine.unitStates()),
                confusion: metrics ? metrics.counts : null
            };
        }
        globalThis.scratchnet = {
            /** The current settings as an object (the URL hash, typed). */
            config: function () { return page.engine.settings(); },
            /** Counters, losses, backend and health of the run. */
            state: state,
            /** Trains n batches (default 1) at once, repaints, and returns state(). */
            step: function (n) { page.actions.step(n); return state(); },
            play: function () { page.actions.play(); },
            pause: function () { page.actions.pause(); },
            /** Starts over; with a seed, from that seed. */
            reset: function (seed) { page.actions.reset(seed); return state(); },
            /** Changes some settings, e.g. set({lr: 0.1, layers: [8, 8]}); returns config(). */
            set: function (partial) { page.actions.set(partial); return this.config(); },
            /** Problems reported about the last settings given, as shown on the page. */
            messages: function () {
                var box = document.getElementById("messages");
                return box.hidden ? [] : [box.textContent];
            },
            /** Frame timing of the last (up to) 240 painted frames, in milliseconds. */
            perf: function () {
                var out = ScratchNet.PlaygroundApi.summary(page.frames);
                out.callsPerFrame = {};
                Object.keys(page.engine.callMs).forEach(function (name) {
                    out.callsPerFrame[name] = page.engine.callMs[name] / Math.max(1, page.frames.length);
                });
                return out;
            },
            /**
             * The next step opened up: {lr, loss, X, Y, layers: [{W, b, Z, A, dA, dZ, dW, db,
             * Wafter, bafter}]}, matrices as arrays of rows, exactly as step(1) will compute them.
             */
            /** The next step opened up; the batch's matrices for their first `rows` rows (default and most: 128). */
            explain: function (rows) { return page.engine.explain(rows === undefined ? 128 : rows); },
            /** Gradient check of layer (0-based) with step h (default 1e-5). */
            gradCheck: function (layer, h) {
                return page.engine.gradCheck(layer || 0, h === undefined ? 1e-5 : h);
            },
            /** {lambdaMax, lrLimit}: the loss's sharpness here and plain GD's largest stable rate. */
            sharpness: function () { return page.engine.sharpness(); },
            /** The text a download would hold: "numpy", "pytorch" or "json". */
            export: function (kind, epochs) {
                return kind === "csv" ? page.engine.exportCsv() : page.engine.exportText(kind, epochs || 20);
            },
            /**
             * Loads CSV text as an upload does, options {target, features, task, name} (columns
             * by header name or 0-based index; task "regression", "binary" or "multiclass");
             * returns the engine's messages (what it read and detected, or why not).
             */
            loadCsv: function (text, options) { return page.actions.loadCsv(text, options); },
            /** Back to the latest checkpoint at or before step; returns state(). */
            rewind: function (step) {
                page.actions.rewind(step);
                return state();
            },
            /**
             * Starts an optimizer race in the race panel from the current settings: configs is
             * [{optimizer, learningRate}, ...] (2-4) or {racers, steps, target}; returns the
             * race's standings, or {error} (the previous race stays). No argument: the
             * standings now (null before any race).
             */
            race: function (configs) {
                if (configs === undefined) {
                    return page.engine.raceState().race;
                }
                page.widgets.race.open();
                var out = page.widgets.race.start(configs);
                return out.error ? { error: out.error } : out.race.race;
            },
            /**
             * Classification scores on the test rows: {set, rows, classes, counts (rows = true
             * class), accuracy, precision, recall, support, predicted}; null for regression.
             */
            metrics: function () { return page.engine.metrics(); },
            /**
             * Draws on the digit pad exactly the image whose 64 pixels (0..16, top row first)
             * are given, as the pad's own strokes would, and returns the network's reading:
             * {pixels, probabilities, predicted} (or {error} when the data is not the digits).
             */
            drawDigit: function (pixels) {
                var bits = page.engine.digitBitmap(pixels);
                if (bits.length !== 1024) {
                    return { error: "drawDigit takes 64 whole numbers 0..16" };
                }
                return page.widgets.pad.set(bits);
            },
            /** {step, checkpoints, scrubbing, replayFrom, ghost}: what the scrubber offers. */
            timeline: function () { return page.engine.timeline(); },
            /**
             * Watches one parameter for the internals chart: weight layer (0-based), from unit
             * (-1: the bias), to unit; returns internals() (null if there is no such weight).
             */
            watch: function (layer, from, to) {
                if (!page.engine.watch(layer, from, to)) {
                    return null;
                }
                page.dirty = true;
                return page.engine.internals();
            },
            /** The watched weight's gradient, optimizer state and steps by name, per step. */
            internals: function () { return page.engine.internals(); },
            /** Teacher mode: {active, prompt, hide, lock, start, controls} of the lesson link. */
            lesson: function () { return page.engine.lesson(); },
            /** Clears the frame-time record. */
            perfReset: function () { page.frames.length = 0; page.engine.callMs = {}; }
        };
    },

    summary: function (frames) {
        function stats(key) {
            var v = frames.map(function (f) { return f[key]; }).sort(function (a, b) { return a - b; });
            var mean = v.reduce(function (a, b) { return a + b; }, 0) / Math.max(1, v.length);
            return { mean: mean, p95: v[Math.floor(v.length * 0.95)] || 0, max: v[v.length - 1] || 0 };
        }
        return { frames: frames.length, interval: stats("interval"), work: stats("work"),
            bridge: stats("bridge"), stepsPerFrame: stats("steps") };
    }
};
