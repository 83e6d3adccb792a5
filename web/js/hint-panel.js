/*
 * The playground's "What went wrong?" panel: the engine's hint in plain language (its text,
 * written by Java's Hint.sentence with the measured figures) and a link to the lab that
 * explains it, titled from the engine's lab catalog. The panel's data-lab and
 * data-phenomenon name the finding for tests and styles.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.HintPanel = (function () {
    /** @param catalog the engine's lab catalog, for the linked lab's title and link */
    function HintPanel(box, catalog) {
        this.box = box;
        this.text = box.querySelector("#hint-text");
        this.none = document.getElementById("hint-none");
        // While no hint shows, its room lists what the engine watches for (Java's words).
        var watching = document.getElementById("hint-watching");
        (catalog.watching || []).forEach(function (line) {
            var li = document.createElement("li");
            li.textContent = line;
            watching.appendChild(li);
        });
        this.labs = {};
        var labs = this.labs;
        catalog.labs.forEach(function (lab) { labs[lab.id] = lab; });
        this.link = document.createElement("a");
        this.link.className = "hint-link";
        this.link.id = "hint-link";
        this.link.hidden = true;
        box.appendChild(this.link);
    }

    /** Shows the hint of the engine's `stats`, or hides the panel when there is none. */
    HintPanel.prototype.show = function (stats) {
        var h = stats.hint;
        this.box.hidden = !h;
        // The slot keeps its height either way (the list stays laid out under a hint, only
        // invisible), so a hint coming or going moves nothing.
        this.none.classList.toggle("is-covered", !!h);
        if (!h) {
            return;
        }
        var text = h.text;
        if (this.text.textContent !== text) {
            this.text.textContent = text;
        }
        this.box.dataset.lab = h.lab || "";
        this.box.dataset.phenomenon = h.phenomenon;
        var lab = h.lab && this.labs[h.lab];
        this.link.hidden = !lab;
        if (lab && this.link.dataset.lab !== h.lab) {
            this.link.dataset.lab = h.lab;
            this.link.href = "labs.html" + lab.link;
            this.link.textContent = "Open the " + lab.title + " lab: see it happen, then fix it →";
        }
    };

    return HintPanel;
})();
