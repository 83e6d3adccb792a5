package scratchnet.train;

import java.util.Arrays;
import scratchnet.math.Rng;

/**
 * Walks the training rows batch by batch, as the tutorial's
 * {@code for start in range(0, n, B): Xb = X[start:start+B]}: each batch takes the next B rows
 * of the current order, the last batch of a pass takes what is left, and the next pass starts
 * again at row 0. With shuffling, the order is permuted (Fisher–Yates) before every pass.
 *
 * <p>Rows are copied into buffers made once at the largest batch size, so walking allocates
 * nothing. {@link #resize} changes B between batches: the current pass goes on from where it
 * stands, in the same order, with batches of the new size; it still ends once all n rows have
 * been taken, so pass counting is unaffected.
 */
final class BatchCursor {
    private final int[] order;
    private int batchSize;
    private final int inputs;
    private final int width;
    private int start;
    /** The current batch's inputs, rows × inputs (only the first {@link #rows} rows valid). */
    double[] x;
    /** The current batch's targets, rows × width. */
    double[] y;
    /** Rows in the current batch. */
    int rows;

    /**
     * @param n training rows
     * @param batchSize B, already resolved to 1..n
     * @param width target values per row
     */
    BatchCursor(int n, int batchSize, int inputs, int width) {
        this.order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        this.batchSize = batchSize;
        this.inputs = inputs;
        this.width = width;
        this.x = new double[batchSize * inputs];
        this.y = new double[batchSize * width];
    }

    /**
     * Gathers the next batch from all rows {@code allX}, {@code allY} into {@link #x} and
     * {@link #y}; {@code shuffleRng} (null = file order) permutes the rows at each pass start.
     * Returns true if this batch ends a pass over the data.
     */
    boolean next(double[] allX, double[] allY, Rng shuffleRng) {
        if (start == 0 && shuffleRng != null) {
            shuffleRng.shuffle(order);
        }
        int n = order.length;
        int b = Math.min(batchSize, n - start);
        int in = inputs;
        int w = width;
        for (int r = 0; r < b; r++) {
            int row = order[start + r];
            for (int i = 0; i < in; i++) {
                x[r * in + i] = allX[row * in + i];
            }
            for (int j = 0; j < w; j++) {
                y[r * w + j] = allY[row * w + j];
            }
        }
        rows = b;
        start += b;
        if (start == n) {
            start = 0;
            return true;
        }
        return false;
    }

    /**
     * Takes batches of {@code newBatchSize} (already resolved to 1..n) from the next one on.
     * The buffers grow if they are too small, keeping the current batch; they never shrink.
     */
    void resize(int newBatchSize) {
        batchSize = newBatchSize;
        if (x.length < newBatchSize * inputs) {
            x = Arrays.copyOf(x, newBatchSize * inputs);
            y = Arrays.copyOf(y, newBatchSize * width);
        }
    }

    /** An independent cursor in this one's state (order, position, current batch). */
    BatchCursor copy() {
        BatchCursor c = new BatchCursor(order.length, batchSize, inputs, width);
        System.arraycopy(order, 0, c.order, 0, order.length);
        c.start = start;
        c.x = x.clone();
        c.y = y.clone();
        c.rows = rows;
        return c;
    }

    /**
     * Puts this cursor (for the same rows) into {@code o}'s order, position and batch size;
     * the current batch is not copied (the next {@link #next} overwrites it).
     */
    void copyFrom(BatchCursor o) {
        System.arraycopy(o.order, 0, order, 0, order.length);
        start = o.start;
        rows = o.rows;
        resize(o.batchSize);
    }

    /** Index of the first row of the next batch within the current pass. */
    int position() {
        return start;
    }
}
