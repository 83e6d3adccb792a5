package scratchnet.labs;

import scratchnet.diag.GradNorms;
import scratchnet.diag.LayerActivity;
import scratchnet.diag.LayerNorms;
import scratchnet.diag.NonFiniteReport;
import scratchnet.engine.Activation;

/**
 * What the ordinary playground should point out, named after the lab that explains it.
 *
 * <p>{@link #detect} is a pure function of the latest diagnostics. It checks, in this order,
 * and returns the first finding:
 * <ol>
 *   <li>a non-finite value (any {@link NonFiniteReport}) → {@code nan-explosion};
 *   <li>an exploding gradient: some layer's ‖(dW, db)‖ ≥ {@value #EXPLODING_NORM} →
 *       {@code nan-explosion};
 *   <li>dead units: some hidden ReLU layer with a dead share ≥ {@value #DEAD_SHARE} →
 *       {@code dying-relu};
 *   <li>vanishing gradients: gradNorm(last layer) / gradNorm(first layer) ≥
 *       {@value #VANISHING_RATIO} → {@code vanishing-gradients};
 *   <li>saturation: some hidden sigmoid/tanh layer with a saturated share ≥
 *       {@value #SATURATED_SHARE} → {@code vanishing-gradients}.
 * </ol>
 * {@link #detectOverfitting} reads loss histories instead.
 *
 * @param phenomenon what was found
 * @param lab the lab to link
 * @param value the measured figure (dead share, ratio, norm, or the failing step)
 * @param threshold the threshold it crossed (NaN for a non-finite value)
 * @param layer the layer concerned, or −1
 */
public record Hint(Phenomenon phenomenon, LabId lab, double value, double threshold,
        int layer) {
    /** Gradient norm of one layer from which gradients count as exploding. */
    public static final double EXPLODING_NORM = 1e3;
    /** Dead share of a hidden ReLU layer from which it is pointed out. */
    public static final double DEAD_SHARE = 0.5;
    /** Last-over-first gradient-norm ratio from which gradients count as vanishing. */
    public static final double VANISHING_RATIO = 100;
    /** Saturated share of a hidden sigmoid/tanh layer from which it is pointed out. */
    public static final double SATURATED_SHARE = 0.5;
    /** End-over-best test-loss ratio from which a run counts as overfitting. */
    public static final double OVERFIT_RATIO = 1.1;

    /** The phenomena a hint can name. */
    public enum Phenomenon {
        NON_FINITE, EXPLODING_GRADIENTS, DEAD_UNITS, VANISHING_GRADIENTS, SATURATED_UNITS,
        OVERFITTING
    }

    /**
     * The most urgent finding, or null when nothing crosses a threshold. Any argument may be
     * null when that probe was not run.
     */
    public static Hint detect(NonFiniteReport nonFinite, LayerNorms[] norms,
            LayerActivity[] activity) {
        if (nonFinite != null) {
            return new Hint(Phenomenon.NON_FINITE, LabId.NAN_EXPLOSION, nonFinite.step(),
                    Double.NaN, nonFinite.layer());
        }
        if (norms != null) {
            for (LayerNorms n : norms) {
                if (n.gradNorm() >= EXPLODING_NORM) {
                    return new Hint(Phenomenon.EXPLODING_GRADIENTS, LabId.NAN_EXPLOSION,
                            n.gradNorm(), EXPLODING_NORM, n.layer());
                }
            }
        }
        Hint dead = hiddenShare(activity, true);
        if (dead != null) {
            return dead;
        }
        if (norms != null && norms.length > 1) {
            double ratio = GradNorms.lastOverFirst(norms);
            if (ratio >= VANISHING_RATIO) {
                return new Hint(Phenomenon.VANISHING_GRADIENTS, LabId.VANISHING_GRADIENTS,
                        ratio, VANISHING_RATIO, 0);
            }
        }
        return hiddenShare(activity, false);
    }

    /** The largest dead (or saturated) share over the hidden layers, if past its threshold. */
    private static Hint hiddenShare(LayerActivity[] activity, boolean dead) {
        if (activity == null) {
            return null;
        }
        for (int l = 0; l < activity.length - 1; l++) {
            LayerActivity a = activity[l];
            if (dead && a.activation() == Activation.RELU && a.deadFraction() >= DEAD_SHARE) {
                return new Hint(Phenomenon.DEAD_UNITS, LabId.DYING_RELU, a.deadFraction(),
                        DEAD_SHARE, l);
            }
            if (!dead && a.saturatedFraction() >= SATURATED_SHARE) {
                return new Hint(Phenomenon.SATURATED_UNITS, LabId.VANISHING_GRADIENTS,
                        a.saturatedFraction(), SATURATED_SHARE, l);
            }
        }
        return null;
    }

    /**
     * Overfitting from per-epoch histories (index 0 before training): the latest test loss is
     * at least {@value #OVERFIT_RATIO} times the lowest so far while the training loss has
     * fallen since that lowest epoch. Null otherwise, or without test losses.
     */
    public static Hint detectOverfitting(double[] trainLoss, double[] testLoss) {
        int last = testLoss.length - 1;
        if (last < 1 || Double.isNaN(testLoss[last])) {
            return null;
        }
        int best = 0;
        for (int e = 1; e <= last; e++) {
            if (testLoss[e] < testLoss[best]) {
                best = e;
            }
        }
        double ratio = testLoss[last] / testLoss[best];
        if (ratio >= OVERFIT_RATIO && trainLoss[last] < trainLoss[best]) {
            return new Hint(Phenomenon.OVERFITTING, LabId.OVERFITTING, ratio, OVERFIT_RATIO, -1);
        }
        return null;
    }
}
