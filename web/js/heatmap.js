/*
 * The large output heatmap: the network's prediction over the input plane (packed RGBA from
 * the engine) with the train points (circles) and test points (squares) drawn on top.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.Heatmap = (function () {
    function Heatmap(canvas) {
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
    Heatmap.prototype.paint = function (pixels, res, points, showTest) {
        if (!this.image || this.image.width !== res) {
            this.cells.width = res;
            this.cells.height = res;
            this.image = this.cells.getContext("2d").createImageData(res, res);
            this.words = new Uint32Array(this.image.data.buffer);
        }
        this.words.set(pixels);
        this.cells.getContext("2d").putImageData(this.image, 0, 0);
        var ratio = ScratchNet.Canvas.fit(this.canvas);
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
            ctx.fillStyle = ScratchNet.Canvas.colour(points[i + 2]);
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

    return Heatmap;
})();
