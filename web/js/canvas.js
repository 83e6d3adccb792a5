/*
 * What every canvas widget needs: a backing store sized to the CSS box times the device pixel
 * ratio (sharp drawing on high-density screens), and the engine's packed colours as CSS.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.Canvas = {
    /** Sizes the canvas backing store to its CSS box times the device pixel ratio; returns it. */
    fit: function (canvas) {
        var ratio = window.devicePixelRatio || 1;
        var w = Math.max(1, Math.round(canvas.clientWidth * ratio));
        var h = Math.max(1, Math.round(canvas.clientHeight * ratio));
        if (canvas.width !== w || canvas.height !== h) {
            canvas.width = w;
            canvas.height = h;
        }
        return ratio;
    },

    /**
     * Fits the canvas, clears it and scales its context so drawing is in CSS pixels with an
     * 11 px label font; returns {ctx, w, h} with the size in CSS pixels.
     */
    begin: function (canvas) {
        var ratio = ScratchNet.Canvas.fit(canvas);
        var ctx = canvas.getContext("2d");
        ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        ctx.font = "11px system-ui, sans-serif";
        return { ctx: ctx, w: canvas.width / ratio, h: canvas.height / ratio };
    },

    /** A packed 0xAABBGGRR colour as a CSS rgb() string. */
    colour: function (packed) {
        return "rgb(" + (packed & 255) + "," + ((packed >>> 8) & 255) + ","
            + ((packed >>> 16) & 255) + ")";
    }
};
