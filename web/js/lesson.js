/*
 * Teacher mode on the playground: the lesson a link opened (the engine's lesson(): prompt,
 * hidden and locked controls, its start). Shows the teacher's prompt as text with a "Reset to
 * the teacher's start" button, hides the controls the lesson hides and disables the ones it
 * locks. A control is found by its link key (data-key, or the features and layer buttons) or
 * by a page control's name; the engine keeps locked settings' values whatever the page does.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.Lesson = (function () {
    /** Elements of page controls that are not settings, by the name a lesson link uses. */
    var PAGE = {
        play: ["#play", "#first-step"], step: ["#step"], epoch: ["#epoch"], reset: ["#reset"],
        reseed: ["#reseed"], regenerate: ["#regenerate"], speed: [".runbar .speed"],
        learn: ["#learn-open"], labs: ["#labs-menu"],
        f: ["fieldset.features"], acts: ["select[data-layer-act]"], layers: [".layer-buttons", "#unit-buttons"],
        acts: ["select[data-layer-act]"]
    };

    /**
     * @param box the lesson section (prompt, rules, restart button)
     * @param engine the page's Engine
     * @param onRestart called with the engine's outcome after "Reset to the teacher's start"
     */
    function Lesson(box, engine, onRestart) {
        this.box = box;
        this.engine = engine;
        this.state = { active: false, hide: [], lock: [], prompt: "", controls: {} };
        this.shown = "";
        var self = this;
        box.querySelector(".lesson-restart").addEventListener("click", function () {
            onRestart(self.engine.restartLesson());
        });
    }

    /** The elements a lesson name stands for, and the wrappers to hide with them. */
    function targets(name) {
        var found = [];
        (PAGE[name] || []).forEach(function (sel) {
            document.querySelectorAll(sel).forEach(function (el) { found.push(el); });
        });
        document.querySelectorAll('[data-key="' + name + '"]').forEach(function (el) {
            found.push(el.closest("label, .field") || el);
        });
        return found;
    }

    /** The form controls inside (or being) el. */
    function inputs(el) {
        if (el.matches("input, select, button, textarea")) {
            return [el];
        }
        return Array.prototype.slice.call(el.querySelectorAll("input, select, button, textarea, summary"));
    }

    /** Whether the lesson lets the page's action `name` (play, step, reset…) run. */
    Lesson.prototype.allows = function (name) {
        return this.state.hide.indexOf(name) < 0 && this.state.lock.indexOf(name) < 0;
    };

    /** Reads the engine's lesson and applies it; call after every settings change and redraw of the controls. */
    Lesson.prototype.apply = function () {
        var state = this.state = this.engine.lesson();
        document.querySelectorAll(".lesson-hidden").forEach(function (el) {
            el.classList.remove("lesson-hidden");
        });
        document.querySelectorAll("[data-lesson-locked]").forEach(function (el) {
            el.removeAttribute("data-lesson-locked");
            el.disabled = false;
            el.removeAttribute("title");
        });
        state.hide.forEach(function (name) {
            targets(name).forEach(function (el) { el.classList.add("lesson-hidden"); });
        });
        state.lock.forEach(function (name) {
            targets(name).forEach(function (el) {
                inputs(el).forEach(function (input) {
                    if (!input.disabled) { // a button the page disabled itself stays the page's
                        input.setAttribute("data-lesson-locked", "");
                        input.disabled = true;
                        input.title = "Locked by the lesson";
                    }
                });
            });
        });
        this.show(state);
    };

    Lesson.prototype.show = function (state) {
        var key = JSON.stringify([state.prompt, state.hide, state.lock]);
        if (key === this.shown) {
            return;
        }
        this.shown = key;
        this.box.hidden = !state.active;
        var prompt = this.box.querySelector(".lesson-prompt");
        prompt.textContent = state.prompt;
        prompt.hidden = state.prompt === "";
        var names = function (list) {
            return list.map(function (n) { return state.controls[n] || n; }).join(", ");
        };
        var rules = [];
        if (state.hide.length) {
            rules.push("Hidden for this lesson: " + names(state.hide) + ".");
        }
        if (state.lock.length) {
            rules.push("Locked: " + names(state.lock) + ".");
        }
        this.box.querySelector(".lesson-rules").textContent = rules.join(" ");
    };

    return Lesson;
})();
