/*
 * The stages of one training step, built from the engine's explain() (scratchnet.app.
 * LearnProtocol): forward pass layer by layer, the loss, the backward pass from the top, and
 * the update. Each stage names its formula, the matrices it shows (by key: X, W1, Z1, …) and,
 * for a result cell, the cells it was computed from. Indices are zero-based, as the tutorial's.
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.LearnStages = {
    /** Stages for trace `t`; `config` is the page's settings (loss, reg, dropout names). */
    build: function (t, config) {
        var out = [];
        var L = t.layers;
        function prev(l) { return l === 0 ? "X" : "A" + l; }
        function prevValues(l) { return l === 0 ? t.X : L[l - 1].A; }
        out.push({ title: "The batch", formula: "X: " + t.rows + " rows × " + L[0].inputs + " inputs",
            text: "Step " + t.step + " trains on this batch of " + t.rows + " training rows (Y: their targets).",
            mats: [["X", "X", t.X], ["Y", "Y", t.Y]], links: function () { return []; } });
        L.forEach(function (layer, l) {
            var n = l + 1;
            out.push({ title: "Layer " + n + ": weighted sums",
                formula: "Z" + n + " = " + prev(l) + "·W" + n + " + b" + n,
                text: "Z" + n + "[r,j] = Σᵢ " + prev(l) + "[r,i]·W" + n + "[i,j] + b" + n + "[j]: row r of "
                    + prev(l) + " times column j of W" + n + ", plus bias j.",
                mats: [[prev(l), prev(l), prevValues(l)], ["W" + n, "W" + n, layer.W], ["b" + n, "b" + n, layer.b],
                    ["Z" + n, "Z" + n, layer.Z]],
                links: function (m, r, c) {
                    return m === "Z" + n ? [{ m: prev(l), r: r }, { m: "W" + n, c: c }, { m: "b" + n, c: c }] : [];
                } });
            out.push({ title: "Layer " + n + ": activation",
                formula: "A" + n + " = " + layer.activation + "(Z" + n + ")",
                text: "The function is applied to every entry on its own"
                    + (layer.activation === "softmax" ? " (softmax: across each row)." : "."),
                mats: [["Z" + n, "Z" + n, layer.Z], ["A" + n, "A" + n, layer.A]],
                links: function (m, r, c) {
                    return m === "A" + n ? [{ m: "Z" + n, r: r, c: layer.activation === "softmax" ? undefined : c }] : [];
                } });
        });
        var top = L.length;
        out.push({ title: "The loss", formula: "L = " + config.loss + "(A" + top + ", Y) = " + Number(t.loss.toPrecision(6)),
            text: "The mean " + config.loss + " loss over the " + t.rows + " rows of this batch, before the update"
                + (config.reg && config.reg !== "none" ? " (the " + config.reg + " penalty is added to the gradient, not shown here)." : "."),
            mats: [["A" + top, "A" + top, L[top - 1].A], ["Y", "Y", t.Y]], links: function () { return []; } });
        for (var l = top - 1; l >= 0; l--) {
            ScratchNet.LearnStages.backward(out, t, l, prev, prevValues, config);
        }
        ScratchNet.LearnStages.update(out, t);
        return out;
    },

    backward: function (out, t, l, prev, prevValues, config) {
        var layer = t.layers[l];
        var n = l + 1;
        if (layer.dA === null) {
            out.push({ title: "Layer " + n + ": output gradient",
                formula: "dZ" + n + " = (A" + n + " − Y) / " + t.rows,
                text: "The " + config.loss + " loss on a " + layer.activation + " output has this simple gradient with respect to Z directly, so dA" + n + " is never formed.",
                mats: [["A" + n, "A" + n, layer.A], ["Y", "Y", t.Y], ["dZ" + n, "dZ" + n, layer.dZ]],
                links: function (m, r, c) { return m === "dZ" + n ? [{ m: "A" + n, r: r, c: c }, { m: "Y", r: r }] : []; } });
        } else {
            out.push({ title: "Layer " + n + ": through the activation",
                formula: "dZ" + n + " = dA" + n + " ⊙ f′(Z" + n + ")",
                text: (n === t.layers.length ? "dA" + n + " = ∂L/∂A" + n + " comes from the loss. "
                    : "dA" + n + " came from the layer above. ") + "⊙ multiplies entry by entry; f′ is "
                    + layer.activation + "'s derivative.",
                mats: [["dA" + n, "dA" + n, layer.dA], ["Z" + n, "Z" + n, layer.Z], ["dZ" + n, "dZ" + n, layer.dZ]],
                links: function (m, r, c) { return m === "dZ" + n ? [{ m: "dA" + n, r: r, c: c }, { m: "Z" + n, r: r, c: c }] : []; } });
        }
        out.push({ title: "Layer " + n + ": weight and bias gradients",
            formula: "dW" + n + " = " + prev(l) + "ᵀ·dZ" + n + ",   db" + n + " = Σ_rows dZ" + n,
            text: "dW" + n + "[i,j] = Σ_r " + prev(l) + "[r,i]·dZ" + n + "[r,j] over all " + t.rows + " rows"
                + (config.reg && config.reg !== "none" ? ", plus the " + config.reg + " penalty's gradient." : "."),
            mats: [[prev(l), prev(l), prevValues(l)], ["dZ" + n, "dZ" + n, layer.dZ], ["dW" + n, "dW" + n, layer.dW],
                ["db" + n, "db" + n, layer.db]],
            links: function (m, r, c) {
                if (m === "dW" + n) {
                    return [{ m: prev(l), c: r }, { m: "dZ" + n, c: c }];
                }
                return m === "db" + n ? [{ m: "dZ" + n, c: c }] : [];
            } });
        if (l > 0) {
            out.push({ title: "Layer " + n + ": gradient for the layer below",
                formula: "dA" + l + " = dZ" + n + "·W" + n + "ᵀ",
                text: "dA" + l + "[r,i] = Σⱼ dZ" + n + "[r,j]·W" + n + "[i,j], with W" + n + " as it was before the update.",
                mats: [["dZ" + n, "dZ" + n, layer.dZ], ["W" + n, "W" + n, layer.W], ["dA" + l, "dA" + l, t.layers[l - 1].dA]],
                links: function (m, r, c) { return m === "dA" + l ? [{ m: "dZ" + n, r: r }, { m: "W" + n, r: c }] : []; } });
        }
    },

    update: function (out, t) {
        var clipped = t.clipNorm > 0 && t.gradNorm > t.clipNorm;
        var note = clipped ? " The gradient norm " + t.gradNorm + " is above the clip norm " + t.clipNorm
            + ", so every gradient was first scaled by " + (t.clipNorm / t.gradNorm) + "." : "";
        t.layers.forEach(function (layer, l) {
            var n = l + 1;
            var sgd = t.optimizer === "sgd";
            out.push({ title: "Layer " + n + ": the update",
                formula: sgd ? "W" + n + " ← W" + n + " − " + t.lr + "·dW" + n + ",   b" + n + " ← b" + n + " − " + t.lr + "·db" + n
                    : "W" + n + " ← " + t.optimizer + " update of W" + n + " with dW" + n + " (rate " + t.lr + ")",
                text: (sgd ? "Plain SGD: each weight moves against its gradient, times the learning rate."
                    : "The " + t.optimizer + " optimizer applied its own rule (it keeps running averages of past gradients), so the change is not simply lr·dW; W" + n + "′ is what it produced.") + note,
                mats: [["W" + n, "W" + n, layer.W], ["dW" + n, "dW" + n, layer.dW], ["W" + n + "′", "W" + n + "after", layer.Wafter],
                    ["b" + n + "′", "b" + n + "after", layer.bafter]],
                links: function (m, r, c) {
                    return m === "W" + n + "after" ? [{ m: "W" + n, r: r, c: c }, { m: "dW" + n, r: r, c: c }] : [];
                } });
        });
    }
};
