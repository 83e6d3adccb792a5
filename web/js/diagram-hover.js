/*
 * Hover, tap and keys on the network diagram: finds the neuron or link under the pointer, or
 * the next link with the arrow keys while the diagram has focus, and shows its numbers (weight
 * or bias, its gradient, and what the last step changed it by), fetched for that one link only.
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
        text = this.describeLink(best);
    }
    this.show(text, x, y);
};

Diagram.prototype.describeLink = function (k) {
    return Diagram.describe("link " + (k.i + 1) + " → " + (k.j + 1) + " into layer " + (k.l + 1),
        this.engine.link(k.l, k.i, k.j), "w");
};

Diagram.prototype.show = function (text, x, y) {
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

/** Arrow keys walk through the links while the diagram has focus (keyboard access). */
Diagram.prototype.enableKeys = function () {
    var self = this;
    var at = -1;
    this.canvas.tabIndex = 0;
    this.canvas.addEventListener("blur", function () { self.tooltip.hidden = true; });
    this.canvas.addEventListener("keydown", function (event) {
        var delta = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
        var cols = self.layout ? self.layout.columns : [];
        var links = [];
        for (var l = 0; l + 1 < cols.length; l++) {
            for (var i = 0; i < cols[l].length; i++) {
                for (var j = 0; j < cols[l + 1].length; j++) {
                    links.push({ l: l, i: i, j: j });
                }
            }
        }
        if (!delta || links.length === 0) {
            return;
        }
        event.preventDefault();
        event.stopPropagation(); // the arrow moves through links here, not the training
        at = (Math.max(at, -1) + delta + links.length) % links.length;
        var k = links[at];
        var a = cols[k.l][k.i];
        var b = cols[k.l + 1][k.j];
        self.show(self.describeLink(k), (a.x + a.s + b.x) / 2, (a.y + b.y + b.s) / 2);
    });
};
