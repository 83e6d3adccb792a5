/*
 * Wires the form controls to the settings. Every control carries the link key it edits
 * (data-key); a change sends just that key to the engine as a partial settings object, and
 * sync() writes the engine's settings back into every control. The engine's limits (ranges,
 * menu choices, layer and unit counts) shape the controls once; the engine validates. This
 * file only reads and writes form values.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.Controls = (function () {
    /**
     * @param root element holding the controls
     * @param limits the engine's limits (see Protocol.limits)
     * @param onChange called with a partial settings object, e.g. {lr: "0.1"}
     */
    function Controls(root, limits, onChange) {
        this.root = root;
        this.limits = limits;
        this.onChange = onChange;
        this.config = {};
        this.shape(limits);
        var self = this;
        root.addEventListener("input", function (event) {
            var key = event.target.dataset.key;
            var shown = key && root.querySelector('[data-show="' + key + '"]');
            if (shown) {
                shown.textContent = event.target.value;
            }
            if (key === "batch") {
                self.showBatch(Number(event.target.value));
            }
        });
        root.addEventListener("change", function (event) { self.changed(event.target); });
        document.getElementById("add-layer").addEventListener("click", function () {
            self.editLayers(function (layers) {
                layers.push(layers.length ? layers[layers.length - 1] : limits.newLayerUnits);
            });
        });
        document.getElementById("remove-layer").addEventListener("click", function () {
            self.editLayers(function (layers) { layers.pop(); });
        });
        document.getElementById("unit-buttons").addEventListener("click", function (event) {
            var button = event.target.closest("button");
            if (button) {
                var l = Number(button.dataset.layer);
                var delta = Number(button.dataset.delta);
                self.editLayers(function (layers) { layers[l] += delta; });
            }
        });
    }

    /**
     * Gives every input the engine's range for its key, the learning-rate menu the engine's
     * presets, and every menu exactly the engine's choices (the labels stay the page's; a
     * choice the page has no label for shows its name).
     */
    Controls.prototype.shape = function (limits) {
        this.root.querySelectorAll("input[data-key]").forEach(function (el) {
            var range = limits.ranges[el.dataset.key];
            if (range && el.type !== "checkbox") {
                el.min = String(range.min);
                if (el.id !== "batch") {
                    el.max = String(range.max); // the batch slider ends at the training rows
                }
            }
        });
        var presets = document.getElementById("lr-preset");
        var custom = presets.querySelector('option[value="custom"]');
        presets.textContent = "";
        limits.learningRates.forEach(function (rate) {
            presets.appendChild(new Option(String(rate), String(rate)));
        });
        presets.appendChild(custom);
        this.root.querySelectorAll("select[data-key]").forEach(function (select) {
            var key = select.dataset.key;
            var range = limits.ranges[key];
            var names = limits.choices[key];
            if (!names && range) {
                names = [];
                for (var v = range.min; v <= range.max; v++) {
                    names.push(String(v));
                }
            }
            if (!names || select === presets) {
                return;
            }
            Array.prototype.slice.call(select.options).forEach(function (option) {
                if (names.indexOf(option.value) < 0) {
                    option.remove();
                }
            });
            names.forEach(function (name) {
                if (!select.querySelector('option[value="' + name + '"]')) {
                    select.appendChild(new Option(name, name));
                }
            });
        });
        this.root.querySelectorAll("[data-feature]").forEach(function (box) {
            box.closest("label").hidden = limits.choices.f.indexOf(box.dataset.feature) < 0;
        });
    };

    Controls.prototype.changed = function (el) {
        var key = el.dataset.key;
        var partial = {};
        if (el.dataset.feature) {
            var chosen = [];
            this.root.querySelectorAll("[data-feature]").forEach(function (box) {
                if (box.checked) {
                    chosen.push(box.dataset.feature);
                }
            });
            if (chosen.length === 0) {
                el.checked = true;
                return;
            }
            partial.f = chosen;
        } else if (el.id === "lr-exact") {
            var rate = this.readRate(el);
            if (rate === null) {
                return;
            }
            partial.lr = rate;
        } else if (!key || el.value === "custom" || (el.type === "number" && el.value === "")) {
            return;
        } else {
            partial[key] = el.type === "checkbox" ? el.checked : el.value;
        }
        this.onChange(partial);
    };

    /**
     * The typed learning rate as a string the engine reads ("0,5" is 0.5: a decimal comma is
     * accepted), or null after marking the field invalid and saying which rate is still in use.
     */
    Controls.prototype.readRate = function (el) {
        var text = el.value.trim().replace(",", ".");
        var range = this.limits.ranges.lr;
        var v = /^[+]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : NaN;
        var ok = isFinite(v) && v >= range.min && v <= range.max;
        el.setAttribute("aria-invalid", String(!ok));
        if (!ok) {
            document.getElementById("lr-used").textContent = "“" + el.value + "” is not a rate from "
                + range.min + " to " + range.max + "; still using " + this.config.lr + ".";
            return null;
        }
        return text;
    };

    /**
     * Disables the losses this data cannot use and the outputs the loss cannot use, each with
     * the engine's reason (as a tooltip and in a note under the options).
     */
    Controls.prototype.showUnfit = function (config) {
        var unfit = this.limits.unfit;
        var byReason = {};
        var rules = { loss: unfit.loss[config.data] || {}, out: unfit.out[config.loss] || {} };
        Object.keys(rules).forEach(function (key) {
            var select = document.querySelector('select[data-key="' + key + '"]');
            Array.prototype.slice.call(select.options).forEach(function (option) {
                var why = rules[key][option.value];
                option.disabled = !!why;
                option.title = why || "";
                if (why) {
                    (byReason[why] = byReason[why] || []).push(option.textContent);
                }
            });
        });
        var notes = Object.keys(byReason).map(function (why) {
            return byReason[why].join(", ") + " (" + why + ")";
        });
        var text = notes.length ? "Not available here: " + notes.join("; ") + "." : "";
        var note = document.getElementById("unfit-note");
        if (note.textContent !== text) {
            note.textContent = text;
        }
    };

    /** The most units a hidden layer may have for the current data. */
    Controls.prototype.maxUnits = function () {
        return this.limits.maxUnits[this.config.data];
    };

    Controls.prototype.editLayers = function (edit) {
        var layers = (this.config.layers || []).slice();
        var most = this.maxUnits();
        var least = this.limits.minUnits;
        edit(layers);
        layers = layers.filter(function (n) { return n >= least; }).slice(0, this.limits.maxLayers)
            .map(function (n) { return Math.min(n, most); });
        this.onChange({ layers: layers });
    };

    Controls.prototype.showBatch = function (n) {
        var rows = this.trainRows || n;
        var kind = n <= 1 ? "stochastic" : n >= rows ? "full batch" : "mini-batch";
        document.getElementById("batch-kind").textContent = Math.min(n, rows) + " · " + kind;
    };

    /** Writes `config` (the engine's settings) and the row counts of `stats` into the controls. */
    Controls.prototype.sync = function (config, stats) {
        this.config = config;
        this.trainRows = stats.trainRows;
        // your own data is a table too (standardise, heatmap axes over its columns)
        var table = config.data === this.limits.tableData || config.data === this.limits.userData.dataName;
        var body = document.body.classList;
        body.toggle("is-delivery", table);
        body.toggle("is-2d", !table);
        body.toggle("is-k", config.k !== undefined);
        // what the first-step line promises depends on the task (losses name it)
        body.toggle("is-regression", !table && (config.loss === "mse" || config.loss === "huber") && config.out !== "sigmoid");
        var batch = document.getElementById("batch");
        batch.max = String(stats.trainRows);
        this.root.querySelectorAll("[data-key]").forEach(function (el) {
            var v = config[el.dataset.key];
            if (v === undefined || el === document.activeElement && (el.type === "number"
                    || el.id === "lr-exact")) {
                return;
            }
            if (el.id === "lr-exact") {
                el.setAttribute("aria-invalid", "false");
            }
            if (el.type === "checkbox") {
                el.checked = !!v;
            } else if (el.id === "lr-preset") {
                var preset = el.querySelector('option[value="' + v + '"]');
                el.value = preset ? String(v) : "custom";
            } else {
                el.value = String(v);
            }
        });
        this.root.querySelectorAll("[data-show]").forEach(function (out) {
            out.textContent = String(config[out.dataset.show]);
        });
        this.root.querySelectorAll("[data-feature]").forEach(function (box) {
            box.checked = (config.f || []).indexOf(box.dataset.feature) >= 0;
        });
        document.getElementById("lr-used").textContent = "in use: " + config.lr;
        this.showUnfit(config);
        this.showBatch(config.batch);
        this.showLayers(config.layers || [], this.maxUnits());
    };

    Controls.prototype.showLayers = function (layers, most) {
        var n = layers.length;
        document.getElementById("layer-count").textContent = n + (n === 1 ? " hidden layer" : " hidden layers");
        document.getElementById("add-layer").disabled = n >= this.limits.maxLayers;
        document.getElementById("remove-layer").disabled = n === 0;
        var least = this.limits.minUnits;
        var box = document.getElementById("unit-buttons");
        box.textContent = "";
        layers.forEach(function (units, l) {
            var group = document.createElement("div");
            group.className = "unit-group";
            group.setAttribute("role", "group");
            group.setAttribute("aria-label", "Layer " + (l + 1));
            [["−", -1, units <= least], ["+", 1, units >= most]].forEach(function (spec, k) {
                var b = document.createElement("button");
                b.type = "button";
                b.textContent = spec[0];
                b.dataset.layer = String(l);
                b.dataset.delta = String(spec[1]);
                b.disabled = spec[2];
                b.setAttribute("aria-label", (spec[1] > 0 ? "More" : "Fewer") + " units in layer " + (l + 1));
                group.appendChild(b);
                if (k === 0) {
                    var count = document.createElement("span");
                    count.textContent = "L" + (l + 1) + ": " + units;
                    group.appendChild(count);
                }
            });
            box.appendChild(group);
        });
    };

    return Controls;
})();
