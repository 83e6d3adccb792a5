/*
 * The labs' canvas widgets: a line chart (any number of series, linear or log axes, vertical
 * markers), a bar chart per layer (log scale) and a before/now histogram. They draw the
 * numbers they are given and print the axis ranges; every figure that matters is also shown
 * as text beside them.
 */
"use strict";
var LabColours = ["#1f2937", "#c2410c", "#1d4ed8", "#047857", "#7c3aed", "#b91c1c"];

function labFit(canvas) {
    var ratio = window.devicePixelRatio || 1;
    var w = Math.max(1, Math.round(canvas.clientWidth * ratio));
    var h = Math.max(1, Math.round(canvas.clientHeight * ratio));
    if (canvas.width !== w || canvas.height !== h) {
        canvas.width = w;
        canvas.height = h;
    }
    var ctx = canvas.getContext("2d");
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, w, h);
    ctx.font = "11px system-ui, sans-serif";
    return { ctx: ctx, w: w / ratio, h: h / ratio };
}

/** A short label for an axis value: 0.0123, 1.2e-7, 3.4e+12. */
function labNumber(v) {
    if (!isFinite(v)) {
        return String(v);
    }
    var a = Math.abs(v);
    return a !== 0 && (a < 1e-3 || a >= 1e5) ? v.toExponential(1) : String(Number(v.toPrecision(3)));
}

function LabChart(canvas) {
    this.canvas = canvas;
}

/**
 * opts: {series: [{points: [[x, y]...], colour, dash, dots}], xLog, yLog, yMax (the y axis
 * reaches at least this), markers: [{x, label}], xTitle}. Non-finite points (and non-positive ones on a log axis) break the line.
 */
LabChart.prototype.paint = function (opts) {
    var c = labFit(this.canvas);
    var ctx = c.ctx;
    var left = 46, right = 8, top = 8, bottom = 20;
    function tx(v) { return opts.xLog ? Math.log(v) / Math.LN10 : v; }
    function ty(v) { return opts.yLog ? Math.log(v) / Math.LN10 : v; }
    var xr = [Infinity, -Infinity], yr = [Infinity, -Infinity];
    opts.series.forEach(function (s) {
        s.points.forEach(function (p) {
            var x = tx(p[0]), y = ty(p[1]);
            if (isFinite(x) && isFinite(y)) {
                xr = [Math.min(xr[0], x), Math.max(xr[1], x)];
                yr = [Math.min(yr[0], y), Math.max(yr[1], y)];
            }
        });
    });
    if (!isFinite(xr[0])) {
        return;
    }
    if (!opts.yLog) {
        yr[0] = Math.min(yr[0], 0);
    }
    xr[1] = xr[1] - xr[0] < 1e-12 ? xr[0] + 1 : xr[1];
    if (opts.yMax !== undefined) {
        yr[1] = Math.max(yr[1], opts.yMax);
    }
    yr[1] = yr[1] - yr[0] < 1e-12 ? yr[0] + 1 : yr[1];
    function X(v) { return left + (tx(v) - xr[0]) / (xr[1] - xr[0]) * (c.w - left - right); }
    function Y(v) { return c.h - bottom - (ty(v) - yr[0]) / (yr[1] - yr[0]) * (c.h - top - bottom); }
    function back(r, log) { return log ? Math.pow(10, r) : r; }
    ctx.strokeStyle = "#9ca3af";
    ctx.lineWidth = 1;
    ctx.strokeRect(left + 0.5, top + 0.5, c.w - left - right - 1, c.h - top - bottom - 1);
    ctx.fillStyle = "#374151";
    ctx.textAlign = "right";
    ctx.textBaseline = "top";
    ctx.fillText(labNumber(back(yr[1], opts.yLog)), left - 4, top);
    ctx.textBaseline = "bottom";
    ctx.fillText(labNumber(back(yr[0], opts.yLog)), left - 4, c.h - bottom);
    ctx.textBaseline = "top";
    ctx.fillText(labNumber(back(xr[1], opts.xLog)) + (opts.xTitle ? " " + opts.xTitle : ""), c.w - right, c.h - bottom + 3);
    ctx.textAlign = "left";
    ctx.fillText(labNumber(back(xr[0], opts.xLog)), left, c.h - bottom + 3);
    (opts.markers || []).forEach(function (m) {
        ctx.strokeStyle = "#047857";
        ctx.setLineDash([4, 3]);
        ctx.beginPath();
        ctx.moveTo(X(m.x), top);
        ctx.lineTo(X(m.x), c.h - bottom);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.fillStyle = "#065f46";
        ctx.textAlign = X(m.x) > c.w / 2 ? "right" : "left";
        ctx.fillText(m.label, X(m.x) + (X(m.x) > c.w / 2 ? -3 : 3), top + 2);
    });
    opts.series.forEach(function (s) {
        ctx.strokeStyle = s.colour;
        ctx.fillStyle = s.colour;
        ctx.lineWidth = 1.6;
        ctx.setLineDash(s.dash ? [5, 3] : []);
        ctx.beginPath();
        var on = false;
        s.points.forEach(function (p) {
            var ok = isFinite(tx(p[0])) && isFinite(ty(p[1]));
            if (ok && on) {
                ctx.lineTo(X(p[0]), Y(p[1]));
            } else if (ok) {
                ctx.moveTo(X(p[0]), Y(p[1]));
            }
            if (ok && s.dots) {
                ctx.fillRect(X(p[0]) - 2, Y(p[1]) - 2, 4, 4);
            }
            on = ok;
        });
        ctx.stroke();
        ctx.setLineDash([]);
    });
};

