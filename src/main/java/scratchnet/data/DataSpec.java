package scratchnet.data;

import scratchnet.math.Rng;

/**
 * The data settings of a 2-D playground run; with the same spec the same split comes out on
 * every runtime.
 *
 * @param kind       which generator
 * @param n          total rows before the split, ≥ 1
 * @param noise      noise percentage 0..50
 * @param classes    K for the K-class kinds (3..5); ignored by the others
 * @param seed       seed of the {@link Rng} that draws the data and then the split
 * @param trainRatio share of rows for training, in (0, 1]
 */
public record DataSpec(TwoD kind, int n, double noise, int classes, long seed,
        double trainRatio) {
    /** Playground's default sample count for classification kinds. */
    public static final int DEFAULT_ROWS = 500;

    /** Checks ranges; bad values throw {@link IllegalArgumentException} naming the field. */
    public DataSpec {
        if (kind == null) {
            throw new IllegalArgumentException("kind is required");
        }
        if (n < 1) {
            throw new IllegalArgumentException("n must be ≥ 1, got " + n);
        }
        if (!(noise >= 0 && noise <= TwoD.MAX_NOISE)) {
            throw new IllegalArgumentException("noise must be in 0..50, got " + noise);
        }
        if (classes < TwoD.DEFAULT_CLASSES || classes > TwoD.MAX_CLASSES) {
            throw new IllegalArgumentException("classes must be 3..5, got " + classes);
        }
        if (!(trainRatio > 0 && trainRatio <= 1)) {
            throw new IllegalArgumentException("trainRatio must be in (0, 1], got " + trainRatio);
        }
    }

    /** Defaults for {@code kind}: 500 rows, no noise, 3 classes, seed 1, 50 % train. */
    public static DataSpec defaults(TwoD kind) {
        return new DataSpec(kind, DEFAULT_ROWS, 0, TwoD.DEFAULT_CLASSES, 1, 0.5);
    }

    /** Draws the data with {@code new Rng(seed)}, then splits it with the same generator. */
    public Split generate() {
        Rng rng = new Rng(seed);
        Dataset all = kind.generate(n, noise, classes, rng);
        return Split.of(all, trainRatio, rng);
    }
}
