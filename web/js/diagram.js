/*
 * The playground's network diagram: a column per layer, every neuron drawn as a thumbnail of
 * its output over the input plane, links coloured by the weight's sign (blue +, orange −) and
 * as wide as its size. Unit states (the engine's unitStates) are marked by shape and pattern,
 * not colour alone: dead units greyed and crossed out, off leaky-ReLU units with a dashed
 * outline, saturated units hatched; a layer where a non-finite value appeared is outlined in
 * red. The legend under the diagram (the canvas's aria-describedby) names each mark drawn,
 * in the engine's words (unitMarks), and the canvas keeps the counts drawn (data-dead,
 * data-off, data-saturated). Hover, tap and arrow keys are handled by a DiagramProbe.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.Diagram = (function () {
    function Diagram(canvas, tooltip, engine) {
        this.canvas = canvas;
        this.context = canvas.getContext("2d");
        this.tooltip = tooltip;
        this.engine = engine;
        this.sheet = document.createElement("canvas");
        this.image = null;
        /** Node positions of the last paint, in CSS pixels (see DiagramLayout.place). */
        this.layout = null;
        this.probe = new ScratchNet.DiagramProbe(canvas, tooltip, engine, this);
    }

    /** Margins and node sizes, in CSS pixels: room on the left for the input names. */
    Diagram.STYLE = { left: 64, right: 24, maxSide: 44, pad: 4, maxGap: 10 };
    /** The right margin when output nodes carry names (class names, "minutes"). */
    Diagram.NAMED_RIGHT = 72;
    /** Narrowest diagram (CSS pixels) whose output nodes carry names. */
    Diagram.NAMED_MIN_WIDTH = 480;

    Diagram.prototype.paint = function (view) {
        var ratio = ScratchNet.Canvas.fit(this.canvas);
        var ctx = this.context;
        var w = this.canvas.width / ratio;
        var h = this.canvas.height / ratio;
        var style = Diagram.STYLE;
        // Output names need room on the right; a phone-wide diagram has none to spare.
        var named = view.outputs && w >= Diagram.NAMED_MIN_WIDTH;
        if (named) {
            style = Object.assign({}, style, { right: Diagram.NAMED_RIGHT });
        }
        var layout = ScratchNet.DiagramLayout.place(view.sizes, w, h, style);
        this.layout = layout;
        ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
        ctx.clearRect(0, 0, w, h);
        this.paintLinks(ctx, view, layout);
        var counts = this.paintNodes(ctx, view, layout, named);
        this.canvas.dataset.norm = view.batchNorm ? "1" : "0";
        if (view.batchNorm) {
            Diagram.paintNorm(ctx, layout);
        }
        this.legend(counts, view.badLayer >= 0);
    };

    /**
     * "BN" over every hidden layer's column: batch normalisation sits between that layer's Z
     * and its activation (never on the inputs or the output layer).
     */
    Diagram.paintNorm = function (ctx, layout) {
        var cols = layout.columns;
        ctx.save();
        ctx.font = "bold 11px system-ui, sans-serif";
        ctx.textAlign = "center";
        ctx.textBaseline = "bottom";
        ctx.fillStyle = "#1f2937";
        for (var c = 1; c < cols.length - 1; c++) {
            var top = cols[c][0];
            ctx.fillText("BN", top.x + top.s / 2, Math.max(12, top.y - 3));
        }
        ctx.restore();
    };

    /** Unit state codes (Session.unitStates in Java) and the unitMarks field of each. */
    Diagram.STATES = { 1: "dead", 2: "off", 3: "saturated", 4: "exploding" };

    /** Keeps the counts drawn on the canvas and names the marks drawn under it. */
    Diagram.prototype.legend = function (counts, bad) {
        var ds = this.canvas.dataset;
        var names = ["dead", "off", "saturated", "exploding"];
        names.forEach(function (name) {
            if (ds[name] !== String(counts[name])) {
                ds[name] = String(counts[name]);
            }
        });
        var box = document.getElementById(this.canvas.getAttribute("aria-describedby") || "");
        if (!box) {
            return;
        }
        if (!this.marks) {
            this.marks = this.engine.unitMarks();
        }
        var marks = this.marks;
        var lines = names.filter(function (name) { return counts[name] > 0; }).map(function (name) {
            // "Hatched: …" → "Hatched (3 units): …"
            return marks[name].replace(": ", " (" + counts[name] + (counts[name] === 1 ? " unit): " : " units): "));
        });
        if (bad) {
            lines.push(marks.nonFinite);
        }
        var text = lines.join(" ");
        box.hidden = text === "";
        if (box.textContent !== text) {
            box.textContent = text;
        }
        this.announce(names.filter(function (name) { return counts[name] > 0; }).map(function (name) {
            return counts[name] + " " + name + (counts[name] === 1 ? " unit" : " units");
        }).concat(bad ? ["a non-finite value"] : []));
    };

    /**
     * Says a change of the marks in words, for screen readers (the page's polite live region
     * named by the canvas's data-news): only when the list changes, so training is not read out
     * frame by frame.
     */
    Diagram.prototype.announce = function (parts) {
        var news = document.getElementById(this.canvas.dataset.news || "");
        var said = parts.join(", ");
        if (!news || said === this.said) {
            return;
        }
        var before = this.said;
        this.said = said;
        if (before === undefined && said === "") {
            return;
        }
        news.textContent = said === "" ? "Network diagram: no dead, off, saturated or exploding units now."
            : "Network diagram marks " + said + ".";
    };

    /**
     * Links as curves whose width follows |w|; past LOTS links (wide tabular networks) as thin
     * straight lines stroked in six batches (sign × three strengths), which is far cheaper.
     */
    Diagram.prototype.paintLinks = function (ctx, view, layout) {
        var weights = view.weights;
        var many = weights.length > Diagram.LOTS;
        var batches = many ? [[], [], [], [], [], []] : null;
        var at = 0;
        for (var l = 0; l + 1 < layout.columns.length; l++) {
            var from = layout.columns[l];
            var to = layout.columns[l + 1];
            for (var i = 0; i < from.length; i++) {
                for (var j = 0; j < to.length; j++) {
                    var wt = weights[at++];
                    var a = from[i];
                    var b = to[j];
                    var x0 = a.x + a.s;
                    var y0 = a.y + a.s / 2;
                    var x1 = b.x;
                    var y1 = b.y + b.s / 2;
                    if (many) {
                        var k = (wt > 0 ? 0 : 3) + Math.min(2, Math.floor(Math.abs(wt) * 2));
                        batches[k].push(x0, y0, x1, y1);
                        continue;
                    }
                    var mid = (x0 + x1) / 2;
                    ctx.strokeStyle = !isFinite(wt) ? "#dc2626" : wt > 0 ? "rgba(8,119,189,0.8)"
                        : wt < 0 ? "rgba(230,120,20,0.85)" : "rgba(107,114,128,0.5)";
                    ctx.lineWidth = Math.min(6, 0.3 + Math.abs(wt) * 1.6);
                    ctx.beginPath();
                    ctx.moveTo(x0, y0);
                    ctx.bezierCurveTo(mid, y0, mid, y1, x1, y1);
                    ctx.stroke();
                }
            }
        }
        if (many) {
            Diagram.strokeBatches(ctx, batches);
        }
    };

    Diagram.LOTS = 1500;

    Diagram.strokeBatches = function (ctx, batches) {
        ctx.lineWidth = 0.5;
        batches.forEach(function (segments, k) {
            var alpha = [0.15, 0.35, 0.7][k % 3];
            ctx.strokeStyle = k < 3 ? "rgba(8,119,189," + alpha + ")" : "rgba(230,120,20," + alpha + ")";
            ctx.beginPath();
            for (var i = 0; i < segments.length; i += 4) {
                ctx.moveTo(segments[i], segments[i + 1]);
                ctx.lineTo(segments[i + 2], segments[i + 3]);
            }
            ctx.stroke();
        });
    };

    Diagram.prototype.paintNodes = function (ctx, view, layout, named) {
        var t = view.thumbSize;
        var count = view.thumbs.length / (t * t);
        if (!this.image || this.image.height !== count * t) {
            this.sheet.width = t;
            this.sheet.height = count * t;
            this.image = this.sheet.getContext("2d").createImageData(t, count * t);
        }
        new Uint32Array(this.image.data.buffer).set(view.thumbs);
        this.sheet.getContext("2d").putImageData(this.image, 0, 0);
        ctx.imageSmoothingEnabled = true;
        ctx.font = "12px system-ui, sans-serif";
        ctx.textAlign = "right";
        ctx.textBaseline = "middle";
        var k = 0;
        var unit = 0;
        var counts = { dead: 0, off: 0, saturated: 0, exploding: 0 };
        for (var c = 0; c < layout.columns.length; c++) {
            var nodes = layout.columns[c];
            for (var j = 0; j < nodes.length; j++, k++) {
                var n = nodes[j];
                ctx.drawImage(this.sheet, 0, k * t, t, t, n.x, n.y, n.s, n.s);
                ctx.strokeStyle = "#4b5563";
                ctx.lineWidth = 1;
                ctx.strokeRect(n.x + 0.5, n.y + 0.5, n.s - 1, n.s - 1);
                if (c === 0 && n.s >= 10) {
                    ctx.fillStyle = "#1f2937";
                    ctx.fillText(view.names[j] || "", n.x - 6, n.y + n.s / 2);
                }
                if (c === layout.columns.length - 1 && named && n.s >= 10) {
                    ctx.fillStyle = "#1f2937";
                    ctx.textAlign = "left";
                    ctx.fillText(view.outputs[j] || "", n.x + n.s + 6, n.y + n.s / 2);
                    ctx.textAlign = "right";
                }
                var state = c > 0 ? Diagram.STATES[view.states[unit++]] : undefined;
                if (state) {
                    counts[state]++;
                }
                if (state === "off") {
                    ctx.strokeStyle = "#111827";
                    ctx.lineWidth = 2;
                    ctx.setLineDash([4, 3]);
                    ctx.strokeRect(n.x - 1, n.y - 1, n.s + 2, n.s + 2);
                    ctx.setLineDash([]);
                }
                if (state === "saturated") {
                    ScratchNet.Markers.hatch(ctx, n.x, n.y, n.s, Math.max(4, n.s / 5));
                }
                if (state === "exploding") {
                    ScratchNet.Markers.burst(ctx, n.x, n.y, n.s);
                }
                if (state === "dead") {
                    ctx.fillStyle = "rgba(75,85,99,0.8)";
                    ctx.fillRect(n.x, n.y, n.s, n.s);
                    // dead also by shape, not grey alone: a white cross
                    ctx.strokeStyle = "#ffffff";
                    ctx.lineWidth = 2;
                    ctx.beginPath();
                    ctx.moveTo(n.x + 3, n.y + 3);
                    ctx.lineTo(n.x + n.s - 3, n.y + n.s - 3);
                    ctx.moveTo(n.x + n.s - 3, n.y + 3);
                    ctx.lineTo(n.x + 3, n.y + n.s - 3);
                    ctx.stroke();
                }
            }
            if (c > 0 && view.badLayer === c - 1) {
                var first = nodes[0];
                var last = nodes[nodes.length - 1];
                ScratchNet.Markers.badLayer(ctx, first.x - 4, first.y - 4, first.s + 8,
                    last.y + last.s - first.y + 8);
            }
        }
        return counts;
    };

    return Diagram;
})();
