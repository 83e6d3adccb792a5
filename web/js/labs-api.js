/*
 * window.scratchnetLabs, the labs page's console API (documented in the README, used by the
 * browser tests). It only calls the page's actions and the engine; it holds no state.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.LabsApi = {
    install: function (page) {
        function state() {
            page.actions.paint();
            return {
                lab: page.lab, fix: page.fix,
                fixes: page.info.fixes.map(function (f) { return f.id; }),
                backend: page.backend, running: page.running, finished: page.engine.finished(),
                sweep: page.engine.sweep(), frames: page.frames, maxFrameMs: page.maxFrameMs,
                pauseMessage: document.getElementById("pause-message").textContent,
                runs: page.figures.map(function (f, r) {
                    var last = f.epochRows[f.epochRows.length - 1];
                    var copy = { name: page.runs[r], deadShare: last.dead, gradNorm: last.grad,
                        train: f.epochRows.map(function (e) { return e.train; }),
                        test: f.epochRows.map(function (e) { return e.test; }) };
                    Object.keys(f).forEach(function (k) {
                        if (k !== "epochRows") {
                            copy[k] = f[k];
                        }
                    });
                    return copy;
                })
            };
        }
        globalThis.scratchnetLabs = {
            /** Opens a lab (paused, at step 0) and returns state(). */
            load: function (id) {
                page.actions.setRunning(false);
                page.actions.load(id);
                return state();
            },
            /** Applies a fix to the "after" run; both runs start over. */
            applyFix: function (id) {
                page.actions.setRunning(false);
                page.actions.applyFix(id);
                return state();
            },
            /** Advances every run by up to n steps at once. */
            run: function (n) { page.actions.run(n); return state(); },
            /** Runs every run to its end (or its non-finite pause). */
            finish: function () {
                while (!page.engine.finished()) {
                    page.actions.run(5000);
                }
                return state();
            },
            /** gd-variants: times every variant's workload (5 × 40 epochs) at once; the timing. */
            time: function () {
                while (page.engine.timeNext()) { /* one workload per call */ }
                page.actions.paint();
                return page.engine.timing();
            },
            play: function () { page.maxFrameMs = 0; page.actions.setRunning(true); },
            pause: function () { page.actions.setRunning(false); },
            state: state
        };
    }
};
