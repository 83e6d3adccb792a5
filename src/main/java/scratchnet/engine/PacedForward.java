package scratchnet.engine;

import java.util.Arrays;

/**
 * One inference pass over many rows, done a slice of rows at a time, so a page can spread it
 * over several frames. {@link #begin} copies the network's parameters (training may go on
 * between slices without touching this pass); each {@link #advance} runs the ordinary
 * {@link Network#forward} on the next rows and copies every layer's Z and A into buffers for
 * all rows. Once {@link #finished()}, {@link #network()} holds exactly what one
 * {@code forward(x, rows)} of the copied parameters leaves, bit for bit: each row's sums are
 * added up in the same order whichever slice it falls in (see {@link Kernels#affine}).
 */
public final class PacedForward {
    /** The copied parameters, and every row's Z and A once finished. */
    private Network full;
    /** The same parameters: computes one slice. */
    private Network part;
    private double[] x;
    private int rows;
    private int done;
    private double[] slice = new double[0];
    /** Layers of the full copy whose buffers hold every row of the pass (see #advance). */
    private int allocated;
    /**
     * Values of buffers one call may allocate before it stops (at least one layer): the
     * buffers for every row of 16,000 under six layers of 64 with batch norm are 200 MB, and
     * allocating them in one call made a frame of 90 ms. 2 million values (16 MB) take a few ms.
     */
    private static final long ALLOCATE_PER_CALL = 2_000_000;

    /** Starts a pass of {@code net}'s current parameters over {@code rows} rows of {@code x}. */
    public void begin(Network net, double[] x, int rows) {
        if (x.length < rows * net.inputs()) {
            throw new IllegalArgumentException("expected " + rows + " rows of " + net.inputs()
                    + " inputs, got " + x.length + " values");
        }
        if (full == null || !sameShape(full, net)) {
            full = net.copy();
            part = net.copy();
        } else {
            full.copyParametersFrom(net);
            part.copyParametersFrom(net);
        }
        for (int l = 0; l < full.depth(); l++) {
            full.layer(l).rows = 0;
        }
        this.x = x;
        this.rows = rows;
        this.done = 0;
        this.allocated = 0;
    }

    /**
     * Grows the full copy's buffers to every row, a few layers a call; returns true once all
     * are grown. Nothing to do for a pass no larger than the last.
     */
    private boolean allocate() {
        long values = 0;
        while (allocated < full.depth() && (values == 0 || values < ALLOCATE_PER_CALL)) {
            Dense d = full.layer(allocated);
            if (d.capacity < rows) {
                d.ensureCapacity(rows, false);
                values += (long) rows * d.outputs * (d.norm != null ? 4 : 2);
            }
            allocated++;
        }
        return allocated == full.depth() && values < ALLOCATE_PER_CALL;
    }

    /**
     * True if the shapes, activations, loss, batch normalisation and precision of {@code a} and
     * {@code b} agree: whatever {@link Network#copyParametersFrom} does not carry over. (Batch
     * norm and precision were missing: after batch norm was switched on, the paced refresh
     * went on computing without it, and the page showed the loss of another network.)
     */
    static boolean sameShape(Network a, Network b) {
        if (!Arrays.equals(a.sizes(), b.sizes()) || a.loss() != b.loss()
                || a.dropout() != b.dropout() || a.batchNorm() != b.batchNorm()
                || a.precision() != b.precision()) {
            return false;
        }
        for (int l = 0; l < a.depth(); l++) {
            if (a.layer(l).activation() != b.layer(l).activation()
                    || a.layer(l).slope() != b.layer(l).slope()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Computes up to {@code maxRows} (at least one) more rows; returns true once every row is
     * done (at once for a pass over no rows).
     */
    public boolean advance(int maxRows) {
        int k = Math.min(Math.max(1, maxRows), rows - done);
        if (k > 0 && k == rows) {
            // the whole pass in one slice: computed in place, nothing to copy
            full.forward(x, rows);
            done = rows;
        } else if (k > 0) {
            if (!allocate()) {
                return false; // the buffers took this call's time; rows from the next
            }
            int width = full.inputs();
            if (slice.length < k * width) {
                slice = new double[k * width];
            }
            System.arraycopy(x, done * width, slice, 0, k * width);
            part.forward(slice, k);
            for (int l = 0; l < full.depth(); l++) {
                Dense from = part.layer(l);
                Dense to = full.layer(l);
                int n = from.outputs;
                System.arraycopy(from.z, 0, to.z, done * n, k * n);
                System.arraycopy(from.a, 0, to.a, done * n, k * n);
            }
            done += k;
        }
        if (done == rows) {
            for (int l = 0; l < full.depth(); l++) {
                full.layer(l).rows = rows;
            }
        }
        return done == rows;
    }

    /** True once every row is done. */
    public boolean finished() {
        return full != null && done == rows;
    }

    /** Rows done so far. */
    public int done() {
        return done;
    }

    /** Rows of the pass. */
    public int rows() {
        return rows;
    }

    /**
     * The copied network; once finished its layers hold every row's Z and A
     * ({@link Dense#preActivations()}, {@link Dense#activations()}), as after one forward pass.
     */
    public Network network() {
        return full;
    }

    /** The output activations of every row, once finished (live, rows × outputs). */
    public double[] output() {
        return full.layer(full.depth() - 1).a;
    }

    /**
     * The mean data loss over the rows against targets {@code y}, once finished: what
     * {@link Network#loss} returns for the same parameters and rows.
     */
    public double loss(double[] y) {
        Dense top = full.layer(full.depth() - 1);
        return full.precision().round(full.loss().value(top.z, top.a, y, rows, top.outputs));
    }

    /** Multiply-adds a row costs in {@code net} (Σ n_in·n_out): the unit of a slice's work. */
    public static long cost(Network net) {
        long sum = 0;
        for (int l = 0; l < net.depth(); l++) {
            sum += (long) net.layer(l).inputs() * net.layer(l).outputs();
        }
        return sum;
    }
}
