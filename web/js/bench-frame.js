/*
 * Benchmark H's pictures: one canvas per node (inputs, hidden units, output), each painted
 * from its block of the engine's packed RGBA pixels (0xAABBGGRR, i.e. the bytes R, G, B, A on
 * little-endian machines) without converting a single pixel in JavaScript.
 */
"use strict";
function NodeFrame(container) {
    this.container = container;
    this.contexts = [];
    this.res = 0;
}

/** Makes {@code nodes} canvases of res × res; the last one (the output) is shown larger. */
NodeFrame.prototype.setUp = function (nodes, res) {
    this.container.textContent = "";
    this.contexts = [];
    this.res = res;
    for (var k = 0; k < nodes; k++) {
        var canvas = document.createElement("canvas");
        canvas.width = res;
        canvas.height = res;
        canvas.className = k === nodes - 1 ? "output" : "";
        canvas.setAttribute("aria-label", k === nodes - 1 ? "network output" : "node " + k);
        this.container.appendChild(canvas);
        this.contexts.push(canvas.getContext("2d"));
    }
};

/** Draws every node from {@code pixels}, an Int32Array of nodes × res² packed colours. */
NodeFrame.prototype.draw = function (pixels) {
    var area = this.res * this.res;
    for (var k = 0; k < this.contexts.length; k++) {
        // A byte view on the engine's own buffer: ImageData wraps it, nothing is copied here.
        var bytes = new Uint8ClampedArray(pixels.buffer, pixels.byteOffset + 4 * k * area,
            4 * area);
        this.contexts[k].putImageData(new ImageData(bytes, this.res, this.res), 0, 0);
    }
};
