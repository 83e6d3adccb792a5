/*
 * Optimizer internals of one weight: over the steps, the raw gradient the optimizer saw, what
 * it keeps for that weight (momentum's velocity; Adam's moments m and v; RMSprop's mean
 * square) and the step it applied, one small chart each (their scales differ by orders of
 * magnitude), from the engine's internals() record (ParameterTrace, bounded memory). The
 * weight is picked in the menu or by clicking a link in the network diagram. Fetched only
 * while the panel is open, at most every REFRESH_MS while training.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.Internals = (function () {
    var REFRESH_MS = 150;
    /** What each of the engine's columns is, keyed by its name; the columns charted, in order. */
    var MEANING = {
        gradient: "gradient g = ∂L/∂w of the batch, as the optimizer saw it (after clipping)",
        velocity: "momentum's velocity v ← μ·v − lr·g (the step itself: w ← w + v)",
        m: "Adam's first moment m ← β₁·m + (1 − β₁)·g, a running mean of g",
        v: "Adam's second moment v ← β₂·v + (1 − β₂)·g², a running mean of g²",
        mHat: "m̂ = m / (1 − β₁ᵗ), the first moment with its start-up bias removed",
        vHat: "v̂ = v / (1 − β₂ᵗ), the second moment with its start-up bias removed",
        meanSquare: "RMSprop's running mean square s ← ρ·s + (1 − ρ)·g²",
        update: "the step applied, Δw",
        value: "the weight w itself, after each step"
    };
    /** The step's formula, by the engine's optimizer name. */
    var UPDATE = { sgd: " = −lr·g", momentum: " = v", adam: " = −lr·m̂/(√v̂ + ε), the effective step",
        rmsprop: " = −lr·g/(√s + ε)" };
    var CHARTED = ["gradient", "velocity", "m", "v", "meanSquare", "update", "value"];

    function Internals(root, engine) {
        this.root = root;
        this.engine = engine;
        this.menu = root.querySelector("select");
        this.charts = root.querySelector(".internals-charts");
        this.note = root.querySelector(".internals-note");
        this.shape = "";
        this.at = -Infinity;
        this.widgets = {};
        var self = this;
        this.menu.addEventListener("change", function () {
            var p = self.menu.value.split(",").map(Number);
            self.pick(p[0], p[1], p[2]);
        });
        root.addEventListener("toggle", function () { self.paint(true); });
    }

    /** The menu of every weight and bias, rebuilt when the network's shape changes. */
    Internals.prototype.menuFor = function (sizes, names) {
        var shape = sizes.join("-") + "|" + names.join(",");
        if (shape === this.shape) {
            return;
        }
        this.shape = shape;
        this.menu.textContent = "";
        for (var l = 0; l + 1 < sizes.length; l++) {
            var group = document.createElement("optgroup");
            var last = l + 2 === sizes.length;
            group.label = "Layer " + (l + 1) + (last ? " (output)" : "");
            for (var j = 0; j < sizes[l + 1]; j++) {
                for (var i = -1; i < sizes[l]; i++) {
                    var o = document.createElement("option");
                    o.value = l + "," + i + "," + j;
                    var from = i < 0 ? "bias" : l === 0 ? (names[i] || "input " + (i + 1))
                        : "unit " + (i + 1);
                    o.textContent = (i < 0 ? "b" : "W") + (l + 1) + (i < 0 ? "[" + j + "]"
                        : "[" + i + "," + j + "]") + ": " + from + " → " + (last ? "output " : "unit ")
                        + (j + 1);
                    group.appendChild(o);
                }
            }
            this.menu.appendChild(group);
        }
    };

    /** Watches weight (layer, from, to), from = -1 for the bias; the record starts over. */
    Internals.prototype.pick = function (layer, from, to) {
        if (this.engine.watch(layer, from, to)) {
            this.menu.value = layer + "," + from + "," + to;
            this.paint(true);
        }
    };

    /** Repaints if open (always when forced, else at most every REFRESH_MS). */
    Internals.prototype.paint = function (force, now) {
        if (!this.root.open) {
            return;
        }
        now = now === undefined ? performance.now() : now;
        if (!force && now - this.at < REFRESH_MS) {
            return;
        }
        this.at = now;
        this.menuFor(this.engine.sizes(), this.engine.inputNames());
        var r = this.engine.internals();
        this.menu.value = r.layer + "," + r.from + "," + r.to;
        var steps = r.series.step;
        var shown = CHARTED.filter(function (c) { return r.columns.indexOf(c) >= 0; });
        var self = this;
        Object.keys(this.widgets).forEach(function (c) {
            self.widgets[c].box.hidden = shown.indexOf(c) < 0;
        });
        shown.forEach(function (c) {
            var w = self.widgets[c] || self.add(c);
            var meaning = MEANING[c] + (c === "update" ? UPDATE[r.optimizer] || "" : "");
            if (w.meaning.nodeValue !== meaning + " ") {
                w.meaning.nodeValue = meaning + " ";
            }
            var values = r.series[c];
            var points = steps.map(function (s, i) { return [s, values[i]]; });
            w.canvas.setAttribute("aria-label", meaning + ", for " + r.name + " under "
                + r.optimizer + ", against the training step; latest "
                + (values.length ? ScratchNet.Format.short(values[values.length - 1]) : "none"));
            w.latest.textContent = values.length
                ? "latest " + ScratchNet.Format.short(values[values.length - 1]) : "";
            w.chart.paint({ series: [{ points: points, colour: ScratchNet.LineChart.COLOURS[2] }],
                xTitle: "step" });
            if (!values.length) {
                w.canvas.getContext("2d").clearRect(0, 0, w.canvas.width, w.canvas.height);
            }
        });
        this.root.dataset.rows = String(steps.length);
        this.root.dataset.columns = shown.join(",");
        var text = r.name + " under " + r.optimizer + ": " + steps.length + " steps recorded"
            + (steps.length ? " (" + steps[0] + "–" + steps[steps.length - 1] + ")" : "")
            + ". Click a link in the network diagram to watch it.";
        if (this.note.textContent !== text) {
            this.note.textContent = text;
        }
    };

    Internals.prototype.add = function (column) {
        var box = document.createElement("figure");
        box.className = "internals-chart";
        var caption = document.createElement("figcaption");
        var meaning = document.createTextNode(MEANING[column] + " ");
        caption.appendChild(meaning);
        var latest = document.createElement("span");
        latest.className = "internals-latest";
        caption.appendChild(latest);
        var canvas = document.createElement("canvas");
        canvas.width = 360;
        canvas.height = 80;
        canvas.setAttribute("role", "img");
        canvas.dataset.column = column;
        box.appendChild(caption);
        box.appendChild(canvas);
        // keep the charts in CHARTED order
        var next = null;
        var self = this;
        CHARTED.slice(CHARTED.indexOf(column) + 1).forEach(function (c) {
            if (!next && self.widgets[c]) {
                next = self.widgets[c].box;
            }
        });
        this.charts.insertBefore(box, next);
        var w = { box: box, canvas: canvas, latest: latest, meaning: meaning, chart: new ScratchNet.LineChart(canvas) };
        this.widgets[column] = w;
        return w;
    };

    return Internals;
})();
