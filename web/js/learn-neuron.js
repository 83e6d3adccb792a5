/*
 * Learn mode's neuron calculator: inputs x, weights w, bias b and the activation are
 * editable; the engine (LearnTools.neuron) works out z = Σ wᵢxᵢ + b term by term and a = f(z),
 * and this writes the sum out. It opens on the tutorial's example; from the network diagram
 * it opens on a real unit with one training row (LearnTools.neuronAt).
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.LearnNeuron = (function () {
    var EXAMPLE = { x: [5.2, 8, 22], w: [0.7, 0.2, 0.4], b: -0.5 };
    var MAX_INPUTS = 16;

    function num(v) {
        return ScratchNet.LearnMatrix.text(v);
    }

    function LearnNeuron(root, page) {
        this.root = root;
        this.page = page;
        this.unit = null;
        var self = this;
        var $ = function (sel) { return root.querySelector(sel); };
        this.parts = { rows: $(".neuron-rows"), b: $(".neuron-b"), act: $(".neuron-act"), sum: $(".neuron-sum"),
            out: $(".neuron-out"), formula: $(".neuron-formula"), note: $(".neuron-note"), from: $(".neuron-from"), error: $(".neuron-error"),
            row: $(".neuron-row") };
        page.limits.choices.act.forEach(function (name) {
            var o = document.createElement("option");
            o.value = name;
            o.textContent = name;
            self.parts.act.appendChild(o);
        });
        root.addEventListener("input", function (event) {
            if (event.target === self.parts.row) {
                return;
            }
            self.compute();
        });
        self.parts.row.addEventListener("change", function () {
            if (self.unit) {
                self.openUnit(self.unit.layer, self.unit.unit, Number(self.parts.row.value));
            }
        });
        $(".neuron-add").addEventListener("click", function () { self.resize(1); });
        $(".neuron-remove").addEventListener("click", function () { self.resize(-1); });
        $(".neuron-example").addEventListener("click", function () { self.fill(EXAMPLE, "relu", null); });
        this.fill(EXAMPLE, "relu", null);
    }

    /** Fills the inputs with {x, w, b}; `unit` says which network unit they came from. */
    LearnNeuron.prototype.fill = function (n, activation, unit) {
        var rows = this.parts.rows;
        rows.textContent = "";
        for (var i = 0; i < n.x.length; i++) {
            this.addRow(i, n.x[i], n.w[i], unit && unit.inputNames ? unit.inputNames[i] : null);
        }
        this.parts.b.value = String(n.b);
        if (this.page.limits.choices.act.indexOf(activation) >= 0) {
            this.parts.act.value = activation;
        }
        this.unit = unit;
        this.parts.from.hidden = !unit;
        this.parts.row.closest("label").hidden = !unit;
        this.compute();
    };

    LearnNeuron.prototype.addRow = function (i, x, w, name) {
        var tr = document.createElement("tr");
        var th = document.createElement("th");
        th.scope = "row";
        th.textContent = "i = " + i + (name ? " (" + name + ")" : "");
        tr.appendChild(th);
        [["x", x], ["w", w]].forEach(function (pair) {
            var td = document.createElement("td");
            var input = document.createElement("input");
            input.type = "text";
            input.inputMode = "decimal";
            input.className = "neuron-" + pair[0];
            input.value = String(pair[1]);
            input.setAttribute("aria-label", pair[0] + " " + i);
            td.appendChild(input);
            tr.appendChild(td);
        });
        var term = document.createElement("td");
        term.className = "neuron-term";
        tr.appendChild(term);
        this.parts.rows.appendChild(tr);
    };

    LearnNeuron.prototype.resize = function (delta) {
        var n = this.parts.rows.children.length;
        if (delta > 0 && n < MAX_INPUTS) {
            this.addRow(n, 1, 0, null);
        } else if (delta < 0 && n > 1) {
            this.parts.rows.removeChild(this.parts.rows.lastChild);
        }
        this.unit = null;
        this.parts.from.hidden = true;
        this.compute();
    };

    /** Reads the fields; a field that is not a number is named, and the last result kept. */
    LearnNeuron.prototype.compute = function () {
        var bad = [];
        function read(input, name) {
            var text = input.value.trim().replace("−", "-");
            var v = text === "" ? NaN : Number(text);
            input.setAttribute("aria-invalid", String(!isFinite(v)));
            if (!isFinite(v)) {
                bad.push(name);
            }
            return v;
        }
        var x = [];
        var w = [];
        this.root.querySelectorAll(".neuron-x").forEach(function (el, i) { x.push(read(el, "x" + i)); });
        this.root.querySelectorAll(".neuron-w").forEach(function (el, i) { w.push(read(el, "w" + i)); });
        var b = read(this.parts.b, "b");
        this.parts.error.hidden = bad.length === 0;
        if (bad.length) {
            this.parts.error.textContent = "Not a number: " + bad.join(", ") + ". The result below is for the last valid values.";
            return;
        }
        var r = this.page.engine.neuron(x, w, b);
        if (r.error) {
            this.parts.error.hidden = false;
            this.parts.error.textContent = r.error;
            return;
        }
        this.show(r);
    };

    LearnNeuron.prototype.show = function (r) {
        var terms = this.root.querySelectorAll(".neuron-term");
        r.terms.forEach(function (t, i) { terms[i].textContent = num(r.w[i]) + " × " + num(r.x[i]) + " = " + num(t); });
        var parts = r.terms.map(num);
        this.parts.sum.textContent = "z = Σ wᵢxᵢ + b = " + parts.join(" + ").replace(/\+ -/g, "− ")
            + (r.b < 0 ? " − " + num(-r.b) : " + " + num(r.b)) + " = " + num(r.z);
        var name = this.parts.act.value;
        var act = r.activations.filter(function (a) { return a.name === name; })[0];
        this.parts.out.textContent = "a = " + name + "(z) = " + num(act.a);
        this.parts.formula.textContent = act.formula;
        var example = JSON.stringify([r.x, r.w, r.b]) === JSON.stringify([EXAMPLE.x, EXAMPLE.w, EXAMPLE.b]);
        this.parts.note.hidden = !example;
    };

    /** Opens unit `unit` of weight layer `layer` (0-based) on training row `row`. */
    LearnNeuron.prototype.openUnit = function (layer, unit, row) {
        var n = this.page.engine.neuronAt(layer, unit, row || 0);
        if (n.error) {
            this.parts.error.hidden = false;
            this.parts.error.textContent = n.error;
            return;
        }
        this.fill(n, n.activation, n);
        this.parts.row.max = String(n.rows - 1);
        this.parts.row.value = String(n.row);
        this.parts.from.textContent = "Unit " + unit + " of layer " + (layer + 1) + " (column " + unit + " of W" + (layer + 1)
            + ", b" + (layer + 1) + "[" + unit + "]) on training row " + n.row + " of " + n.rows + ": x is "
            + (layer === 0 ? "that row's inputs" : "layer " + layer + "'s outputs A" + layer + " for that row")
            + ". The network's own output for this unit is a = " + num(n.a) + " (" + n.activation + ")."
            + (n.activation === "softmax" ? " Softmax needs the whole output row, so the menu's functions give other values." : "")
            + (n.batchNorm ? batchNormText(n.batchNorm, n.activation) : "");
    };

    /** The batch-norm step between z and f, with the engine's numbers (running statistics). */
    function batchNormText(bn, activation) {
        function signed(v) { return v < 0 ? " + " + num(-v) : " − " + num(v); } // − v, written out
        function plus(v) { return v < 0 ? " − " + num(-v) : " + " + num(v); }
        return " This layer has batch norm, so the network does not feed z to " + activation + ": it feeds"
            + " y = γ·(z − μ)/√(σ² + ε) + β = " + num(bn.gamma) + " × (" + num(bn.z) + signed(bn.mean)
            + ")/√(" + num(bn.variance) + " + " + bn.epsilon + ")" + plus(bn.beta) + " = " + num(bn.y)
            + " (μ, σ²: the running mean and variance; ẑ = " + num(bn.normalized) + "), and a = "
            + activation + "(y). The calculator below shows " + activation + "(z), without that step.";
    }

    return LearnNeuron;
})();
