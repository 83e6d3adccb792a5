package scratchnet.engine;

import scratchnet.math.Rng;

/**
 * One training step's passes, {@link Network#forwardTrain} then {@link Network#backward}, done
 * in parts of bounded work, so that a step longer than an animation frame (a large network
 * on a large batch) can be spread over frames instead of freezing the page.
 *
 * <p>The passes are cut into stages, as the whole passes run them: for each layer Z = X·W + b,
 * batch normalisation, the activation (with rounding and dropout); then the loss and its
 * gradient; then for each layer from the top db, dW, dL/dA of the layer below, the
 * activation's derivative, batch normalisation's backward pass and the penalty. A stage is
 * done in parts by rows, or where its sums run over the rows (dW, db, batch normalisation's
 * statistics) by columns or in row order carrying the sums; each part calls the same kernel
 * on its rows or columns, so every value is computed with the same operations in the same
 * order as in the whole passes: the results are the same bits however the step is cut
 * (SplitPassTest checks every kind of network against the whole passes).
 *
 * <p>The passes run on their own network, a {@link Network#copy} of the trained one that
 * {@link #begin} gives its parameters, so the trained network stays as it was (what the page
 * shows between frames) until {@link Network#adoptPass} takes the finished passes over.
 *
 * <p>Work is counted in multiply-adds of the matrix products, and an estimate for the other
 * stages; only its proportions matter, for the caller that sizes parts by time.
 */
public final class SplitPass {
    private static final int INPUT = 0;
    private static final int AFFINE = 1;
    private static final int NORM = 2;
    private static final int ACTIVATE = 3;
    private static final int LOSS = 4;
    private static final int BIAS_GRADS = 5;
    private static final int WEIGHT_GRADS = 6;
    private static final int INPUT_GRADS = 7;
    private static final int DERIVATIVE = 8;
    private static final int NORM_SUMS = 9;
    private static final int NORM_ROWS = 10;
    private static final int PENALTY = 11;
    /**
     * Work per value of the stages that are not matrix products, in multiply-adds of the same
     * time (measured on the JVM and in WebAssembly for a 49-64×6-1 network on 20,000 rows,
     * rounded up): a cheap activation or the loss, batch normalisation (its sums run down
     * columns), a bias gradient (rows of additions).
     */
    private static final int ELEMENT_COST = 16;
    private static final int NORM_COST = 70;
    private static final int NORM_BACK_COST = 40;
    /**
     * An activation built from exp, log or tanh (each a few dozen operations here, for the
     * same bits everywhere): tanh's forward pass measured on the JVM at about 19 a value,
     * rounded up with room for the browsers' slower calls into these functions.
     */
    private static final int CURVED_COST = 32;
    private static final int BIAS_COST = 16;
    /**
     * dW's multiply-adds in float64 and float32: its kernel runs down the rows of X and dZ
     * once per block of dW, which on large batches waits on memory (measured as above: about
     * twice the time of Z's multiply-adds in float64, 1.3 times the rounded ones in float32).
     */
    private static final int WEIGHT_COST = 2;
    private static final int WEIGHT_COST_SINGLE = 4;
    /** Single precision rounds every product and sum: about this much more work each. */
    private static final int SINGLE_FACTOR = 3;

    private final Network net;
    private final boolean single;
    private int[] kinds = new int[0];
    private int[] layerOf = new int[0];
    private int[] items = new int[0];
    private double[] costs = new double[0];
    private int stages;
    private int stage;
    private int at;
    private double done;
    private double total;
    private double[] x;
    private double[] y;
    private double[] input;
    private int rows;
    private Penalty penalty;
    private Rng rng;
    private double loss;
    private double[] s0 = new double[0];
    private double[] s1 = new double[0];
    private double[] s2 = new double[0];

    /** Passes computed on {@code net}, which the caller keeps as the trained network's copy. */
    public SplitPass(Network net) {
        this.net = net;
        this.single = net.precision() == Precision.FLOAT32;
    }

    /** The network the passes run on. */
    public Network network() {
        return net;
    }

    /**
     * Starts the passes of one step on {@code rows} ≥ 1 rows of {@code x} with targets
     * {@code y} and the gradient of {@code penalty}; {@code dropRng} draws the dropout masks
     * (null: the network has no dropout). The arrays must not change until the passes end.
     */
    public void begin(double[] x, int rows, double[] y, Penalty penalty, Rng dropRng) {
        if (rows < 1) {
            throw new IllegalArgumentException("a training batch has at least one row");
        }
        this.x = x;
        this.y = y;
        this.rows = rows;
        this.penalty = penalty;
        this.rng = net.dropout() > 0 ? dropRng : null;
        this.loss = Double.NaN;
        total = plan(rows);
        stage = 0;
        at = 0;
        done = 0;
    }

