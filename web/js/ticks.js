/*
 * Axis ticks for every chart: "nice" round values (1, 2, 2.5, 3 or 5 times a power of ten) across a
 * range, powers of ten across a log range, and their labels. Labels are never shortened by
 * the caller's margin: charts size their margins to measured labels.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.Ticks = {
    /** About `count` round values inside [lo, hi], both ends of the range included if round. */
    linear: function (lo, hi, count) {
        if (!(hi > lo) || !isFinite(lo) || !isFinite(hi)) {
            return isFinite(lo) ? [lo] : [];
        }
        var raw = (hi - lo) / Math.max(1, count);
        var power = Math.pow(10, Math.floor(Math.log(raw) / Math.LN10));
        var step = [1, 2, 2.5, 3, 5, 10].map(function (m) { return m * power; })
            .filter(function (s) { return s >= raw * 0.999; })[0];
        var out = [];
        for (var v = Math.ceil(lo / step - 1e-9) * step; v <= hi + step * 1e-9; v += step) {
            out.push(Math.abs(v) < step * 1e-9 ? 0 : Number(v.toPrecision(12)));
        }
        return out;
    },

    /**
     * Ticks of a log axis whose range is given in log10 units: the powers of ten inside
     * (thinned to about `count`), or linear ticks in log units when the range spans less than
     * one decade. Returns real values.
     */
    log: function (lo10, hi10, count) {
        var first = Math.ceil(lo10 - 1e-9);
        var last = Math.floor(hi10 + 1e-9);
        if (last - first < 1) {
            return ScratchNet.Ticks.linear(Math.pow(10, lo10), Math.pow(10, hi10), count);
        }
        var every = Math.max(1, Math.ceil((last - first + 1) / Math.max(1, count)));
        var out = [];
        for (var e = first; e <= last; e += every) {
            out.push(Math.pow(10, e));
        }
        return out;
    },

    /** A tick label: plain digits for ordinary sizes, "1e+141" style for the others. */
    label: function (v) {
        if (!isFinite(v)) {
            return String(v);
        }
        var a = Math.abs(v);
        if (a !== 0 && (a < 1e-3 || a >= 1e5)) {
            var text = v.toExponential(1);
            return text.replace(".0e", "e");
        }
        return String(Number(v.toPrecision(4)));
    },

    /**
     * Draws ticks of `values` down from `top` (a mark `length` long at x = toX(v)) with their
     * labels under the marks, in the context's current stroke, fill and font.
     */
    drawBelow: function (ctx, values, toX, top, length) {
        ctx.textAlign = "center";
        ctx.textBaseline = "top";
        values.forEach(function (v) {
            var x = toX(v);
            ctx.beginPath();
            ctx.moveTo(x, top);
            ctx.lineTo(x, top + length);
            ctx.stroke();
            ctx.fillText(ScratchNet.Ticks.label(v), x, top + length + 1);
        });
    },

    /**
     * Draws ticks of `values` at y = toY(v): a line from `length` left of `left` to `right`
     * (`right` = `left` for a mark, the plot's right edge for a grid line), labelled on the left.
     */
    drawLeft: function (ctx, values, toY, left, length, right) {
        ctx.textAlign = "right";
        ctx.textBaseline = "middle";
        values.forEach(function (v) {
            var y = toY(v);
            ctx.beginPath();
            ctx.moveTo(left - length, y);
            ctx.lineTo(right, y);
            ctx.stroke();
            ctx.fillText(ScratchNet.Ticks.label(v), left - length - 2, y);
        });
    },

    /** Widest label of `values` in the context's current font, in its units. */
    widest: function (ctx, values) {
        return values.reduce(function (w, v) {
            return Math.max(w, ctx.measureText(ScratchNet.Ticks.label(v)).width);
        }, 0);
    }
};
