/*
 * Two small hooks from the playground to the labs page. index.html#lab=<id> forwards to
 * labs.html#lab=<id>. And when the "What went wrong?" panel names a lab (readout.js sets the
 * panel's data-lab from the engine's hint), a link to that lab appears in the panel.
 */
"use strict";
(function () {
    if (/^#lab=/.test(location.hash)) {
        location.replace("labs.html" + location.hash);
        return;
    }
    var NAMES = { "nan-explosion": "NaN explosion", "dying-relu": "dying ReLU",
        "vanishing-gradients": "vanishing gradients", "overfitting": "overfitting",
        "tiny-learning-rate": "tiny learning rate", "gd-variants": "gradient descent variants" };
    var box = document.getElementById("hint");
    if (!box) {
        return;
    }
    var link = document.createElement("a");
    link.className = "hint-link";
    link.id = "hint-link";
    box.appendChild(link);

    function update() {
        var lab = box.dataset.lab;
        link.hidden = !lab;
        if (lab && link.dataset.lab !== lab) {
            link.dataset.lab = lab;
            link.href = "labs.html#lab=" + encodeURIComponent(lab);
            link.textContent = "Open the " + (NAMES[lab] || lab) + " lab: see it happen, then fix it →";
        }
    }

    new MutationObserver(update).observe(box, { attributes: true, attributeFilter: ["data-lab"] });
    update();
})();
