package scratchnet.format;

import scratchnet.engine.BatchNorm;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;

/**
 * The parts of the NumPy script for a run with batch normalisation ({@link BatchNorm}): γ, β
 * and the running statistics embedded beside the weights, {@code batch_norm} and
 * {@code batch_norm_backward} written out as the engine computes them (same association of
 * every product and quotient), the forward and backward passes that call them, and what the
 * training loop and save_model do differently from the plain script's.
 */
final class NumpyBatchNorm {
    private NumpyBatchNorm() {
    }

    /** BN_GAMMA, BN_BETA, RUNNING_MEAN, RUNNING_VAR: one array per hidden layer. */
    static void parameters(StringBuilder sb, Network net) {
        sb.append("# ----- Batch normalisation of each hidden layer: γ and β (trained), and the "
                + "running mean and\n# variance (not trained: moved towards each training "
                + "batch's statistics) -----\n");
        ScriptParts.normArrays(sb, net, NumpyExport.ARRAY_OPEN, NumpyExport.ARRAY_CLOSE);
        sb.append("\n\n");
    }

    /** batch_norm, batch_norm_backward, forward(X, training) and backward(Zs, As, norms, Y). */
    static void forwardAndBackward(StringBuilder sb, Penalty penalty) {
        sb.append("def batch_norm(Z, l, training):\n");
        sb.append("    \"\"\"Batch normalisation of hidden layer l, unit by unit: "
                + "Y = γ·(Z − μ)/√(σ² + ε) + β.\n\n");
        sb.append("    training=True (a training step): μ and σ² are the batch's own, σ² the "
                + "biased variance\n    (divided by n), and the running statistics move "
                + "BN_MOMENTUM of the way towards them,\n    the variance towards the unbiased "
                + "one (divided by n − 1; by n for a batch of one row).\n");
        sb.append("    training=False (losses and predictions): μ and σ² are the running "
                + "statistics, so a row's\n    output does not depend on the other rows.\n");
        sb.append("    Returns Y and what batch_norm_backward needs: x̂ = (Z − μ)/√(σ² + ε) and "
                + "1/√(σ² + ε).\n    \"\"\"\n");
        sb.append("    if training:\n");
        sb.append("        n = len(Z)\n");
        sb.append("        mu = Z.sum(axis=0) / n  # the batch's mean of each unit\n");
        sb.append("        D = Z - mu\n");
        sb.append("        squares = (D * D).sum(axis=0)\n");
        sb.append("        var = squares / n  # biased variance: what normalises the batch\n");
        sb.append("        unbiased = squares / (n - 1) if n > 1 else var\n");
        sb.append("        # running = (1 − momentum)·running + momentum·batch "
                + "(PyTorch's convention)\n");
        sb.append("        RUNNING_MEAN[l] = (1 - BN_MOMENTUM) * RUNNING_MEAN[l] + BN_MOMENTUM "
                + "* mu\n");
        sb.append("        RUNNING_VAR[l] = (1 - BN_MOMENTUM) * RUNNING_VAR[l] + BN_MOMENTUM "
                + "* unbiased\n");
        sb.append("    else:\n");
        sb.append("        mu, var = RUNNING_MEAN[l], RUNNING_VAR[l]\n");
        sb.append("    inv_std = 1.0 / np.sqrt(var + BN_EPS)  # 1/√(σ² + ε)\n");
        sb.append("    Xhat = (Z - mu) * inv_std  # x̂: each unit at mean 0, variance 1 "
                + "(nearly) over the batch\n");
        sb.append("    return BN_GAMMA[l] * Xhat + BN_BETA[l], Xhat, inv_std  "
                + "# Y = γ·x̂ + β\n\n\n");

        sb.append("def batch_norm_backward(dY, l, Xhat, inv_std):\n");
        sb.append("    \"\"\"dL/dZ from dL/dY through a training step's normalisation, and "
                + "dL/dγ, dL/dβ.\n\n");
        sb.append("    μ and σ² are the batch's, so each z moves every row's x̂: with "
                + "G = dL/dx̂ = dY·γ,\n    dZ = (1/√(σ² + ε))·(G − mean(G) − x̂·mean(G·x̂)), "
                + "the means over the rows of the batch.\n    \"\"\"\n");
        sb.append("    n = len(dY)\n");
        sb.append("    dbeta = dY.sum(axis=0)  # dL/dβ = Σ_rows dY\n");
        sb.append("    dgamma = (dY * Xhat).sum(axis=0)  # dL/dγ = Σ_rows dY ⊙ x̂\n");
        sb.append("    G = dY * BN_GAMMA[l]  # dL/dx̂\n");
        sb.append("    # mean(G) = Σ_rows dY·γ / n = dβ·γ / n, mean(G·x̂) = dγ·γ / n\n");
        sb.append("    dZ = inv_std * ((G - dbeta * BN_GAMMA[l] / n) "
                + "- Xhat * (dgamma * BN_GAMMA[l] / n))\n");
        sb.append("    return dZ, dgamma, dbeta\n\n\n");

        sb.append("def forward(X, training=False):\n");
        sb.append("    \"\"\"Z = X·W + b, then on every hidden layer Z ← batch_norm(Z), and "
                + "A = f(Z), layer by layer.\n\n");
        sb.append("    Returns every Z (a hidden layer's normalised: what its activation "
                + "reads), every A (As[0]\n    is X) and, per hidden layer, (x̂, 1/√(σ² + ε)) for "
                + "the backward pass. training=True uses the\n    batch's statistics and moves "
                + "the running ones; the default uses the running statistics.\n    \"\"\"\n");
        sb.append("    Zs, As, norms = [], [X], []\n");
        sb.append("    for l in range(len(W)):\n");
        sb.append("        Z = As[l] @ W[l] + b[l]  # Z = X·W + b, rows × n_out\n");
        sb.append("        if l < len(W) - 1:  # every hidden layer is normalised, the output "
                + "layer is not\n");
        sb.append("            Z, Xhat, inv_std = batch_norm(Z, l, training)\n");
        sb.append("            norms.append((Xhat, inv_std))\n");
        sb.append("        Zs.append(Z)\n");
        sb.append("        As.append(ACTIVATIONS[l](Z))  # A = f(Z)\n");
        sb.append("    return Zs, As, norms\n\n\n");

        sb.append("def backward(Zs, As, norms, Y):\n");
        sb.append("    \"\"\"dW, db of every layer and dγ, dβ of every hidden layer for one "
                + "training batch, from the\n    output layer down.\"\"\"\n");
        sb.append("    dZ = output_gradient(Zs[-1], As[-1], Y)\n");
        sb.append("    dW, db = [None] * len(W), [None] * len(W)\n");
        sb.append("    dgamma, dbeta = [None] * len(BN_GAMMA), [None] * len(BN_GAMMA)\n");
        sb.append("    for l in reversed(range(len(W))):\n");
        sb.append("        dW[l] = As[l].T @ dZ  # dW = A_prevᵀ·dZ\n");
        sb.append("        # On a normalised layer b only shifts μ, so db is 0 up to rounding "
                + "(Adam and RMSprop,\n        # which divide by the gradient's own size, may "
                + "still move b by rounding-sized steps)\n");
        sb.append("        db[l] = dZ.sum(axis=0)  # db = Σ_rows dZ\n");
        NumpyParts.penaltyGradient(sb, penalty);
        sb.append("        if l > 0:\n");
        sb.append("            dA = dZ @ W[l].T  # dA_prev = dZ·Wᵀ\n");
        sb.append("            # dZ = dA ⊙ f′(Z) of the normalised Z (call it dY), then back "
                + "through the normalisation\n");
        sb.append("            dY = dA * DERIVATIVES[l - 1](Zs[l - 1], As[l])\n");
        sb.append("            dZ, dgamma[l - 1], dbeta[l - 1] = batch_norm_backward(dY, l - 1, "
                + "*norms[l - 1])\n");
        sb.append("    return dW, db, dgamma, dbeta\n\n\n");
    }

