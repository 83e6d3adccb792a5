package scratchnet.app;

/**
 * Train and test loss over steps for the loss chart, in bounded memory: when full, every
 * second point is dropped, so the whole run stays visible at half the density.
 */
final class History {
    static final int CAPACITY = 1000;
    /** (step, train loss, test loss) triples. */
    private final double[] points = new double[3 * CAPACITY];
    private int count;
    private int stride = 1;
    private long offered;

    /** Offers a point; only every stride-th is kept once the history has thinned itself. */
    void add(long step, double trainLoss, double testLoss) {
        if (offered++ % stride != 0) {
            return;
        }
        if (count == CAPACITY) {
            for (int i = 0; i < CAPACITY / 2; i++) {
                System.arraycopy(points, 3 * (2 * i), points, 3 * i, 3);
            }
            count = CAPACITY / 2;
            stride *= 2;
        }
        points[3 * count] = step;
        points[3 * count + 1] = trainLoss;
        points[3 * count + 2] = testLoss;
        count++;
    }

    /** The kept points as (step, train, test) triples, oldest first (a copy). */
    double[] toArray() {
        double[] out = new double[3 * count];
        System.arraycopy(points, 0, out, 0, out.length);
        return out;
    }

    /** One column of the kept points: 0 steps, 1 train loss, 2 test loss (a copy). */
    double[] series(int column) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = points[3 * i + column];
        }
        return out;
    }

    /** Number of points kept. */
    int size() {
        return count;
    }
}
