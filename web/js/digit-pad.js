/*
 * The draw-a-digit pad: a 32 × 32 drawing, as the UCI digits were drawn before each 4 × 4
 * block was counted into one of the 8 × 8 pixels. Draw with the mouse, a pen or a finger; or
 * focus the pad and use the arrow keys to move over the 8 × 8 blocks and Space (or Enter) to
 * fill or empty one; Delete clears. Every change asks the engine (digitPad) for the image the
 * network sees and its ten class probabilities; nothing here classifies.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.DigitPad = (function () {
    var N = 32;
    var BLOCK = 4;
    var BRUSH = 1.6; // brush radius in drawing points: a stroke about 3 points wide

    /** root holds canvas.pad-canvas, canvas.pad-seen, canvas.pad-probs, .pad-answer, button.pad-clear. */
    function DigitPad(root, engine) {
        this.root = root;
        this.engine = engine;
        this.canvas = root.querySelector(".pad-canvas");
        this.seen = root.querySelector(".pad-seen");
        this.probs = root.querySelector(".pad-probs");
        this.answer = root.querySelector(".pad-answer");
        this.bits = new Array(N * N).fill(0);
        this.cursor = { x: 3, y: 3, shown: false };
        this.result = null;
        this.wire();
    }

    DigitPad.prototype.wire = function () {
        var self = this;
        var last = null;
        function point(event) {
            var r = self.canvas.getBoundingClientRect();
            return { x: (event.clientX - r.left) / r.width * N, y: (event.clientY - r.top) / r.height * N };
        }
        this.canvas.addEventListener("pointerdown", function (event) {
            self.canvas.setPointerCapture(event.pointerId);
            last = point(event);
            self.stroke(last, last);
            event.preventDefault();
        });
        this.canvas.addEventListener("pointermove", function (event) {
            if (last) {
                var p = point(event);
                self.stroke(last, p);
                last = p;
            }
        });
        var end = function () { last = null; };
        this.canvas.addEventListener("pointerup", end);
        this.canvas.addEventListener("pointercancel", end);
        this.canvas.addEventListener("focus", function () { self.cursor.shown = true; self.paintDrawing(); });
        this.canvas.addEventListener("blur", function () { self.cursor.shown = false; self.paintDrawing(); });
        this.canvas.addEventListener("keydown", function (event) { self.key(event); });
        this.root.querySelector(".pad-clear").addEventListener("click", function () { self.clear(); });
    };

    /** Draws a stroke of the brush from a to b (in drawing points). */
    DigitPad.prototype.stroke = function (a, b) {
        var steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) * 2));
        for (var s = 0; s <= steps; s++) {
            var cx = a.x + (b.x - a.x) * s / steps;
            var cy = a.y + (b.y - a.y) * s / steps;
            for (var y = Math.floor(cy - BRUSH); y <= Math.ceil(cy + BRUSH); y++) {
                for (var x = Math.floor(cx - BRUSH); x <= Math.ceil(cx + BRUSH); x++) {
                    if (x >= 0 && y >= 0 && x < N && y < N
                            && Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= BRUSH) {
                        this.bits[y * N + x] = 1;
                    }
                }
            }
        }
        this.changed();
    };

    DigitPad.prototype.key = function (event) {
        var c = this.cursor;
        var move = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowDown: [0, 1], ArrowUp: [0, -1] }[event.key];
        if (move) {
            c.x = Math.max(0, Math.min(N / BLOCK - 1, c.x + move[0]));
            c.y = Math.max(0, Math.min(N / BLOCK - 1, c.y + move[1]));
            c.shown = true;
            this.paintDrawing();
        } else if (event.key === " " || event.key === "Enter") {
            this.toggleBlock(c.x, c.y);
        } else if (event.key === "Delete" || event.key === "Backspace") {
            this.clear();
        } else {
            return;
        }
        event.preventDefault();
        event.stopPropagation(); // Space here draws; it must not also play or pause
    };

    /** Fills block (bx, by) of the 8 × 8 image, or empties it if it is full. */
    DigitPad.prototype.toggleBlock = function (bx, by) {
        var full = true;
        var x;
        var y;
        for (y = by * BLOCK; y < (by + 1) * BLOCK; y++) {
            for (x = bx * BLOCK; x < (bx + 1) * BLOCK; x++) {
                full = full && this.bits[y * N + x] === 1;
            }
        }
        for (y = by * BLOCK; y < (by + 1) * BLOCK; y++) {
            for (x = bx * BLOCK; x < (bx + 1) * BLOCK; x++) {
                this.bits[y * N + x] = full ? 0 : 1;
            }
        }
        this.changed();
    };

    DigitPad.prototype.clear = function () {
        this.bits.fill(0);
        this.changed();
    };

    /** Replaces the drawing (1024 values, 0 = blank) and classifies it; returns the engine's answer. */
    DigitPad.prototype.set = function (bits) {
        for (var i = 0; i < N * N; i++) {
            this.bits[i] = bits[i] ? 1 : 0;
        }
        this.changed();
        return this.result;
    };

    DigitPad.prototype.changed = function () {
        this.paintDrawing();
        this.refresh();
    };

    /** Asks the engine again (the network may have changed) and shows its answer. */
    DigitPad.prototype.refresh = function () {
        if (this.paintedWidth !== this.canvas.clientWidth) { // first shown, or resized
            this.paintDrawing();
        }
        this.result = this.engine.digitPad(this.bits);
        this.paintResult();
        return this.result;
    };

    DigitPad.prototype.paintDrawing = function () {
        this.paintedWidth = this.canvas.clientWidth;
        ScratchNet.DigitPadPaint.drawing(this.canvas, this.bits, this.cursor);
    };

    DigitPad.prototype.paintResult = function () {
        var r = this.result;
        if (!r || r.error) {
            this.answer.textContent = r ? r.error : "";
            return;
        }
        ScratchNet.DigitPadPaint.seen(this.seen, r.pixels);
        ScratchNet.DigitPadPaint.probabilities(this.probs, r.probabilities, r.predicted);
        var order = r.probabilities.map(function (p, k) { return k; })
            .sort(function (a, b) { return r.probabilities[b] - r.probabilities[a]; });
        var pct = function (k) { return k + ": " + ScratchNet.Format.fixed(r.probabilities[k] * 100, 1) + " %"; };
        var empty = r.pixels.every(function (v) { return v === 0; });
        var text = (empty ? "The pad is empty; the network still answers: " : "The network reads ")
            + r.predicted + " (" + pct(r.predicted).slice(3) + "). Next: " + order.slice(1, 3).map(pct).join(", ") + ".";
        if (this.answer.textContent !== text) {
            this.answer.textContent = text;
        }
    };

    return DigitPad;
})();
