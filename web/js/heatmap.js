/*
 * The large output heatmap: the network's prediction over the input plane (packed RGBA from
 * the engine, pale so points keep their colour) with the points drawn on top, each with a
 * dark edge: a class's points in its colour and its own shape (the heatmap key's; regression
 * points are circles), test points with a white centre (ScratchNet.Markers); and the plane's
 * axes with ticks and names outside the plot. What the axes span comes from the engine's heatmap key (HeatmapKey
 * in Java); the tick values drawn are also kept on the canvas (data-x-ticks, data-y-ticks)
 * and in its label.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.Heatmap = (function () {
    function Heatmap(canvas) {
        this.canvas = canvas;
        this.context = canvas.getContext("2d");
        this.cells = document.createElement("canvas");
        this.image = null;
        this.words = null;
        this.baseLabel = canvas.getAttribute("aria-label") || "";
    }

    /** Margins around the plot in CSS pixels: tick labels and axis names sit here. */
    Heatmap.MARGIN = { left: 46, right: 8, top: 14, bottom: 40 };

    /** Numbers per point row (Views.points in Java): u, v, colour, test, class. */
    Heatmap.STRIDE = 5;

    /** A marker's "radius" in CSS pixels. */
    Heatmap.POINT_RADIUS = 3.6;

    /** Tick intervals per axis, about: four puts the plane's ticks at −6, −3, 0, 3, 6. */
    Heatmap.TICKS = 4;

    function axisText(axis) {
        return axis.name + (axis.unit ? " (" + axis.unit + ")" : "");
    }

    /**
     * @param pixels res*res packed RGBA, top row first
     * @param points (u, v, rgba, isTest, class) per row; u, v fractions of the plot, v from the
     *     bottom; class the row's class index, -1 for regression
     * @param showTest whether test rows are drawn (with a white centre)
     * @param key the engine's heatmap key ({x, y, classes, ...}); its axes label the plot and
     *     its classes give each class's marker shape
     * @param note a line drawn over the plot's top (e.g. which neuron is shown), or ""
     */
    /**
     * Draws the points into their own layer, kept until the points, the choice of test rows,
     * the key's marker shapes or the canvas size change: the heatmap is repainted every refresh while
     * training, and drawing 20,000 markers (the largest own data) each time took about 80 ms.
     */
    Heatmap.prototype.paintPoints = function (points, showTest, key, c, m, pw, ph) {
        var canvas = this.canvas;
        // The key is fetched anew after every change of settings; only its shapes matter here.
        var shapesOf = key && key.classes ? key.classes.map(function (k) { return k.shape; }).join() : "";
        var same = this.dotsFor && this.dotsFor.points === points && this.dotsFor.showTest === showTest
            && this.dotsFor.shapes === shapesOf && this.dots.width === canvas.width
            && this.dots.height === canvas.height;
        if (same) {
            return;
        }
        if (!this.dots) {
            this.dots = document.createElement("canvas");
        }
        this.dots.width = canvas.width;
        this.dots.height = canvas.height;
        var ctx = this.dots.getContext("2d");
        ctx.setTransform(canvas.width / c.w, 0, 0, canvas.height / c.h, 0, 0);
        var r = Heatmap.POINT_RADIUS;
        var classes = key && key.classes ? key.classes : [];
        var drawn = {};
        for (var i = 0; i < points.length; i += Heatmap.STRIDE) {
            var test = points[i + 3] === 1;
            if (test && !showTest) {
                continue;
            }
            var x = m.left + points[i] * pw;
            var y = m.top + (1 - points[i + 1]) * ph;
            var cls = classes[points[i + 4]];
            var shape = cls ? cls.shape : "circle";
            drawn[shape] = true;
            ScratchNet.Markers.draw(ctx, shape, x, y, r, ScratchNet.Canvas.colour(points[i + 2]), test);
        }
        var shapes = Object.keys(drawn).sort().join(" ");
        if (canvas.dataset.shapes !== shapes) {
            canvas.dataset.shapes = shapes;
        }
        this.dotsFor = { points: points, showTest: showTest, shapes: shapesOf };
    };

    Heatmap.prototype.paint = function (pixels, res, points, showTest, key, note) {
        if (!this.image || this.image.width !== res) {
            this.cells.width = res;
            this.cells.height = res;
            this.image = this.cells.getContext("2d").createImageData(res, res);
            this.words = new Uint32Array(this.image.data.buffer);
        }
        this.words.set(pixels);
        this.cells.getContext("2d").putImageData(this.image, 0, 0);
        var c = ScratchNet.Canvas.begin(this.canvas);
        var ctx = c.ctx;
        var m = Heatmap.MARGIN;
        var pw = c.w - m.left - m.right;
        var ph = c.h - m.top - m.bottom;
        ctx.imageSmoothingEnabled = true;
        ctx.drawImage(this.cells, m.left, m.top, pw, ph);
        ctx.strokeStyle = "#9ca3af";
        ctx.lineWidth = 1;
        ctx.strokeRect(m.left - 0.5, m.top - 0.5, pw + 1, ph + 1);
        this.paintPoints(points, showTest, key, c, m, pw, ph);
        ctx.setTransform(1, 0, 0, 1, 0, 0);
        ctx.drawImage(this.dots, 0, 0);
        ctx.setTransform(this.canvas.width / c.w, 0, 0, this.canvas.height / c.h, 0, 0);
        if (key) {
            this.axes(ctx, key, m, pw, ph);
        }
        if (note) {
            ctx.font = "12px system-ui, sans-serif";
            ctx.textAlign = "left";
            ctx.textBaseline = "top";
            var width = ctx.measureText(note).width;
            ctx.fillStyle = "rgba(255,255,255,0.85)";
            ctx.fillRect(m.left + 4, m.top + 4, width + 8, 18);
            ctx.fillStyle = "#111827";
            ctx.fillText(note, m.left + 8, m.top + 7);
        }
    };

    /** Ticks and axis names outside the plot; records the ticks on the canvas. */
    Heatmap.prototype.axes = function (ctx, key, m, pw, ph) {
        var T = ScratchNet.Ticks;
        var xs = T.linear(key.x.min, key.x.max, Heatmap.TICKS);
        var ys = T.linear(key.y.min, key.y.max, Heatmap.TICKS);
        ctx.fillStyle = "#374151";
        ctx.strokeStyle = "#6b7280";
        ctx.lineWidth = 1;
        ctx.font = "11px system-ui, sans-serif";
        T.drawBelow(ctx, xs, function (v) {
            return m.left + (v - key.x.min) / (key.x.max - key.x.min) * pw;
        }, m.top + ph, 4);
        T.drawLeft(ctx, ys, function (v) {
            return m.top + ph - (v - key.y.min) / (key.y.max - key.y.min) * ph;
        }, m.left, 4, m.left);
        ctx.textAlign = "center";
        ctx.textBaseline = "bottom";
        ctx.fillText(axisText(key.x) + " →", m.left + pw / 2, m.top + ph + m.bottom);
        ctx.save();
        ctx.translate(11, m.top + ph / 2);
        ctx.rotate(-Math.PI / 2);
        ctx.textBaseline = "middle";
        ctx.fillText(axisText(key.y) + " →", 0, 0);
        ctx.restore();
        var xText = xs.map(T.label).join(" ");
        var yText = ys.map(T.label).join(" ");
        if (this.canvas.dataset.xTicks !== xText || this.canvas.dataset.yTicks !== yText) {
            this.canvas.dataset.xTicks = xText;
            this.canvas.dataset.yTicks = yText;
            this.canvas.setAttribute("aria-label", this.baseLabel + ". Across: "
                + axisText(key.x) + " from " + T.label(key.x.min) + " to " + T.label(key.x.max)
                + "; up: " + axisText(key.y) + " from " + T.label(key.y.min) + " to "
                + T.label(key.y.max) + ".");
        }
    };

    return Heatmap;
})();
