/*
 * window.scratchnet, the console API for power users and tests (documented in the README), and
 * the keyboard shortcuts. Both only call the page's own actions; neither holds any state.
 */
"use strict";
var ScratchNetConsole = {
    install: function (page) {
        function state() {
            if (page.dirty) {
                page.engine.refresh();
            }
            var s = page.engine.stats();
            var h = page.engine.health();
            return {
                epoch: s.epoch, step: s.step, trainLoss: s.trainLoss, testLoss: s.testLoss,
                accuracy: s.accuracy, testMae: s.testMae, baselineMae: s.baselineMae,
                backend: page.backend, diverged: h.diverged, firstNonFinite: h.firstNonFinite,
                deadFraction: h.deadFraction, gradNorm: h.gradNorm, running: page.running
            };
        }
        globalThis.scratchnet = {
            /** The current settings as an object (the URL hash, typed). */
            config: function () { return Engine.parseHash(page.engine.hash()); },
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
                var out = ScratchNetConsole.summary(page.frames);
                out.callsPerFrame = {};
                Object.keys(page.engine.callMs).forEach(function (name) {
                    out.callsPerFrame[name] = page.engine.callMs[name] / Math.max(1, page.frames.length);
                });
                return out;
            },
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

var ScratchNetKeys = {
    install: function (page) {
        var dialog = document.getElementById("shortcuts");
        function showHelp() {
            if (!dialog.open) {
                dialog.showModal();
            }
        }
        document.getElementById("help").addEventListener("click", showHelp);
        document.getElementById("shortcuts-close").addEventListener("click", function () {
            dialog.close();
        });
        document.addEventListener("keydown", function (event) {
            var t = event.target;
            var typing = t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA";
            if (typing || event.ctrlKey || event.metaKey || event.altKey || dialog.open) {
                return;
            }
            if (event.key === " " && t.tagName !== "BUTTON" && t.tagName !== "SUMMARY") {
                page.actions.toggle();
            } else if (event.key === "ArrowRight") {
                page.actions.step(1);
            } else if (event.key === "r") {
                page.actions.reset();
            } else if (event.key === "?") {
                showHelp();
            } else {
                return;
            }
            event.preventDefault();
        });
    }
};
