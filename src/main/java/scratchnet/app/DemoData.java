package scratchnet.app;

import scratchnet.math.Rng;

/**
 * The page's first data set until {@code scratchnet.data} lands on main: 2-D points of two
 * classes, a disc (label 1) inside a ring (label 0), like TensorFlow Playground's "circle".
 * A stand-in named in issue 3; it gives way to the data package's generators.
 *
 * @param x inputs, row-major {@code count × 2}
 * @param y labels, {@code count} values in {0, 1}
 * @param count number of points
 */
record DemoData(double[] x, double[] y, int count) {
    /** Points lie in the square [−EXTENT, EXTENT]². */
    static final double EXTENT = 6.0;
    private static final double DISC_RADIUS = 2.5;
    private static final double RING_INNER = 3.5;
    private static final double RING_OUTER = 5.0;

    /**
     * {@code count} points alternating disc, ring, disc, ... Each is drawn uniformly from the
     * square around the ring and kept only if it falls in its region (rejection sampling), so
     * no sin/cos is needed and the points are bit-identical on every runtime.
     */
    static DemoData circle(int count, Rng rng) {
        double[] x = new double[count * 2];
        double[] y = new double[count];
        for (int i = 0; i < count; i++) {
            boolean inDisc = i % 2 == 0;
            double px;
            double py;
            double r;
            do {
                px = rng.uniform(-RING_OUTER, RING_OUTER);
                py = rng.uniform(-RING_OUTER, RING_OUTER);
                r = Math.sqrt(px * px + py * py);
            } while (inDisc ? r >= DISC_RADIUS : r <= RING_INNER || r >= RING_OUTER);
            x[2 * i] = px;
            x[2 * i + 1] = py;
            y[i] = inDisc ? 1 : 0;
        }
        return new DemoData(x, y, count);
    }
}
