/*
 * The playground's "What went wrong?" panel: a plain-language account of the engine's hint
 * (which phenomenon, which layer, which value crossed which threshold) and a link to the lab
 * that explains it, titled from the engine's lab catalog. The panel's data-lab and
 * data-phenomenon name the finding for tests and styles.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.HintPanel = (function () {
    /** What each phenomenon the engine's hint can name means, and what to try. */
    var EXPLAIN = {
        NON_FINITE: function (h, stats) {
            return "The run stopped: a value stopped being a number at step " + h.value + " ("
                + stats.firstNonFinite.text + "). The steps grew until they overflowed. Lower "
                + "the learning rate, clip the gradients or pick a smaller initialiser, then reset.";
        },
        EXPLODING_GRADIENTS: function (h) {
            return "The gradient of layer " + (h.layer + 1) + " has norm " + h.value.toPrecision(3)
                + " (over " + h.threshold + "): updates this large usually end in overflow. Lower "
                + "the learning rate or turn on gradient clipping.";
        },
        DEAD_UNITS: function (h) {
            return Math.round(h.value * 100) + " % of the ReLU units in layer " + (h.layer + 1)
                + " are dead (greyed in the diagram): they output 0 for every training point, so "
                + "no gradient reaches them. Try leaky ReLU, He initialisation or a lower rate.";
        },
        VANISHING_GRADIENTS: function (h) {
            return "The last layer's gradient is " + Math.round(h.value) + " times the first "
                + "layer's: the early layers barely learn. Try ReLU with He initialisation or "
                + "fewer layers.";
        },
        SATURATED_UNITS: function (h) {
            return Math.round(h.value * 100) + " % of the units in layer " + (h.layer + 1)
                + " are saturated (stuck near their limits, where the slope is almost 0). Try "
                + "smaller initial weights, a lower rate or ReLU.";
        },
        OVERFITTING: function () {
            return "The test loss is rising while the training loss falls: the network is "
                + "memorising. Try L2, dropout, fewer units or more data.";
        }
    };

    /** @param catalog the engine's lab catalog, for the linked lab's title and link */
    function HintPanel(box, catalog) {
        this.box = box;
        this.text = box.querySelector("#hint-text");
        this.labs = {};
        var labs = this.labs;
        catalog.labs.forEach(function (lab) { labs[lab.id] = lab; });
        this.link = document.createElement("a");
        this.link.className = "hint-link";
        this.link.id = "hint-link";
        this.link.hidden = true;
        box.appendChild(this.link);
    }

    /** Shows the hint of the engine's `stats`, or hides the panel when there is none. */
    HintPanel.prototype.show = function (stats) {
        var h = stats.hint;
        this.box.hidden = !h;
        if (!h) {
            return;
        }
        var explain = EXPLAIN[h.phenomenon];
        var text = explain ? explain(h, stats) : h.phenomenon;
        if (this.text.textContent !== text) {
            this.text.textContent = text;
        }
        this.box.dataset.lab = h.lab;
        this.box.dataset.phenomenon = h.phenomenon;
        var lab = this.labs[h.lab];
        this.link.hidden = !lab;
        if (lab && this.link.dataset.lab !== h.lab) {
            this.link.dataset.lab = h.lab;
            this.link.href = "labs.html" + lab.link;
            this.link.textContent = "Open the " + lab.title + " lab: see it happen, then fix it →";
        }
    };

    return HintPanel;
})();
