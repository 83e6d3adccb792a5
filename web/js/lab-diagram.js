/*
 * A lab network's diagram: a column per layer (placed by DiagramLayout), each unit as its
 * thumbnail over the input plane (or a plain box for networks whose inputs are not x1, x2),
 * links coloured by weight sign. Dead units (ReLU with z <= 0, or ELU, GELU, SiLU, softplus far
 * in their flat left tail, on every training row) are greyed and crossed out; units that are
 * off but still learn (leaky ReLU) get a dashed outline; saturated units (sigmoid/tanh, or the
 * smooth rectifiers' left tail) are hatched; the layer where a value first went non-finite is
 * outlined in red. The states come from the engine; nothing is decided here.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.LabDiagram = (function () {
    function LabDiagram(canvas) {
        this.canvas = canvas;
        this.sheet = document.createElement("canvas");
    }

    /** Margins and node sizes, in CSS pixels: small nodes, narrow margins. */
    LabDiagram.STYLE = { left: 8, right: 8, maxSide: 26, pad: 2, maxGap: 6 };

    LabDiagram.prototype.paint = function (view) {
        var c = ScratchNet.Canvas.begin(this.canvas);
        var layout = ScratchNet.DiagramLayout.place(view.sizes, c.w, c.h, LabDiagram.STYLE);
        this.links(c.ctx, layout.columns, view.weights, layout.s);
        this.nodes(c.ctx, layout.columns, view, layout.s);
    };

    LabDiagram.prototype.links = function (ctx, columns, weights, s) {
        var at = 0;
        var many = weights.length > 600;
        for (var l = 0; l + 1 < columns.length; l++) {
            for (var i = 0; i < columns[l].length; i++) {
                for (var j = 0; j < columns[l + 1].length; j++) {
                    var w = weights[at++];
                    var a = columns[l][i];
                    var b = columns[l + 1][j];
                    ctx.strokeStyle = !isFinite(w) ? "#dc2626" : w > 0 ? "rgba(8,119,189,0.55)"
                        : "rgba(230,120,20,0.6)";
                    ctx.lineWidth = many ? 0.35 : Math.min(3, 0.25 + Math.abs(w) * 0.8);
                    ctx.beginPath();
                    ctx.moveTo(a.x + s, a.y + s / 2);
                    ctx.lineTo(b.x, b.y + s / 2);
                    ctx.stroke();
                }
            }
        }
    };

    LabDiagram.prototype.nodes = function (ctx, columns, view, s) {
        var t = view.thumbSize;
        var count = t ? view.thumbs.length / (t * t) : 0;
        if (count > 0) {
            this.sheet.width = t;
            this.sheet.height = count * t;
            var sheet = this.sheet.getContext("2d");
            var image = sheet.createImageData(t, count * t);
            new Uint32Array(image.data.buffer).set(view.thumbs);
            sheet.putImageData(image, 0, 0);
        }
        var k = 0;
        var unit = 0;
        for (var col = 0; col < columns.length; col++) {
            var hidden = col > 0 && col < columns.length - 1;
            columns[col].forEach(function (n) {
                if (count > 0) {
                    ctx.drawImage(this.sheet, 0, k * t, t, t, n.x, n.y, s, s);
                } else {
                    ctx.fillStyle = "#e5e7eb";
                    ctx.fillRect(n.x, n.y, s, s);
                }
                k++;
                var state = hidden ? view.units[unit++] : 0;
                ctx.lineWidth = 1;
                ctx.strokeStyle = "#4b5563";
                ctx.setLineDash(state === 2 ? [3, 2] : []);
                ctx.strokeRect(n.x + 0.5, n.y + 0.5, s - 1, s - 1);
                ctx.setLineDash([]);
                if (state === 3) {
                    ScratchNet.Markers.hatch(ctx, n.x, n.y, s, Math.max(3.5, s / 5));
                }
                if (state === 4) {
                    ScratchNet.Markers.burst(ctx, n.x, n.y, s);
                }
                if (state === 1) {
                    ctx.fillStyle = "rgba(55,65,81,0.72)";
                    ctx.fillRect(n.x, n.y, s, s);
                    ctx.strokeStyle = "#f9fafb";
                    ctx.lineWidth = 1.5;
                    ctx.beginPath();
                    ctx.moveTo(n.x + 2, n.y + 2);
                    ctx.lineTo(n.x + s - 2, n.y + s - 2);
                    ctx.moveTo(n.x + s - 2, n.y + 2);
                    ctx.lineTo(n.x + 2, n.y + s - 2);
                    ctx.stroke();
                }
            }, this);
            if (col > 0 && view.badLayer === col - 1) {
                var first = columns[col][0];
                var last = columns[col][columns[col].length - 1];
                ScratchNet.Markers.badLayer(ctx, first.x - 4, first.y - 4, s + 8, last.y + s - first.y + 8);
            }
        }
    };

    return LabDiagram;
})();
