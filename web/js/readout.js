/*
 * The numbers as text: counters, losses, accuracy or MAE, the layer-health table and the
 * "what went wrong?" hint when a run diverges. Everything drawn on a canvas that matters is
 * also here, for screen readers and for copying.
 */
"use strict";
var ScratchNetText = {
    format: function (v, digits) {
        if (v === null || v === undefined || (typeof v === "number" && isNaN(v))) {
            return "–";
        }
        return isFinite(v) ? Number(v).toFixed(digits) : String(v);
    },

    set: function (id, text) {
        var el = document.getElementById(id);
        if (el.textContent !== text) {
            el.textContent = text;
        }
    },

    show: function (stats, health, config) {
        var f = ScratchNetText.format;
        var set = ScratchNetText.set;
        set("out-epoch", String(stats.epoch));
        set("out-step", String(stats.step));
        set("out-train", f(stats.trainLoss, 4));
        set("out-test", f(stats.testLoss, 4));
        var regression = isNaN(stats.accuracy);
        set("out-metric-name", regression ? "Test MAE" : "Test accuracy");
        set("out-metric", regression ? f(stats.testMae, 3) + (config.data === "delivery" ? " min" : "")
            : f(stats.accuracy * 100, 1) + " %");
        set("out-mae", f(stats.testMae, 2) + " min");
        set("out-baseline", f(stats.baselineMae, 2) + " min");
        ScratchNetText.health(health, config);
        ScratchNetText.hint(health);
    },

    /** Plain-language account of each phenomenon the engine's hint can name. */
    HINTS: {
        NON_FINITE: function (h, health) {
            return "The run stopped: a value stopped being a number at step " + h.value + " ("
                + health.firstNonFinite.text + "). The steps grew until they overflowed. Lower "
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
    },

    hint: function (health) {
        var h = health.hint;
        var box = document.getElementById("hint");
        box.hidden = !h;
        if (!h) {
            return;
        }
        var explain = ScratchNetText.HINTS[h.phenomenon];
        ScratchNetText.set("hint-text", explain ? explain(h, health) : h.phenomenon);
        box.dataset.lab = h.lab;
        box.dataset.phenomenon = h.phenomenon;
    },

    health: function (health, config) {
        var rows = document.getElementById("health-rows");
        var layers = (config.layers || []).concat(["out"]);
        var html = [];
        health.gradNorm.forEach(function (g, l) {
            html.push([l < layers.length - 1 ? "hidden " + (l + 1) : "output",
                layers[l] === "out" ? "" : String(layers[l]),
                ScratchNetText.format(health.deadFraction[l] * 100, 0) + " %",
                ScratchNetText.format(g, 5)]);
        });
        var text = JSON.stringify(html);
        if (rows.dataset.text === text) {
            return;
        }
        rows.dataset.text = text;
        rows.textContent = "";
        html.forEach(function (cells) {
            var tr = document.createElement("tr");
            cells.forEach(function (c) {
                var td = document.createElement("td");
                td.textContent = c;
                tr.appendChild(td);
            });
            rows.appendChild(tr);
        });
    }
};
