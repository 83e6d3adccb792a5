package scratchnet.engine;

import scratchnet.math.Rng;

/** How a layer's weights are drawn before training; biases always start at zero. */
public enum Init {
    /** He: normal with standard deviation √(2 / n_in), the tutorial's choice for ReLU. */
    HE,
    /**
     * LeCun: normal with standard deviation √(1 / n_in). The tutorial calls this rule "Xavier";
     * it is LeCun's (1998). Links and files that say {@code xavier} mean this rule.
     */
    LECUN,
    /**
     * Glorot and Bengio's (2010) rule, the real "Xavier": normal with standard deviation
     * √(2 / (n_in + n_out)), which keeps the variance of both the forward signal and the
     * backward gradient about constant from layer to layer.
     */
    GLOROT,
    /** Glorot uniform: uniform on ±√(6 / (n_in + n_out)), the same variance as {@link #GLOROT}. */
    GLOROT_UNIFORM,
    /** Uniform on [−0.5, 0.5), as TensorFlow Playground does. */
    UNIFORM,
    /** All zeros: every unit of a layer stays identical (the symmetry problem). */
    ZEROS,
    /** Normal with standard deviation 5: deliberately far too large, for the failure demos. */
    TOO_LARGE;

    /** Standard deviation used by {@link #TOO_LARGE}. */
    public static final double TOO_LARGE_STD = 5.0;

    /** Fills {@code weights} (n_in × n_out, row-major) from {@code rng}. */
    void fill(double[] weights, int inputs, Rng rng) {
        switch (this) {
            case HE:
                normal(weights, Math.sqrt(2.0 / inputs), rng);
                break;
            case LECUN:
                normal(weights, Math.sqrt(1.0 / inputs), rng);
                break;
            case GLOROT:
                normal(weights, Math.sqrt(2.0 / (inputs + weights.length / inputs)), rng);
                break;
            case GLOROT_UNIFORM: {
                double limit = Math.sqrt(6.0 / (inputs + weights.length / inputs));
                for (int i = 0; i < weights.length; i++) {
                    weights[i] = limit * (2 * rng.nextDouble() - 1);
                }
                break;
            }
            case UNIFORM:
                for (int i = 0; i < weights.length; i++) {
                    weights[i] = rng.nextDouble() - 0.5;
                }
                break;
            case ZEROS:
                java.util.Arrays.fill(weights, 0.0);
                break;
            case TOO_LARGE:
                normal(weights, TOO_LARGE_STD, rng);
                break;
            default:
                throw new AssertionError(this);
        }
    }

    private static void normal(double[] weights, double std, Rng rng) {
        for (int i = 0; i < weights.length; i++) {
            weights[i] = std * rng.nextGaussian();
        }
    }
}