function LabBars(canvas) {
    this.canvas = canvas;
}

/** bars: [{label, value}], drawn on a log scale spanning at least 1e-8 .. max. */
LabBars.prototype.paint = function (bars, colour) {
    var c = labFit(this.canvas);
    var ctx = c.ctx;
    var left = 46, bottom = 18, top = 6;
    var logs = bars.map(function (b) { return b.value > 0 && isFinite(b.value) ? Math.log(b.value) / Math.LN10 : NaN; });
    var hi = Math.ceil(Math.max.apply(null, logs.filter(isFinite).concat([-8])));
    var lo = Math.floor(Math.min.apply(null, logs.filter(isFinite).concat([hi - 1])));
    var slot = (c.w - left) / Math.max(1, bars.length);
    ctx.fillStyle = "#374151";
    ctx.textAlign = "right";
    ctx.textBaseline = "top";
    ctx.fillText("1e" + hi, left - 4, top);
    ctx.textBaseline = "bottom";
    ctx.fillText("1e" + lo, left - 4, c.h - bottom);
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    bars.forEach(function (b, i) {
        var x = left + i * slot;
        if (isFinite(logs[i])) {
            var y = c.h - bottom - (logs[i] - lo) / (hi - lo) * (c.h - top - bottom);
            ctx.fillStyle = colour;
            ctx.fillRect(x + slot * 0.15, y, slot * 0.7, c.h - bottom - y);
        }
        ctx.fillStyle = "#374151";
        ctx.fillText(b.label, x + slot / 2, c.h - bottom + 3);
    });
};

function LabHistogram(canvas) {
    this.canvas = canvas;
}

/** h: {lo, hi, before, now}; `now` filled, `before` outlined, z = 0 marked. */
LabHistogram.prototype.paint = function (h) {
    var c = labFit(this.canvas);
    var ctx = c.ctx;
    var bottom = 18, top = 4;
    var most = Math.max.apply(null, h.now.concat(h.before).concat([1]));
    var bw = c.w / h.now.length;
    function y(v) { return c.h - bottom - v / most * (c.h - top - bottom); }
    h.now.forEach(function (v, k) {
        ctx.fillStyle = k < h.now.length / 2 ? "#9a3412" : "#1d4ed8";
        ctx.fillRect(k * bw + 0.5, y(v), bw - 1, c.h - bottom - y(v));
    });
    ctx.strokeStyle = "#111827";
    ctx.beginPath();
    h.before.forEach(function (v, k) {
        ctx.moveTo(k * bw, y(v));
        ctx.lineTo((k + 1) * bw, y(v));
    });
    ctx.stroke();
    ctx.fillStyle = "#374151";
    ctx.textBaseline = "top";
    ctx.textAlign = "left";
    ctx.fillText(labNumber(h.lo), 0, c.h - bottom + 3);
    ctx.textAlign = "center";
    ctx.fillText("z = 0", c.w / 2, c.h - bottom + 3);
    ctx.textAlign = "right";
    ctx.fillText(labNumber(h.hi), c.w, c.h - bottom + 3);
};
