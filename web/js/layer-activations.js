/*
 * One activation menu per hidden layer, beside that layer's − / + buttons: a change sends
 * the whole list as "acts" (one name per hidden layer); the Activation menu above still sets
 * every layer at once. Names come from the engine's limits.choices.act, labels from the
 * Activation menu's own options.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.LayerActivations = (function () {
    function LayerActivations(box, menu, limits, onChange) {
        this.box = box;
        this.menu = menu;
        this.limits = limits;
        this.acts = [];
        var self = this;
        box.addEventListener("change", function (event) {
            var select = event.target.closest("select[data-layer-act]");
            if (select) {
                var acts = self.acts.slice();
                acts[Number(select.dataset.layerAct)] = select.value;
                onChange({ acts: acts });
            }
        });
    }

    /** Adds a menu to each layer's group (Controls rebuilds the groups on every sync). */
    LayerActivations.prototype.sync = function (config) {
        var layers = config.layers || [];
        var focused = document.activeElement && document.activeElement.dataset
            ? document.activeElement.dataset.layerAct : undefined;
        this.acts = layers.map(function (_, l) { return config.acts ? config.acts[l] : config.act; });
        var self = this;
        this.box.querySelectorAll(".unit-group").forEach(function (group, l) {
            var select = document.createElement("select");
            select.dataset.layerAct = String(l);
            select.setAttribute("aria-label", "Activation of layer " + (l + 1));
            select.title = "Activation of layer " + (l + 1);
            self.limits.choices.act.forEach(function (name) {
                var label = self.menu.querySelector('option[value="' + name + '"]');
                select.appendChild(new Option(label ? label.textContent : name, name));
            });
            select.value = self.acts[l];
            group.appendChild(select);
            if (focused === String(l)) {
                select.focus();
            }
        });
    };

    return LayerActivations;
})();
