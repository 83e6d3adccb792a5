/*
 * Links to every lab, from the engine's lab catalog: the playground's Labs menu and the labs
 * page's lab bar. The titles and links are the engine's; this file only makes the elements.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.LabLinks = {
    /**
     * Fills `container` with one link per lab, each wrapped in `item` ("li", or null for bare
     * links), its href the lab's link after `page` ("labs.html", or "" on the labs page).
     */
    render: function (container, catalog, page, item) {
        container.textContent = "";
        catalog.labs.forEach(function (lab) {
            var a = document.createElement("a");
            a.href = page + lab.link;
            a.dataset.lab = lab.id;
            a.textContent = lab.shortTitle;
            if (item) {
                var wrap = document.createElement(item);
                wrap.appendChild(a);
                container.appendChild(wrap);
            } else {
                container.appendChild(a);
            }
        });
    }
};
