/*
 * Paints the network's decision grid (P(class 1) per cell) as a two-colour heat map and the
 * training points on top. Knows nothing about training: it is handed numbers and draws them.
 */
"use strict";
function HeatMap(canvas) {
    this.canvas = canvas;
    this.context = canvas.getContext("2d");
    this.cells = document.createElement("canvas");
}

/** Class 0 (sky), undecided (white) and class 1 (amber), as RGB. */
HeatMap.ZERO = [14, 165, 233];
HeatMap.MID = [248, 250, 252];
HeatMap.ONE = [245, 158, 11];

/** Colour of probability p in [0, 1], faded towards white so the points stay visible. */
HeatMap.colour = function (p) {
    var t = Math.min(1, Math.abs(p - 0.5) * 2) * 0.55;
    var end = p >= 0.5 ? HeatMap.ONE : HeatMap.ZERO;
    return [0, 1, 2].map(function (k) {
        return Math.round(HeatMap.MID[k] + (end[k] - HeatMap.MID[k]) * t);
    });
};

/**
 * @param grid  n*n probabilities, row-major, top row first
 * @param n     cells per side
 * @param points (x, y, label) triples in data coordinates
 * @param extent the grid covers [-extent, extent] on both axes
 */
HeatMap.prototype.paint = function (grid, n, points, extent) {
    this.cells.width = n;
    this.cells.height = n;
    var cellContext = this.cells.getContext("2d");
    var image = cellContext.createImageData(n, n);
    for (var i = 0; i < n * n; i++) {
        var rgb = HeatMap.colour(grid[i]);
        image.data[4 * i] = rgb[0];
        image.data[4 * i + 1] = rgb[1];
        image.data[4 * i + 2] = rgb[2];
        image.data[4 * i + 3] = 255;
    }
    cellContext.putImageData(image, 0, 0);
    var ctx = this.context;
    var size = this.canvas.width;
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(this.cells, 0, 0, size, size);
    this.paintPoints(points, extent);
};

HeatMap.prototype.paintPoints = function (points, extent) {
    var ctx = this.context;
    var size = this.canvas.width;
    var scale = size / (2 * extent);
    ctx.lineWidth = 1;
    ctx.strokeStyle = "rgba(255, 255, 255, 0.9)";
    for (var i = 0; i + 2 < points.length; i += 3) {
        var px = (points[i] + extent) * scale;
        var py = (extent - points[i + 1]) * scale;
        var rgb = points[i + 2] >= 0.5 ? HeatMap.ONE : HeatMap.ZERO;
        ctx.fillStyle = "rgb(" + rgb.join(",") + ")";
        ctx.beginPath();
        ctx.arc(px, py, 4, 0, 2 * Math.PI);
        ctx.fill();
        ctx.stroke();
    }
};
