/*
 * The digits' pictures: a gallery of scored images with the network's answer and the truth
 * (mistakes first, each marked by a red frame and a cross, not colour alone), and each
 * first-layer unit's 64 incoming weights as a live 8 × 8 picture. Buffers come from the engine
 * (digitImages once per data version, digitGallery and digitWeights per refresh); this file
 * only lays them out and paints them.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.DigitViews = (function () {
    var SIDE = 8;

    /** Puts `pixels` (n pictures of 64 packed RGBA, or those at `picks`) on an 8 × 8n sheet. */
    function sheet(canvas, pixels, picks) {
        var n = picks ? picks.length : pixels.length / 64;
        if (canvas.width !== SIDE || canvas.height !== Math.max(1, n * SIDE)) {
            canvas.width = SIDE;
            canvas.height = Math.max(1, n * SIDE);
        }
        var ctx = canvas.getContext("2d");
        var image = ctx.createImageData(SIDE, Math.max(1, n * SIDE));
        var out = new Uint32Array(image.data.buffer);
        for (var i = 0; i < n; i++) {
            var from = (picks ? picks[i] : i) * 64;
            out.set(pixels.subarray ? pixels.subarray(from, from + 64)
                : Array.prototype.slice.call(pixels, from, from + 64), i * 64);
        }
        ctx.putImageData(image, 0, 0);
        return n;
    }

    /** Sets the canvas's CSS height to hold n cells of `cell` px across, rows of `rowH` px; returns the columns. */
    function fitRows(canvas, n, cell, rowH) {
        var cols = Math.max(1, Math.floor(canvas.clientWidth / cell));
        var height = Math.ceil(n / cols) * rowH + 4 + "px";
        if (canvas.style.height !== height) {
            canvas.style.height = height;
        }
        return cols;
    }

    function DigitViews(gallery, weights, galleryNote, weightsNote) {
        this.gallery = gallery;
        this.weights = weights;
        this.galleryNote = galleryNote;
        this.weightsNote = weightsNote;
        this.gallerySheet = document.createElement("canvas");
        this.weightsSheet = document.createElement("canvas");
    }

    /**
     * Paints the gallery `g` ({set, rows, mistakes, shown}) over `images` (every scored image,
     * 64 packed RGBA each).
     */
    DigitViews.prototype.paintGallery = function (g, images) {
        if (!g || !images || images.length === 0) {
            return;
        }
        var picks = g.shown.map(function (s) { return s.row; });
        var n = sheet(this.gallerySheet, images, picks);
        var cell = 46;
        var img = 30;
        var cols = fitRows(this.gallery, n, cell, img + 16);
        var c = ScratchNet.Canvas.begin(this.gallery);
        var ctx = c.ctx;
        ctx.imageSmoothingEnabled = false;
        ctx.textAlign = "center";
        ctx.textBaseline = "alphabetic";
        for (var i = 0; i < n; i++) {
            var s = g.shown[i];
            var x = (i % cols) * cell + (cell - img) / 2;
            var y = Math.floor(i / cols) * (img + 16) + 2;
            ctx.drawImage(this.gallerySheet, 0, i * SIDE, SIDE, SIDE, x, y, img, img);
            var wrong = s.label !== s.predicted;
            ctx.strokeStyle = wrong ? "#dc2626" : "#9ca3af";
            ctx.lineWidth = wrong ? 2 : 1;
            ctx.strokeRect(x - 1, y - 1, img + 2, img + 2);
            ctx.fillStyle = wrong ? "#b91c1c" : "#1f2937";
            ctx.font = (wrong ? "bold " : "") + "11px system-ui, sans-serif";
            ctx.fillText(wrong ? "✗" + s.predicted + " (" + s.label + ")" : "✓" + s.predicted,
                x + img / 2, y + img + 12);
        }
        var text = g.mistakes + " of " + g.rows + " " + g.set + " images misread. Shown: "
            + g.shown.length + ", mistakes first, each as the network's answer and, for a "
            + "mistake, the true digit in brackets.";
        if (this.galleryNote.textContent !== text) {
            this.galleryNote.textContent = text;
        }
        var wrongs = g.shown.filter(function (s) { return s.label !== s.predicted; }).slice(0, 20);
        this.gallery.setAttribute("aria-label", "Gallery of " + g.set + " images. " + text
            + (wrongs.length ? " First mistakes: " + wrongs.map(function (s) {
                return "a " + s.label + " read as " + s.predicted;
            }).join(", ") + "." : ""));
    };

    /** Paints every first-layer unit's weight picture (`pixels`: units × 64 packed RGBA). */
    DigitViews.prototype.paintWeights = function (pixels) {
        if (!pixels || pixels.length === 0) {
            return;
        }
        var n = sheet(this.weightsSheet, pixels);
        var cell = 40;
        var img = 32;
        var cols = fitRows(this.weights, n, cell, cell);
        var c = ScratchNet.Canvas.begin(this.weights);
        var ctx = c.ctx;
        ctx.imageSmoothingEnabled = false;
        ctx.textAlign = "left";
        ctx.textBaseline = "top";
        ctx.font = "9px system-ui, sans-serif";
        for (var j = 0; j < n; j++) {
            var x = (j % cols) * cell + 2;
            var y = Math.floor(j / cols) * cell + 2;
            ctx.drawImage(this.weightsSheet, 0, j * SIDE, SIDE, SIDE, x, y, img, img);
            ctx.strokeStyle = "#9ca3af";
            ctx.lineWidth = 1;
            ctx.strokeRect(x - 0.5, y - 0.5, img + 1, img + 1);
        }
        var text = n + " units, each its 64 incoming weights laid out as the 8 × 8 image they "
            + "multiply: blue positive, orange negative, each unit scaled to its own largest weight.";
        if (this.weightsNote.textContent !== text) {
            this.weightsNote.textContent = text;
        }
    };

    return DigitViews;
})();
