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
        var hint = document.getElementById("hint");
        hint.hidden = !health.diverged;
        if (health.diverged) {
            var where = health.firstNonFinite;
            set("hint-text", "The loss stopped being a number at step " + where.step
                + " (first seen in layer " + (where.layer + 1) + "). Usually the learning rate "
                + "is too large or the initial weights are: lower the rate, use gradient "
                + "clipping or another initialiser, then reset.");
        }
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
