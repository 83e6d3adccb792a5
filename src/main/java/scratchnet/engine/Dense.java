package scratchnet.engine;

/**
 * A fully connected layer: Z = X·W + b, A = f(Z), for a batch of rows at once.
 *
 * <p>All storage is flat and row-major. Buffers that depend on the batch size grow only when a
 * larger batch arrives, so a training loop over fixed-size batches allocates nothing.
 */
public final class Dense {
    final int inputs;
    final int outputs;
    final Activation activation;
    final double slope;
    /** W, inputs × outputs: {@code weights[i * outputs + j]} connects input i to unit j. */
    final double[] weights;
    /** b, one per unit. */
    final double[] biases;
    /** dL/dW, same shape as {@link #weights}, written by the last backward pass. */
    final double[] weightGrads;
    /** dL/db, one per unit. */
    final double[] biasGrads;
    /** Z, rows × outputs: pre-activations of the last forward pass. */
    double[] z = new double[0];
    /** A = f(Z), rows × outputs, before dropout. */
    double[] a = new double[0];
    /** What the next layer reads: A, or A times the dropout mask while training. */
    double[] out = new double[0];
    /** Dropout mask: 0 or 1/(1−p) per value; empty when the layer never drops. */
    double[] mask = new double[0];
    /** dL/dZ, rows × outputs, from the last backward pass. */
    double[] delta = new double[0];
    int capacity;
    int rows;
    /** Batch normalisation between Z and the activation, or null. */
    final BatchNorm norm;
    /** Whether this layer computes in single precision ({@link Precision#FLOAT32}). */
    final boolean single;

    Dense(int inputs, int outputs, Activation activation, double slope) {
        this(inputs, outputs, activation, slope, false, Precision.FLOAT64);
    }

    /**
     * A layer, with batch normalisation between Z and the activation when {@code batchNorm};
     * then {@link #preActivations()} is the normalised y the activation reads.
     */
    Dense(int inputs, int outputs, Activation activation, double slope, boolean batchNorm,
            Precision precision) {
        this.single = precision == Precision.FLOAT32;
        this.norm = batchNorm ? new BatchNorm(outputs, single) : null;
        this.inputs = inputs;
        this.outputs = outputs;
        this.activation = activation;
        this.slope = slope;
        this.weights = new double[inputs * outputs];
        this.biases = new double[outputs];
        this.weightGrads = new double[inputs * outputs];
        this.biasGrads = new double[outputs];
    }

    void ensureCapacity(int n, boolean dropout) {
        if (n > capacity) {
            capacity = n;
            z = new double[n * outputs];
            a = new double[n * outputs];
            if (delta.length > 0) {
                delta = new double[n * outputs]; // a network that trains: dL/dZ grows with Z
            }
            mask = dropout ? new double[n * outputs] : new double[0];
            out = dropout ? new double[n * outputs] : a;
            if (norm != null) {
                norm.ensureCapacity(n);
            }
        } else if (dropout && mask.length < n * outputs) {
            mask = new double[capacity * outputs];
            out = new double[capacity * outputs];
        }
    }

    /**
     * Makes room in {@link #delta} for {@code n} rows. Only backward passes need it, so a
     * network that only infers (a refresh's copy going over 20,000 rows, a heatmap grid)
     * never allocates it; once a network has run backward, it grows with Z as before.
     */
    void ensureDelta(int n) {
        if (delta.length < n * outputs) {
            delta = new double[n * outputs];
        }
    }

    /**
     * Takes over the last passes of {@code o} (same shape and options), computed on a copy of
     * this layer: the batch-sized buffers are exchanged (o gets this layer's, to reuse), the
     * gradients copied.
     */
    void adoptPass(Dense o) {
        double[] t = z;
        z = o.z;
        o.z = t;
        t = a;
        a = o.a;
        o.a = t;
        t = out;
        out = o.out;
        o.out = t;
        t = mask;
        mask = o.mask;
        o.mask = t;
        t = delta;
        delta = o.delta;
        o.delta = t;
        int c = capacity;
        capacity = o.capacity;
        o.capacity = c;
        rows = o.rows;
        System.arraycopy(o.weightGrads, 0, weightGrads, 0, weightGrads.length);
        System.arraycopy(o.biasGrads, 0, biasGrads, 0, biasGrads.length);
        if (norm != null) {
            norm.adoptPass(o.norm);
        }
    }

    /**
     * Z = X·W + b and A = f(Z) for {@code rows} rows of {@code x} (rows × inputs).
     *
     * <p>z_r = b + x_r0·W_0 + x_r1·W_1 + …, summed in that order ({@link Kernels#affine}, in
     * register blocks of 2 rows × 4 units). A single-unit layer sums its dot product in a
     * register: with one column there is nothing to block.
     */
    void forward(double[] x, int rows) {
        forward(x, rows, false, false);
    }