    /**
     * Does parts of the passes until about {@code work} units are done (at least one part),
     * or the passes end; returns whether they have ended. Stages too cheap to cut are done
     * whole.
     */
    public boolean advance(double work) {
        double budget = work;
        while (stage < stages) {
            int left = items[stage] - at;
            double cost = costs[stage];
            int k = left;
            if (kinds[stage] != INPUT && kinds[stage] != LOSS && kinds[stage] != PENALTY
                    && cost * left > budget) {
                k = (int) Math.max(1, Math.min(left, Math.floor(budget / cost)));
                if (kinds[stage] == WEIGHT_GRADS && k < left) {
                    // the kernel's blocks take inputs in pairs; a lone one is far slower
                    k = Math.min(left, Math.max(2, k - k % 2));
                }
            }
            run(kinds[stage], layerOf[stage], at, at + k);
            at += k;
            done += k * cost;
            budget -= k * cost;
            if (at == items[stage]) {
                stage++;
                at = 0;
            }
            if (budget <= 0 && stage < stages) {
                return false;
            }
        }
        return true;
    }

    /** The batch's mean data loss (what {@link Network#backward} returns), once finished. */
    public double loss() {
        return loss;
    }

    /** The share of the step's work done, 0..1. */
    public double progress() {
        return total > 0 ? Math.min(1, done / total) : 0;
    }

    /** The work of one step of {@code net} on a batch of {@code rows} rows, in these units. */
    public static double work(Network net, int rows) {
        return new SplitPass(net).plan(Math.max(1, rows));
    }

    /**
     * The work of an inference pass of {@code net} over {@code rows} rows and its loss (the
     * forward stages of a step, without dropout or the batch's statistics), in these units.
     */
    public static double forwardWork(Network net, int rows) {
        SplitPass p = new SplitPass(net);
        p.plan(Math.max(1, rows));
        double sum = 0;
        for (int s = 0; s < p.stages && p.kinds[s] <= LOSS; s++) {
            sum += p.items[s] * p.costs[s];
        }
        return sum;
    }

    /** Lays out the stages for {@code n} rows; returns their total work. */
    private double plan(int n) {
        int depth = net.depth();
        int most = 2 + 10 * depth;
        if (kinds.length < most) {
            kinds = new int[most];
            layerOf = new int[most];
            items = new int[most];
            costs = new double[most];
        }
        stages = 0;
        double f = single ? SINGLE_FACTOR : 1;
        add(INPUT, 0, 1, (double) n * net.inputs());
        for (int l = 0; l < depth; l++) {
            Dense d = net.layer(l);
            add(AFFINE, l, n, f * d.inputs * d.outputs);
            if (d.norm != null) {
                add(NORM, l, d.outputs, (double) NORM_COST * n);
            }
            add(ACTIVATE, l, n, (double) activationCost(d.activation) * d.outputs);
        }
        add(LOSS, depth - 1, 1, (double) ELEMENT_COST * n * net.outputs());
        for (int l = depth - 1; l >= 0; l--) {
            Dense d = net.layer(l);
            add(BIAS_GRADS, l, n, (double) BIAS_COST * d.outputs);
            // a one-unit layer's dW runs down a column of X per input: three times slower
            add(WEIGHT_GRADS, l, d.inputs, (double) (single ? WEIGHT_COST_SINGLE : WEIGHT_COST)
                    * (d.outputs == 1 ? 3 : 1) * n * d.outputs);
            if (l > 0) {
                Dense prev = net.layer(l - 1);
                add(INPUT_GRADS, l, n, f * d.inputs * d.outputs);
                add(DERIVATIVE, l, n, (double) derivativeCost(prev.activation) * prev.outputs);
                if (prev.norm != null) {
                    add(NORM_SUMS, l, prev.outputs, (double) NORM_BACK_COST * n);
                    add(NORM_ROWS, l, n, (double) NORM_BACK_COST * prev.outputs);
                }
            }
            add(PENALTY, l, 1, (double) d.inputs * d.outputs);
        }
        double sum = 0;
        for (int s = 0; s < stages; s++) {
            sum += items[s] * costs[s];
        }
        return sum;
    }

    /** Work per value of an activation's forward pass. */
    private static int activationCost(Activation f) {
        return switch (f) {
            case LINEAR, RELU, LEAKY_RELU -> ELEMENT_COST;
            default -> CURVED_COST;
        };
    }

    /**
     * Work per value of an activation's derivative: sigmoid's and tanh's come from A, the
     * others' recompute exp or the like from Z.
     */
    private static int derivativeCost(Activation f) {
        return switch (f) {
            case LINEAR, RELU, LEAKY_RELU, SIGMOID, TANH -> ELEMENT_COST;
            default -> CURVED_COST;
        };
    }

