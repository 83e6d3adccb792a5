package scratchnet.labs;

import scratchnet.diag.GradNorms;
import scratchnet.diag.LayerActivity;
import scratchnet.diag.LayerNorms;
import scratchnet.diag.NonFiniteReport;
import scratchnet.engine.Activation;

/**
 * What the ordinary playground should point out, named after the lab that explains it.
 *
 * <p>The playground asks {@link #diagnose} with a {@link Reading} of the run (diagnostics and
 * the recent loss history). It checks, in this order, and returns the first finding:
 * <ol>
 *   <li>a non-finite value → {@code nan-explosion};
 *   <li>the learning rate is too high: over the recent readings the training loss rose by a
 *       factor of {@value #RISE} or more, or jumped (its largest value {@value #JUMP} times its
 *       smallest),
 *       while a classifier stays within {@value #CHANCE_MARGIN} of chance accuracy (a
 *       regression: above its starting loss) → {@code nan-explosion}, whose fixes include a
 *       smaller rate;
 *   <li>symmetry: a hidden layer of two or more units whose units all have the same incoming
 *       weights and bias (as zero initialisation makes them); they get the same gradient, so
 *       they stay copies of one unit (no lab);
 *   <li>the learning rate is too small: the last update moved the parameters by less than
 *       {@value #TINY_UPDATE} of their norm while the loss is still above
 *       {@value #LEARNED}× its starting value → {@code tiny-learning-rate};
 *   <li>dead units, as below;
 *   <li>only when learning is stuck (the loss fell by less than {@value #PLATEAU} over the
 *       recent readings and is still above {@value #LEARNED}× its start): exploding
 *       gradients, vanishing gradients (never on an infinite or NaN ratio) and saturation, as
 *       below;
 *   <li>overfitting, from the test-loss history ({@link #detectOverfitting}).
 * </ol>
 *
 * <p>{@link #detect} is the part that reads one step's diagnostics alone (the labs use it). It
 * checks, in this order, and returns the first finding:
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
 * @param lab the lab to link, or null when no lab explains it
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
    /** Rise of the training loss over the recent readings that counts as rising. */
    public static final double RISE = 1.2;
    /** Largest-over-smallest loss within the recent readings that counts as jumping. */
    public static final double JUMP = 1.5;
    /** How close to chance accuracy a classifier must be for a rate to count as too high. */
    public static final double CHANCE_MARGIN = 0.1;
    /** Update size ‖Δθ‖ / ‖θ‖ below which a step counts as tiny. */
    public static final double TINY_UPDATE = 1e-5;
    /** Share of the starting loss below which a run counts as having learned something. */
    public static final double LEARNED = 0.8;
    /** Relative fall of the loss over the recent readings below which learning is stuck. */
    public static final double PLATEAU = 0.01;
    /** Readings a loss trend is judged over (the newest ones). */
    public static final int WINDOW = 8;

    /** The phenomena a hint can name. */
    public enum Phenomenon {
        NON_FINITE, RATE_TOO_HIGH, SYMMETRY, RATE_TOO_SMALL, EXPLODING_GRADIENTS, DEAD_UNITS,
        VANISHING_GRADIENTS, SATURATED_UNITS, OVERFITTING
    }

    /**
     * What the playground knows about its run at one refresh.
     *
     * @param nonFinite the first non-finite value, or null
     * @param norms each layer's gradient norm at the latest measured step, or null
     * @param activity each layer's unit activity on the training set, or null
     * @param trainLoss training loss at each reading so far (index 0 before training)
     * @param testLoss test loss at each reading (NaN without a test set)
     * @param accuracy share classified right now (NaN for regression)
     * @param chance the accuracy of always guessing the commonest class (NaN for regression)
     * @param updateRatio ‖Δθ‖ / ‖θ‖ of the latest update (NaN before one)
     * @param symmetricLayer the first hidden layer whose units are all identical, or −1
     */
    public record Reading(NonFiniteReport nonFinite, LayerNorms[] norms,
            LayerActivity[] activity, double[] trainLoss, double[] testLoss, double accuracy,
            double chance, double updateRatio, int symmetricLayer) {
    }

    /** The most urgent finding in {@code r} (see the class comment), or null. */
    public static Hint diagnose(Reading r) {
        if (r.nonFinite() != null) {
            return detect(r.nonFinite(), null, null);
        }
        double[] loss = r.trainLoss();
        int last = loss.length - 1;
        double start = loss.length > 0 ? loss[0] : Double.NaN;
        double now = last >= 0 ? loss[last] : Double.NaN;
        boolean learned = now < LEARNED * start;
        if (last >= WINDOW && hopeless(now, start, r.accuracy(), r.chance())) {
            double rise = now / loss[last - WINDOW];
            double jump = spread(loss, last - WINDOW, last);
            if (rise >= RISE || jump >= JUMP) {
                return rise >= RISE
                        ? new Hint(Phenomenon.RATE_TOO_HIGH, LabId.NAN_EXPLOSION, rise, RISE, -1)
                        : new Hint(Phenomenon.RATE_TOO_HIGH, LabId.NAN_EXPLOSION, jump, JUMP, -1);
            }
        }
        if (r.symmetricLayer() >= 0) {
            return new Hint(Phenomenon.SYMMETRY, null, 0, Double.NaN, r.symmetricLayer());
        }
        if (r.updateRatio() < TINY_UPDATE && last >= 1 && !learned) {
            return new Hint(Phenomenon.RATE_TOO_SMALL, LabId.TINY_LEARNING_RATE,
                    r.updateRatio(), TINY_UPDATE, -1);
        }
        Hint dead = hiddenShare(r.activity(), true);
        if (dead != null) {
            return dead;
        }
        boolean stuck = last >= WINDOW && !learned
                && !(loss[last] < (1 - PLATEAU) * loss[last - WINDOW]);
        if (stuck) {
            Hint h = detect(null, r.norms(), r.activity());
            if (h != null && Double.isFinite(h.value())) {
                return h;
            }
        }
        return r.testLoss() == null ? null : detectOverfitting(loss, r.testLoss());
    }

    /**
     * Whether the run is no better than guessing: a classifier within {@link #CHANCE_MARGIN} of
     * chance accuracy, a regression at or above its starting loss.
     */
    private static boolean hopeless(double now, double start, double accuracy, double chance) {
        return Double.isNaN(chance) ? !(now < start) : !(accuracy > chance + CHANCE_MARGIN);
    }

    /** Largest over smallest of {@code loss[from..to]}. */
    private static double spread(double[] loss, int from, int to) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = from; i <= to; i++) {
            lo = Math.min(lo, loss[i]);
            hi = Math.max(hi, loss[i]);
        }
        return hi / lo;
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

    /**
     * The hint as the page says it: what was measured and what to try. {@code nonFinite}
     * describes the first non-finite value (used for {@link Phenomenon#NON_FINITE} only).
     */
    public String sentence(String nonFinite) {
        String layerName = "layer " + (layer + 1);
        switch (phenomenon) {
            case NON_FINITE:
                return "The run stopped: a value stopped being a number at step " + (long) value
                        + " (" + nonFinite + "). The steps grew until they overflowed. Lower the "
                        + "learning rate, clip the gradients or pick a smaller initialiser, then "
                        + "reset.";
            case RATE_TOO_HIGH:
                return "The learning rate is too high: the training loss keeps jumping (up to "
                        + figure(value) + "× within the last " + WINDOW + " readings) and the "
                        + "network does no better than guessing. Each step overshoots the "
                        + "minimum; divide the rate by 10.";
            case SYMMETRY:
                return "Every unit in " + layerName + " has the same weights and bias, so they "
                        + "all compute the same thing and get the same update: the layer acts "
                        + "as one unit, forever. Start from random weights (He or Xavier) and "
                        + "reset.";
            case RATE_TOO_SMALL:
                return "The learning rate is too small: the last step moved the weights by "
                        + figure(value) + " of their size and the loss has barely fallen. "
                        + "Multiply the rate by 10 or 100.";
            case EXPLODING_GRADIENTS:
                return "The gradient of " + layerName + " has norm " + figure(value) + " (over "
                        + figure(threshold) + ") and the loss is not falling: updates this large "
                        + "usually end in overflow. Lower the learning rate or turn on gradient "
                        + "clipping.";
            case DEAD_UNITS:
                return Math.round(value * 100) + " % of the ReLU units in " + layerName
                        + " are dead (greyed in the diagram): they output 0 for every training "
                        + "point, so no gradient reaches them. Try leaky ReLU, He initialisation "
                        + "or a lower rate.";
            case VANISHING_GRADIENTS:
                return "Learning is stuck and the last layer's gradient is " + figure(value)
                        + " times the first layer's: the early layers barely learn. Try ReLU "
                        + "with He initialisation or fewer layers.";
            case SATURATED_UNITS:
                return Math.round(value * 100) + " % of the units in " + layerName + " are "
                        + "saturated (stuck near their limits, where the slope is almost 0) and "
                        + "learning is stuck. Try smaller initial weights, a lower rate or ReLU.";
            default:
                return "The test loss is rising while the training loss falls: the network is "
                        + "memorising. Try L2, dropout, fewer units or more data.";
        }
    }

    /**
     * What {@link #diagnose} watches for, one plain line per check in the order it checks,
     * with the thresholds it uses: the page lists them while no hint shows.
     */
    public static String[] watching() {
        return new String[] {
            "a loss or weight that stops being a number",
            "a training loss that rises " + figure(RISE) + "× (or jumps " + figure(JUMP)
                    + "×) over the last " + WINDOW + " readings while the network guesses no "
                    + "better than chance",
            "a hidden layer whose units all have the same weights (symmetry)",
            "steps that move the weights by less than " + figure(TINY_UPDATE)
                    + " of their size while the loss stays above " + Math.round(LEARNED * 100)
                    + " % of its start",
            Math.round(DEAD_SHARE * 100) + " % or more of a ReLU layer's units dead",
            "when the loss has stopped falling: a layer's gradient norm over "
                    + figure(EXPLODING_NORM) + ", a last-to-first gradient ratio over "
                    + figure(VANISHING_RATIO) + ", or " + Math.round(SATURATED_SHARE * 100)
                    + " % of a tanh or sigmoid layer saturated",
            "a test loss " + figure(OVERFIT_RATIO) + "× its best while the training loss falls "
                    + "(overfitting)"
        };
    }

    /** Three significant digits, plain for 0.001 ≤ |v| < 10⁴, else with an exponent. */
    static String figure(double v) {
        if (!Double.isFinite(v) || v == 0) {
            return String.valueOf(v);
        }
        double a = Math.abs(v);
        int exp = (int) Math.floor(Math.log10(a));
        if (exp >= -3 && exp < 4) {
            double scale = Math.pow(10, 2 - exp);
            double r = Math.round(v * scale) / scale;
            String t = String.valueOf(r);
            return t.endsWith(".0") ? t.substring(0, t.length() - 2) : t;
        }
        double m = Math.round(v / Math.pow(10, exp) * 100) / 100.0;
        return m + "e" + exp;
    }
}
