/*
 * Draw mode: click or tap the plane (x1, x2 from -extent to extent, the engine's 2-D plane) to
 * add a point of the chosen class, or of the chosen value for regression; erase, clear, undo,
 * and the keyboard's way in (type x1 and x2, "Add point"). "Train on the drawing" hands the
 * points to the engine as CSV text, exactly as an upload (ScratchNet.OwnData.load), so the
 * drawing becomes your own data, kept in this browser and downloadable as CSV. Colours and
 * marker shapes of the classes come from the engine (limits.userData).
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.DrawPad = (function () {
    /** Distance (plane units) within which a tap in erase mode removes a point. */
    var ERASE_RADIUS = 0.5;

    function DrawPad(page, ownData) {
        var $ = this.$ = function (id) { return document.getElementById(id); };
        this.page = page;
        this.ownData = ownData;
        this.limits = page.limits.userData;
        this.extent = this.limits.drawExtent;
        this.points = [];
        this.undoStack = [];
        this.canvas = $("draw-pad");
        var self = this;
        var classes = $("draw-class");
        for (var k = 0; k < this.limits.maxClasses; k++) {
            var o = document.createElement("option");
            o.value = String(k);
            o.textContent = "class " + k;
            classes.appendChild(o);
        }
        ["draw-x1", "draw-x2"].forEach(function (id) {
            $(id).min = String(-self.extent);
            $(id).max = String(self.extent);
        });
        $("draw-open").addEventListener("click", function () {
            var box = $("draw");
            box.hidden = !box.hidden;
            $("draw-open").setAttribute("aria-expanded", String(!box.hidden));
            self.paint();
        });
        $("draw-kind").addEventListener("change", function () {
            var values = $("draw-kind").value === "values";
            $("draw-class-box").hidden = values;
            $("draw-value-box").hidden = !values;
            if (self.points.length) {
                self.remember();
                self.points = [];
                self.say("Points of the other kind were cleared (Undo brings them back).");
            }
            self.paint();
        });
        this.canvas.addEventListener("pointerdown", function (e) {
            var r = self.canvas.getBoundingClientRect();
            var x = ((e.clientX - r.left) / r.width * 2 - 1) * self.extent;
            var y = (1 - (e.clientY - r.top) / r.height * 2) * self.extent;
            self.tap(x, y);
        });
        $("draw-add").addEventListener("click", function () {
            var x = Number($("draw-x1").value);
            var y = Number($("draw-x2").value);
            if (!(Math.abs(x) <= self.extent && Math.abs(y) <= self.extent) || $("draw-x1").value === ""
                    || $("draw-x2").value === "") {
                self.say("x₁ and x₂ must be numbers from " + -self.extent + " to " + self.extent + ".", true);
                return;
            }
            self.tap(x, y);
        });
        $("draw-undo").addEventListener("click", function () { self.undo(); });
        $("draw-clear").addEventListener("click", function () {
            if (self.points.length) {
                self.remember();
                self.points = [];
                self.paint();
                self.say("Cleared (Undo brings the points back).");
            }
        });
        $("draw-use").addEventListener("click", function () { self.use(); });
        window.addEventListener("resize", function () { self.paint(); });
    }

    DrawPad.prototype.say = function (text, bad) {
        this.$("draw-status").textContent = text;
        this.$("draw-status").className = "small" + (bad ? " bad" : "");
    };

    DrawPad.prototype.remember = function () {
        this.undoStack.push(this.points.slice());
        if (this.undoStack.length > 200) {
            this.undoStack.shift();
        }
    };

    DrawPad.prototype.undo = function () {
        if (!this.undoStack.length) {
            this.say("Nothing to undo.");
            return;
        }
        this.points = this.undoStack.pop();
        this.paint();
        this.say(this.points.length + " points.");
    };

    /** Adds a point at plane position (x, y), or in erase mode removes the nearest one. */
    DrawPad.prototype.tap = function (x, y) {
        var round = function (v) { return Math.round(v * 100) / 100; };
        if (this.$("draw-erase").checked) {
            var best = -1;
            var bestD = ERASE_RADIUS;
            this.points.forEach(function (p, i) {
                var d = Math.sqrt((p.x - x) * (p.x - x) + (p.y - y) * (p.y - y));
                if (d <= bestD) {
                    best = i;
                    bestD = d;
                }
            });
            if (best >= 0) {
                this.remember();
                this.points.splice(best, 1);
            }
        } else {
            var values = this.$("draw-kind").value === "values";
            var t = values ? Number(this.$("draw-value").value) : Number(this.$("draw-class").value);
            if (!isFinite(t) || this.$("draw-value").value === "" && values) {
                this.say("The value must be a number.", true);
                return;
            }
            this.remember();
            this.points.push({ x: round(x), y: round(y), t: t });
        }
        this.paint();
        this.say(this.points.length + (this.points.length === 1 ? " point." : " points."));
    };

    /** The drawing as CSV text in the engine's format: x1,x2 then the class or value. */
    DrawPad.prototype.csv = function () {
        var values = this.$("draw-kind").value === "values";
        var lines = ["x1,x2," + (values ? "value" : "label")];
        this.points.forEach(function (p) {
            lines.push(p.x + "," + p.y + "," + p.t);
        });
        return lines.join("\n") + "\n";
    };

    DrawPad.prototype.use = function () {
        if (this.points.length < 2) {
            this.say("Draw at least two points first.", true);
            return;
        }
        var values = this.$("draw-kind").value === "values";
        var largest = 0;
        this.points.forEach(function (p) { largest = Math.max(largest, p.t); });
        var task = values ? "regression" : largest >= 2 ? "multiclass" : "binary";
        var messages = this.ownData.load(this.csv(), { name: "drawing", task: task });
        this.say(messages.join(" "), this.page.engine.userData() === null
            || messages.length && /Nothing changed/.test(messages[0]));
    };

    DrawPad.prototype.paint = function () {
        var c = this.canvas;
        if (this.$("draw").hidden) {
            return;
        }
        var b = ScratchNet.Canvas.begin(c);
        var ctx = b.ctx;
        var w = b.w;
        var h = b.h;
        var e = this.extent;
        ctx.strokeStyle = "#d1d5db";
        ctx.lineWidth = 1;
        for (var g = -e; g <= e; g += 2) {
            var gx = (g / e + 1) / 2 * w;
            var gy = (1 - (g / e + 1) / 2) * h;
            ctx.beginPath();
            ctx.moveTo(gx, 0);
            ctx.lineTo(gx, h);
            ctx.moveTo(0, gy);
            ctx.lineTo(w, gy);
            ctx.stroke();
        }
        var colours = this.limits.drawColours;
        var shapes = this.limits.drawShapes;
        var values = this.$("draw-kind").value === "values";
        var lo = Infinity;
        var hi = -Infinity;
        this.points.forEach(function (p) { lo = Math.min(lo, p.t); hi = Math.max(hi, p.t); });
        this.points.forEach(function (p) {
            var x = (p.x / e + 1) / 2 * w;
            var y = (1 - (p.y / e + 1) / 2) * h;
            var k = values ? (hi > lo ? Math.round((p.t - lo) / (hi - lo) * (colours.length - 1)) : 0) : p.t;
            ScratchNet.Markers.path(ctx, values ? "circle" : shapes[k % shapes.length], x, y, 5);
            ctx.fillStyle = colours[k % colours.length];
            ctx.fill();
            ctx.strokeStyle = "#111827";
            ctx.stroke();
            if (values) {
                ctx.fillStyle = "#111827";
                ctx.fillText(String(p.t), x + 7, y - 6);
            }
        });
        c.setAttribute("aria-label", "Drawing plane, x₁ and x₂ from " + -e + " to " + e + ", "
            + this.points.length + " points: click or tap to add one");
    };

    return DrawPad;
})();
