/*
 * A line chart: any number of series, linear or log axes, vertical markers. It draws the
 * numbers it is given and prints the axis ranges, with the left margin sized to the widest
 * label (so "1.4e+141" is never clipped) and, when series carry labels, a legend below the
 * plot that draws each line's own colour and says when a line lies under another. Every
 * figure that matters is also shown as text beside it. COLOURS is the series palette.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.LineChart = (function () {
    function LineChart(canvas) {
        this.canvas = canvas;
    }

    /** Series colours: near-black, red-brown, blue, green, violet, red. */
    LineChart.COLOURS = ["#1f2937", "#c2410c", "#1d4ed8", "#047857", "#7c3aed", "#b91c1c"];

    /**
     * opts: {series: [{points: [[x, y]...], colour, dash (true, or a dash pattern), dots, marker
     * (a ScratchNet.Markers shape, drawn every markEvery points from markFrom), label}], xLog, yLog, yMax (the y axis
     * reaches at least this), markers: [{x, label}], xTitle}. Non-finite points (and non-positive ones on a log axis) break the line.
     */
    LineChart.prototype.paint = function (opts) {
        var c = ScratchNet.Canvas.begin(this.canvas);
        var ctx = c.ctx;
        var labelled = opts.series.filter(function (s) { return s.label; });
        var right = 8, top = 8, bottom = labelled.length ? 38 : 20;
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
        var yLabels = [ScratchNet.Format.short(back(yr[1], opts.yLog)),
            ScratchNet.Format.short(back(yr[0], opts.yLog))];
        var left = 10 + Math.ceil(Math.max(ctx.measureText(yLabels[0]).width,
            ctx.measureText(yLabels[1]).width));
        // What was drawn, for tests and tools: the y labels and the room left for them.
        this.canvas.dataset.yLabels = yLabels.join(" ");
        this.canvas.dataset.labelRoom = String(left - 4 >= Math.max(
            ctx.measureText(yLabels[0]).width, ctx.measureText(yLabels[1]).width));
        ctx.strokeStyle = "#9ca3af";
        ctx.lineWidth = 1;
        ctx.strokeRect(left + 0.5, top + 0.5, c.w - left - right - 1, c.h - top - bottom - 1);
        ctx.fillStyle = "#374151";
        ctx.textAlign = "right";
        ctx.textBaseline = "top";
        ctx.fillText(yLabels[0], left - 4, top);
        ctx.textBaseline = "bottom";
        ctx.fillText(yLabels[1], left - 4, c.h - bottom);
        ctx.textBaseline = "top";
        ctx.fillText(ScratchNet.Format.short(back(xr[1], opts.xLog)) + (opts.xTitle ? " " + opts.xTitle : ""), c.w - right, c.h - bottom + 3);
        ctx.textAlign = "left";
        ctx.fillText(ScratchNet.Format.short(back(xr[0], opts.xLog)), left, c.h - bottom + 3);
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
        ctx.save();
        ctx.beginPath();
        ctx.rect(left, top, c.w - left - right, c.h - top - bottom);
        ctx.clip();
        opts.series.forEach(function (s) {
            ctx.strokeStyle = s.colour;
            ctx.fillStyle = s.colour;
            ctx.lineWidth = 1.6;
            ctx.setLineDash(dashOf(s));
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
            if (s.marker) {
                for (var i = s.markFrom || 0; i < s.points.length; i += Math.max(1, s.markEvery || 1)) {
                    var p = s.points[i];
                    if (isFinite(tx(p[0])) && isFinite(ty(p[1]))) {
                        ScratchNet.Markers.draw(ctx, s.marker, X(p[0]), Y(p[1]), 3.2, s.colour, false);
                    }
                }
            }
        });
        ctx.restore();
        if (labelled.length) {
            this.legend(ctx, opts.series, left, c.h - 12, function (a, b) {
                return same(a, b, tx, ty, (xr[1] - xr[0]) / 200, (yr[1] - yr[0]) / 100);
            });
        }
    };

    function dashOf(s) {
        return Array.isArray(s.dash) ? s.dash : s.dash ? [5, 3] : [];
    }

    /**
     * Whether line a is drawn within (dx, dy) of line b at every point, in axis units (log10
     * on a log axis): then a cannot be told apart under b.
     */
    function same(a, b, tx, ty, dx, dy) {
        if (a.points.length !== b.points.length || a.points.length === 0) {
            return false;
        }
        return a.points.every(function (p, i) {
            var q = b.points[i];
            var close = Math.abs(tx(p[0]) - tx(q[0])) <= dx && Math.abs(ty(p[1]) - ty(q[1])) <= dy;
            return close || (!isFinite(ty(p[1])) && !isFinite(ty(q[1])));
        });
    }

    /**
     * One row under the plot: each labelled series' line sample and label. A series drawn
     * under a later one with the same points says so, as it cannot be seen.
     */
    LineChart.prototype.legend = function (ctx, series, x, y, covers) {
        ctx.textAlign = "left";
        ctx.textBaseline = "middle";
        var texts = [];
        series.forEach(function (s, k) {
            if (!s.label) {
                return;
            }
            var cover = series.slice(k + 1).filter(function (t) { return t.label && covers(s, t); })
                .pop();
            var text = s.label + (cover ? " (under " + cover.label + ")" : "");
            texts.push(text);
            ctx.strokeStyle = s.colour;
            ctx.lineWidth = 2;
            ctx.setLineDash(dashOf(s));
            ctx.beginPath();
            ctx.moveTo(x, y);
            ctx.lineTo(x + 16, y);
            ctx.stroke();
            ctx.setLineDash([]);
            ctx.fillStyle = "#374151";
            ctx.fillText(text, x + 20, y);
            x += 30 + ctx.measureText(text).width;
        });
        ctx.canvas.dataset.legend = texts.join("; ");
    };

    return LineChart;
})();
