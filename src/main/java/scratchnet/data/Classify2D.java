package scratchnet.data;

import scratchnet.math.Rng;
import scratchnet.math.Trig;

/**
 * The classification generators behind {@link TwoD}. {@code noise} here is a fraction 0..0.5.
 * Each follows TensorFlow Playground's {@code dataset.ts} recipe, with labels 1/0 for its +1/−1
 * and the draws taken from our {@link Rng} in the order documented per method.
 */
final class Classify2D {
    private static final double TWO_PI = 2 * Math.PI;
    /** Outer radius of the circle data; class 1 lies inside half of it. */
    private static final double CIRCLE_RADIUS = 5;
    /** Gap added away from each axis in XOR data so no point sits on the boundary. */
    private static final double XOR_PADDING = 0.3;
    /** Distance of the K-class blob centres from the origin. */
    private static final double BLOB_RADIUS = 4;

    private Classify2D() {
    }

    /**
     * Class 1: (n+1)/2 points at radius U(0, 2.5); class 0: n/2 points at radius U(3.5, 5).
     * Per point draws: radius, angle, jitter x, jitter y (jitter U(−5, 5)·noise). The label is
     * 1 when the jittered point lies within radius 2.5, so with noise 0 it is the class drawn.
     */
    static Dataset circle(int n, double noise, Rng rng) {
        Points points = new Points(n);
        int inside = (n + 1) / 2;
        for (int i = 0; i < n; i++) {
            double r = i < inside
                    ? rng.uniform(0, CIRCLE_RADIUS * 0.5)
                    : rng.uniform(CIRCLE_RADIUS * 0.7, CIRCLE_RADIUS);
            double angle = rng.uniform(0, TWO_PI);
            double x1 = r * Trig.sin(angle);
            double x2 = r * Trig.cos(angle);
            double nx = x1 + rng.uniform(-CIRCLE_RADIUS, CIRCLE_RADIUS) * noise;
            double ny = x2 + rng.uniform(-CIRCLE_RADIUS, CIRCLE_RADIUS) * noise;
            boolean in = Math.sqrt(nx * nx + ny * ny) < CIRCLE_RADIUS * 0.5;
            points.add(x1, x2, in ? 1 : 0);
        }
        return points.toDataset(Task.BINARY, 2);
    }

    /**
     * n points uniform on [−5.3, −0.3] ∪ [0.3, 5.3] per axis. Per point draws: x1, x2, jitter
     * x, jitter y (U(−5, 5)·noise). Label 1 when the jittered point has x1·x2 ≥ 0.
     */
    static Dataset xor(int n, double noise, Rng rng) {
        Points points = new Points(n);
        for (int i = 0; i < n; i++) {
            double x1 = padded(rng.uniform(-5, 5));
            double x2 = padded(rng.uniform(-5, 5));
            double nx = x1 + rng.uniform(-5, 5) * noise;
            double ny = x2 + rng.uniform(-5, 5) * noise;
            points.add(x1, x2, nx * ny >= 0 ? 1 : 0);
        }
        return points.toDataset(Task.BINARY, 2);
    }

    private static double padded(double v) {
        return v > 0 ? v + XOR_PADDING : v - XOR_PADDING;
    }

    /**
     * (n+1)/2 points of class 1 around (2, 2), then n/2 of class 0 around (−2, −2), each
     * coordinate normal with variance 0.5 + 7·noise (0.5 at noise 0, 4 at noise 0.5).
     */
    static Dataset gaussian(int n, double noise, Rng rng) {
        double std = blobStd(noise);
        Points points = new Points(n);
        int first = (n + 1) / 2;
        for (int i = 0; i < n; i++) {
            double centre = i < first ? 2 : -2;
            double x1 = rng.normal(centre, std);
            double x2 = rng.normal(centre, std);
            points.add(x1, x2, i < first ? 1 : 0);
        }
        return points.toDataset(Task.BINARY, 2);
    }

    /** Playground's variance scale: linear from 0.5 at noise 0 to 4 at noise 0.5. */
    private static double blobStd(double noise) {
        return Math.sqrt(0.5 + 7 * noise);
    }

    /** Two spiral arms half a turn apart: the first arm is class 1, the second class 0. */
    static Dataset spiral(int n, double noise, Rng rng) {
        Points points = new Points(n);
        int first = (n + 1) / 2;
        arm(points, first, 0, 1, noise, rng);
        arm(points, n - first, Math.PI, 0, noise, rng);
        return points.toDataset(Task.BINARY, 2);
    }

    /** K spiral arms, arm k turned by 2πk/K and labelled k; counts differ by at most one. */
    static Dataset spiralK(int n, double noise, int classes, Rng rng) {
        Points points = new Points(n);
        for (int k = 0; k < classes; k++) {
            arm(points, share(n, classes, k), TWO_PI * k / classes, k, noise, rng);
        }
        return points.toDataset(Task.MULTICLASS, classes);
    }

    /**
     * One arm of m points: point i at radius 5·i/m and angle 1.75·2π·i/m + turn (1.75 turns
     * from the centre outwards), each coordinate jittered by U(−1, 1)·noise.
     */
    private static void arm(Points points, int m, double turn, int label, double noise, Rng rng) {
        for (int i = 0; i < m; i++) {
            double r = (double) i / m * 5;
            double t = 1.75 * i / m * TWO_PI + turn;
            double x1 = r * Trig.sin(t) + rng.uniform(-1, 1) * noise;
            double x2 = r * Trig.cos(t) + rng.uniform(-1, 1) * noise;
            points.add(x1, x2, label);
        }
    }

    /**
     * K blobs with centres 4·(cos 2πk/K, sin 2πk/K), class k around centre k, each coordinate
     * normal with the same variance as {@link #gaussian} (0.5 + 7·noise).
     */
    static Dataset blobsK(int n, double noise, int classes, Rng rng) {
        double std = blobStd(noise);
        Points points = new Points(n);
        for (int k = 0; k < classes; k++) {
            double angle = TWO_PI * k / classes;
            double cx = BLOB_RADIUS * Trig.cos(angle);
            double cy = BLOB_RADIUS * Trig.sin(angle);
            int m = share(n, classes, k);
            for (int i = 0; i < m; i++) {
                points.add(rng.normal(cx, std), rng.normal(cy, std), k);
            }
        }
        return points.toDataset(Task.MULTICLASS, classes);
    }

    /** Rows for class k when n rows are dealt to K classes: n/K, one more for the first n%K. */
    static int share(int n, int classes, int k) {
        return n / classes + (k < n % classes ? 1 : 0);
    }
}
