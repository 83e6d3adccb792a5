/*
 * A small line chart of the loss readings the page has shown, newest on the right. It keeps
 * only the values it draws (at most `capacity`); the training history lives in Java.
 */
"use strict";
function LossChart(canvas, capacity) {
    this.canvas = canvas;
    this.context = canvas.getContext("2d");
    this.capacity = capacity || 300;
    this.values = [];
}

LossChart.prototype.clear = function () {
    this.values = [];
    this.paint();
};

LossChart.prototype.add = function (loss) {
    if (isFinite(loss)) {
        this.values.push(loss);
        if (this.values.length > this.capacity) {
            this.values.shift();
        }
    }
    this.paint();
};

LossChart.prototype.paint = function () {
    var ctx = this.context;
    var w = this.canvas.width;
    var h = this.canvas.height;
    ctx.clearRect(0, 0, w, h);
    if (this.values.length < 2) {
        return;
    }
    var max = Math.max.apply(null, this.values);
    var pad = 6;
    ctx.strokeStyle = "#4f46e5";
    ctx.lineWidth = 2;
    ctx.beginPath();
    for (var i = 0; i < this.values.length; i++) {
        var x = pad + (w - 2 * pad) * i / (this.capacity - 1);
        var y = h - pad - (h - 2 * pad) * (max > 0 ? this.values[i] / max : 0);
        if (i === 0) {
            ctx.moveTo(x, y);
        } else {
            ctx.lineTo(x, y);
        }
    }
    ctx.stroke();
};
