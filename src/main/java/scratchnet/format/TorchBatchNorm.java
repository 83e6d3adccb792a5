package scratchnet.format;

import scratchnet.engine.BatchNorm;
import scratchnet.engine.Network;
import scratchnet.train.TrainSpec;

/**
 * The parts of the PyTorch script for a run with batch normalisation: an
 * {@code nn.BatchNorm1d(eps=1e-5, momentum=0.1)} after each hidden {@code nn.Linear}, loaded
 * with the engine's γ, β and running statistics.
 *
 * <p>{@link BatchNorm} follows {@code BatchNorm1d} by design: the biased batch variance
 * normalises, the running variance moves towards the unbiased one, and momentum 0.1 is the
 * weight of the new value in both. One case differs: PyTorch refuses a training batch of one
 * row, which the engine normalises to x̂ = 0 (y = β, no gradient to Z). When the run has such a
 * batch, the script uses a subclass that does the engine's computation for it.
 */
final class TorchBatchNorm {
    /** The docstring paragraph on the normalisation. */
    static final String HEADER = "Batch normalisation (nn.BatchNorm1d) sits between each hidden "
            + "layer's X·W + b and its activation:\n"
            + "    Z ← γ·(Z − μ)/√(σ² + ε) + β   for every unit, then A = f(Z)\n"
            + "In model.train() μ and σ² are the batch's own (σ² biased) and autograd goes "
            + "through them; the\nrunning statistics move as running = (1 − momentum)·running + "
            + "momentum·batch, the variance\ntowards the unbiased batch variance. model.eval() "
            + "(the losses printed, the predictions) uses the\nrunning statistics. ScratchNet's "
            + "engine does the same with the same eps and momentum.\n\n";

    private TorchBatchNorm() {
    }

    /** Whether training takes a batch of one row, which {@code BatchNorm1d} refuses. */
    static boolean loneRow(TrainSpec spec, int rows, int epochs) {
        int b = ScriptParts.batchRows(spec, rows);
        return epochs > 0 && (b == 1 || rows % b == 1);
    }

    /** BN_GAMMA, BN_BETA, RUNNING_MEAN, RUNNING_VAR as lists, one per hidden layer. */
    static void values(StringBuilder sb, Network net) {
        sb.append("# ----- Batch normalisation of each hidden layer: γ and β (trained), the "
                + "running mean and variance\n# (not trained: moved towards each training "
                + "batch's statistics) -----\n");
        ScriptParts.normArrays(sb, net, "", "");
        sb.append('\n');
    }

    /** class BatchNorm: BatchNorm1d, with the engine's answer for a training batch of one row. */
    static void loneRowModule(StringBuilder sb) {
        sb.append("\nclass BatchNorm(nn.BatchNorm1d):\n");
        sb.append("    \"\"\"nn.BatchNorm1d, and the engine's answer for a training batch of "
                + "one row.\n\n");
        sb.append("    This run's last batch holds a single row, and BatchNorm1d refuses to "
                + "normalise one row by\n    its own statistics (\"Expected more than 1 value "
                + "per channel\"). The engine does it: μ = z and\n    σ² = 0, so x̂ = 0, "
                + "Y = β and no gradient reaches Z; the running mean moves towards z and the\n"
                + "    running variance towards 0.\n    \"\"\"\n\n");
        sb.append("    def forward(self, Z):\n");
        sb.append("        if not (self.training and len(Z) == 1):\n");
        sb.append("            return super().forward(Z)\n");
        sb.append("        with torch.no_grad():\n");
        sb.append("            self.running_mean.mul_(1 - self.momentum).add_(self.momentum "
                + "* Z[0])\n");
        sb.append("            self.running_var.mul_(1 - self.momentum)  # + momentum · 0\n");
        sb.append("        return self.weight * (Z * 0.0) + self.bias  # x̂ = 0: Y = β, "
                + "dL/dZ = 0\n\n\n");
    }

    /** Copies γ, β and the running statistics into the BatchNorm1d modules. */
    static void load(StringBuilder sb) {
        sb.append("NORMS = [m for m in model if isinstance(m, nn.BatchNorm1d)]\n");
        sb.append("with torch.no_grad():\n");
        sb.append("    for norm, g, beta, mean, var in zip(NORMS, BN_GAMMA, BN_BETA, RUNNING_MEAN, "
                + "RUNNING_VAR):\n");
        sb.append("        norm.weight.copy_(torch.tensor(g))  # γ\n");
        sb.append("        norm.bias.copy_(torch.tensor(beta))  # β\n");
        sb.append("        norm.running_mean.copy_(torch.tensor(mean))\n");
        sb.append("        norm.running_var.copy_(torch.tensor(var))\n");
    }
}