    /** Layer l's γ, β, running mean and running variance as lists, for save_model. */
    static String[] saved() {
        return new String[] {"BN_GAMMA[l].tolist()", "BN_BETA[l].tolist()",
            "RUNNING_MEAN[l].tolist()", "RUNNING_VAR[l].tolist()"};
    }

    /**
     * The training loop's parts for batch norm ({@link NumpyExport#LOOP} for the plain
     * script): γ and β of every hidden layer updated after the weights (the engine's order),
     * the forward pass on the batch's own statistics, and dγ, dβ among the gradients.
     */
    static final NumpyExport.LoopParts LOOP = new NumpyExport.LoopParts(
            "    # W, b of layer 1, then layer 2, ..., then γ, β of hidden layer 1, 2, ... "
                    + "(the engine's order)\n"
                    + "    params = [p for l in range(len(W)) for p in (W[l], b[l])]\n"
                    + "    params += [p for l in range(len(BN_GAMMA)) "
                    + "for p in (BN_GAMMA[l], BN_BETA[l])]\n",
            "            Zs, As, norms = forward(Xb, training=True)  "
                    + "# the batch's statistics\n"
                    + "            dW, db, dgamma, dbeta = backward(Zs, As, norms, Yb)\n",
            "            grads += [g for l in range(len(BN_GAMMA)) for g in (dgamma[l], "
                    + "dbeta[l])]\n");
}