    private void add(int kind, int layer, int count, double cost) {
        kinds[stages] = kind;
        layerOf[stages] = layer;
        items[stages] = count;
        costs[stages] = cost;
        stages++;
    }

    /** Items {@code from} to {@code to} (exclusive) of a stage. */
    private void run(int kind, int l, int from, int to) {
        switch (kind) {
            case INPUT -> start();
            case AFFINE -> affine(net.layer(l), l == 0 ? input : net.layer(l - 1).out, from, to);
            case NORM -> net.layer(l).norm.forwardUnits(net.layer(l).z, rows, true, true, from,
                    to);
            case ACTIVATE -> activate(net.layer(l), l < net.depth() - 1, from, to);
            case LOSS -> lossGradient(net.layer(l));
            case BIAS_GRADS -> biasGrads(net.layer(l), from, to);
            case WEIGHT_GRADS -> weightGrads(net.layer(l),
                    l == 0 ? input : net.layer(l - 1).out, from, to);
            case INPUT_GRADS -> inputGrads(net.layer(l), net.layer(l - 1), from, to);
            case DERIVATIVE -> derivative(net.layer(l - 1), from, to);
            case NORM_SUMS -> net.layer(l - 1).norm.backwardSums(net.layer(l - 1).delta, from,
                    to);
            case NORM_ROWS -> net.layer(l - 1).norm.backwardRows(net.layer(l - 1).delta, from,
                    to);
            case PENALTY -> {
                Dense d = net.layer(l);
                penalty.addGradient(d.weights, d.weightGrads);
                if (single) {
                    Precision.toSingle(d.weightGrads, d.weightGrads.length);
                }
            }
            default -> throw new IllegalStateException("stage " + kind);
        }
    }

    /** What {@link Network#forwardTrain} does before the first layer (buffers: affine). */
    private void start() {
        input = single ? net.roundInput(x, rows * net.inputs()) : x;
        net.beginPass(input, rows, rng != null);
    }

    private static double[] grow(double[] a, int n) {
        return a.length >= n ? a : new double[Math.max(n, a.length + a.length / 2)];
    }

    /** Z (or batch normalisation's input) of rows from..to, as {@link Dense#forward}. */
    private void affine(Dense d, double[] in, int from, int to) {
        if (from == 0) {
            // A layer's buffers grow when its first part comes (not all at the start), so
            // that a large batch's first step spreads its allocations over frames too.
            d.ensureCapacity(rows, d != net.layer(net.depth() - 1) && net.dropout() > 0);
            d.ensureDelta(rows);
            d.rows = rows;
        }
        double[] target = d.norm == null ? d.z : d.norm.input;
        int k = to - from;
        int nIn = d.inputs;
        int nOut = d.outputs;
        if (k == rows) {
            affineKernel(d, in, rows, target);
            return;
        }
        s0 = grow(s0, k * nIn);
        s1 = grow(s1, k * nOut);
        System.arraycopy(in, from * nIn, s0, 0, k * nIn);
        affineKernel(d, s0, k, s1);
        System.arraycopy(s1, 0, target, from * nOut, k * nOut);
    }

    private void affineKernel(Dense d, double[] in, int k, double[] out) {
        if (single) {
            Kernels32.affine(in, k, d.inputs, d.weights, d.biases, d.outputs, out);
        } else if (d.outputs == 1) {
            Kernels.affineOneUnit(in, k, d.inputs, d.weights, d.biases[0], out);
        } else {
            Kernels.affine(in, k, d.inputs, d.weights, d.biases, d.outputs, out);
        }
    }

    /** A = f(Z) of rows from..to, rounded in single precision, then dropout. */
    private void activate(Dense d, boolean hidden, int from, int to) {
        int n = d.outputs;
        int k = to - from;
        if (k == rows) {
            d.activation.forward(d.z, d.a, rows, n, d.slope);
        } else {
            s0 = grow(s0, k * n);
            s1 = grow(s1, k * n);
            System.arraycopy(d.z, from * n, s0, 0, k * n);
            d.activation.forward(s0, s1, k, n, d.slope);
            System.arraycopy(s1, 0, d.a, from * n, k * n);
        }
        if (single) {
            for (int i = from * n; i < to * n; i++) {
                d.a[i] = Single.round(d.a[i]);
            }
        }
        if (hidden && net.dropout() > 0) {
            net.applyDropout(d, from * n, to * n, rng);
        }
    }

