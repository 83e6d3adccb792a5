/*
 * The large output heatmap: the network's prediction over the input plane (packed RGBA from
 * the engine) with the train and test points drawn on top. Also home of two helpers every
 * canvas widget uses: fitCanvas (sharp drawing on high-density screens) and cssColour.
 */
"use strict";

/** Sizes the canvas backing store to its CSS box times the device pixel ratio; returns scale. */
function fitCanvas(canvas) {
    var ratio = window.devicePixelRatio || 1;
    var w = Math.max(1, Math.round(canvas.clientWidth * ratio));
    var h = Math.max(1, Math.round(canvas.clientHeight * ratio));
    if (canvas.width !== w || canvas.height !== h) {
        canvas.width = w;
        canvas.height = h;
    }
    return ratio;
}

/** A packed 0xAABBGGRR colour as a CSS rgb() string. */
function cssColour(packed) {
    return "rgb(" + (packed & 255) + "," + ((packed >>> 8) & 255) + ","
        + ((packed >>> 16) & 255) + ")";
}

function HeatMap(canvas) {
    this.canvas = canvas;
    this.context = canvas.getContext("2d");
    this.cells = document.createElement("canvas");
    this.image = null;
    this.words = null;
}

/**
 * @param pixels res*res packed RGBA, top row first
 * @param points (u, v, rgba, isTest) per row; u, v fractions of the plot, v from the bottom
 * @param showTest whether test rows are drawn (as squares with a dark edge)
 */
HeatMap.prototype.paint = function (pixels, res, points, showTest) {
    if (!this.image || this.image.width !== res) {
        this.cells.width = res;
        this.cells.height = res;
        this.image = this.cells.getContext("2d").createImageData(res, res);
        this.words = new Uint32Array(this.image.data.buffer);
    }
    this.words.set(pixels);
    this.cells.getContext("2d").putImageData(this.image, 0, 0);
    var ratio = fitCanvas(this.canvas);
    var ctx = this.context;
    var w = this.canvas.width;
    var h = this.canvas.height;
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(this.cells, 0, 0, w, h);
    var r = 3 * ratio;
    ctx.lineWidth = ratio;
    for (var i = 0; i < points.length; i += 4) {
        var test = points[i + 3] === 1;
        if (test && !showTest) {
            continue;
        }
        var x = points[i] * w;
        var y = (1 - points[i + 1]) * h;
        ctx.fillStyle = cssColour(points[i + 2]);
        ctx.strokeStyle = test ? "#111827" : "#ffffff";
        ctx.beginPath();
        if (test) {
            ctx.rect(x - r, y - r, 2 * r, 2 * r);
        } else {
            ctx.arc(x, y, r, 0, 2 * Math.PI);
        }
        ctx.fill();
        ctx.stroke();
    }
};
