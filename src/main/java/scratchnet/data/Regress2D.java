package scratchnet.data;

import scratchnet.math.Rng;

/**
 * The regression generators behind {@link TwoD}, after TensorFlow Playground's
 * {@code regressPlane} and {@code regressGaussian}. {@code noise} is a fraction 0..0.5. Each
 * point draws x1, x2 uniform on [−6, 6], then a jitter (U(−6, 6)·noise per axis); the target
 * is computed at the jittered point and the clean point is stored.
 */
final class Regress2D {
    private static final double RADIUS = 6;
    /** Bump centres (cx, cy) and signs for {@link #multiGaussian}, as on Playground. */
    private static final double[][] BUMPS = {
        {-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1},
        {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1},
    };

    private Regress2D() {
    }

    /** Target (x1 + x2) / 10: the map of [−10, 10] onto [−1, 1], so about [−1.2, 1.2]. */
    static Dataset plane(int n, double noise, Rng rng) {
        Points points = new Points(n);
        for (int i = 0; i < n; i++) {
            double x1 = rng.uniform(-RADIUS, RADIUS);
            double x2 = rng.uniform(-RADIUS, RADIUS);
            double nx = x1 + rng.uniform(-RADIUS, RADIUS) * noise;
            double ny = x2 + rng.uniform(-RADIUS, RADIUS) * noise;
            points.add(x1, x2, (nx + ny) / 10);
        }
        return points.toDataset(Task.REGRESSION, 0);
    }

    /** Target: the bump of largest magnitude, each sign·max(0, 1 − distance/2), in [−1, 1]. */
    static Dataset multiGaussian(int n, double noise, Rng rng) {
        Points points = new Points(n);
        for (int i = 0; i < n; i++) {
            double x1 = rng.uniform(-RADIUS, RADIUS);
            double x2 = rng.uniform(-RADIUS, RADIUS);
            double nx = x1 + rng.uniform(-RADIUS, RADIUS) * noise;
            double ny = x2 + rng.uniform(-RADIUS, RADIUS) * noise;
            points.add(x1, x2, bumps(nx, ny));
        }
        return points.toDataset(Task.REGRESSION, 0);
    }

    /** The signed bump value at (px, py); exposed for tests. */
    static double bumps(double px, double py) {
        double label = 0;
        for (double[] b : BUMPS) {
            double dx = px - b[0];
            double dy = py - b[1];
            double height = Math.max(0, 1 - Math.sqrt(dx * dx + dy * dy) / 2);
            double v = b[2] * height;
            if (Math.abs(v) > Math.abs(label)) {
                label = v;
            }
        }
        return label;
    }
}
