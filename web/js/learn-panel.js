/*
 * The playground's Learn panel: six views of the live run, each a tab (neuron, step,
 * gradient check, activations, shapes, take away), opened from the header's Learn button,
 * from a click on a neuron in the diagram, or by the link index.html#learn=<view>. It only
 * composes the views; the numbers are the engine's.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.LearnPanel = (function () {
    var VIEWS = ["neuron", "step", "check", "activations", "shapes", "takeaway"];

    function LearnPanel(root, page, onModelLoaded) {
        this.root = root;
        this.page = page;
        var self = this;
        function part(view) { return root.querySelector("[data-view='" + view + "']"); }
        this.neuron = new ScratchNet.LearnNeuron(part("neuron"), page);
        this.step = new ScratchNet.LearnStep(part("step"), page);
        this.check = new ScratchNet.LearnCheck(part("check"), page);
        this.activations = new ScratchNet.LearnActivations(part("activations"), page);
        this.takeaway = new ScratchNet.LearnTakeaway(part("takeaway"), page, onModelLoaded);
        root.querySelectorAll("[role='tab']").forEach(function (tab) {
            tab.addEventListener("click", function () { self.show(tab.getAttribute("data-tab")); });
        });
        root.querySelector(".learn-close").addEventListener("click", function () { self.close(); });
        this.current = null;
    }

    /** Whether `view` names one of the panel's views. */
    LearnPanel.has = function (view) { return VIEWS.indexOf(view) >= 0; };

    /**
     * Opens the panel on `view` (default: the last one, or the neuron) and scrolls to it; the
     * focus moves to its tab unless `keepFocus` (a click in the diagram keeps its tooltip).
     */
    LearnPanel.prototype.open = function (view, keepFocus) {
        this.root.hidden = false;
        this.show(LearnPanel.has(view) ? view : this.current || "neuron");
        this.root.scrollIntoView({ block: "start" });
        if (!keepFocus) {
            this.root.querySelector("[data-tab='" + this.current + "']").focus({ preventScroll: true });
        }
    };

    LearnPanel.prototype.close = function () {
        this.root.hidden = true;
        document.getElementById("learn-open").focus();
    };

    LearnPanel.prototype.show = function (view) {
        var root = this.root;
        this.current = view;
        root.querySelectorAll("[role='tab']").forEach(function (tab) {
            var on = tab.getAttribute("data-tab") === view;
            tab.setAttribute("aria-selected", String(on));
            tab.tabIndex = on ? 0 : -1;
        });
        VIEWS.forEach(function (v) { root.querySelector("[data-view='" + v + "']").hidden = v !== view; });
        var shapes = this.page.engine.shapes();
        if (view === "step") {
            this.step.load();
        } else if (view === "check") {
            this.check.sync(shapes);
        } else if (view === "activations") {
            this.activations.update();
        } else if (view === "shapes") {
            this.shapes(shapes);
        }
    };

    /**
     * Opens the neuron calculator on unit `unit` of weight layer `layer` (from the diagram);
     * `byKey` (Enter) moves the focus into the panel, a click leaves it on the diagram.
     */
    LearnPanel.prototype.openUnit = function (layer, unit, byKey) {
        this.open("neuron", !byKey);
        this.neuron.openUnit(layer, unit, 0);
    };

    LearnPanel.prototype.shapes = function (s) {
        var body = this.root.querySelector(".shape-rows");
        body.textContent = "";
        s.layers.forEach(function (l) {
            var tr = document.createElement("tr");
            ["Layer " + l.name, "W" + l.name + ": " + l.inputs + " × " + l.outputs, "b" + l.name + ": (" + l.outputs + ")"
                + (l.norm ? "; batch norm's γ" + l.name + ", β" + l.name + ": (" + l.norm + ") each" : ""),
                l.inputs + " × " + l.outputs + " + " + l.outputs + (l.norm ? " + 2 × " + l.norm : "") + " = " + l.parameters]
                .forEach(function (text, k) {
                var cell = document.createElement(k === 0 ? "th" : "td");
                cell.textContent = text;
                tr.appendChild(cell);
            });
            body.appendChild(tr);
        });
        var norm = s.layers.some(function (l) { return l.norm > 0; });
        this.root.querySelector(".shape-total").textContent = "This " + s.sizes.join("-") + " network has "
            + s.parameters + " parameters (weights and biases" + (norm ? ", and batch norm's γ and β" : "") + "). The tutorial's 4-8-4-1 delivery network has 4 × 8 + 8 + 8 × 4"
            + " + 4 + 4 × 1 + 1 = 81.";
        var c = this.page.config;
        this.root.querySelector(".shape-loss").textContent = c.data === "delivery"
            ? "On the delivery table the four inputs and the minutes are standardised on the training rows (mean 0, standard"
                + " deviation 1), as the tutorial does: the loss is " + c.loss + " on standardised minutes; the MAE beside the"
                + " chart is in real minutes."
            : "The loss numbers are " + c.loss + " on the points' labels; the inputs are the chosen features of each point's"
                + " coordinates (x₁, x₂ from −6 to 6), not standardised.";
    };

    return LearnPanel;
})();
