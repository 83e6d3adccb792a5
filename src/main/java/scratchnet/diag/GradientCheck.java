package scratchnet.diag;

import scratchnet.engine.Activation;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.math.Rng;

/**
 * Compares backpropagation with central differences, the tutorial's gold-standard test:
 * numeric = (J(θ + h) − J(θ − h)) / 2h for each checked parameter θ, where J is the mean data
 * loss plus the penalty on the batch, and relative error = |analytic − numeric| /
 * max(|analytic| + |numeric|, 1e-7) (the floor keeps two near-zero gradients from counting as
 * a large relative disagreement).
 *
 * <p>J is the training objective of the batch: with batch normalisation, the layers normalise
 * with the batch's own statistics ({@link Network#forwardBatch}), so the check covers the
 * gradient through μ and σ² too; {@link #normalization} checks γ and β, {@link #inputs} dL/dX.
 *
 * <p>The check runs on a copy of the network, so the caller's parameters and buffers are left
 * untouched. Costs two forward passes per checked parameter: sample for large networks. Near
 * a ReLU kink (|z| &lt; h) the numeric slope is legitimately off; use smooth activations or a
 * batch without such points when asserting tight bounds.
 */
public final class GradientCheck {
    /** The default step h. */
    public static final double DEFAULT_H = 1e-5;
    private static final double FLOOR = 1e-7;

    private GradientCheck() {
    }

    /**
     * The worst disagreement found.
     *
     * @param maxRelativeError the largest relative error over the checked parameters
     * @param buffer index into {@code net.parameters()} of the worst parameter (W then b per
     *     layer, so layer = buffer / 2)
     * @param index position inside that buffer
     * @param analytic backpropagation's value there
     * @param numeric the central difference there
     * @param checked how many parameters were checked
     */
    public record Result(double maxRelativeError, int buffer, int index, double analytic,
            double numeric, int checked) {
    }

