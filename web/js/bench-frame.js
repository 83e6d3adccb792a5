/*
 * Benchmark H's pictures: one canvas per node (a thumbnail for each input and hidden unit, the
 * full heatmap for the output), each painted from its block of the engine's packed RGBA pixels
 * (0xAABBGGRR, i.e. the bytes R, G, B, A on little-endian machines) without converting a
 * single pixel in JavaScript.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.BenchFrame = function (container) {
    this.container = container;
    this.contexts = [];
    this.sizes = [];
};

/**
 * Makes {@code nodes} canvases: thumb × thumb for every node but the last, res × res for the
 * last one (the output heatmap), which is also shown larger.
 */
ScratchNet.BenchFrame.prototype.setUp = function (nodes, res, thumb) {
    this.container.textContent = "";
    this.contexts = [];
    this.sizes = [];
    for (var k = 0; k < nodes; k++) {
        var side = k === nodes - 1 ? res : thumb;
        var canvas = document.createElement("canvas");
        canvas.width = side;
        canvas.height = side;
        this.sizes.push(side);
        canvas.className = k === nodes - 1 ? "output" : "";
        canvas.setAttribute("aria-label", k === nodes - 1 ? "network output" : "node " + k);
        this.container.appendChild(canvas);
        this.contexts.push(canvas.getContext("2d"));
    }
};

/** Draws every node from {@code pixels}, an Int32Array of the pictures one after another. */
ScratchNet.BenchFrame.prototype.draw = function (pixels) {
    var at = pixels.byteOffset;
    for (var k = 0; k < this.contexts.length; k++) {
        var side = this.sizes[k];
        // A byte view on the engine's own buffer: ImageData wraps it, nothing is copied here.
        var bytes = new Uint8ClampedArray(pixels.buffer, at, 4 * side * side);
        this.contexts[k].putImageData(new ImageData(bytes, side, side), 0, 0);
        at += 4 * side * side;
    }
};
