/*
 * The playground's keyboard shortcuts (Space play/pause, → one step, r reset, ? this list)
 * and the dialog that lists them. They only call the page's actions.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.Shortcuts = {
    /** @param actions {toggle, step(n), reset(), allowed(name): whether a lesson lets play, step or reset run} */
    install: function (actions) {
        var dialog = document.getElementById("shortcuts");
        function showHelp() {
            if (!dialog.open) {
                dialog.showModal();
            }
        }
        document.getElementById("help").addEventListener("click", showHelp);
        document.getElementById("shortcuts-close").addEventListener("click", function () {
            dialog.close();
        });
        var menu = document.getElementById("labs-menu");
        document.addEventListener("keydown", function (event) {
            var t = event.target;
            if (event.key === "Escape" && menu && menu.open) { // Escape closes the Labs menu
                menu.open = false;
                menu.querySelector("summary").focus();
                event.preventDefault();
                return;
            }
            var typing = t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA";
            if (typing || event.ctrlKey || event.metaKey || event.altKey || dialog.open) {
                return;
            }
            var allowed = actions.allowed || function () { return true; };
            if (event.key === " " && t.tagName !== "BUTTON" && t.tagName !== "SUMMARY") {
                if (allowed("play")) {
                    actions.toggle();
                }
            } else if (event.key === "ArrowRight") {
                if (allowed("step")) {
                    actions.step(1);
                }
            } else if (event.key === "r") {
                if (allowed("reset")) {
                    actions.reset();
                }
            } else if (event.key === "?") {
                showHelp();
            } else {
                return;
            }
            event.preventDefault();
        });
    }
};