    /**
     * Checks every parameter ({@code sample} ≤ 0 or ≥ the parameter count) or {@code sample}
     * distinct parameters drawn from {@code rng}.
     *
     * @param x batch, rows × inputs
     * @param y targets for those rows
     */
    public static Result run(Network net, double[] x, double[] y, int rows, Penalty penalty,
            int sample, Rng rng, double h) {
        Network copy = net.copy();
        copy.forwardBatch(x, rows);
        copy.backward(y, penalty);
        double[][] params = copy.parameters();
        double[][] grads = copy.gradients();
        int total = copy.parameterCount();
        int[] order = new int[total];
        for (int i = 0; i < total; i++) {
            order[i] = i;
        }
        int count = sample <= 0 || sample >= total ? total : sample;
        for (int i = 0; i < count && count < total; i++) {
            // partial Fisher-Yates: order[0..count) becomes a uniform sample without repeats
            int j = i + rng.nextInt(total - i);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        double[] analytic = new double[total];
        int at = 0;
        for (double[] g : grads) {
            System.arraycopy(g, 0, analytic, at, g.length);
            at += g.length;
        }
        Result worst = new Result(0, -1, -1, Double.NaN, Double.NaN, count);
        for (int c = 0; c < count; c++) {
            int flat = order[c];
            int k = 0;
            int i = flat;
            while (i >= params[k].length) {
                i -= params[k].length;
                k++;
            }
            double saved = params[k][i];
            params[k][i] = saved + h;
            double plus = objective(copy, x, y, rows, penalty);
            params[k][i] = saved - h;
            double minus = objective(copy, x, y, rows, penalty);
            params[k][i] = saved;
            double numeric = (plus - minus) / (2 * h);
            double a = analytic[flat];
            double rel = Math.abs(a - numeric) / Math.max(Math.abs(a) + Math.abs(numeric), FLOOR);
            double max = worst.maxRelativeError();
            boolean worse = rel != rel ? max == max : rel > max; // a NaN stays the worst
            if (worse || worst.buffer() < 0) {
                worst = new Result(rel, k, i, a, numeric, count);
            }
        }
        return worst;
    }

    /**
     * One parameter's check.
     *
     * @param layer the layer (0 = first hidden)
     * @param bias whether it is a bias (else a weight)
     * @param index its position: i·n_out + j for W[i, j], j for b[j]
     * @param analytic backpropagation's dJ/dθ
     * @param numeric (J(θ + h) − J(θ − h)) / 2h
     * @param relativeError |analytic − numeric| / max(|analytic| + |numeric|, 1e-7)
     * @param kink whether moving θ by ±h flipped the sign of some ReLU or leaky-ReLU z on the
     *     batch: the loss has a corner between the two points, so the difference measures a
     *     mix of two slopes and a large error there says nothing about backpropagation
     */
    public record Entry(int layer, boolean bias, int index, double analytic, double numeric,
            double relativeError, boolean kink) {
    }

    /** Checks every weight and bias of layer {@code layer} with step {@code h}. */
    public static Entry[] layer(Network net, double[] x, double[] y, int rows, Penalty penalty,
            int layer, double h) {
        Network copy = net.copy();
        copy.forwardBatch(x, rows);
        copy.backward(y, penalty);
        double[][] params = copy.parameters();
        double[][] grads = copy.gradients();
        int weights = params[2 * layer].length;
        Entry[] out = new Entry[weights + params[2 * layer + 1].length];
        for (int e = 0; e < out.length; e++) {
            boolean bias = e >= weights;
            int k = 2 * layer + (bias ? 1 : 0);
            int i = bias ? e - weights : e;
            double a = grads[k][i];
            double saved = params[k][i];
            params[k][i] = saved + h;
            double plus = objective(copy, x, y, rows, penalty);
            boolean[] signs = signs(copy);
            params[k][i] = saved - h;
            double minus = objective(copy, x, y, rows, penalty);
            boolean kink = !java.util.Arrays.equals(signs, signs(copy));
            params[k][i] = saved;
            double numeric = (plus - minus) / (2 * h);
            double rel = Math.abs(a - numeric) / Math.max(Math.abs(a) + Math.abs(numeric), FLOOR);
            out[e] = new Entry(layer, bias, i, a, numeric, rel, kink);
        }
        return out;
    }

    /**
     * Checks γ (entries with {@code bias} false) then β ({@code bias} true) of layer
     * {@code layer}'s batch normalisation; empty when the layer has none.
     */
    public static Entry[] normalization(Network net, double[] x, double[] y, int rows,
            Penalty penalty, int layer, double h) {
        if (net.layer(layer).norm() == null) {
            return new Entry[0];
        }
        Network copy = net.copy();
        copy.forwardBatch(x, rows);
        copy.backward(y, penalty);
        scratchnet.engine.BatchNorm bn = copy.layer(layer).norm();
        int units = bn.units();
        Entry[] out = new Entry[2 * units];
        for (int e = 0; e < out.length; e++) {
            boolean isBeta = e >= units;
            int i = isBeta ? e - units : e;
            double[] p = isBeta ? bn.beta() : bn.gamma();
            double a = isBeta ? bn.betaGrads()[i] : bn.gammaGrads()[i];
            out[e] = probe(copy, x, y, rows, penalty, p, i, h, layer, isBeta, a);
        }
        return out;
    }

    /**
     * Checks dJ/dx for every input value of the batch ({@code layer} −1, {@code index} =
     * row·inputs + column): backpropagation's {@link Network#inputGradient} against central
     * differences, through every layer's batch statistics.
     */
    public static Entry[] inputs(Network net, double[] x, double[] y, int rows,
            Penalty penalty, double h) {
        Network copy = net.copy();
        copy.forwardBatch(x, rows);
        copy.backward(y, penalty);
        double[] analytic = copy.inputGradient();
        double[] xs = java.util.Arrays.copyOf(x, rows * net.inputs());
        Entry[] out = new Entry[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = probe(copy, xs, y, rows, penalty, xs, i, h, -1, false, analytic[i]);
        }
        return out;
    }

    private static Entry probe(Network copy, double[] x, double[] y, int rows, Penalty penalty,
            double[] p, int i, double h, int layer, boolean bias, double a) {
        double saved = p[i];
        p[i] = saved + h;
        double plus = objective(copy, x, y, rows, penalty);
        boolean[] signs = signs(copy);
        p[i] = saved - h;
        double minus = objective(copy, x, y, rows, penalty);
        boolean kink = !java.util.Arrays.equals(signs, signs(copy));
        p[i] = saved;
        double numeric = (plus - minus) / (2 * h);
        double rel = Math.abs(a - numeric) / Math.max(Math.abs(a) + Math.abs(numeric), FLOOR);
        return new Entry(layer, bias, i, a, numeric, rel, kink);
    }

    /** z &gt; 0 for every rectifier unit and row of the last forward pass, layer after layer. */
    private static boolean[] signs(Network net) {
        int n = 0;
        for (int l = 0; l < net.depth(); l++) {
            if (rectifier(net, l)) {
                n += net.layer(l).rows() * net.layer(l).outputs();
            }
        }
        boolean[] out = new boolean[n];
        int at = 0;
        for (int l = 0; l < net.depth(); l++) {
            if (rectifier(net, l)) {
                double[] z = net.layer(l).preActivations();
                int m = net.layer(l).rows() * net.layer(l).outputs();
                for (int i = 0; i < m; i++) {
                    out[at++] = z[i] > 0;
                }
            }
        }
        return out;
    }

    private static boolean rectifier(Network net, int l) {
        Activation f = net.layer(l).activation();
        return f == Activation.RELU || f == Activation.LEAKY_RELU;
    }

    /** Checks every parameter with the default step. */
    public static Result all(Network net, double[] x, double[] y, int rows, Penalty penalty) {
        return run(net, x, y, rows, penalty, 0, null, DEFAULT_H);
    }

    private static double objective(Network net, double[] x, double[] y, int rows,
            Penalty penalty) {
        return net.batchLoss(x, y, rows) + net.penalty(penalty);
    }
}
