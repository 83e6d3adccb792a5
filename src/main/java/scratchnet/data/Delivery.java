package scratchnet.data;

import scratchnet.math.Rng;

/**
 * The tutorial's synthetic food-delivery dataset: predict delivery time in minutes from
 * distance, traffic, kitchen preparation time and order value.
 *
 * <p>Recipe (per row, all clips inclusive):
 * <pre>
 *   distance = clip(|N(4, 2)|, 0.5, 15)          km
 *   traffic  = uniform integer 1..10             level
 *   prep     = clip(|N(15, 5)|, 5, 35)           minutes
 *   value    = clip(|N(350, 150)|, 50, 1200)     order value (rupees)
 *   delivery = clip(8.6 + 7.3·distance + 0.8·prep + 1.5·traffic + N(0, 4), 10, 120)  minutes
 * </pre>
 * Order value does not enter the target: it is a distractor feature. Draws are made column by
 * column like the tutorial's NumPy code: all distances, then all traffic levels, all prep times,
 * all order values, and last all noise terms. The generator is our seeded {@link Rng}, not
 * NumPy's, so the numbers differ from the tutorial's printout; the distributions are the same.
 */
public final class Delivery {
    /** Row count used by the tutorial. */
    public static final int ROWS = 2000;
    /** Feature column names, in order. */
    static final String[] FEATURES = {"distance", "traffic", "prep", "value"};
    /** Units of the feature columns, in order (see the recipe above). */
    private static final String[] UNITS = {"km", "level", "min", "rupees"};
    /** Units of the target, delivery time. */
    public static final String TARGET_UNIT = "min";

    /** The unit of feature column {@code c}, e.g. "km" for distance. */
    public static String unit(int c) {
        return UNITS[c];
    }

    private Delivery() {
    }

    /** The tutorial's {@value #ROWS}-row dataset (4 features, regression target in minutes). */
    public static Dataset generate(Rng rng) {
        return generate(ROWS, rng);
    }

    /**
     * {@code n} rows by the recipe above.
     *
     * @return an (n × 4) regression dataset: features distance (km), traffic (1..10),
     *     prep (min), value (rupees); target "delivery" (min)
     */
    public static Dataset generate(int n, Rng rng) {
        double[] distance = new double[n];
        double[] traffic = new double[n];
        double[] prep = new double[n];
        double[] value = new double[n];
        for (int i = 0; i < n; i++) {
            distance[i] = clip(Math.abs(rng.normal(4.0, 2.0)), 0.5, 15);
        }
        for (int i = 0; i < n; i++) {
            traffic[i] = 1 + rng.nextInt(10); // NumPy randint(1, 11): 1..10 inclusive
        }
        for (int i = 0; i < n; i++) {
            prep[i] = clip(Math.abs(rng.normal(15, 5)), 5, 35);
        }
        for (int i = 0; i < n; i++) {
            value[i] = clip(Math.abs(rng.normal(350, 150)), 50, 1200);
        }
        double[] x = new double[4 * n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double minutes = 8.6 + 7.3 * distance[i] + 0.8 * prep[i] + 1.5 * traffic[i]
                    + rng.normal(0, 4);
            y[i] = clip(minutes, 10, 120);
            x[4 * i] = distance[i];
            x[4 * i + 1] = traffic[i];
            x[4 * i + 2] = prep[i];
            x[4 * i + 3] = value[i];
        }
        return new Dataset(x, y, FEATURES, "delivery", Task.REGRESSION, 0);
    }

    /** {@code v} limited to [lo, hi], like NumPy's {@code clip}. */
    static double clip(double v, double lo, double hi) {
        return v < lo ? lo : v > hi ? hi : v;
    }
}
