package scratchnet.format;

import scratchnet.data.Dataset;
import scratchnet.engine.Loss;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.train.TrainSpec;

/**
 * Writes a run as a self-contained, from-scratch NumPy script: the training rows and the
 * network's weights embedded as exact literals, the forward pass, backpropagation, the
 * penalty, gradient clipping, the optimizer and the learning-rate schedule written out in the
 * tutorial's notation, and an evaluation before and after training.
 *
 * <p>The script does what the engine's {@code Trainer} does with shuffling off, operation for
 * operation and in float64, so after the same steps it holds the same weights up to rounding
 * (NumPy adds the sums of a matrix product in another order). What it leaves out (dropout,
 * early stopping) it says in its docstring; docs/formats.md lists the guarantees.
 */
public final class NumpyExport {
    /** What a list of numbers is wrapped in to become a float64 array in the script. */
    static final String ARRAY_OPEN = "np.array(";
    static final String ARRAY_CLOSE = ", dtype=np.float64)";

    private NumpyExport() {
    }

    /**
     * The NumPy script that trains {@code net}, from its current weights, on {@code train} for
     * {@code epochs} epochs with the settings of {@code spec} (batches in file order whatever
     * {@code spec.shuffle()} says). Run as {@code python3 script.py [model.json]}, it prints
     * {@code loss before <L0> after <L1>} (mean training loss, 6 significant digits) on its
     * last line and, given a path, writes the trained weights there as a ScratchNet model file.
     *
     * @throws IllegalArgumentException if the data do not fit the network or a number is not
     *     finite
     */
    public static String script(Network net, TrainSpec spec, Dataset train, int epochs) {
        ScriptParts.check(net, spec, train, epochs);
        StringBuilder sb = new StringBuilder();
        header(sb, net, spec, train, epochs);
        ScriptSettings.settings(sb, net, spec, train, epochs);
        data(sb, net, train);
        parameters(sb, net);
        if (net.batchNorm()) {
            NumpyBatchNorm.parameters(sb, net);
        }
        NumpyParts.activations(sb, net);
        NumpyParts.forwardAndBackward(sb, net, spec.penalty());
        NumpyParts.lossAndGradient(sb, net);
        if (spec.clipNorm() > 0) {
            NumpyParts.clip(sb);
        }
        NumpyParts.optimizer(sb, spec.optimizer());
        ScriptSettings.schedule(sb, spec);
        train(sb, spec, net.batchNorm() ? NumpyBatchNorm.LOOP : LOOP);
        ScriptParts.saveModel(sb, net, "W[l].tolist()", "b[l].tolist()",
                net.batchNorm() ? NumpyBatchNorm.saved() : null);
        main(sb, net);
        return sb.toString();
    }

    private static void header(StringBuilder sb, Network net, TrainSpec spec, Dataset train,
            int epochs) {
        sb.append("#!/usr/bin/env python3\n");
        sb.append("\"\"\"A ScratchNet run as a from-scratch NumPy script (exported by ScratchNet).\n\n");
        sb.append(ScriptSettings.description(net, spec, train, epochs)).append('\n');
        sb.append("Everything is float64 and follows ScratchNet's engine step by step, so after "
                + "the same steps\nboth hold the same weights up to rounding. The tutorial's "
                + "notation, for each layer:\n"
                + "    forward   Z = X·W + b,  A = f(Z)        (W is n_in × n_out, X is rows × n_in)\n"
                + "    backward  dZ = dA ⊙ f′(Z),  dW = A_prevᵀ·dZ,  db = Σ_rows dZ,  "
                + "dA_prev = dZ·Wᵀ\n"
                + "Every loss is a mean over the rows of the batch, so dZ of the output layer "
                + "carries 1/n.\n\n");
        if (net.batchNorm()) {
            sb.append("Batch normalisation sits between each hidden layer's X·W + b and its "
                    + "activation:\n"
                    + "    Z ← γ·(Z − μ)/√(σ² + ε) + β   for every unit, then A = f(Z)\n"
                    + "While training, μ and σ² are the batch's own (σ² biased), the backward "
                    + "pass goes through\nthem, and the running mean and variance move towards "
                    + "them; every other pass (the losses\nprinted, the predictions) uses the "
                    + "running statistics, as ScratchNet and PyTorch's\nBatchNorm1d do.\n\n");
        }
        ScriptParts.docstringEndAndImports(sb, net, spec);
        sb.append("\nimport numpy as np\n\n");
    }

