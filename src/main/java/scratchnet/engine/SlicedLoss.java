package scratchnet.engine;

/**
 * The mean data loss of a network over many rows, a slice of rows at a time, so a page can
 * spread it over frames: what {@link Network#loss} returns, bit for bit. {@link #begin}
 * copies the network's parameters (the network may train on between slices); each
 * {@link #advance} runs the ordinary inference pass on the next rows and keeps only the
 * output layer's Z and A, so a pass over 20,000 rows holds two output columns rather than
 * every layer's values (which {@link PacedForward} keeps for the pictures). Each row's sums
 * are added in the same order whichever slice it falls in, and the loss is taken once over
 * all rows at the end, as Network.loss takes it.
 */
public final class SlicedLoss {
    /** The copied parameters; its buffers hold one slice. */
    private Network net;
    private double[] x;
    private double[] y;
    private int rows;
    private int done;
    private double value = Double.NaN;
    private double[] slice = new double[0];
    private double[] z = new double[0];
    private double[] a = new double[0];

    /**
     * Starts a pass of {@code from}'s current parameters over {@code rows} rows of x and
     * their targets y (as the loss reads them).
     */
    public void begin(Network from, double[] x, double[] y, int rows) {
        if (x.length < rows * from.inputs()) {
            throw new IllegalArgumentException("expected " + rows + " rows of " + from.inputs()
                    + " inputs, got " + x.length + " values");
        }
        if (net == null || !PacedForward.sameShape(net, from)) {
            net = from.copy();
        } else {
            net.copyParametersFrom(from);
        }
        this.x = x;
        this.y = y;
        this.rows = rows;
        this.done = 0;
        this.value = Double.NaN;
    }

    /**
     * Computes up to {@code maxRows} (at least one) more rows; returns true once every row
     * is done and {@link #value} holds the loss.
     */
    public boolean advance(int maxRows) {
        if (done == rows) {
            return true;
        }
        int k = Math.min(Math.max(1, maxRows), rows - done);
        if (k == rows) {
            value = net.loss(x, y, rows); // the whole pass at once: nothing to copy
            done = rows;
            return true;
        }
        int width = net.inputs();
        int outputs = net.outputs();
        if (slice.length < k * width) {
            slice = new double[k * width];
        }
        if (z.length < rows * outputs) {
            z = new double[rows * outputs];
            a = new double[rows * outputs];
        }
        System.arraycopy(x, done * width, slice, 0, k * width);
        net.forward(slice, k);
        Dense top = net.layer(net.depth() - 1);
        System.arraycopy(top.z, 0, z, done * outputs, k * outputs);
        System.arraycopy(top.a, 0, a, done * outputs, k * outputs);
        done += k;
        if (done == rows) {
            value = net.precision().round(net.loss().value(z, a, y, rows, outputs));
        }
        return done == rows;
    }

    /** Whether a pass has begun and every row of it is done. */
    public boolean finished() {
        return net != null && done == rows;
    }

    /** Rows done so far. */
    public int done() {
        return done;
    }

    /** Rows of the pass. */
    public int rows() {
        return rows;
    }

    /** The mean data loss over the rows, once finished (NaN before). */
    public double value() {
        return value;
    }
}
