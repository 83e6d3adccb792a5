/*
 * Keeps the keyboard's order the same as what the eye sees: on a phone (the width where
 * style.css shows the Output card first) the Output card also comes first in the document, so
 * Tab reaches it first; on wider screens it goes back after the network. Only moves the card.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.ReadingOrder = (function () {
    var PHONE = "(max-width: 700px)";

    function place(phone) {
        var main = document.querySelector("main.layout");
        var output = main && main.querySelector(".card.output");
        if (!output) {
            return;
        }
        if (phone && main.firstElementChild !== output) {
            main.insertBefore(output, main.firstElementChild);
        } else if (!phone && main.lastElementChild !== output) {
            main.appendChild(output);
        }
    }

    var query = window.matchMedia(PHONE);
    place(query.matches);
    query.addEventListener("change", function (e) { place(e.matches); });
    return { place: place };
})();
