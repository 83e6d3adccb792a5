/*
 * Hover, tap and keys on the playground's network diagram: finds the neuron or link under the
 * pointer, or the next link with the arrow keys while the diagram has focus, and shows its
 * numbers (weight or bias, its gradient, and what the last step changed it by), fetched from
 * the engine for that one link only. It reads the node positions of the diagram's last paint.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.DiagramProbe = (function () {
    function DiagramProbe(canvas, tooltip, engine, diagram) {
        this.canvas = canvas;
        this.tooltip = tooltip;
        this.engine = engine;
        this.diagram = diagram;
        /** Called with {layer, unit} when the pointer enters a neuron (layer -1 = inputs), null when it leaves. */
        this.onNode = null;
        this.node = null;
        var self = this;
        function probe(event) {
            var box = canvas.getBoundingClientRect();
            // A finger covers what it taps: its numbers stay until the next tap, above it.
            self.touch = event.pointerType === "touch" || event.pointerType === "pen";
            if (self.touch && event.type !== "pointerdown") {
                return;
            }
            self.hover(event.clientX - box.left, event.clientY - box.top);
        }
        canvas.addEventListener("pointermove", probe);
        canvas.addEventListener("pointerdown", probe);
        canvas.addEventListener("pointerleave", function () {
            if (!self.touch) {
                tooltip.hidden = true;
            }
            self.focus(null);
        });
        // A click (tap) on a neuron shows its numbers; a second click on the same neuron
        // opens it in Learn mode's calculator.
        var armed = null;
        canvas.addEventListener("click", function (event) {
            var box = canvas.getBoundingClientRect();
            var node = self.nodeAt(event.clientX - box.left, event.clientY - box.top);
            var link = !node && self.diagram.layout && self.onLink
                ? self.nearestLink(self.diagram.layout, event.clientX - box.left, event.clientY - box.top) : null;
            if (link) {
                self.onLink(link.l, link.i, link.j);
            }
            if (!node || node.c === 0 || !self.onNeuron) {
                armed = null;
                return;
            }
            if (armed && armed.c === node.c && armed.j === node.j) {
                armed = null;
                self.onNeuron(node.c - 1, node.j, false);
                return;
            }
            armed = node;
            if (!tooltip.hidden) {
                tooltip.textContent += ". Click again to work it out in Learn mode.";
            }
        });
        /**
         * Set by the page: called with (weight layer, unit, by key) when a neuron is clicked
         * a second time or Enter is pressed on a link (its unit).
         */
        this.onNeuron = null;
        /** Set by the page: called with (weight layer, from unit, to unit) when a link is clicked. */
        this.onLink = null;
        this.enableKeys();
    }

    function describe(title, v, symbol) {
        function f(x) { return isFinite(x) ? x.toPrecision(4) : String(x); }
        return title + ": " + symbol + " = " + f(v[0]) + ", ∂L/∂" + symbol + " = " + f(v[1])
            + ", last update " + f(v[2]);
    }

    /** The node {c, j} (column, index) under (x, y) in CSS pixels, or null. */
    DiagramProbe.prototype.nodeAt = function (x, y) {
        var cols = this.diagram.layout ? this.diagram.layout.columns : [];
        for (var c = 0; c < cols.length; c++) {
            for (var j = 0; j < cols[c].length; j++) {
                var n = cols[c][j];
                if (x >= n.x && x <= n.x + n.s && y >= n.y && y <= n.y + n.s) {
                    return { c: c, j: j };
                }
            }
        }
        return null;
    };

    /** Finds the node or link under (x, y) in CSS pixels and shows its numbers. */
    DiagramProbe.prototype.hover = function (x, y) {
        var layout = this.diagram.layout;
        if (!layout) {
            return;
        }
        var text = null;
        var node = null;
        var cols = layout.columns;
        for (var c = 0; c < cols.length && !text; c++) {
            for (var j = 0; j < cols[c].length; j++) {
                var n = cols[c][j];
                if (x >= n.x && x <= n.x + n.s && y >= n.y && y <= n.y + n.s) {
                    node = { layer: c - 1, unit: j };
                    text = c === 0 ? "input " + (j + 1) : describe("bias of unit " + (j + 1)
                        + ", layer " + c, this.engine.bias(c - 1, j), "b");
                    break;
                }
            }
        }
        this.focus(node);
        var best = text ? null : this.nearestLink(layout, x, y);
        if (best) {
            text = this.describeLink(best);
        }
        this.show(text, x, y);
    };

    /** Tells onNode when the neuron under the pointer changes. */
    DiagramProbe.prototype.focus = function (node) {
        var same = node === this.node || (node && this.node && node.layer === this.node.layer
            && node.unit === this.node.unit);
        this.node = node;
        if (!same && this.onNode) {
            this.onNode(node);
        }
    };

    DiagramProbe.prototype.describeLink = function (k) {
        return describe("link " + (k.i + 1) + " → " + (k.j + 1) + " into layer " + (k.l + 1),
            this.engine.link(k.l, k.i, k.j), "w");
    };

    DiagramProbe.prototype.show = function (text, x, y) {
        this.tooltip.hidden = !text;
        if (text) {
            this.tooltip.textContent = text;
            this.tooltip.style.left = Math.max(0, Math.min(x + 12, this.canvas.clientWidth - 190)) + "px";
            // beside a mouse pointer; for a finger, well above it (below it near the top edge)
            this.tooltip.style.top = (!this.touch ? y + 12 : y > 110 ? y - 100 : y + 48) + "px";
        }
    };

    DiagramProbe.prototype.nearestLink = function (layout, x, y) {
        var best = null;
        var bestD = 36; // within 6 CSS pixels
        ScratchNet.DiagramLayout.eachLink(layout, function (l, i, j, a, b) {
            var x0 = a.x + a.s;
            var y0 = a.y + a.s / 2;
            var y1 = b.y + b.s / 2;
            if (x < x0 || x > b.x) {
                return;
            }
            // On the drawn curve y follows the cubic ease between y0 and y1.
            var t = (x - x0) / (b.x - x0);
            var ease = t * t * (3 - 2 * t);
            var d = y - (y0 + (y1 - y0) * ease);
            if (d * d < bestD) {
                bestD = d * d;
                best = { l: l, i: i, j: j };
            }
        });
        return best;
    };

    /** Arrow keys walk through the links while the diagram has focus (keyboard access). */
    DiagramProbe.prototype.enableKeys = function () {
        var self = this;
        var at = -1;
        this.canvas.tabIndex = 0;
        this.canvas.addEventListener("blur", function () {
            if (!self.touch) {
                self.tooltip.hidden = true;
            }
            self.focus(null);
        });
        this.canvas.addEventListener("keydown", function (event) {
            var delta = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
            var layout = self.diagram.layout;
            if (event.key === "Enter" && at >= 0 && self.current && self.onNeuron) {
                event.preventDefault();
                self.onNeuron(self.current.l, self.current.j, true); // the unit the link feeds
                return;
            }
            var links = [];
            if (layout) {
                ScratchNet.DiagramLayout.eachLink(layout, function (l, i, j) {
                    links.push({ l: l, i: i, j: j });
                });
            }
            if (!delta || links.length === 0) {
                return;
            }
            event.preventDefault();
            self.touch = false;
            event.stopPropagation(); // the arrow moves through links here, not the training
            at = (Math.max(at, -1) + delta + links.length) % links.length;
            var k = links[at];
            self.current = k;
            var a = layout.columns[k.l][k.i];
            var b = layout.columns[k.l + 1][k.j];
            self.show(self.describeLink(k), (a.x + a.s + b.x) / 2, (a.y + b.y + b.s) / 2);
            self.focus({ layer: k.l, unit: k.j }); // the link's neuron, shown in the big heatmap
        });
    };

    return DiagramProbe;
})();
