/*
 * Numbers as text, the same way on every page: fixed digits for read-outs and a short form
 * for chart axes and lab figures. A missing value (NaN, null) shows as a dash.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.Format = {
    /** `v` with `digits` decimals; "–" for NaN or none; "Infinity" and the like as they are. */
    fixed: function (v, digits) {
        if (v === null || v === undefined || (typeof v === "number" && isNaN(v))) {
            return "–";
        }
        return isFinite(v) ? Number(v).toFixed(digits) : String(v);
    },

    /** A short label for a value: 0.0123, 1.2e-7, 3.4e+12. */
    short: function (v) {
        if (!isFinite(v)) {
            return String(v);
        }
        var a = Math.abs(v);
        return a !== 0 && (a < 1e-3 || a >= 1e5) ? v.toExponential(1) : String(Number(v.toPrecision(3)));
    }
};
