/*
 * The stages of one training step, built from the engine's explain() (scratchnet.app.
 * LearnProtocol): forward pass layer by layer, the loss, the backward pass from the top, and
 * the update. Each stage names its formula, the matrices it shows (by key: X, W1, Z1, …) and,
 * for a result cell, the cells it was computed from. Indices are zero-based, as the tutorial's.
 * A hidden layer with batch norm gets its own stages between Z and A (Z̃ = γ ⊙ Ẑ + β is what
 * the activation reads) and back (dZ̃, dγ, dβ, then dZ through the batch's statistics).
 */
"use strict";
var ScratchNet = globalThis.ScratchNet || {};
ScratchNet.LearnStages = (function () {
/** Whether the step's weight gradients include a penalty (L1 or L2 at a rate above 0). */
function penalized(config) {
    return config.reg && config.reg !== "none" && Number(config.rate) > 0;
}

/** What a matrix key is called on the page: Zt1 → Z̃1, Zh1 → Ẑ1, mu1 → μ1, … */
function label(key) {
    var names = { Zt: "Z̃", dZt: "dZ̃", Zh: "Ẑ", mu: "μ", var: "σ²", g: "γ", be: "β", dg: "dγ", dbe: "dβ" };
    var m = /^([a-zA-Z]+?)(\d+)(after)?$/.exec(key);
    return m && names[m[1]] ? names[m[1]] + m[2] + (m[3] ? "′" : "") : key;
}
return {
    label: label,

    /** Stages for trace `t`; `config` is the page's settings (loss, reg, dropout names). */
    build: function (t, config) {
        var out = [];
        var L = t.layers;
        // what layer l reads: X, the layer below's A, or with dropout its D = A ⊙ M
        function prev(l) { return l === 0 ? "X" : (L[l - 1].dropout ? "D" : "A") + l; }
        function prevValues(l) { return l === 0 ? t.X : L[l - 1].dropout ? L[l - 1].dropout.D : L[l - 1].A; }
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
            var f = layer.bn ? "Zt" + n : "Z" + n;
            if (layer.bn) {
                ScratchNet.LearnStages.normForward(out, t, layer, n);
            }
            out.push({ title: "Layer " + n + ": activation",
                formula: "A" + n + " = " + layer.activation + "(" + label(f) + ")",
                text: "The function is applied to every entry on its own"
                    + (layer.activation === "softmax" ? " (softmax: across each row)." : "."),
                mats: [[label(f), f, layer.bn ? layer.bn.Ztilde : layer.Z], ["A" + n, "A" + n, layer.A]],
                links: function (m, r, c) {
                    return m === "A" + n ? [{ m: f, r: r, c: layer.activation === "softmax" ? undefined : c }] : [];
                } });
            if (layer.dropout) {
                var p = layer.dropout.rate;
                out.push({ title: "Layer " + n + ": dropout",
                    formula: "D" + n + " = A" + n + " ⊙ M" + n + ",   M" + n + " = 0 (probability " + p + ") or 1/(1 − " + p
                        + ") = " + Number(layer.dropout.scale.toPrecision(6)),
                    text: "While training, each output is dropped with probability " + p + " (a fresh draw every step) and the"
                        + " survivors are scaled by 1/(1 − p), so their expected value stays A; the next layer reads D" + n
                        + ". Predictions use A" + n + " itself (inverted dropout needs no rescaling then).",
                    mats: [["A" + n, "A" + n, layer.A], ["M" + n, "M" + n, layer.dropout.M], ["D" + n, "D" + n, layer.dropout.D]],
                    links: function (m, r, c) {
                        return m === "D" + n ? [{ m: "A" + n, r: r, c: c }, { m: "M" + n, r: r, c: c }] : [];
                    } });
            }
        });
        var top = L.length;
        out.push({ title: "The loss", formula: "L = " + config.loss + "(A" + top + ", Y) = " + Number(t.loss.toPrecision(6)),
            text: "The mean " + config.loss + " loss over the " + t.rows + " rows of this batch, before the update"
                + (penalized(config) ? ". Training minimises L plus the " + config.reg + " penalty on the weights, "
                    + (config.reg === "l1" ? config.rate + "·Σ|W|" : config.rate + "/2·ΣW²") + " over every layer (not the biases);"
                    + " its gradient joins each dW below." : "."),
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
        var oneHot = layer.outputs > 1 && t.Y.length > 0 && t.Y[0].length === 1; // class indices
        if (layer.dA === null) {
            out.push({ title: "Layer " + n + ": output gradient",
                formula: "dZ" + n + " = (A" + n + " − " + (oneHot ? "one-hot(Y)" : "Y") + ") / " + t.rows,
                text: "The " + config.loss + " loss on a " + layer.activation + " output has this simple gradient with respect to Z directly, so dA" + n + " is never formed."
                    + (oneHot ? " Y holds each row's class; one-hot(Y)[r,j] is 1 where j = Y[r] and 0 elsewhere, so only the true"
                        + " class's entry of a row goes down by 1/" + t.rows + "." : ""),
                mats: [["A" + n, "A" + n, layer.A], ["Y", "Y", t.Y], ["dZ" + n, "dZ" + n, layer.dZ]],
                links: function (m, r, c) { return m === "dZ" + n ? [{ m: "A" + n, r: r, c: c }, { m: "Y", r: r }] : []; } });
        } else if (layer.bn) {
            ScratchNet.LearnStages.normBackward(out, t, layer, n);
        } else {
            var fromLoss = n !== t.layers.length ? ""
                : config.loss === "mse" ? "dA" + n + " = 2·(A" + n + " − Y) / " + t.rows
                : config.loss === "huber" ? "dA" + n + " = clip(A" + n + " − Y, −1, 1) / " + t.rows : "dA" + n + " = ∂L/∂A" + n;
            out.push({ title: "Layer " + n + ": through the activation",
                formula: "dZ" + n + " = dA" + n + " ⊙ f′(Z" + n + ")" + (fromLoss ? ",   " + fromLoss : ""),
                text: (fromLoss ? fromLoss + " comes from the " + config.loss + " loss"
                    + (config.loss === "huber" ? " (δ = 1: the pull of a far-off row is capped)" : "") + ". "
                    : "dA" + n + " came from the layer above. ") + "⊙ multiplies entry by entry; f′ is "
                    + layer.activation + "'s derivative.",
                mats: [["dA" + n, "dA" + n, layer.dA], ["Z" + n, "Z" + n, layer.Z], ["dZ" + n, "dZ" + n, layer.dZ]],
                links: function (m, r, c) { return m === "dZ" + n ? [{ m: "dA" + n, r: r, c: c }, { m: "Z" + n, r: r, c: c }] : []; } });
        }
        var pen = penalized(config) ? (config.reg === "l1" ? " + " + config.rate + "·sign(W" + n + ")"
            : " + " + config.rate + "·W" + n) : "";
        out.push({ title: "Layer " + n + ": weight and bias gradients",
            formula: "dW" + n + " = " + prev(l) + "ᵀ·dZ" + n + pen + ",   db" + n + " = Σ_rows dZ" + n,
            text: "dW" + n + "[i,j] = Σ_r " + prev(l) + "[r,i]·dZ" + n + "[r,j] over all " + t.rows + " rows"
                + (pen ? ", then the " + config.reg + " penalty's gradient" + pen.replace(/W(\d+)$/, "W$1[i,j]").replace(/\)$/, "[i,j])")
                    + " (W as it was before the update; the biases have no penalty)." : ".")
                + (layer.bn ? " Batch norm subtracts each column's mean, so b" + n + " cancels out of Z̃" + n
                    + ": db" + n + " is 0 up to rounding, and γ and β do what b would." : ""),
            mats: [[prev(l), prev(l), prevValues(l)], ["dZ" + n, "dZ" + n, layer.dZ]].concat(pen ? [["W" + n, "W" + n, layer.W]] : [])
                .concat([["dW" + n, "dW" + n, layer.dW], ["db" + n, "db" + n, layer.db]]),
            links: function (m, r, c) {
                if (m === "dW" + n) {
                    return [{ m: prev(l), c: r }, { m: "dZ" + n, c: c }].concat(pen ? [{ m: "W" + n, r: r, c: c }] : []);
                }
                return m === "db" + n ? [{ m: "dZ" + n, c: c }] : [];
            } });
        if (l > 0) {
            var drop = t.layers[l - 1].dropout;
            var g = (drop ? "dD" : "dA") + l;
            out.push({ title: "Layer " + n + ": gradient for the layer below",
                formula: g + " = dZ" + n + "·W" + n + "ᵀ",
                text: g + "[r,i] = Σⱼ dZ" + n + "[r,j]·W" + n + "[i,j], with W" + n + " as it was before the update.",
                mats: [["dZ" + n, "dZ" + n, layer.dZ], ["W" + n, "W" + n, layer.W], [g, g, drop ? drop.dD : t.layers[l - 1].dA]],
                links: function (m, r, c) { return m === g ? [{ m: "dZ" + n, r: r }, { m: "W" + n, r: c }] : []; } });
            if (drop) {
                out.push({ title: "Layer " + l + ": back through dropout",
                    formula: "dA" + l + " = dD" + l + " ⊙ M" + l,
                    text: "The same mask as on the way forward: a dropped output gets no gradient, a kept one its gradient"
                        + " times 1/(1 − p).",
                    mats: [["dD" + l, "dD" + l, drop.dD], ["M" + l, "M" + l, drop.M], ["dA" + l, "dA" + l, t.layers[l - 1].dA]],
                    links: function (m, r, c) {
                        return m === "dA" + l ? [{ m: "dD" + l, r: r, c: c }, { m: "M" + l, r: r, c: c }] : [];
                    } });
            }
        }
    },

    update: function (out, t) {
        var clipped = t.clipNorm > 0 && t.gradNorm > t.clipNorm;
        var note = clipped ? " The gradient norm " + t.gradNorm + " is above the clip norm " + t.clipNorm
            + ", so every gradient was first scaled by " + t.clipScale + "." : "";
        // with clipping every gradient was scaled first: the formula shows the factor
        function scaled(g) {
            return clipped ? "(" + Number(t.clipScale.toPrecision(6)) + "·" + g + ")" : g;
        }
        // the optimizer's rule from the engine, with this layer's names in it
        function rule(w, g) {
            return t.updateRule.split("{W}").join(w).split("{g}").join(g);
        }
        t.layers.forEach(function (layer, l) {
            var n = l + 1;
            var sgd = t.optimizer === "sgd";
            out.push({ title: "Layer " + n + ": the update",
                formula: (sgd ? "W" + n + " ← W" + n + " − " + t.lr + "·" + scaled("dW" + n) + ",   b" + n + " ← b" + n + " − " + t.lr
                    + "·" + scaled("db" + n)
                    : rule("W" + n, scaled("dW" + n)))
                    + (layer.bn ? (sgd ? ",   γ" + n + " ← γ" + n + " − " + t.lr + "·" + scaled("dγ" + n) + ",   β" + n + " ← β" + n
                        + " − " + t.lr + "·" + scaled("dβ" + n) : "") : ""),
                text: (sgd ? "Plain SGD: each weight moves against its gradient, times the learning rate."
                    : "The " + t.optimizer + " optimizer keeps running averages of each parameter's past gradients (the state"
                    + " named in the rule, one value per weight, from step 1 on; squares are entry by entry), so the change is"
                    + " not simply lr·dW; here lr = " + t.lr + (t.updateRule.indexOf("^t") >= 0
                        ? ", and t counts the steps this optimizer has taken (its bias correction fades as t grows)" : "")
                    + ". b" + n + (layer.bn ? ", γ" + n + " and β" + n + " follow" : " follows")
                    + " the same rule with their own gradients and state. W" + n + "′ is what it produced.") + note,
                mats: [["W" + n, "W" + n, layer.W], ["dW" + n, "dW" + n, layer.dW], ["W" + n + "′", "W" + n + "after", layer.Wafter],
                    ["b" + n + "′", "b" + n + "after", layer.bafter]].concat(layer.bn
                    ? [[label("g" + n + "after"), "g" + n + "after", layer.bn.gammaAfter],
                        [label("be" + n + "after"), "be" + n + "after", layer.bn.betaAfter]] : []),
                links: function (m, r, c) {
                    return m === "W" + n + "after" ? [{ m: "W" + n, r: r, c: c }, { m: "dW" + n, r: r, c: c }] : [];
                } });
        });
    },

    /** Batch norm's forward stages of layer n: the batch's statistics, Ẑ, then Z̃ = γ ⊙ Ẑ + β. */
    normForward: function (out, t, layer, n) {
        var bn = layer.bn;
        var Z = "Z" + n, mu = "mu" + n, v = "var" + n, Zh = "Zh" + n, g = "g" + n, be = "be" + n, Zt = "Zt" + n;
        out.push({ title: "Layer " + n + ": batch norm, the batch's statistics",
            formula: label(mu) + " = mean over rows of " + Z + ",   " + label(v) + " = mean over rows of (" + Z + " − " + label(mu) + ")²",
            text: "Batch norm looks at each unit j across the " + t.rows + " rows of this batch: μ[j] is the mean of column j of "
                + Z + ", σ²[j] the mean squared distance from it (divided by " + t.rows + ", not " + (t.rows - 1) + ").",
            mats: [[Z, Z, layer.Z], [label(mu), mu, bn.mean], [label(v), v, bn.variance]],
            links: function (m, r, c) {
                if (m === mu) {
                    return [{ m: Z, c: c }];
                }
                return m === v ? [{ m: Z, c: c }, { m: mu, c: c }] : [];
            } });
        out.push({ title: "Layer " + n + ": batch norm, normalise",
            formula: label(Zh) + " = (" + Z + " − " + label(mu) + ") / √(" + label(v) + " + ε),   ε = " + bn.epsilon,
            text: t.rows === 1 ? "With one row in the batch, μ is that row and σ² is 0, so every entry of Ẑ is 0: the layer "
                + "passes on only β, and no gradient reaches W" + n + " (train with a larger batch)."
                : "Every column now has mean 0 and variance just under 1 over the batch; ε keeps the division finite when a "
                + "column hardly varies. Each row's Ẑ depends on the other rows of the batch through μ and σ².",
            mats: [[Z, Z, layer.Z], [label(mu), mu, bn.mean], [label(v), v, bn.variance], [label(Zh), Zh, bn.Zhat]],
            links: function (m, r, c) {
                return m === Zh ? [{ m: Z, r: r, c: c }, { m: mu, c: c }, { m: v, c: c }] : [];
            } });
        out.push({ title: "Layer " + n + ": batch norm, scale and shift",
            formula: label(Zt) + " = " + label(g) + " ⊙ " + label(Zh) + " + " + label(be),
            text: "γ and β are trained like weights (they start at 1 and 0), so the layer can scale and move what it "
                + "normalised. The activation reads " + label(Zt) + ".",
            mats: [[label(Zh), Zh, bn.Zhat], [label(g), g, bn.gamma], [label(be), be, bn.beta], [label(Zt), Zt, bn.Ztilde]],
            links: function (m, r, c) {
                return m === Zt ? [{ m: Zh, r: r, c: c }, { m: g, c: c }, { m: be, c: c }] : [];
            } });
    },

    /** Batch norm's backward stages of layer n: dZ̃, dγ and dβ, then dZ through the statistics. */
    normBackward: function (out, t, layer, n) {
        var bn = layer.bn;
        var dA = "dA" + n, Zt = "Zt" + n, dZt = "dZt" + n, Zh = "Zh" + n, g = "g" + n, v = "var" + n,
            dg = "dg" + n, dbe = "dbe" + n, dZ = "dZ" + n;
        out.push({ title: "Layer " + n + ": through the activation",
            formula: label(dZt) + " = " + dA + " ⊙ f′(" + label(Zt) + ")",
            text: (n === t.layers.length ? dA + " comes from the loss. " : dA + " came from the layer above. ")
                + "⊙ multiplies entry by entry; f′ is " + layer.activation + "'s derivative, at " + label(Zt)
                + ", the values the activation read.",
            mats: [[dA, dA, layer.dA], [label(Zt), Zt, bn.Ztilde], [label(dZt), dZt, bn.dZtilde]],
            links: function (m, r, c) { return m === dZt ? [{ m: dA, r: r, c: c }, { m: Zt, r: r, c: c }] : []; } });
        out.push({ title: "Layer " + n + ": γ and β gradients",
            formula: label(dg) + " = Σ_rows " + label(dZt) + " ⊙ " + label(Zh) + ",   " + label(dbe) + " = Σ_rows " + label(dZt),
            text: "γ and β get their gradients as a weight and a bias would: each column of " + label(dZt)
                + " summed over the " + t.rows + " rows, for γ times Ẑ first.",
            mats: [[label(dZt), dZt, bn.dZtilde], [label(Zh), Zh, bn.Zhat], [label(dg), dg, bn.dgamma], [label(dbe), dbe, bn.dbeta]],
            links: function (m, r, c) {
                if (m === dg) {
                    return [{ m: dZt, c: c }, { m: Zh, c: c }];
                }
                return m === dbe ? [{ m: dZt, c: c }] : [];
            } });
        out.push({ title: "Layer " + n + ": through the normalisation",
            formula: dZ + " = (G − mean(G) − " + label(Zh) + " ⊙ mean(G ⊙ " + label(Zh) + ")) / √(" + label(v) + " + ε),   G = "
                + label(dZt) + " ⊙ " + label(g),
            text: "The means are over the rows of each column. μ and σ² were computed from every row of the batch, so each "
                + "dZ[r,j] reads all of column j, not just its own entry: the two subtracted terms are the gradient "
                + "through μ and through σ².",
            mats: [[label(dZt), dZt, bn.dZtilde], [label(g), g, bn.gamma], [label(Zh), Zh, bn.Zhat], [label(v), v, bn.variance],
                [dZ, dZ, layer.dZ]],
            links: function (m, r, c) {
                return m === dZ ? [{ m: dZt, c: c }, { m: g, c: c }, { m: Zh, c: c }, { m: v, c: c }] : [];
            } });
    }
};
}());
