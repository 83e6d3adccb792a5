/*
 * Learn mode's gradient check: for the chosen layer, backpropagation's gradient of every
 * weight and bias beside the central difference (f(θ + ε) − f(θ − ε)) / 2ε on the whole
 * training set (the engine's diag.GradientCheck), their relative error against the
 * tutorial's 1e-4, pass or fail written out, and a note where ±ε crossed a ReLU kink.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.LearnCheck = (function () {
    function LearnCheck(root, page) {
        this.root = root;
        this.page = page;
        var self = this;
        var $ = function (sel) { return root.querySelector(sel); };
        this.parts = { layer: $(".check-layer"), eps: $(".check-eps"), rows: $(".check-rows"),
            summary: $(".check-summary"), error: $(".check-error"), kink: $(".check-kink") };
        $(".check-run").addEventListener("click", function () { self.run(); });
        this.parts.eps.addEventListener("keydown", function (event) {
            if (event.key === "Enter") {
                self.run();
            }
        });
    }

    /** Lists the current network's layers in the selector (keeps the choice if it still exists). */
    LearnCheck.prototype.sync = function (shapes) {
        var select = this.parts.layer;
        var keep = select.value;
        select.textContent = "";
        shapes.layers.forEach(function (l, i) {
            var o = document.createElement("option");
            o.value = String(i);
            o.textContent = l.name + ": W" + l.name + " " + l.inputs + " × " + l.outputs + ", b" + l.name;
            select.appendChild(o);
        });
        if (keep && Number(keep) < shapes.layers.length) {
            select.value = keep;
        }
        this.shapes = shapes;
    };

    LearnCheck.prototype.run = function () {
        var text = this.parts.eps.value.trim();
        var eps = Number(text);
        var p = this.parts;
        if (text === "" || !isFinite(eps) || eps <= 0 || eps > 0.1) {
            p.error.hidden = false;
            p.error.textContent = "ε must be a number above 0 and at most 0.1, such as 1e-5 or 0.0001 (got \"" + text
                + "\"). The last check is kept.";
            p.eps.setAttribute("aria-invalid", "true");
            return;
        }
        p.eps.setAttribute("aria-invalid", "false");
        this.sync(this.page.engine.shapes()); // the network may have changed since the tab opened
        var layer = Number(p.layer.value || 0);
        var shape = this.shapes && this.shapes.layers[layer];
        if (shape && !shape.checkOnPage) { // the engine's limit (Limits.GRAD_CHECK_PAGE_WORK)
            p.error.hidden = false;
            p.error.textContent = "This layer has " + shape.parameters + " parameters; checking each one takes two"
                + " passes over the training set, about " + (shape.checkWork >= 1e9 ? (shape.checkWork / 1e9).toPrecision(2)
                + " billion" : (shape.checkWork / 1e6).toPrecision(2) + " million") + " multiply-adds in all,"
                + " too long for one click. scratchnet.gradCheck(" + layer + ", " + eps + ") in the console does it (the page"
                + " waits until it ends), or check a smaller layer.";
            return;
        }
        p.error.hidden = true;
        this.show(this.page.engine.gradCheck(layer, eps));
    };

    LearnCheck.prototype.show = function (g) {
        var p = this.parts;
        var f = function (v) { return isFinite(v) ? v.toExponential(3) : String(v); };
        p.rows.textContent = "";
        var kinks = 0;
        g.names.forEach(function (name, i) {
            var tr = document.createElement("tr");
            var pass = g.relError[i] < g.threshold;
            tr.className = pass ? "pass" : "fail";
            kinks += g.kink[i] ? 1 : 0;
            [name, f(g.analytic[i]), f(g.numeric[i]), f(g.relError[i]),
                (pass ? "pass" : "fail") + (g.kink[i] ? " (kink)" : "")].forEach(function (text, k) {
                var cell = document.createElement(k === 0 ? "th" : "td");
                if (k === 0) {
                    cell.scope = "row";
                }
                cell.textContent = text;
                tr.appendChild(cell);
            });
            p.rows.appendChild(tr);
        });
        var ok = g.maxRelError < g.threshold;
        p.summary.className = "check-summary " + (ok ? "pass" : "fail");
        p.summary.textContent = (ok ? "Pass" : "Fail") + ": the largest relative error in layer " + (g.layer + 1) + " is "
            + f(g.maxRelError) + ", " + (ok ? "below" : "above") + " the tutorial's " + g.threshold + " (ε = " + g.h
            + "; loss on all " + this.page.engine.stats().trainRows + " training rows, penalty included).";
        p.kink.hidden = kinks === 0;
        p.kink.textContent = kinks === 0 ? "" : kinks + " entr" + (kinks === 1 ? "y" : "ies") + " marked (kink): moving the"
            + " parameter by ±ε pushed some unit's z across 0, ReLU's corner. The central difference then averages the slope"
            + " on both sides of the corner (for one unit alone, (1 + 0) / 2 = 0.5), while backpropagation uses the engine's"
            + " left derivative, 0 at z = 0 (and 1 above). Neither is wrong; the check is simply not valid there. A smaller ε"
            + " or a smooth activation (tanh) avoids it.";
    };

    return LearnCheck;
})();