    /**
     * As {@link #forward(double[], int)}; with batch normalisation, {@code train} selects the
     * batch's statistics (else the running ones) and {@code update} moves the running ones.
     */
    void forward(double[] x, int rows, boolean train, boolean update) {
        this.rows = rows;
        double[] target = norm == null ? z : norm.input;
        if (single) {
            Kernels32.affine(x, rows, inputs, weights, biases, outputs, target);
        } else if (outputs == 1) {
            forwardSingleUnit(x, rows, target);
        } else {
            forwardUnits(x, rows, target);
        }
        if (norm != null) {
            norm.forward(z, rows, train, update);
        }
        activation.forward(z, a, rows, outputs, slope);
        if (single) {
            Precision.toSingle(a, rows * outputs);
        }
    }

    private void forwardUnits(double[] x, int rows, double[] zz) {
        Kernels.affine(x, rows, inputs, weights, biases, outputs, zz);
    }

    private void forwardSingleUnit(double[] x, int rows, double[] zz) {
        Kernels.affineOneUnit(x, rows, inputs, weights, biases[0], zz);
    }

    /**
     * From dL/dZ in {@link #delta}, writes dW = Xᵀ·dZ and db = Σ_rows dZ, and, when
     * {@code inputGrad} is not null, dL/dX = dZ·Wᵀ into it (rows × inputs).
     *
     * <p>dW accumulates one outer product x_rᵀ·dz_r per row, the first row assigning rather
     * than adding (so no separate zeroing pass); a single-unit layer sums each dW_i in a
     * register instead.
     */
    void backward(double[] x, double[] inputGrad) {
        if (single) {
            parameterGradsSingle(x);
            if (inputGrad != null) {
                Kernels32.inputGrads(delta, rows, outputs, weights, inputs, inputGrad);
            }
            return;
        }
        if (outputs == 1) {
            parameterGradsSingleUnit(x);
        } else {
            parameterGrads(x);
        }
        if (inputGrad != null) {
            Kernels.inputGrads(delta, rows, outputs, weights, inputs, inputGrad);
        }
    }

    private void parameterGrads(double[] x) {
        int nIn = inputs;
        int nOut = outputs;
        double[] d = delta;
        double[] dW = weightGrads;
        double[] db = biasGrads;
        if (rows == 0) {
            java.util.Arrays.fill(dW, 0.0);
            java.util.Arrays.fill(db, 0.0);
            return;
        }
        System.arraycopy(d, 0, db, 0, nOut);
        for (int r = 1; r < rows; r++) {
            int dOff = r * nOut;
            for (int j = 0; j < nOut; j++) {
                db[j] += d[dOff + j];
            }
        }
        Kernels.weightGrads(x, d, rows, nIn, nOut, dW);
    }

    private void parameterGradsSingle(double[] x) {
        if (rows == 0) {
            java.util.Arrays.fill(weightGrads, 0.0);
            java.util.Arrays.fill(biasGrads, 0.0);
            return;
        }
        Kernels32.biasGrads(delta, rows, outputs, biasGrads);
        Kernels32.weightGrads(x, delta, rows, inputs, outputs, weightGrads);
    }

    private void parameterGradsSingleUnit(double[] x) {
        double sum = 0;
        for (int r = 0; r < rows; r++) {
            sum += delta[r];
        }
        biasGrads[0] = sum;
        Kernels.weightGradsOneUnit(x, delta, rows, inputs, weightGrads);
    }

    /** Inputs per row (n_in). */
    public int inputs() {
        return inputs;
    }

    /** Units (n_out). */
    public int outputs() {
        return outputs;
    }

    /** This layer's activation. */
    public Activation activation() {
        return activation;
    }

    /** W, n_in × n_out row-major; live: writing to it changes the layer. */
    public double[] weights() {
        return weights;
    }

    /** b, live. */
    public double[] biases() {
        return biases;
    }

    /** dL/dW of the last backward pass, live. */
    public double[] weightGrads() {
        return weightGrads;
    }

    /** dL/db of the last backward pass, live. */
    public double[] biasGrads() {
        return biasGrads;
    }

    /**
     * Z of the last forward pass (first {@link #rows()} × outputs values are valid), live:
     * what the activation reads, so with batch normalisation the normalised y (Z before it is
     * {@code norm().input}).
     */
    public double[] preActivations() {
        return z;
    }

    /** A of the last forward pass before dropout (first rows × outputs valid), live. */
    public double[] activations() {
        return a;
    }

    /** dL/dZ of the last backward pass (first rows × outputs valid), live. */
    public double[] deltas() {
        return delta;
    }

    /** Rows in the last forward pass. */
    public int rows() {
        return rows;
    }

    /**
     * What the next layer read in the last forward pass (first rows × outputs valid), live: A,
     * or with dropout while training A ⊙ {@link #dropoutMask()}.
     */
    public double[] output() {
        return out;
    }

    /**
     * The last training pass's dropout mask, 0 or 1/(1 − p) per value (first rows × outputs
     * valid), live; empty for a layer that never drops.
     */
    public double[] dropoutMask() {
        return mask;
    }

    /** This layer's batch normalisation (between Z and the activation), or null. */
    public BatchNorm norm() {
        return norm;
    }

    /** The precision this layer computes in. */
    public Precision precision() {
        return single ? Precision.FLOAT32 : Precision.FLOAT64;
    }

    /** The leaky-ReLU slope this layer uses. */
    public double slope() {
        return slope;
    }
}
