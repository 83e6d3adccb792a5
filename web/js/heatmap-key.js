/*
 * The heatmap's key, beside it: a colour bar in the target's units with ticks (binary: the
 * probability of class 1; regression: the prediction, e.g. minutes for the delivery table)
 * and the classes of the points, each with its colour and marker shape (drawn by
 * ScratchNet.Markers, as on the heatmap), and how training and test points differ.
 * Everything it says comes from the engine's heatmap key (HeatmapKey in Java); it is rebuilt
 * only when that key (or whether test points are shown) changes.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.HeatmapKey = (function () {
    function HeatmapKey(box) {
        this.box = box;
        this.text = "";
    }

    function element(tag, className, text) {
        var e = document.createElement(tag);
        if (className) {
            e.className = className;
        }
        if (text !== undefined) {
            e.textContent = text;
        }
        return e;
    }

    function withUnit(v, unit) {
        return ScratchNet.Ticks.label(v) + (unit ? " " + unit : "");
    }

    /** CSS pixels per side of a legend marker. */
    HeatmapKey.MARKER = 14;

    /** Fill of the train/test samples: neutral, as they stand for every class. */
    HeatmapKey.NEUTRAL = "#9ca3af";

    /** @param showTest whether the heatmap draws test points */
    HeatmapKey.prototype.show = function (key, showTest) {
        var text = JSON.stringify(key) + (showTest ? " test" : "");
        if (text === this.text) {
            return;
        }
        this.text = text;
        this.box.textContent = "";
        var scale = key.scale;
        if (scale.kind === "diverging") {
            this.bar(scale, key.classes.length === 0);
        } else {
            this.box.appendChild(element("p", "bar-title",
                "Background: the " + scale.title + " (pale); points: their true class"));
        }
        var size = HeatmapKey.MARKER;
        if (key.classes.length > 0) {
            var list = element("ul", "class-legend");
            list.setAttribute("aria-label", "Class colours and marker shapes");
            key.classes.forEach(function (c) {
                var item = element("li", "class-item");
                item.dataset.shape = c.shape;
                item.dataset.colour = c.colour;
                item.appendChild(ScratchNet.Markers.sample(c.shape, c.colour, false, size));
                item.appendChild(document.createTextNode(c.name));
                list.appendChild(item);
            });
            this.box.appendChild(list);
        }
        var kinds = element("ul", "class-legend point-legend");
        kinds.setAttribute("aria-label", "Training and test points");
        var train = element("li", "point-item");
        train.appendChild(ScratchNet.Markers.sample("circle", HeatmapKey.NEUTRAL, false, size));
        train.appendChild(document.createTextNode("filled: training point"));
        kinds.appendChild(train);
        var test = element("li", "point-item");
        test.appendChild(ScratchNet.Markers.sample("circle", HeatmapKey.NEUTRAL, true, size));
        test.appendChild(document.createTextNode("white centre: test point"
            + (showTest ? "" : " (hidden: Show test data is off)")));
        kinds.appendChild(test);
        this.box.appendChild(kinds);
    };

    HeatmapKey.prototype.bar = function (scale, clamped) {
        var title = element("p", "bar-title", "Colour: " + scale.title
            + (scale.unit ? " (" + scale.unit + ")" : "") + (clamped ? "; beyond the ends, the end colour" : ""));
        this.box.appendChild(title);
        var wrap = element("div", "bar-wrap");
        var canvas = element("canvas", "colour-bar");
        canvas.width = 240;
        canvas.height = 12;
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", "Colour bar from " + withUnit(scale.min, scale.unit)
            + " (orange) to " + withUnit(scale.max, scale.unit) + " (blue)");
        var ctx = canvas.getContext("2d");
        var gradient = ctx.createLinearGradient(0, 0, canvas.width, 0);
        scale.colours.forEach(function (colour, k) {
            gradient.addColorStop(k / (scale.colours.length - 1), colour);
        });
        ctx.fillStyle = gradient;
        ctx.fillRect(0, 0, canvas.width, canvas.height);
        wrap.appendChild(canvas);
        var ticks = element("div", "bar-ticks");
        ScratchNet.Ticks.linear(scale.min, scale.max, 4).forEach(function (v) {
            var tick = element("span", "bar-tick", withUnit(v, scale.unit));
            var at = (v - scale.min) / (scale.max - scale.min);
            tick.style.left = (100 * at).toFixed(2) + "%";
            tick.classList.add(at < 0.1 ? "at-start" : at > 0.9 ? "at-end" : "at-middle");
            ticks.appendChild(tick);
        });
        wrap.appendChild(ticks);
        this.box.appendChild(wrap);
    };

    return HeatmapKey;
})();
