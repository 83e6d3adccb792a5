/*
 * The optimizer race's form (index.html #race): one fieldset per racer slot (in the race,
 * optimizer, learning rate) filled from the engine's defaults (the playground's current
 * rate), the race's length and target. Typed numbers go to the engine as they are; the
 * engine says what is wrong with them.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.RaceForm = (function () {
    function RaceForm(root) {
        this.root = root;
        this.filledRate = null;
    }

    /** The racer slots, from the engine's limits and defaults (the playground's current rate). */
    RaceForm.prototype.fill = function (limits, running) {
        var slots = this.root.querySelector(".race-slots");
        var rate = limits.defaults[0].learningRate;
        if (slots.children.length && (this.filledRate === rate || running)) {
            return;
        }
        this.filledRate = rate;
        slots.textContent = "";
        limits.defaults.slice(0, limits.maxRacers).forEach(function (d, k) {
            var set = document.createElement("fieldset");
            set.className = "race-slot";
            var legend = document.createElement("legend");
            legend.textContent = "Racer " + (k + 1);
            set.appendChild(legend);
            var on = document.createElement("label");
            on.className = "check";
            var box = document.createElement("input");
            box.type = "checkbox";
            box.className = "race-on";
            box.checked = d.on;
            on.appendChild(box);
            on.appendChild(document.createTextNode(" in the race"));
            var opt = document.createElement("label");
            opt.textContent = "Optimizer ";
            var select = document.createElement("select");
            select.className = "race-opt";
            limits.defaults.forEach(function (o) {
                var option = document.createElement("option");
                option.value = o.optimizer;
                option.textContent = o.label;
                select.appendChild(option);
            });
            select.value = d.optimizer;
            opt.appendChild(select);
            var lr = document.createElement("label");
            lr.textContent = "Learning rate ";
            var input = document.createElement("input");
            input.type = "text";
            input.className = "race-lr";
            input.setAttribute("inputmode", "decimal");
            input.setAttribute("autocomplete", "off");
            input.value = String(d.learningRate);
            lr.appendChild(input);
            set.appendChild(on);
            set.appendChild(opt);
            set.appendChild(lr);
            slots.appendChild(set);
        });
        var steps = this.root.querySelector(".race-steps");
        if (!steps.value) {
            steps.value = String(limits.defaultSteps);
        }
        this.root.querySelector(".race-target-note").textContent = "empty: "
            + limits.targetShare * 100 + " % of the starting loss";
    };

    /** What the form asks for: {racers: [{optimizer, learningRate}], steps, target}. */
    RaceForm.prototype.request = function () {
        var racers = [];
        this.root.querySelectorAll(".race-slot").forEach(function (set) {
            if (set.querySelector(".race-on").checked) {
                racers.push({ optimizer: set.querySelector(".race-opt").value,
                    learningRate: number(set.querySelector(".race-lr").value) });
            }
        });
        var out = { racers: racers };
        var steps = this.root.querySelector(".race-steps").value.trim();
        if (steps) {
            out.steps = number(steps);
        }
        var target = this.root.querySelector(".race-target").value.trim();
        if (target) {
            out.target = number(target);
        }
        return out;
    };

    /** A typed number as a number, or the text itself, so the engine can say what is wrong. */
    function number(text) {
        var t = String(text).trim();
        return t !== "" && isFinite(Number(t)) ? Number(t) : t;
    }

    /** The form shows the race that runs (it may have come from the console). */
    RaceForm.prototype.showRequest = function (race) {
        this.root.querySelectorAll(".race-slot").forEach(function (set, k) {
            var x = race.racers[k];
            set.querySelector(".race-on").checked = !!x;
            if (x) {
                set.querySelector(".race-opt").value = x.optimizer;
                set.querySelector(".race-lr").value = String(x.learningRate);
            }
        });
        this.root.querySelector(".race-steps").value = String(race.steps);
    };

    return RaceForm;
})();
