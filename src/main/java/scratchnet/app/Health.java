package scratchnet.app;

import scratchnet.engine.Activation;
import scratchnet.engine.Dense;
import scratchnet.engine.Network;

/**
 * What the page shows about a network's health, read from its live buffers after the fact:
 * dead ReLU units, per-layer gradient norms and the first non-finite value. Nothing here
 * changes the network. (Stand-in for scratchnet.diag until that package lands; the numbers
 * are defined the same way.)
 */
final class Health {
    /** Per hidden unit, in layer order: 1 if dead, else 0. */
    private double[] dead = new double[0];
    /** Per layer with weights: fraction of its units that are dead (0 for non-ReLU layers). */
    private double[] deadFraction = new double[0];
    /** Per layer: √(‖dW‖² + ‖db‖²) of the latest step, before clipping. */
    private double[] gradNorm = new double[0];
    private long nonFiniteStep = -1;
    private int nonFiniteLayer = -1;

    /** Forgets everything; sizes the buffers for {@code net}. */
    void reset(Network net) {
        int units = 0;
        for (int l = 0; l < net.depth(); l++) {
            units += net.layer(l).outputs();
        }
        dead = new double[units];
        deadFraction = new double[net.depth()];
        gradNorm = new double[net.depth()];
        nonFiniteStep = -1;
        nonFiniteLayer = -1;
    }

    /**
     * Counts dead units from the pre-activations of the last forward pass, which must have
     * covered every training row: a ReLU unit is dead when z ≤ 0 for all of them, so its
     * output and its gradient are zero everywhere and no step can revive it.
     */
    void countDead(Network net) {
        int u = 0;
        for (int l = 0; l < net.depth(); l++) {
            Dense d = net.layer(l);
            int units = d.outputs();
            int rows = d.rows();
            double[] z = d.preActivations();
            boolean relu = d.activation() == Activation.RELU && l < net.depth() - 1;
            int deadHere = 0;
            for (int j = 0; j < units; j++) {
                boolean isDead = relu && rows > 0;
                for (int r = 0; isDead && r < rows; r++) {
                    isDead = z[r * units + j] <= 0;
                }
                dead[u++] = isDead ? 1 : 0;
                deadHere += isDead ? 1 : 0;
            }
            deadFraction[l] = (double) deadHere / units;
        }
    }

    /** Records each layer's gradient norm from the gradients of the step just taken. */
    void measureGradients(Network net) {
        for (int l = 0; l < net.depth(); l++) {
            Dense d = net.layer(l);
            gradNorm[l] = Math.sqrt(sumOfSquares(d.weightGrads()) + sumOfSquares(d.biasGrads()));
        }
    }

    private static double sumOfSquares(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return s;
    }

    /**
     * Looks for the first non-finite pre-activation, layer by layer, after a step whose loss was
     * not finite, and remembers where it was. Returns true (the run has diverged).
     */
    boolean markNonFinite(Network net, long step) {
        if (nonFiniteStep >= 0) {
            return true;
        }
        nonFiniteStep = step;
        nonFiniteLayer = net.depth() - 1;
        for (int l = 0; l < net.depth(); l++) {
            Dense d = net.layer(l);
            double[] z = d.preActivations();
            int n = d.rows() * d.outputs();
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(z[i])) {
                    nonFiniteLayer = l;
                    return true;
                }
            }
        }
        return true;
    }

    /** Whether a non-finite value has been seen. */
    boolean diverged() {
        return nonFiniteStep >= 0;
    }

    /** Step at which the first non-finite value appeared, or −1. */
    long nonFiniteStep() {
        return nonFiniteStep;
    }

    /** Layer (0 = first hidden) where it appeared, or −1. */
    int nonFiniteLayer() {
        return nonFiniteLayer;
    }

    double[] dead() {
        return dead.clone();
    }

    double[] deadFraction() {
        return deadFraction.clone();
    }

    double[] gradNorm() {
        return gradNorm.clone();
    }
}
