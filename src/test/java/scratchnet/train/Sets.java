package scratchnet.train;

import scratchnet.math.Rng;

/** Small seeded data sets for the training tests, made inline (x rows × inputs, y per row). */
final class Sets {
    final double[] x;
    final double[] y;

    private Sets(double[] x, double[] y) {
        this.x = x;
        this.y = y;
    }

    /** A set from given arrays. */
    static Sets of(double[] x, double[] y) {
        return new Sets(x, y);
    }

    /**
     * n rows of 4 standard-normal features with y = 2·x1 − x2 + N(0, noise²); x3 and x4 are
     * distractors. Var(y) = 5 + noise².
     */
    static Sets linear(int n, double noise, Rng rng) {
        double[] x = new double[n * 4];
        double[] y = new double[n];
        for (int r = 0; r < n; r++) {
            for (int i = 0; i < 4; i++) {
                x[r * 4 + i] = rng.nextGaussian();
            }
            y[r] = 2 * x[r * 4] - x[r * 4 + 1] + noise * rng.nextGaussian();
        }
        return new Sets(x, y);
    }

    /**
     * Two interleaved spirals as in TensorFlow Playground: n points, half per arm, labels +1
     * and −1 (for a tanh output trained with MSE). JVM-only test code, so Math.sin is fine.
     */
    static Sets spiral(int n, double noise, Rng rng) {
        double[] x = new double[n * 2];
        double[] y = new double[n];
        int half = n / 2;
        for (int r = 0; r < n; r++) {
            int arm = r < half ? 0 : 1;
            int i = r - arm * half;
            double radius = 5.0 * i / half;
            double t = 1.75 * i / half * 2 * Math.PI + arm * Math.PI;
            x[2 * r] = radius * Math.sin(t) + noise * rng.uniform(-1, 1);
            x[2 * r + 1] = radius * Math.cos(t) + noise * rng.uniform(-1, 1);
            y[r] = arm == 0 ? 1 : -1;
        }
        return new Sets(x, y);
    }
}
