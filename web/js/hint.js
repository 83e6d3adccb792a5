/*
 * The playground's "what went wrong?" line. Once a second it asks the engine whether the run
 * shows a known failure (a NaN, exploding or vanishing gradients, dead ReLU units, saturated
 * units, overfitting: labs.Hint decides, with its thresholds) and, if so, names it and links
 * the lab that shows it. It also forwards index.html#lab=<id> to that lab's page.
 */
"use strict";
(function () {
    if (/^#lab=/.test(location.hash)) {
        location.replace("labs.html" + location.hash);
        return;
    }
    var WORDS = {
        "non-finite": function (v, t, l) {
            return "A value stopped being a number at step " + v + (l >= 0 ? " in layer " + (l + 1) : "") + ".";
        },
        "exploding-gradients": function (v, t, l) {
            return "The gradient of layer " + (l + 1) + " has norm " + Number(v).toPrecision(3)
                + ", past " + t + ": the updates are exploding.";
        },
        "dead-units": function (v, t, l) {
            return Math.round(v * 100) + " % of hidden layer " + (l + 1)
                + "'s ReLU units are dead: z ≤ 0 on every training point, so they get no gradient.";
        },
        "vanishing-gradients": function (v) {
            return "The last layer's gradient is " + Math.round(v)
                + " times the first layer's: the early layers barely learn.";
        },
        "saturated-units": function (v, t, l) {
            return Math.round(v * 100) + " % of hidden layer " + (l + 1)
                + "'s units sit in the flat tails of their activation, where the gradient is tiny.";
        },
        "overfitting": function (v) {
            return "The test loss is " + Number(v).toFixed(2)
                + " times its lowest value while the training loss keeps falling.";
        }
    };
    var LABS = { "nan-explosion": "NaN explosion", "dying-relu": "dying ReLU",
        "vanishing-gradients": "vanishing gradients", "overfitting": "overfitting" };

    function check() {
        var page = globalThis.ScratchNetPage;
        var box = document.getElementById("wrong");
        if (!page || !page.ready || !box) {
            return;
        }
        var lines = String(page.engine.call("hint")).split("\n");
        var found = lines.length >= 5 && WORDS[lines[0]];
        box.hidden = !found;
        if (!found) {
            return;
        }
        var text = WORDS[lines[0]](Number(lines[2]), Number(lines[3]), Number(lines[4]));
        var link = box.querySelector("a");
        if (box.dataset.key !== text) {
            box.dataset.key = text;
            box.querySelector(".wrong-text").textContent = text + " ";
            link.href = "labs.html#lab=" + lines[1];
            link.textContent = "See the " + (LABS[lines[1]] || lines[1]) + " lab";
        }
    }

    setInterval(check, 1000);
})();
