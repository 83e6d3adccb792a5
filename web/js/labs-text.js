/*
 * Labs page words and the panel shared by all runs: lab titles, fix labels, the message shown
 * when a run pauses at a non-finite value, the learning-rate sweep (tiny-learning-rate) and the
 * overlaid loss curves of gd-variants. The numbers all come from the engine's figures.
 */
"use strict";
var LabPageText = (function () {
    var TITLES = {
        "dying-relu": "Dying ReLU", "nan-explosion": "NaN explosion",
        "vanishing-gradients": "Vanishing gradients", "overfitting": "Overfitting",
        "tiny-learning-rate": "Tiny learning rate", "gd-variants": "Batch, stochastic and mini-batch gradient descent"
    };
    var FIXES = {
        "leaky-relu": "Leaky ReLU", "lower-learning-rate": "Rate ÷ 10", "he-init": "He init",
        "xavier-init": "Xavier init", "standardise-inputs": "Standardise inputs",
        "gradient-clipping": "Clip gradients", "relu-he": "ReLU + He init", "l2-penalty": "L2 penalty",
        "dropout": "Dropout", "early-stopping": "Early stopping", "more-data": "More data",
        "larger-learning-rate": "Rate × 100", "batch-gd": "Batch", "stochastic-gd": "Stochastic",
        "mini-batch-gd": "Mini-batch"
    };

    function chart(box, title) {
        var h = document.createElement("h3");
        h.textContent = title;
        var c = document.createElement("canvas");
        c.className = "lab-chart";
        c.setAttribute("aria-label", title + "; the figures are listed below as text");
        var div = document.createElement("div");
        div.append(h, c);
        box.appendChild(div);
        return new LabChart(c);
    }

    function buildShared(lab) {
        var box = document.getElementById("shared-charts");
        box.textContent = "";
        var shared = {};
        if (lab === "tiny-learning-rate") {
            shared.sweep = chart(box, "Learning-rate sweep: loss after 20 epochs against the rate (both log scales)");
        } else if (lab === "gd-variants") {
            shared.byEpoch = chart(box, "Training loss by epoch: batch (dark), stochastic (orange), mini-batch (blue)");
            shared.byTime = chart(box, "Training loss against wall time in seconds");
        }
        document.getElementById("shared").hidden = !shared.sweep && !shared.byEpoch;
        return shared;
    }

    function paintShared(shared, engine, figures) {
        var text = "";
        if (shared.sweep) {
            var pts = engine.sweep();
            shared.sweep.paint({ series: [{ colour: LabColours[2], dots: true,
                points: pts.map(function (p) { return [p.rate, p.loss]; }) }], xLog: true, yLog: true,
                xTitle: "rate" });
            text = "Rates done: " + pts.length + " of " + engine.sweepSize() + ". " + pts.map(function (p) {
                return "rate " + labNumber(p.rate) + " → " + (isFinite(p.loss) ? labNumber(p.loss) : "diverged");
            }).join("; ");
        } else if (shared.byEpoch) {
            function lines(x) {
                return figures.map(function (f, r) {
                    return { colour: LabColours[r], points: f.epochRows.filter(function (e) {
                        return isFinite(x(e));
                    }).map(function (e) { return [x(e), e.train]; }) };
                });
            }
            shared.byEpoch.paint({ series: lines(function (e) { return e.epoch; }), xTitle: "epochs" });
            shared.byTime.paint({ series: lines(function (e) { return e.wallMs / 1000; }), xTitle: "s" });
            text = figures.map(function (f, r) {
                return ["Batch", "Stochastic", "Mini-batch"][r] + ": loss " + labNumber(f.trainLoss)
                    + " after " + f.epoch + " epochs, " + f.step + " steps, " + f.wallMs.toFixed(1) + " ms";
            }).join(". ");
        }
        var p = document.getElementById("shared-text");
        if (p.textContent !== text) {
            p.textContent = text;
        }
    }

    /** Names the step, layer and quantity of the first non-finite value of any run. */
    function pauseMessage(el, figures, sides) {
        var parts = [];
        figures.forEach(function (f, r) {
            var n = f.nonFiniteReport;
            if (!n) {
                return;
            }
            var what = n.layer >= 0 ? "a " + n.quantity + " in layer " + (n.layer + 1)
                + " (" + n.value + ", outlined)" : "the " + n.quantity + " (" + n.value + ")"
                + (n.quantity === "loss" ? ", computed from the output layer (outlined)" : "");
            parts.push(sides[r].el.querySelector(".side-title").textContent + " paused at step " + n.step
                + ": the first value that is not a finite number was " + what
                + ". Last finite step " + n.lastFiniteStep + ": loss "
                + labNumber(n.lastFiniteLoss) + ", gradient norm " + labNumber(n.lastFiniteGradNorm) + ".");
        });
        var text = parts.join(" ");
        el.hidden = parts.length === 0;
        if (el.textContent !== text) {
            el.textContent = text;
        }
    }

    return {
        title: function (lab) { return TITLES[lab] || lab; },
        fixLabel: function (fix) { return FIXES[fix] || fix; },
        buildShared: buildShared, paintShared: paintShared, pauseMessage: pauseMessage,
        /** Sweep steps trained per animation frame (a rate takes 500). */
        SWEEP_STEPS: 100
    };
})();

/* window.scratchnetLabs: the console API (used by the browser tests). */
var LabConsole = {
    install: function (page) {
        function state() {
            page.actions.paint();
            return {
                lab: page.lab, fix: page.engine.fix(), fixes: page.engine.fixes(),
                backend: page.backend, running: page.running, finished: page.engine.finished(),
                sweep: page.engine.sweep(), frames: page.frames, maxFrameMs: page.maxFrameMs,
                pauseMessage: document.getElementById("pause-message").textContent,
                runs: page.figures.map(function (f, r) {
                    var last = f.epochRows[f.epochRows.length - 1];
                    var copy = { name: page.engine.runName(r), deadShare: last.dead,
                        gradNorm: last.grad, firstNonFinite: f.nonFiniteReport,
                        train: f.epochRows.map(function (e) { return e.train; }),
                        test: f.epochRows.map(function (e) { return e.test; }) };
                    LabEngine.FIGURES.forEach(function (k) { copy[k] = f[k]; });
                    return copy;
                })
            };
        }
        globalThis.scratchnetLabs = {
            /** Opens a lab (paused, at step 0) and returns state(). */
            load: function (id) {
                page.actions.setRunning(false);
                page.actions.open(id, null);
                return state();
            },
            /** Applies a fix to the "after" run; both runs start over. */
            applyFix: function (id) {
                page.actions.setRunning(false);
                page.actions.open(null, id);
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
            play: function () { page.maxFrameMs = 0; page.actions.setRunning(true); },
            pause: function () { page.actions.setRunning(false); },
            state: state
        };
    }
};
