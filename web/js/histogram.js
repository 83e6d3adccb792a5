/*
 * A before/now histogram: the current counts as filled bars (orange below the middle, blue
 * above), the counts before training as a line, and the middle marked z = 0.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.Histogram = (function () {
    function Histogram(canvas) {
        this.canvas = canvas;
    }

    /** h: {lo, hi, before, now}; `now` filled, `before` outlined, z = 0 marked. */
    Histogram.prototype.paint = function (h) {
        var c = ScratchNet.Canvas.begin(this.canvas);
        var ctx = c.ctx;
        var bottom = 18, top = 4;
        var most = Math.max.apply(null, h.now.concat(h.before).concat([1]));
        var bw = c.w / h.now.length;
        function y(v) { return c.h - bottom - v / most * (c.h - top - bottom); }
        h.now.forEach(function (v, k) {
            ctx.fillStyle = k < h.now.length / 2 ? "#9a3412" : "#1d4ed8";
            ctx.fillRect(k * bw + 0.5, y(v), bw - 1, c.h - bottom - y(v));
        });
        ctx.strokeStyle = "#111827";
        ctx.beginPath();
        h.before.forEach(function (v, k) {
            ctx.moveTo(k * bw, y(v));
            ctx.lineTo((k + 1) * bw, y(v));
        });
        ctx.stroke();
        ctx.fillStyle = "#374151";
        ctx.textBaseline = "top";
        ctx.textAlign = "left";
        ctx.fillText(ScratchNet.Format.short(h.lo), 0, c.h - bottom + 3);
        ctx.textAlign = "center";
        ctx.fillText("z = 0", c.w / 2, c.h - bottom + 3);
        ctx.textAlign = "right";
        ctx.fillText(ScratchNet.Format.short(h.hi), c.w, c.h - bottom + 3);
    };

    return Histogram;
})();
