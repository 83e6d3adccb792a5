/*
 * Wires the form controls to the settings. Every control carries the hash key it edits
 * (data-key); a change sends just that key to the engine as a partial hash, and sync() writes
 * the engine's canonical settings back into every control. The engine validates; this file
 * only reads and writes form values.
 */
"use strict";
function Controls(root, onChange) {
    this.root = root;
    this.onChange = onChange;
    this.config = {};
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
        self.editLayers(function (layers) { layers.push(layers.length ? layers[layers.length - 1] : 4); });
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

Controls.MAX_LAYERS = 6;

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
    } else if (!key || el.value === "custom" || (el.type === "number" && el.value === "")) {
        return;
    } else {
        partial[key] = el.type === "checkbox" ? el.checked : el.value;
    }
    this.onChange(partial);
};

Controls.prototype.editLayers = function (edit) {
    var layers = (this.config.layers || []).slice();
    var most = this.config.data === "delivery" ? 64 : 8;
    edit(layers);
    layers = layers.filter(function (n) { return n >= 1; }).slice(0, Controls.MAX_LAYERS)
        .map(function (n) { return Math.min(n, most); });
    this.onChange({ layers: layers });
};

Controls.prototype.showBatch = function (n) {
    var rows = this.trainRows || n;
    var kind = n <= 1 ? "stochastic" : n >= rows ? "full batch" : "mini-batch";
    document.getElementById("batch-kind").textContent = Math.min(n, rows) + " · " + kind;
};

/** Writes `config` (parsed canonical hash) and the row counts of `stats` into the controls. */
Controls.prototype.sync = function (config, stats) {
    this.config = config;
    this.trainRows = stats.trainRows;
    var body = document.body.classList;
    body.toggle("is-delivery", config.data === "delivery");
    body.toggle("is-2d", config.data !== "delivery");
    body.toggle("is-k", config.k !== undefined);
    var batch = document.getElementById("batch");
    batch.max = String(stats.trainRows);
    this.root.querySelectorAll("[data-key]").forEach(function (el) {
        var v = config[el.dataset.key];
        if (v === undefined || el === document.activeElement && el.type === "number") {
            return;
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
    this.showBatch(config.batch);
    this.showLayers(config.layers || [], config.data === "delivery" ? 64 : 8);
};

Controls.prototype.showLayers = function (layers, most) {
    var n = layers.length;
    document.getElementById("layer-count").textContent = n + (n === 1 ? " hidden layer" : " hidden layers");
    document.getElementById("add-layer").disabled = n >= Controls.MAX_LAYERS;
    document.getElementById("remove-layer").disabled = n === 0;
    var box = document.getElementById("unit-buttons");
    box.textContent = "";
    layers.forEach(function (units, l) {
        var group = document.createElement("div");
        group.className = "unit-group";
        group.setAttribute("role", "group");
        group.setAttribute("aria-label", "Layer " + (l + 1));
        [["−", -1, units <= 1], ["+", 1, units >= most]].forEach(function (spec, k) {
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
