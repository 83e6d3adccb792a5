/*
 * Painting for the digit pad (digit-pad.js): the 32 × 32 drawing with the 8 × 8 block grid and
 * the keyboard cursor, the 8 × 8 image the network is given (each pixel the count 0..16 of its
 * block, in grey), and the ten class probabilities as labelled bars.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.DigitPadPaint = {
    /** The drawing, the block grid and, when focused, the cursor's block (dashed). */
    drawing: function (canvas, bits, cursor) {
        var c = ScratchNet.Canvas.begin(canvas);
        var ctx = c.ctx;
        var n = 32;
        var s = c.w / n;
        ctx.fillStyle = "#ffffff";
        ctx.fillRect(0, 0, c.w, c.h);
        ctx.fillStyle = "#111827";
        for (var i = 0; i < n * n; i++) {
            if (bits[i]) {
                ctx.fillRect((i % n) * s, Math.floor(i / n) * s, Math.ceil(s), Math.ceil(s));
            }
        }
        ctx.strokeStyle = "#d1d5db";
        ctx.lineWidth = 1;
        ctx.beginPath();
        for (var k = 1; k < 8; k++) {
            ctx.moveTo(k * 4 * s, 0);
            ctx.lineTo(k * 4 * s, c.h);
            ctx.moveTo(0, k * 4 * s);
            ctx.lineTo(c.w, k * 4 * s);
        }
        ctx.stroke();
        if (cursor.shown) {
            ctx.strokeStyle = "#dc2626";
            ctx.lineWidth = 2;
            ctx.setLineDash([4, 3]);
            ctx.strokeRect(cursor.x * 4 * s + 1, cursor.y * 4 * s + 1, 4 * s - 2, 4 * s - 2);
            ctx.setLineDash([]);
        }
    },

    /** The 8 × 8 image the network sees: 0 white, 16 black. */
    seen: function (canvas, pixels) {
        var c = ScratchNet.Canvas.begin(canvas);
        var ctx = c.ctx;
        var s = c.w / 8;
        for (var p = 0; p < 64; p++) {
            var g = Math.round(255 * (1 - pixels[p] / 16));
            ctx.fillStyle = "rgb(" + g + "," + g + "," + g + ")";
            ctx.fillRect((p % 8) * s, Math.floor(p / 8) * s, Math.ceil(s), Math.ceil(s));
        }
        ctx.strokeStyle = "#9ca3af";
        ctx.strokeRect(0.5, 0.5, c.w - 1, c.h - 1);
    },

    /** Ten bars, digit 0 at the top, the length the probability (0 to 100 %); the answer bold. */
    probabilities: function (canvas, probs, predicted) {
        var c = ScratchNet.Canvas.begin(canvas);
        var ctx = c.ctx;
        var left = 16;
        var right = 44;
        var h = c.h / probs.length;
        ctx.textBaseline = "middle";
        for (var k = 0; k < probs.length; k++) {
            var y = k * h;
            var best = k === predicted;
            ctx.font = (best ? "bold " : "") + "11px system-ui, sans-serif";
            ctx.fillStyle = "#1f2937";
            ctx.textAlign = "right";
            ctx.fillText(String(k), left - 4, y + h / 2);
            ctx.fillStyle = "#e5e7eb";
            ctx.fillRect(left, y + 2, c.w - left - right, h - 4);
            ctx.fillStyle = best ? "#0877bd" : "#6b7280";
            ctx.fillRect(left, y + 2, (c.w - left - right) * Math.max(0, Math.min(1, probs[k])), h - 4);
            ctx.fillStyle = "#1f2937";
            ctx.textAlign = "left";
            ctx.fillText(ScratchNet.Format.fixed(probs[k] * 100, 0) + " %", c.w - right + 4, y + h / 2);
        }
    }
};
