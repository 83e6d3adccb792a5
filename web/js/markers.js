/*
 * Marks that tell things apart by shape or pattern, not colour alone. Point markers, shared by
 * the heatmap and its key: a class by its shape as well as its colour (the shape names come
 * from the engine's heatmap key: circle, square, triangle, diamond, plus), a test row from a
 * training row by a white centre. And the unit marks both network diagrams share: hatching over
 * a saturated unit, a spiked ring round an exploding one, a double frame with a "NaN" tag round
 * the layer where a value first went non-finite. Nothing here decides which unit is which.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.Markers = {
    /** Traces a marker of "radius" r (sizes chosen so the shapes look about equally large). */
    path: function (ctx, shape, x, y, r) {
        ctx.beginPath();
        if (shape === "square") {
            var h = 0.9 * r;
            ctx.rect(x - h, y - h, 2 * h, 2 * h);
        } else if (shape === "triangle") {
            ctx.moveTo(x, y - 1.25 * r);
            ctx.lineTo(x + 1.15 * r, y + 0.8 * r);
            ctx.lineTo(x - 1.15 * r, y + 0.8 * r);
            ctx.closePath();
        } else if (shape === "diamond") {
            var d = 1.25 * r;
            ctx.moveTo(x, y - d);
            ctx.lineTo(x + d, y);
            ctx.lineTo(x, y + d);
            ctx.lineTo(x - d, y);
            ctx.closePath();
        } else if (shape === "plus") {
            var a = 1.25 * r;
            var b = 0.42 * r;
            ctx.moveTo(x - b, y - a);
            ctx.lineTo(x + b, y - a);
            ctx.lineTo(x + b, y - b);
            ctx.lineTo(x + a, y - b);
            ctx.lineTo(x + a, y + b);
            ctx.lineTo(x + b, y + b);
            ctx.lineTo(x + b, y + a);
            ctx.lineTo(x - b, y + a);
            ctx.lineTo(x - b, y + b);
            ctx.lineTo(x - a, y + b);
            ctx.lineTo(x - a, y - b);
            ctx.lineTo(x - b, y - b);
            ctx.closePath();
        } else {
            ctx.arc(x, y, r, 0, 2 * Math.PI);
        }
    },

    /**
     * One marker: filled with its colour and a dark edge; a test row (test true) also gets a
     * white centre and a heavier edge.
     */
    draw: function (ctx, shape, x, y, r, fill, test) {
        var M = ScratchNet.Markers;
        M.path(ctx, shape, x, y, r);
        ctx.fillStyle = fill;
        ctx.fill();
        ctx.strokeStyle = test ? "#000000" : "#1f2937";
        ctx.lineWidth = test ? 1.3 : 0.9;
        ctx.stroke();
        if (test) {
            M.path(ctx, shape === "plus" ? "square" : shape, x, y, 0.45 * r);
            ctx.fillStyle = "#ffffff";
            ctx.fill();
        }
    },

    /**
     * A small canvas with one marker, an image labelled with its shape (e.g. "triangle", or
     * "circle with a white centre" for a test marker).
     * @param size CSS pixels per side
     */
    sample: function (shape, fill, test, size) {
        var canvas = document.createElement("canvas");
        var ratio = window.devicePixelRatio || 1;
        canvas.width = Math.round(size * ratio);
        canvas.height = Math.round(size * ratio);
        canvas.className = "marker";
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", shape + (test ? " with a white centre" : ""));
        var ctx = canvas.getContext("2d");
        ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
        ScratchNet.Markers.draw(ctx, shape, size / 2, size / 2 + (shape === "triangle" ? 0.5 : 0),
            size * 0.34, fill, test);
        return canvas;
    },

    /** Diagonal hatching over a square node (x, y, side s): the saturated mark. */
    hatch: function (ctx, x, y, s, gap) {
        ctx.save();
        ctx.beginPath();
        ctx.rect(x, y, s, s);
        ctx.clip();
        ctx.strokeStyle = "rgba(17,24,39,0.85)";
        ctx.lineWidth = 1.5;
        ctx.beginPath();
        for (var d = -s; d < s; d += gap) {
            ctx.moveTo(x + d, y + s);
            ctx.lineTo(x + d + s, y);
        }
        ctx.stroke();
        ctx.restore();
    },

    /** Spikes all round a square node (x, y, side s), dark on light: the exploding mark. */
    burst: function (ctx, x, y, s) {
        var cx = x + s / 2;
        var cy = y + s / 2;
        var inner = s * 0.62;
        var outer = s * 0.62 + Math.max(4, s / 4);
        var spikes = 12;
        ctx.save();
        ctx.beginPath();
        for (var i = 0; i <= 2 * spikes; i++) {
            var r = i % 2 === 0 ? outer : inner;
            var a = Math.PI * i / spikes;
            var px = cx + r * Math.cos(a);
            var py = cy + r * Math.sin(a);
            if (i === 0) {
                ctx.moveTo(px, py);
            } else {
                ctx.lineTo(px, py);
            }
        }
        ctx.closePath();
        ctx.lineJoin = "miter";
        ctx.lineWidth = 3;
        ctx.strokeStyle = "#ffffff";
        ctx.stroke();
        ctx.lineWidth = 1.5;
        ctx.strokeStyle = "#b91c1c";
        ctx.stroke();
        ctx.restore();
    },

    /**
     * The frame round the layer where a value first went non-finite (box x, y, w, h): red, but
     * also doubled and tagged "NaN/∞" in text, so it does not rest on colour.
     */
    badLayer: function (ctx, x, y, w, h) {
        ctx.save();
        ctx.strokeStyle = "#dc2626";
        ctx.lineWidth = 3;
        ctx.strokeRect(x, y, w, h);
        ctx.lineWidth = 1;
        ctx.strokeStyle = "#111827";
        ctx.setLineDash([3, 2]);
        ctx.strokeRect(x - 3.5, y - 3.5, w + 7, h + 7);
        ctx.setLineDash([]);
        ctx.font = "bold 11px system-ui, sans-serif";
        ctx.textAlign = "center";
        ctx.textBaseline = "bottom";
        var label = "NaN/\u221e";
        var tw = ctx.measureText(label).width + 6;
        var ty = Math.max(13, y - 4);
        ctx.fillStyle = "#dc2626";
        ctx.fillRect(x + w / 2 - tw / 2, ty - 13, tw, 13);
        ctx.fillStyle = "#ffffff";
        ctx.fillText(label, x + w / 2, ty);
        ctx.restore();
    }
};
