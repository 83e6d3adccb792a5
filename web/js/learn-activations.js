/*
 * Learn mode's activation explorer: f(z) and f′(z) of every activation the engine has, over
 * a range the user sets, sampled by the engine (LearnTools.activation), with the saturated
 * and dead zones shaded, sigmoid's largest slope marked, and the numeric-derivative check
 * (f(z + h) − f(z − h)) / 2h at a point the user picks.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.LearnActivations = (function () {
    var SAMPLES = 241;
    var F = "#1d4ed8";
    var DF = "#c2410c";

    function LearnActivations(root, page) {
        this.root = root;
        this.page = page;
        this.curve = null;
        var self = this;
        var $ = function (sel) { return root.querySelector(sel); };
        this.parts = { act: $(".act-name"), lo: $(".act-lo"), hi: $(".act-hi"), at: $(".act-at"), h: $(".act-h"),
            canvas: $(".act-canvas"), formula: $(".act-formula"), check: $(".act-check"), error: $(".act-error") };
        page.limits.choices.act.forEach(function (name) {
            var o = document.createElement("option");
            o.value = name;
            o.textContent = name;
            self.parts.act.appendChild(o);
        });
        this.parts.act.value = "sigmoid";
        root.addEventListener("input", function () { self.update(); });
        root.addEventListener("change", function () { self.update(); });
    }

    LearnActivations.prototype.update = function () {
        var p = this.parts;
        var read = function (el) { var t = el.value.trim().replace("−", "-"); return t === "" ? NaN : Number(t); };
        var c = this.page.engine.activationCurve(p.act.value, read(p.lo), read(p.hi), SAMPLES, read(p.at), read(p.h));
        p.error.hidden = !c.error;
        if (c.error) {
            p.error.textContent = c.error.charAt(0).toUpperCase() + c.error.slice(1) + ". The last curve is kept.";
            return;
        }
        this.curve = c;
        p.formula.textContent = c.formula;
        var f = function (v) { return String(Number(v.toPrecision(8))); };
        p.check.textContent = "At z = " + f(c.at) + ": f(z) = " + f(c.fAt) + ", f′(z) = " + f(c.dfAt)
            + " (the formula); central difference (f(z + h) − f(z − h)) / 2h with h = " + c.h + ": " + f(c.numeric)
            + "; relative error " + c.relError.toExponential(2) + (c.relError < 1e-4 ? " (agree)." : " (disagree: a kink"
            + " lies within ±h, so the two sides' slopes are averaged).");
        this.paint();
    };

    LearnActivations.prototype.paint = function () {
        var c = this.curve;
        if (!c) {
            return;
        }
        var g = ScratchNet.Canvas.begin(this.parts.canvas);
        var ctx = g.ctx;
        var pad = { l: 52, r: 8, t: 8, b: 22 };
        var lo = Infinity;
        var hi = -Infinity;
        c.f.concat(c.df).forEach(function (v) { if (isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); } });
        lo = Math.min(lo, 0); // the z axis (f = 0) is always in view
        hi = Math.max(hi, 0);
        if (hi - lo < 1e-9) {
            hi = lo + 1;
        }
        var z0 = c.z[0];
        var z1 = c.z[c.z.length - 1];
        var X = function (z) { return pad.l + (z - z0) / (z1 - z0) * (g.w - pad.l - pad.r); };
        var Y = function (v) { return g.h - pad.b - (v - lo) / (hi - lo) * (g.h - pad.t - pad.b); };
        c.zones.forEach(function (zone) {
            ctx.fillStyle = zone.kind === "dead" ? "rgba(107,114,128,0.18)" : "rgba(234,179,8,0.18)";
            ctx.fillRect(X(zone.from), pad.t, X(zone.to) - X(zone.from), g.h - pad.t - pad.b);
            ctx.fillStyle = "#4b5563";
            ctx.fillText(zone.kind, X(zone.from) + 3, pad.t + 11);
        });
        this.axes(ctx, g, pad, X, Y, z0, z1, lo, hi);
        this.line(ctx, c.z, c.f, X, Y, F, []);
        this.line(ctx, c.z, c.df, X, Y, DF, [5, 3]);
        if (c.maxSlope && c.maxSlope.z >= z0 && c.maxSlope.z <= z1) {
            ctx.fillStyle = DF;
            ctx.beginPath();
            ctx.arc(X(c.maxSlope.z), Y(c.maxSlope.value), 4, 0, 2 * Math.PI);
            ctx.fill();
            ctx.fillText("max slope " + c.maxSlope.value, X(c.maxSlope.z) + 6, Y(c.maxSlope.value) - 6);
        }
        if (c.at >= z0 && c.at <= z1) {
            ctx.strokeStyle = "#111827";
            ctx.setLineDash([2, 2]);
            ctx.beginPath();
            ctx.moveTo(X(c.at), pad.t);
            ctx.lineTo(X(c.at), g.h - pad.b);
            ctx.stroke();
            ctx.setLineDash([]);
        }
    };

    LearnActivations.prototype.line = function (ctx, zs, vs, X, Y, colour, dash) {
        ctx.strokeStyle = colour;
        ctx.lineWidth = 2;
        ctx.setLineDash(dash);
        ctx.beginPath();
        zs.forEach(function (z, i) {
            if (i === 0) { ctx.moveTo(X(z), Y(vs[i])); } else { ctx.lineTo(X(z), Y(vs[i])); }
        });
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.lineWidth = 1;
    };

    LearnActivations.prototype.axes = function (ctx, g, pad, X, Y, z0, z1, lo, hi) {
        ctx.strokeStyle = "#9ca3af";
        ctx.fillStyle = "#374151";
        ctx.beginPath();
        ctx.moveTo(pad.l, g.h - pad.b);
        ctx.lineTo(g.w - pad.r, g.h - pad.b);
        ctx.moveTo(pad.l, pad.t);
        ctx.lineTo(pad.l, g.h - pad.b);
        if (lo < 0 && hi > 0) {
            ctx.moveTo(pad.l, Y(0));
            ctx.lineTo(g.w - pad.r, Y(0));
        }
        ctx.stroke();
        var short = ScratchNet.Format.short;
        for (var i = 0; i <= 4; i++) {
            var z = z0 + (z1 - z0) * i / 4;
            ctx.textAlign = i === 0 ? "left" : i === 4 ? "right" : "center";
            ctx.fillText(short(z), X(z), g.h - 6);
            var v = lo + (hi - lo) * i / 4;
            ctx.textAlign = "right";
            ctx.fillText(short(v), pad.l - 4, Y(v) + 4);
        }
        ctx.textAlign = "left";
        ctx.fillText("z", g.w - pad.r - 8, g.h - pad.b - 4);
    };

    return LearnActivations;
})();
