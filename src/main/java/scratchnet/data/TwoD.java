package scratchnet.data;

import scratchnet.math.Rng;

/**
 * The 2-D toy datasets of TensorFlow Playground, plus K-class variants.
 *
 * <p>Every kind produces a dataset with features {@code x1, x2} in roughly [−6, 6] and one
 * target column. Binary labels are 0/1 (Playground's +1 is our 1, its −1 is our 0), regression
 * targets lie in roughly [−1, 1], and K-class labels are 0..K−1 with K in 3..5.
 *
 * <p>{@code noise} is a percentage 0..50 as on Playground's slider. As there, for circle, XOR
 * and the regression kinds the label is computed at a jittered copy of the point while the
 * clean point is stored (noise blurs labels near the boundary); for gaussian, blobs and spirals
 * the points themselves are jittered. Rows come grouped by class (not shuffled):
 * {@link Split} shuffles. The same {@code n}, noise and {@link Rng} state give the same data.
 */
public enum TwoD {
    /** Class 1 inside radius 2.5, class 0 in the ring 3.5..5. */
    CIRCLE(Task.BINARY),
    /** Class 1 where x1·x2 ≥ 0 (first and third quadrants), else 0. */
    XOR(Task.BINARY),
    /** Class 1 around (2, 2), class 0 around (−2, −2); noise widens both blobs. */
    GAUSSIAN(Task.BINARY),
    /** Two interleaved spiral arms, class 1 and class 0. */
    SPIRAL(Task.BINARY),
    /** Target (x1 + x2) / 10 on the square [−6, 6]². */
    PLANE(Task.REGRESSION),
    /** Target from six signed bumps (±1 at their centres, 0 two units away). */
    MULTI_GAUSSIAN(Task.REGRESSION),
    /** K interleaved spiral arms, arm k = class k. */
    SPIRAL_K(Task.MULTICLASS),
    /** K Gaussian blobs on a circle of radius 4, blob k = class k. */
    BLOBS_K(Task.MULTICLASS);

    /** Default class count for the K-class kinds. */
    public static final int DEFAULT_CLASSES = 3;
    /** Largest class count the K-class kinds accept. */
    public static final int MAX_CLASSES = 5;
    /** Largest noise percentage, as on Playground's slider. */
    public static final double MAX_NOISE = 50;

    private final Task task;

    TwoD(Task task) {
        this.task = task;
    }

    /** What this kind's target encodes. */
    public Task task() {
        return task;
    }

    /** {@link #generate(int, double, int, Rng)} with {@link #DEFAULT_CLASSES} for K-class kinds. */
    public Dataset generate(int n, double noise, Rng rng) {
        return generate(n, noise, DEFAULT_CLASSES, rng);
    }

    /**
     * Draws {@code n} points.
     *
     * @param n       number of rows, ≥ 1 (≥ K for the K-class kinds)
     * @param noise   noise percentage in [0, 50]
     * @param classes K in 3..5 for {@link #SPIRAL_K} and {@link #BLOBS_K}; ignored otherwise
     * @param rng     source of randomness; advanced by the draws
     * @return an (n × 2) dataset; {@code classes()} is 2, 0 or K according to the task
     */
    public Dataset generate(int n, double noise, int classes, Rng rng) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least 1 point, got " + n);
        }
        if (!(noise >= 0 && noise <= MAX_NOISE)) {
            throw new IllegalArgumentException("noise must be a percentage in 0..50, got " + noise);
        }
        double fraction = noise / 100;
        switch (this) {
            case CIRCLE:
                return Classify2D.circle(n, fraction, rng);
            case XOR:
                return Classify2D.xor(n, fraction, rng);
            case GAUSSIAN:
                return Classify2D.gaussian(n, fraction, rng);
            case SPIRAL:
                return Classify2D.spiral(n, fraction, rng);
            case PLANE:
                return Regress2D.plane(n, fraction, rng);
            case MULTI_GAUSSIAN:
                return Regress2D.multiGaussian(n, fraction, rng);
            case SPIRAL_K:
                return Classify2D.spiralK(n, fraction, checkClasses(classes, n), rng);
            default:
                return Classify2D.blobsK(n, fraction, checkClasses(classes, n), rng);
        }
    }

    private static int checkClasses(int classes, int n) {
        if (classes < DEFAULT_CLASSES || classes > MAX_CLASSES) {
            throw new IllegalArgumentException("classes must be 3..5, got " + classes);
        }
        if (n < classes) {
            throw new IllegalArgumentException("need at least one point per class");
        }
        return classes;
    }
}
