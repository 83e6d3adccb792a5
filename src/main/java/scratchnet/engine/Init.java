package scratchnet.engine;

import scratchnet.math.Rng;

/** How a layer's weights are drawn before training; biases always start at zero. */
public enum Init {
    /** He: normal with standard deviation √(2 / n_in), the tutorial's choice for ReLU. */
    HE,
    /** Xavier as the tutorial writes it: normal with standard deviation √(1 / n_in). */
    XAVIER,
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
            case XAVIER:
                normal(weights, Math.sqrt(1.0 / inputs), rng);
                break;
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
