/*
 * Learn mode's "one training step, opened up": walks the stages of the next step
 * (LearnStages, from the engine's explain()) one at a time, with previous/next buttons and
 * ← / → while the view has focus. Hovering or focusing a result cell lights up the cells it
 * came from. "Take this step" trains exactly that step and checks the weights now equal W′.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.LearnStep = (function () {
    /** Rows shown of a batch-shaped matrix, and rows and columns of any matrix. */
    var BATCH_ROWS = 4;
    var MAX_ROWS = 8;
    var MAX_COLS = 8;

    function LearnStep(root, page) {
        this.root = root;
        this.page = page;
        this.trace = null;
        this.stages = [];
        this.at = 0;
        var self = this;
        var $ = function (sel) { return root.querySelector(sel); };
        this.parts = { head: $(".step-head"), title: $(".step-title"), formula: $(".step-formula"),
            text: $(".step-text"), mats: $(".step-mats"), count: $(".step-count"), check: $(".step-check") };
        $(".step-prev").addEventListener("click", function () { self.go(self.at - 1); });
        $(".step-next").addEventListener("click", function () { self.go(self.at + 1); });
        $(".step-load").addEventListener("click", function () { self.load(); });
        $(".step-take").addEventListener("click", function () { self.take(); });
        root.addEventListener("keydown", function (event) {
            var t = event.target.tagName;
            var delta = { ArrowLeft: -1, ArrowRight: 1 }[event.key];
            if (!delta || t === "INPUT" || t === "SELECT") {
                return;
            }
            event.preventDefault();
            event.stopPropagation(); // inside the panel the arrows walk the stages, not train
            self.go(self.at + delta);
        });
        function light(event) {
            var td = event.target.closest ? event.target.closest("td[data-c]") : null;
            var stage = self.stages[self.at];
            if (!td || !stage) {
                return;
            }
            var m = td.closest(".matrix").getAttribute("data-m");
            var r = td.hasAttribute("data-r") ? Number(td.getAttribute("data-r")) : undefined;
            var c = Number(td.getAttribute("data-c"));
            var targets = stage.links(m, r, c);
            ScratchNet.LearnMatrix.highlight(self.parts.mats, targets.length ? targets.concat([{ m: m, r: r, c: c }]) : []);
        }
        this.parts.mats.addEventListener("pointerover", light);
        this.parts.mats.addEventListener("focusin", light);
    }

    /** Asks the engine for the next step and shows its first stage. */
    LearnStep.prototype.load = function () {
        var t = this.page.engine.explain(BATCH_ROWS);
        this.parts.check.textContent = "";
        if (!t) {
            this.trace = null;
            this.stages = [];
            this.parts.head.textContent = "The run has stopped at a non-finite value: there is no next step to open up. Reset to start over.";
            this.parts.mats.textContent = "";
            return;
        }
        this.trace = t;
        this.stages = ScratchNet.LearnStages.build(t, this.page.config);
        this.parts.head.textContent = "Step " + t.step + " of this run: a batch of " + t.rows + " rows, learning rate "
            + t.lr + ", " + t.optimizer + ". These are the engine's own numbers for that step."
            + (t.rows > BATCH_ROWS ? " Tables show the first " + BATCH_ROWS + " rows of the batch; with a batch size of "
                + BATCH_ROWS + " you see every row." : "")
            + (this.page.config.bn ? " This network has batch norm: each hidden layer has three more stages between Z"
                + " and A (the batch's μ and σ², Ẑ, then Z̃ = γ ⊙ Ẑ + β, which the activation reads) and two more on the"
                + " way back (dγ and dβ, then dZ through μ and σ²)." : "")
            + (t.layers.some(function (l) { return l.dropout; }) ? " Dropout is on: after each hidden layer's A a stage"
                + " multiplies it by this step's random mask M (D = A ⊙ M is what the next layer reads), and the gradient"
                + " goes back through the same mask." : "");
        this.root.querySelector(".step-take").disabled = false;
        this.go(0);
    };

    LearnStep.prototype.go = function (i) {
        if (!this.stages.length) {
            return;
        }
        this.at = Math.max(0, Math.min(this.stages.length - 1, i));
        var s = this.stages[this.at];
        var p = this.parts;
        p.title.textContent = s.title;
        p.formula.textContent = s.formula;
        p.text.textContent = s.text;
        p.count.textContent = "Stage " + (this.at + 1) + " of " + this.stages.length;
        p.mats.textContent = "";
        var shown = this.trace.shownRows;
        var rows = this.trace.rows;
        s.mats.forEach(function (m) {
            var values = m[2];
            var batchShaped = Array.isArray(values[0]) && values.length === shown && !/^d?W/.test(m[1]);
            p.mats.appendChild(ScratchNet.LearnMatrix.render(m[1], m[0], values,
                batchShaped ? BATCH_ROWS : MAX_ROWS, MAX_COLS, batchShaped ? rows : undefined));
        });
        var prev = this.root.querySelector(".step-prev");
        var next = this.root.querySelector(".step-next");
        var focused = document.activeElement;
        prev.disabled = this.at === 0;
        next.disabled = this.at === this.stages.length - 1;
        // A button that just became disabled drops its focus; keep it in the view so the keys
        // go on working.
        if (focused === prev && prev.disabled) {
            next.focus();
        } else if (focused === next && next.disabled) {
            prev.focus();
        }
    };

    /** Trains the explained step and compares every weight and bias with W′ and b′. */
    LearnStep.prototype.take = function () {
        var t = this.trace;
        if (!t) {
            return;
        }
        var before = this.page.engine.stats().step;
        if (before + 1 !== t.step) {
            this.parts.check.textContent = "The run has moved on since this step was opened up (it is at step "
                + before + "); open the next step again first.";
            return;
        }
        this.page.actions.step(1);
        var w = this.page.engine.weights();
        var same = 0;
        var total = 0;
        var at = 0;
        var self = this;
        t.layers.forEach(function (layer, l) {
            layer.Wafter.forEach(function (row) {
                row.forEach(function (v) { total++; same += w[at++] === v ? 1 : 0; });
            });
            layer.bafter.forEach(function (v, j) {
                total++;
                same += self.page.engine.bias(l, j)[0] === v ? 1 : 0;
            });
        });
        var norm = this.page.engine.normParameters(); // γ then β of each layer with batch norm
        var k = 0;
        t.layers.forEach(function (layer) {
            if (layer.bn) {
                layer.bn.gammaAfter.concat(layer.bn.betaAfter).forEach(function (v) {
                    total++;
                    same += norm[k++] === v ? 1 : 0;
                });
            }
        });
        this.parts.check.textContent = "Took step " + t.step + ": " + same + " of " + total
            + (k > 0 ? " weights, biases, γ and β now equal W′, b′, γ′ and β′" : " weights and biases now equal W′ and b′")
            + " exactly (bit for bit)"
            + (same === total ? "." : " — a mismatch, which should never happen.");
        this.trace = null;
        this.root.querySelector(".step-take").disabled = true;
    };

    return LearnStep;
})();
