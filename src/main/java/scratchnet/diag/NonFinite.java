package scratchnet.diag;

import scratchnet.engine.Dense;
import scratchnet.engine.Network;

/**
 * Finds the first NaN or infinity of a training step, in the order the step produced its
 * values: input batch → for each layer, first to last, z then a → loss → for each layer, last
 * to first (as backpropagation writes them), dW then db → for each layer, W then b after the
 * update. Within a buffer the lowest index comes first (row-major, the order the kernels write).
 *
 * <p>It only reads the network's live buffers, which after a step still hold that step's
 * forward pass, gradients and updated parameters; so it must run before anything else (e.g. an
 * evaluation pass for {@link DeadUnits}) overwrites them. Nothing is changed, so on a report
 * the caller can pause with the model exactly as the failing step left it. A caller that wants
 * the weights to stay finite calls {@link #beforeUpdate} between backward and the optimizer
 * step and skips the update on a report; {@link #afterUpdate} then checks the parameters.
 *
 * <p>The probe remembers the latest clean step (every value finite) and reports its loss and
 * gradient norm with a failure. Cost: one pass over each buffer; no allocation unless a
 * report is returned.
 */
public final class NonFinite {
    private long cleanStep = -1;
    private double cleanLoss = Double.NaN;
    private double cleanGradNorm = Double.NaN;
    private long pendingStep = Long.MIN_VALUE;
    private double pendingLoss;
    private double pendingGradNorm;

    /** Forgets the remembered clean step, as for a fresh run. */
    public void reset() {
        cleanStep = -1;
        cleanLoss = Double.NaN;
        cleanGradNorm = Double.NaN;
        pendingStep = Long.MIN_VALUE;
    }

    /**
     * Checks a whole step after the optimizer update: {@link #beforeUpdate} then
     * {@link #afterUpdate}.
     *
     * @return the first non-finite value, or null if the step was clean
     */
    public NonFiniteReport check(long step, Network net, double[] x, int rows, double loss) {
        NonFiniteReport r = beforeUpdate(step, net, x, rows, loss);
        return r != null ? r : afterUpdate(step, net);
    }

    /**
     * Checks input, z and a of every layer, the loss, and the gradients, after backward and
     * before the optimizer step.
     *
     * @param x the batch given to forward, rows × inputs
     * @param loss the value backward returned
     * @return the first non-finite value, or null
     */
    public NonFiniteReport beforeUpdate(long step, Network net, double[] x, int rows,
            double loss) {
        int bad = firstNonFinite(x, rows * net.inputs());
        if (bad >= 0) {
            return report(step, -1, Quantity.INPUT, bad, x[bad]);
        }
        for (int l = 0; l < net.depth(); l++) {
            Dense d = net.layer(l);
            int n = d.rows() * d.outputs();
            bad = firstNonFinite(d.preActivations(), n);
            if (bad >= 0) {
                return report(step, l, Quantity.PRE_ACTIVATION, bad, d.preActivations()[bad]);
            }
            bad = firstNonFinite(d.activations(), n);
            if (bad >= 0) {
                return report(step, l, Quantity.ACTIVATION, bad, d.activations()[bad]);
            }
        }
        if (!Double.isFinite(loss)) {
            return report(step, -1, Quantity.LOSS, 0, loss);
        }
        for (int l = net.depth() - 1; l >= 0; l--) {
            Dense d = net.layer(l);
            NonFiniteReport r = checkPair(step, l, Quantity.GRADIENT, d.weightGrads(),
                    d.biasGrads());
            if (r != null) {
                return r;
            }
        }
        pendingStep = step;
        pendingLoss = loss;
        pendingGradNorm = gradientNorm(net);
        return null;
    }

    /**
     * Checks W and b of every layer after the optimizer step. If {@link #beforeUpdate} passed
     * for the same step, the step is remembered as the latest clean one.
     *
     * @return the first non-finite parameter, or null
     */
    public NonFiniteReport afterUpdate(long step, Network net) {
        for (int l = 0; l < net.depth(); l++) {
            Dense d = net.layer(l);
            NonFiniteReport r = checkPair(step, l, Quantity.WEIGHT, d.weights(), d.biases());
            if (r != null) {
                return r;
            }
        }
        if (pendingStep == step) {
            cleanStep = step;
            cleanLoss = pendingLoss;
            cleanGradNorm = pendingGradNorm;
        }
        return null;
    }

    /** The gradient norm ‖(dW, db)‖ over all layers from the last backward pass. */
    public static double gradientNorm(Network net) {
        double sum = 0;
        for (int l = 0; l < net.depth(); l++) {
            double g = Norms.l2(net.layer(l).weightGrads(), net.layer(l).biasGrads());
            sum += g * g;
        }
        if (sum != Double.POSITIVE_INFINITY) {
            return Math.sqrt(sum);
        }
        // Squares of huge norms overflow: combine them scaled by the largest.
        double max = 0;
        for (int l = 0; l < net.depth(); l++) {
            max = Math.max(max, Norms.l2(net.layer(l).weightGrads(), net.layer(l).biasGrads()));
        }
        if (max == Double.POSITIVE_INFINITY) {
            return max;
        }
        double scaled = 0;
        for (int l = 0; l < net.depth(); l++) {
            double g = Norms.l2(net.layer(l).weightGrads(), net.layer(l).biasGrads()) / max;
            scaled += g * g;
        }
        return max * Math.sqrt(scaled);
    }

    private NonFiniteReport checkPair(long step, int layer, Quantity q, double[] w, double[] b) {
        int bad = firstNonFinite(w, w.length);
        if (bad >= 0) {
            return report(step, layer, q, bad, w[bad]);
        }
        bad = firstNonFinite(b, b.length);
        if (bad >= 0) {
            return report(step, layer, q, w.length + bad, b[bad]);
        }
        return null;
    }

    private NonFiniteReport report(long step, int layer, Quantity q, int index, double value) {
        pendingStep = Long.MIN_VALUE;
        return new NonFiniteReport(step, layer, q, index, value, cleanStep, cleanLoss,
                cleanGradNorm);
    }

    /** Index of the first NaN or ±∞ among the first n values, or −1. */
    static int firstNonFinite(double[] v, int n) {
        for (int i = 0; i < n; i++) {
            // v − v is 0 for every finite v and NaN for NaN and ±∞: one test for both.
            if (v[i] - v[i] != 0) {
                return i;
            }
        }
        return -1;
    }
}
