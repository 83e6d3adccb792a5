/*
 * The playground's numbers as text: counters, losses, accuracy or MAE, and the layer-health
 * table. Everything drawn on a canvas that matters is also here, for screen readers and for
 * copying.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.Readout = (function () {
    var f = function (v, digits) { return ScratchNet.Format.fixed(v, digits); };

    function set(id, text) {
        var el = document.getElementById(id);
        if (el.textContent !== text) {
            el.textContent = text;
        }
    }

    /** The health table: per layer with weights, its units, dead share and gradient norm. */
    function health(stats, config) {
        var rows = document.getElementById("health-rows");
        var layers = (config.layers || []).concat(["out"]);
        var html = [];
        stats.gradNorm.forEach(function (g, l) {
            html.push([l < layers.length - 1 ? "hidden " + (l + 1) : "output",
                layers[l] === "out" ? "" : String(layers[l]),
                f(stats.deadFraction[l] * 100, 0) + " %", f(g, 5)]);
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

    return {
        /** Shows the engine's stats (counters, losses, health) for the settings `config`. */
        show: function (stats, config, limits) {
            set("out-epoch", String(stats.epoch));
            set("out-step", String(stats.step));
            // Steps too long for a frame go in parts: how much of the next one is done.
            var parts = stats.stepProgress !== null;
            document.getElementById("next-step").hidden = !parts;
            if (parts) {
                set("out-next", Math.floor(stats.stepProgress * 100) + " %");
            }
            set("out-train", f(stats.trainLoss, 4));
            set("out-test", f(stats.testLoss, 4));
            // a float32 run's float64 twin (same seed and batches), when asked for
            document.getElementById("twin-row").hidden = !stats.twin;
            if (stats.twin) {
                set("out-twin", f(stats.twin.trainLoss, 4) + " / " + f(stats.twin.testLoss, 4));
            }
            var regression = isNaN(stats.accuracy);
            var minutes = config.data === limits.tableData ? " min" : "";
            set("out-metric-name", regression ? "Test MAE" : "Test accuracy");
            set("out-metric", regression ? f(stats.testMae, 3) + minutes : f(stats.accuracy * 100, 1) + " %");
            set("out-mae", f(stats.testMae, 2) + " min");
            set("out-baseline", f(stats.baselineMae, 2) + " min");
            health(stats, config);
        }
    };
})();
