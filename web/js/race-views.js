/*
 * What the optimizer race panel paints (index.html #race): each racer's small boundary with
 * the training points, the overlaid loss chart with one line per racer and the target, and
 * its legend. Racers are told apart by colour, dash pattern and marker shape (STYLES), never
 * by colour alone; swatch(k) draws racer k's line for the legend, captions and table. The
 * numbers and pixels are the engine's (scratchnet.app.Race).
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.RaceViews = (function () {
    /** How racer k is drawn: colour, dash pattern and marker. */
    var STYLES = [
        { colour: "#1d4ed8", dash: [], marker: "circle" },
        { colour: "#c2410c", dash: [7, 3], marker: "square" },
        { colour: "#047857", dash: [2, 3], marker: "triangle" },
        { colour: "#7c3aed", dash: [9, 3, 2, 3], marker: "diamond" }
    ];
    var TARGET_STYLE = { colour: "#6b7280", dash: [3, 4] };
    /** Markers per line on the chart, about. */
    var MARKS = 6;
    var fmt = function (v) { return ScratchNet.Format.fixed(v, 4); };
    /**
     * The training points drawn once for the views' size (the same for every racer and every
     * repaint of a race): on 20,000 rows drawing them anew cost ~60 ms a repaint.
     */
    var pointsLayer = { points: null, key: null, width: 0, height: 0, canvas: null };

    function name(x) {
        return x.label + ", lr " + x.learningRate;
    }

    /** A racer's line sample: its colour, dash and marker (k = -1: the target line). */
    function swatch(k) {
        var canvas = document.createElement("canvas");
        canvas.className = "race-swatch";
        canvas.setAttribute("aria-hidden", "true");
        canvas.width = 72;
        canvas.height = 28;
        var ctx = canvas.getContext("2d");
        ctx.scale(2, 2);
        var s = k < 0 ? TARGET_STYLE : STYLES[k];
        ctx.strokeStyle = s.colour;
        ctx.lineWidth = 2;
        ctx.setLineDash(s.dash);
        ctx.beginPath();
        ctx.moveTo(1, 7);
        ctx.lineTo(35, 7);
        ctx.stroke();
        if (s.marker) {
            ctx.setLineDash([]);
            ScratchNet.Markers.draw(ctx, s.marker, 18, 7, 3.6, s.colour, false);
        }
        return canvas;
    }

    /**
     * The training points in their class's shape over a canvas of `width` × `height` device
     * pixels, `ratio` of them to a CSS pixel.
     */
    function pointsOver(width, height, ratio, points, key) {
        var layer = pointsLayer;
        if (layer.points === points && layer.key === key && layer.width === width
                && layer.height === height) {
            return layer.canvas;
        }
        var canvas = document.createElement("canvas");
        canvas.width = width;
        canvas.height = height;
        var ctx = canvas.getContext("2d");
        ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
        var w = width / ratio;
        var h = height / ratio;
        var classes = key && key.classes ? key.classes : [];
        for (var i = 0; i < points.length; i += ScratchNet.Heatmap.STRIDE) {
            if (points[i + 3] === 1) {
                continue; // training points only, the rows the racers learn from
            }
            var cls = classes[points[i + 4]];
            ScratchNet.Markers.draw(ctx, cls ? cls.shape : "circle", points[i] * w,
                (1 - points[i + 1]) * h, 2.2, ScratchNet.Canvas.colour(points[i + 2]), false);
        }
        pointsLayer = { points: points, key: key, width: width, height: height, canvas: canvas };
        return canvas;
    }

    /** A racer's boundary (res² packed RGBA) with the training points in their class's shape. */
    function paintView(canvas, pixels, res, points, key) {
        var cells = document.createElement("canvas");
        cells.width = res;
        cells.height = res;
        var cctx = cells.getContext("2d");
        var image = cctx.createImageData(res, res);
        new Uint32Array(image.data.buffer).set(pixels);
        cctx.putImageData(image, 0, 0);
        var c = ScratchNet.Canvas.begin(canvas);
        c.ctx.imageSmoothingEnabled = true;
        c.ctx.drawImage(cells, 0, 0, c.w, c.h);
        c.ctx.drawImage(pointsOver(canvas.width, canvas.height, canvas.width / c.w, points, key), 0, 0, c.w, c.h);
        c.ctx.strokeStyle = "#9ca3af";
        c.ctx.strokeRect(0.5, 0.5, c.w - 1, c.h - 1);
    }

    return {
        STYLES: STYLES,
        swatch: swatch,
        name: name,

        /** One figure (canvas and caption) per racer in `box`. */
        build: function (box, race) {
            box.textContent = "";
            race.racers.forEach(function () {
                var figure = document.createElement("figure");
                figure.className = "race-view";
                var canvas = document.createElement("canvas");
                canvas.setAttribute("role", "img");
                figure.appendChild(canvas);
                figure.appendChild(document.createElement("figcaption"));
                box.appendChild(figure);
            });
        },

        /** Every racer's boundary and caption. */
        paintBoundaries: function (box, race, engine, points, key) {
            var figures = box.querySelectorAll(".race-view");
            race.racers.forEach(function (x, k) {
                var canvas = figures[k].querySelector("canvas");
                paintView(canvas, engine.racePixels(k), race.resolution, points, key);
                canvas.setAttribute("aria-label", "Racer " + (k + 1) + ", " + name(x)
                    + ": the output over the input plane after " + x.step + " steps");
                var caption = figures[k].querySelector("figcaption");
                caption.textContent = "";
                caption.appendChild(swatch(k));
                caption.appendChild(document.createTextNode(" " + name(x) + " · step " + x.step));
            });
        },

        /** The loss chart (a ScratchNet.LineChart on `canvas`) and its legend list. */
        paintChart: function (chart, canvas, legend, race, engine, yLog) {
            var series = race.racers.map(function (x, k) {
                var flat = engine.raceLosses(k);
                var points = [];
                for (var i = 0; i < flat.length; i += 2) {
                    points.push([flat[i], flat[i + 1]]);
                }
                var every = Math.max(1, Math.floor(points.length / MARKS));
                return { points: points, colour: STYLES[k].colour, dash: STYLES[k].dash,
                    marker: STYLES[k].marker, markEvery: every,
                    markFrom: Math.floor(every * (k + 1) / (race.racers.length + 1)) };
            });
            series.push({ points: [[0, race.target], [Math.max(1, race.step), race.target]],
                colour: TARGET_STYLE.colour, dash: TARGET_STYLE.dash });
            chart.paint({ series: series, yLog: yLog, xTitle: "steps" });
            canvas.dataset.curves = String(race.racers.length);
            canvas.setAttribute("aria-label", "Training loss against steps, one line per racer: "
                + race.racers.map(function (x) {
                    return name(x) + " " + (x.divergedAt === null ? fmt(x.trainLoss) : "diverged");
                }).join(", ") + " at step " + race.step + "; target " + fmt(race.target) + ".");
            legend.textContent = "";
            race.racers.forEach(function (x, k) {
                var item = document.createElement("li");
                item.appendChild(swatch(k));
                item.appendChild(document.createTextNode(" " + name(x)));
                legend.appendChild(item);
            });
            var target = document.createElement("li");
            target.appendChild(swatch(-1));
            target.appendChild(document.createTextNode(" target " + fmt(race.target)));
            legend.appendChild(target);
        }
    };
})();
