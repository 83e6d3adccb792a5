/*
 * The learning-rate schedule under the rate: the shape menu (constant, step, exponential,
 * cosine), only the parameter fields that shape uses (the engine's limits.scheduleParams),
 * and the rate the next step will use (stats.rate, computed by the engine's train/Schedule).
 * The fields carry their link keys (data-key), so Controls sends their changes; this file
 * shows and hides them and writes the rate.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.ScheduleControls = (function () {
    function ScheduleControls(root, limits) {
        this.root = root;
        this.limits = limits;
        this.select = root.querySelector('select[data-key="sched"]');
        this.now = root.querySelector(".rate-now");
        this.text = "";
    }

    /** The shape in use: a link without "sched" has a constant rate (the menu's first entry). */
    ScheduleControls.prototype.shape = function (config) {
        return config.sched || this.limits.choices.sched[0];
    };

    /** Shows the fields the shape uses, with the engine's values (warm-up 0 when the link has none). */
    ScheduleControls.prototype.sync = function (config) {
        var shape = this.shape(config);
        var used = this.limits.scheduleParams[shape] || [];
        this.select.value = shape;
        this.root.querySelectorAll("[data-param]").forEach(function (field) {
            var key = field.dataset.param;
            field.hidden = used.indexOf(key) < 0;
            var input = field.querySelector("input");
            if (input !== document.activeElement) {
                input.value = config[key] !== undefined ? String(config[key])
                    : key === "warmup" ? "0" : input.value;
            }
        });
    };

    /** Writes the rate the next step uses, when a schedule changes it. */
    ScheduleControls.prototype.update = function (stats, config) {
        var text = this.shape(config) === this.limits.choices.sched[0] && !config.warmup ? ""
            : "rate at step " + stats.step + ": " + ScratchNet.Format.short(stats.rate)
                + " (base " + config.lr + ")";
        if (text !== this.text) {
            this.text = text;
            this.now.textContent = text;
        }
    };

    return ScheduleControls;
})();