    private static void data(StringBuilder sb, Network net, Dataset train) {
        sb.append("# ----- The training data: one row per example, embedded exactly -----\n");
        sb.append("X = np.array(");
        ScriptParts.matrix(sb, "", train.x(), train.rows(), train.cols());
        sb.append(", dtype=np.float64)  # rows × n_in\n");
        if (net.loss() == Loss.SOFTMAX_CE) {
            sb.append("LABELS = np.array(");
            ScriptParts.flatList(sb, "", ScriptParts.targets(train, net.loss()));
            sb.append(")  # class index of each row\n");
            sb.append("Y = np.eye(").append(net.outputs())
                    .append(", dtype=np.float64)[LABELS]  # one-hot targets, rows × K\n\n");
        } else {
            sb.append("Y = np.array(");
            ScriptParts.flatList(sb, "", ScriptParts.targets(train, net.loss()));
            sb.append(", dtype=np.float64).reshape(-1, 1)  # ")
                    .append(net.loss() == Loss.BCE ? "labels 0/1" : "targets")
                    .append(", rows × 1\n\n");
        }
    }

    private static void parameters(StringBuilder sb, Network net) {
        sb.append("# ----- The weights: W[l] is n_in × n_out, b[l] has n_out values -----\n");
        sb.append("# W[l][i, j] connects input i to unit j, as in the engine and the model file\n");
        sb.append("W = [\n");
        for (int l = 0; l < net.depth(); l++) {
            sb.append("    ").append(ARRAY_OPEN);
            ScriptParts.weights(sb, "    ", net.layer(l));
            sb.append(ARRAY_CLOSE).append(",\n");
        }
        sb.append("]\n");
        ScriptParts.arrays(sb, "b", ScriptParts.biases(net), ARRAY_OPEN, ARRAY_CLOSE);
        sb.append("\n\n");
    }

    /**
     * What the training loop of the plain script holds where the batch-norm one differs (see
     * {@link NumpyBatchNorm#LOOP}): the parameters handed to the optimizer, the forward and
     * backward pass of one batch, and the gradients in the parameters' order.
     */
    static final LoopParts LOOP = new LoopParts(
            "    params = [p for l in range(len(W)) for p in (W[l], b[l])]  "
                    + "# W, b of layer 1, then layer 2, ...\n",
            "            Zs, As = forward(Xb)\n"
                    + "            dW, db = backward(Zs, As, Yb)\n",
            "");

    /**
     * The parts of {@link #train} that differ between the plain and the batch-norm script,
     * each a run of whole lines.
     *
     * @param params the lines that set {@code params}, the list the optimizer updates
     * @param passes the lines of one batch's forward and backward pass, ending with dW, db
     * @param moreGrads lines after {@code grads} is set to dW, db of every layer, adding the
     *     gradients of the other params (empty when there are none)
     */
    record LoopParts(String params, String passes, String moreGrads) {
    }

    /**
     * train(): {@link ScriptParts#trainLoop} with the NumPy step, what differs between the
     * plain and the batch-norm script taken from {@code parts}.
     */
    private static void train(StringBuilder sb, TrainSpec spec, LoopParts parts) {
        StringBuilder step = new StringBuilder();
        step.append(parts.passes());
        step.append("            grads = [g for l in range(len(W)) for g in (dW[l], db[l])]\n");
        step.append(parts.moreGrads());
        if (spec.clipNorm() > 0) {
            step.append("            grads = clip(grads)\n");
        }
        step.append("            optimizer.step(grads, learning_rate(t))\n");
        ScriptParts.trainLoop(sb, parts.params() + "    optimizer = Optimizer(params)\n",
                step.toString());
    }

    private static void main(StringBuilder sb, Network net) {
        sb.append("def main():\n");
        sb.append("    before = loss(X, Y)\n");
        sb.append("    steps = train()\n");
        sb.append("    after = loss(X, Y)\n");
        sb.append("    A = forward(X)[1][-1]\n");
        if (net.loss() == Loss.BCE) {
            sb.append("    accuracy = np.mean((A >= 0.5) == (Y == 1))  # class 1 when p >= 0.5\n");
        } else if (net.loss() == Loss.SOFTMAX_CE) {
            sb.append("    accuracy = np.mean(np.argmax(A, axis=1) == LABELS)\n");
        } else {
            sb.append("    mae = np.mean(np.abs(A - Y))  # mean absolute error, in target units\n");
        }
        ScriptParts.mainEnd(sb, net);
    }

    /** Whether the penalty adds anything. */
    static boolean penalised(Penalty p) {
        return p.kind() != Penalty.Kind.NONE && p.rate() > 0;
    }
}
