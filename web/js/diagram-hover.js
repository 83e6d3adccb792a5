/*
 * Hover and tap on the network diagram: finds the neuron or link under the pointer and shows
 * its numbers (weight or bias, its gradient, and what the last step changed it by), fetched
 * from the engine for that one link only.
 */
"use strict";
/** Finds the node or link under (x, y) in CSS pixels and shows its numbers. */
Diagram.prototype.hover = function (x, y) {
    var layout = this.layout;
    if (!layout) {
        return;
    }
    var text = null;
    var cols = layout.columns;
    for (var c = 0; c < cols.length && !text; c++) {
        for (var j = 0; j < cols[c].length; j++) {
            var n = cols[c][j];
            if (x >= n.x && x <= n.x + n.s && y >= n.y && y <= n.y + n.s) {
                text = c === 0 ? "input " + (j + 1) : Diagram.describe("bias of unit " + (j + 1)
                    + ", layer " + c, this.engine.bias(c - 1, j), "b");
                break;
            }
        }
    }
    var best = text ? null : this.nearestLink(x, y);
    if (best) {
        text = Diagram.describe("link " + (best.i + 1) + " → " + (best.j + 1) + " into layer "
            + (best.l + 1), this.engine.link(best.l, best.i, best.j), "w");
    }
    this.tooltip.hidden = !text;
    if (text) {
        this.tooltip.textContent = text;
        this.tooltip.style.left = Math.min(x + 12, this.canvas.clientWidth - 190) + "px";
        this.tooltip.style.top = (y + 12) + "px";
    }
};

Diagram.prototype.nearestLink = function (x, y) {
    var cols = this.layout.columns;
    var best = null;
    var bestD = 36; // within 6 CSS pixels
    for (var l = 0; l + 1 < cols.length; l++) {
        for (var i = 0; i < cols[l].length; i++) {
            var a = cols[l][i];
            for (var j = 0; j < cols[l + 1].length; j++) {
                var b = cols[l + 1][j];
                var x0 = a.x + a.s;
                var y0 = a.y + a.s / 2;
                var y1 = b.y + b.s / 2;
                if (x < x0 || x > b.x) {
                    continue;
                }
                // On the drawn curve y follows the cubic ease between y0 and y1.
                var t = (x - x0) / (b.x - x0);
                var ease = t * t * (3 - 2 * t);
                var d = y - (y0 + (y1 - y0) * ease);
                if (d * d < bestD) {
                    bestD = d * d;
                    best = { l: l, i: i, j: j };
                }
            }
        }
    }
    return best;
};

Diagram.describe = function (title, v, symbol) {
    function f(x) { return isFinite(x) ? x.toPrecision(4) : String(x); }
    return title + ": " + symbol + " = " + f(v[0]) + ", ∂L/∂" + symbol + " = " + f(v[1])
        + ", last update " + f(v[2]);
};