    /** The loss and dL/dZ of the output layer, as the start of {@link Network#backward}. */
    private void lossGradient(Dense top) {
        int n = rows * top.outputs;
        loss = net.precision().round(net.loss().value(top.z, top.a, y, rows, top.outputs));
        boolean fused = net.loss().outputGradient(top.a, y, top.delta, rows, top.outputs);
        if (!fused) {
            if (single) {
                Precision.toSingle(top.delta, n);
            }
            top.activation.backward(top.z, top.a, top.delta, n, top.slope);
        }
        if (single) {
            Precision.toSingle(top.delta, n);
        }
    }

    /** db over rows from..to, carrying the sums in row order as {@link Dense#backward}. */
    private static void biasGrads(Dense d, int from, int to) {
        double[] delta = d.delta;
        double[] db = d.biasGrads;
        int n = d.outputs;
        int r = from;
        if (d.single) {
            if (r == 0) {
                System.arraycopy(delta, 0, db, 0, n);
                r = 1;
            }
            for (; r < to; r++) {
                for (int j = 0; j < n; j++) {
                    db[j] = Single.round(db[j] + delta[r * n + j]);
                }
            }
        } else if (n == 1) {
            double sum = r == 0 ? 0 : db[0];
            for (; r < to; r++) {
                sum += delta[r];
            }
            db[0] = sum;
        } else {
            if (r == 0) {
                System.arraycopy(delta, 0, db, 0, n);
                r = 1;
            }
            for (; r < to; r++) {
                for (int j = 0; j < n; j++) {
                    db[j] += delta[r * n + j];
                }
            }
        }
    }

    /** dW's rows for inputs from..to: each sum over all rows, with the same kernel. */
    private void weightGrads(Dense d, double[] in, int from, int to) {
        int k = to - from;
        int nIn = d.inputs;
        int nOut = d.outputs;
        if (k == nIn) {
            weightKernel(d, in, nIn, d.weightGrads);
            return;
        }
        s0 = grow(s0, rows * k);
        s1 = grow(s1, k * nOut);
        for (int r = 0; r < rows; r++) {
            System.arraycopy(in, r * nIn + from, s0, r * k, k);
        }
        weightKernel(d, s0, k, s1);
        System.arraycopy(s1, 0, d.weightGrads, from * nOut, k * nOut);
    }

    private void weightKernel(Dense d, double[] in, int nIn, double[] dw) {
        if (single) {
            Kernels32.weightGrads(in, d.delta, rows, nIn, d.outputs, dw);
        } else if (d.outputs == 1) {
            Kernels.weightGradsOneUnit(in, d.delta, rows, nIn, dw);
        } else {
            Kernels.weightGrads(in, d.delta, rows, nIn, d.outputs, dw);
        }
    }

    /** dL/dA of the layer below for rows from..to: dZ·Wᵀ, row by row. */
    private void inputGrads(Dense d, Dense prev, int from, int to) {
        int k = to - from;
        int nIn = d.inputs;
        int nOut = d.outputs;
        if (k == rows) {
            inputKernel(d, d.delta, rows, prev.delta);
            return;
        }
        s0 = grow(s0, k * nOut);
        s1 = grow(s1, k * nIn);
        System.arraycopy(d.delta, from * nOut, s0, 0, k * nOut);
        inputKernel(d, s0, k, s1);
        System.arraycopy(s1, 0, prev.delta, from * nIn, k * nIn);
    }

    private void inputKernel(Dense d, double[] delta, int k, double[] g) {
        if (single) {
            Kernels32.inputGrads(delta, k, d.outputs, d.weights, d.inputs, g);
        } else {
            Kernels.inputGrads(delta, k, d.outputs, d.weights, d.inputs, g);
        }
    }

    /** dL/dZ of the layer below for rows from..to: the mask, then f′, then rounding. */
    private void derivative(Dense prev, int from, int to) {
        int n = prev.outputs;
        int a = from * n;
        int b = to * n;
        if (rng != null) {
            for (int i = a; i < b; i++) {
                prev.delta[i] *= prev.mask[i];
            }
        }
        if (to - from == rows) {
            prev.activation.backward(prev.z, prev.a, prev.delta, rows * n, prev.slope);
        } else {
            int m = b - a;
            s0 = grow(s0, m);
            s1 = grow(s1, m);
            s2 = grow(s2, m);
            System.arraycopy(prev.z, a, s0, 0, m);
            System.arraycopy(prev.a, a, s1, 0, m);
            System.arraycopy(prev.delta, a, s2, 0, m);
            prev.activation.backward(s0, s1, s2, m, prev.slope);
            System.arraycopy(s2, 0, prev.delta, a, m);
        }
        if (single) {
            for (int i = a; i < b; i++) {
                prev.delta[i] = Single.round(prev.delta[i]);
            }
        }
    }
}
