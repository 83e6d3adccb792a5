package scratchnet.engine;

import scratchnet.math.Rng;

/**
 * A stack of {@link Dense} layers with a loss: the tutorial's network, for any sizes.
 *
 * <p>Use: {@link #forward} (or {@link #forwardTrain} with dropout) on a batch, then
 * {@link #backward} with that batch's targets. Backward writes every layer's dW and db from
 * the weights as they were during the forward pass; nothing changes a weight until an
 * optimizer applies the gradients afterwards.
 */
public final class Network {
    private final Dense[] layers;
    private final Loss loss;
    private final double dropout;
    private final Precision precision;
    private final boolean single;
    private double[] lastInput;
    private int lastRows;
    private boolean lastDropped;
    /** The inputs rounded to single precision (FLOAT32 only). */
    private double[] roundedInput = new double[0];

    private Network(Dense[] layers, Loss loss, double dropout) {
        this.layers = layers;
        this.loss = loss;
        this.dropout = dropout;
        this.precision = layers[0].precision();
        this.single = precision == Precision.FLOAT32;
    }

    /** Builds a network with weights drawn from {@code rng} by the spec's initialiser. */
    public static Network build(NetSpec spec, Rng rng) {
        return build(spec, rng, false, Precision.FLOAT64);
    }

    /**
     * Builds a network with weights drawn from {@code rng} by the spec's initialiser (the same
     * draws whatever the options), with {@link BatchNorm} after every hidden layer's Z (before
     * its activation; never on the output layer) when {@code batchNorm}, computing in
     * {@code precision} (the weights rounded to it).
     */
    public static Network build(NetSpec spec, Rng rng, boolean batchNorm, Precision precision) {
        int[] sizes = spec.sizes();
        Dense[] layers = new Dense[sizes.length - 1];
        for (int l = 0; l < layers.length; l++) {
            boolean last = l == layers.length - 1;
            Activation f = last ? spec.output() : spec.hiddenAt(l);
            layers[l] = new Dense(sizes[l], sizes[l + 1], f, spec.leakySlope(),
                    batchNorm && !last, precision);
            spec.init().fill(layers[l].weights, sizes[l], rng);
        }
        Network net = new Network(layers, spec.loss(), spec.dropout());
        net.roundParameters();
        return net;
    }

    /**
     * Builds a network from explicit parameters, e.g. a loaded model file.
     *
     * @param weights per layer, n_in × n_out row-major
     * @param biases per layer, n_out values
     */
    public static Network of(Loss loss, int[] sizes, Activation[] activations, double[][] weights,
            double[][] biases, double leakySlope) {
        Dense[] layers = new Dense[sizes.length - 1];
        for (int l = 0; l < layers.length; l++) {
            layers[l] = new Dense(sizes[l], sizes[l + 1], activations[l], leakySlope);
            System.arraycopy(weights[l], 0, layers[l].weights, 0, layers[l].weights.length);
            System.arraycopy(biases[l], 0, layers[l].biases, 0, layers[l].biases.length);
        }
        return new Network(layers, loss, 0);
    }

    /**
     * A network of the same shape with these options whose weights and biases are copied from
     * {@code base} (batch normalisation starts at γ = 1, β = 0 and running mean 0, variance 1
     * unless {@code base} has it too, in which case it is copied).
     */
    public static Network withOptions(Network base, boolean batchNorm, Precision precision) {
        Dense[] copies = new Dense[base.layers.length];
        for (int l = 0; l < copies.length; l++) {
            Dense d = base.layers[l];
            boolean last = l == copies.length - 1;
            copies[l] = new Dense(d.inputs, d.outputs, d.activation, d.slope, batchNorm && !last,
                    precision);
        }
        Network net = new Network(copies, base.loss, base.dropout);
        net.copyParametersFrom(base);
        net.roundParameters();
        return net;
    }

    /** An independent copy with the same parameters (buffers are not shared). */
    public Network copy() {
        Dense[] copies = new Dense[layers.length];
        for (int l = 0; l < layers.length; l++) {
            Dense d = layers[l];
            copies[l] = new Dense(d.inputs, d.outputs, d.activation, d.slope, d.norm != null,
                    precision);
        }
        Network net = new Network(copies, loss, dropout);
        net.copyParametersFrom(this);
        return net;
    }

    /**
     * Overwrites this network's weights and biases with {@code other}'s (same shape), and
     * batch normalisation's γ, β and running statistics where both have it.
     */
    public void copyParametersFrom(Network other) {
        for (int l = 0; l < layers.length; l++) {
            Dense src = other.layers[l];
            System.arraycopy(src.weights, 0, layers[l].weights, 0, src.weights.length);
            System.arraycopy(src.biases, 0, layers[l].biases, 0, src.biases.length);
            if (src.norm != null && layers[l].norm != null) {
                layers[l].norm.copyFrom(src.norm);
            }
        }
    }

    /**
     * Inference on {@code rows} rows of {@code x} (rows × inputs); returns the output buffer.
     * Batch normalisation uses its running statistics (eval mode).
     */
    public double[] forward(double[] x, int rows) {
        return run(x, rows, null, false, false);
    }

    /**
     * The training forward pass: as {@link #forward}, but each hidden unit's output is zeroed
     * with probability p (the network's dropout rate) and the survivors scaled by 1/(1−p)
     * (inverted dropout), so inference needs no rescaling; batch normalisation uses the
     * batch's statistics and moves its running ones (train mode). Without dropout and batch
     * normalisation it equals forward.
     */
    public double[] forwardTrain(double[] x, int rows, Rng rng) {
        return run(x, rows, dropout > 0 ? rng : null, true, true);
    }

    /**
     * The training objective's forward pass without its side effects: batch normalisation on
     * the batch's statistics (train mode) but the running ones left as they are, and no
     * dropout. What gradient checks and curvature probes differentiate; without batch
     * normalisation it equals {@link #forward}.
     */
    public double[] forwardBatch(double[] x, int rows) {
        return run(x, rows, null, true, false);
    }

    private double[] run(double[] x, int rows, Rng dropRng, boolean train, boolean update) {
        if (x.length < rows * inputs()) {
            throw new IllegalArgumentException("expected " + rows + " rows of " + inputs()
                    + " inputs, got " + x.length + " values");
        }
        if (single) {
            x = roundInput(x, rows * inputs());
        }
        beginPass(x, rows, dropRng != null);
        double[] in = x;
        for (int l = 0; l < layers.length; l++) {
            Dense d = layers[l];
            boolean hidden = l < layers.length - 1;
            d.ensureCapacity(rows, hidden && dropout > 0);
            d.forward(in, rows, train, update);
            if (hidden && dropout > 0) {
                applyDropout(d, 0, rows * d.outputs, dropRng);
            }
            in = d.out;
        }
        return layers[layers.length - 1].a;
    }

    /** Dropout on values {@code from} to {@code to} (exclusive) of d's output, in order. */
    void applyDropout(Dense d, int from, int to, Rng rng) {
        double keep = 1.0 / (1.0 - dropout);
        for (int i = from; i < to; i++) {
            double m = rng == null ? 1.0 : rng.nextDouble() < dropout ? 0.0 : keep;
            d.mask[i] = m;
            d.out[i] = single ? Single.round(d.a[i] * m) : d.a[i] * m;
        }
    }

    /**
     * Takes over the last training passes of {@code pass}, a {@link #copy} of this network
     * that computed them (see {@link SplitPass}): afterwards this network is as if it had
     * run them itself (activations, deltas, gradients, batch normalisation's batch and running
     * statistics), bit for bit. The two exchange their batch-sized buffers, so nothing large
     * is copied or allocated.
     */
    public void adoptPass(Network pass) {
        for (int l = 0; l < layers.length; l++) {
            layers[l].adoptPass(pass.layers[l]);
        }
        double[] t = roundedInput;
        roundedInput = pass.roundedInput;
        pass.roundedInput = t;
        lastInput = pass.lastInput;
        lastRows = pass.lastRows;
        lastDropped = pass.lastDropped;
        pass.lastInput = null;
    }

    /** Sets what {@link #backward} reads of the forward pass ({@link SplitPass} runs it). */
    void beginPass(double[] input, int rows, boolean dropped) {
        lastInput = input;
        lastRows = rows;
        lastDropped = dropped;
    }

    /** The inputs rounded to single precision, in a buffer of at least {@code n} values. */
    double[] roundInput(double[] x, int n) {
        if (roundedInput.length < n) {
            roundedInput = new double[n];
        }
        System.arraycopy(x, 0, roundedInput, 0, n);
        Precision.toSingle(roundedInput, n);
        return roundedInput;
    }

    /**
     * Backpropagation for the batch of the last forward pass: fills every dW and db with the
     * gradient of (mean data loss + penalty) and returns the mean data loss of that batch.
     *
     * @param y targets for those rows (see {@link Loss})
     */
    public double backward(double[] y, Penalty penalty) {
        int rows = lastRows;
        for (Dense d : layers) {
            d.ensureDelta(rows);
        }
        Dense top = layers[layers.length - 1];
        double value = precision.round(loss.value(top.z, top.a, y, rows, top.outputs));
        boolean fused = loss.outputGradient(top.a, y, top.delta, rows, top.outputs);
        if (!fused) {
            if (single) {
                Precision.toSingle(top.delta, rows * top.outputs);
            }
            top.activation.backward(top.z, top.a, top.delta, rows * top.outputs, top.slope);
        }
        if (single) {
            Precision.toSingle(top.delta, rows * top.outputs);
        }
        for (int l = layers.length - 1; l >= 0; l--) {
            Dense d = layers[l];
            double[] input = l == 0 ? lastInput : layers[l - 1].out;
            if (l == 0) {
                d.backward(input, null);
            } else {
                Dense prev = layers[l - 1];
                // dL/d(prev.out) lands in prev.delta, then becomes dL/d(prev.z) in place.
                d.backward(input, prev.delta);
                throughActivation(prev, prev.delta, rows * prev.outputs);
                if (prev.norm != null) {
                    prev.norm.backward(prev.delta);
                }
            }
            penalty.addGradient(d.weights, d.weightGrads);
            if (single) {
                Precision.toSingle(d.weightGrads, d.weightGrads.length);
            }
        }
        return value;
    }

    /**
     * dL/dX of the last backward pass, rows × inputs (a new array): the first layer's dZ·Wᵀ,
     * through batch normalisation's statistics when the last forward pass used the batch's.
     */
    public double[] inputGradient() {
        Dense first = layers[0];
        double[] g = new double[lastRows * first.inputs];
        if (single) {
            Kernels32.inputGrads(first.delta, lastRows, first.outputs, first.weights,
                    first.inputs, g);
        } else {
            Kernels.inputGrads(first.delta, lastRows, first.outputs, first.weights,
                    first.inputs, g);
        }
        return g;
    }

    /** Rounds every parameter to this network's precision (nothing to do in FLOAT64). */
    public void roundParameters() {
        if (single) {
            for (double[] p : parameters()) {
                Precision.toSingle(p, p.length);
            }
        }
    }

    /** The precision this network computes in. */
    public Precision precision() {
        return precision;
    }

    /** Whether the hidden layers have batch normalisation. */
    public boolean batchNorm() {
        return layers[0].norm != null;
    }

    /**
     * Batch normalisation's running statistics, live: mean then variance for each hidden
     * layer that has it (empty without batch normalisation). State, not parameters: no
     * optimizer touches them; checkpoints copy them.
     */
    public double[][] runningStatistics() {
        int n = 0;
        for (Dense d : layers) {
            n += d.norm != null ? 2 : 0;
        }
        double[][] out = new double[n][];
        int at = 0;
        for (Dense d : layers) {
            if (d.norm != null) {
                out[at++] = d.norm.runningMean;
                out[at++] = d.norm.runningVar;
            }
        }
        return out;
    }

    /**
     * dL/dA of layer {@code l} in the last backward pass, recomputed with the same kernel, for
     * showing a step: for a hidden layer dZ_{l+1}·W_{l+1}ᵀ, which backward wrote into the
     * layer's delta before turning it into dZ_l in place (with dropout it is the gradient of
     * the masked output); for the output layer the loss's gradient with respect to A on targets
     * {@code y}, or null when the loss is fused with its output activation (BCE on a sigmoid,
     * cross-entropy on a softmax), whose gradient goes straight to Z. Call it before the
     * weights change. Returns a new rows × outputs array.
     */
    public double[] activationGradient(int l, double[] y) {
        Dense d = layers[l];
        double[] g = new double[lastRows * d.outputs];
        if (l == layers.length - 1) {
            return loss.outputGradient(d.a, y, g, lastRows, d.outputs) ? null : g;
        }
        Dense next = layers[l + 1];
        if (single) {
            Kernels32.inputGrads(next.delta, lastRows, next.outputs, next.weights, next.inputs,
                    g);
        } else {
            Kernels.inputGrads(next.delta, lastRows, next.outputs, next.weights, next.inputs, g);
        }
        return g;
    }

    /**
     * dL/dY of hidden layer {@code l}, which has batch normalisation, in the last backward pass,
     * recomputed from its {@code dA} ({@link #activationGradient}) with the same operations:
     * dA ⊙ f′(Y) at the normalisation's output Y (with dropout, through the mask), which
     * backward then turned into dL/dZ in place. Call it before the weights change. Returns a
     * new rows × outputs array.
     */
    public double[] normalizedGradient(int l, double[] dA) {
        int n = lastRows * layers[l].outputs;
        double[] g = java.util.Arrays.copyOf(dA, n);
        throughActivation(layers[l], g, n);
        return g;
    }

    /**
     * Turns the gradient at hidden layer d's output (what the next layer read) into the
     * gradient at what its activation read, in place: through the dropout mask of the last
     * pass if it dropped, then f′, rounded in float32.
     */
    private void throughActivation(Dense d, double[] g, int n) {
        if (lastDropped) {
            for (int i = 0; i < n; i++) {
                g[i] *= d.mask[i];
            }
        }
        d.activation.backward(d.z, d.a, g, n, d.slope);
        if (single) {
            Precision.toSingle(g, n);
        }
    }

    /** Mean data loss on {@code rows} rows (a forward pass without dropout; no gradients). */
    public double loss(double[] x, double[] y, int rows) {
        forward(x, rows);
        Dense top = layers[layers.length - 1];
        return precision.round(loss.value(top.z, top.a, y, rows, top.outputs));
    }

    /**
     * Mean data loss on {@code rows} rows with {@link #forwardBatch} (batch normalisation on
     * the batch's statistics, running ones untouched): the training objective of a batch.
     */
    public double batchLoss(double[] x, double[] y, int rows) {
        forwardBatch(x, rows);
        Dense top = layers[layers.length - 1];
        return precision.round(loss.value(top.z, top.a, y, rows, top.outputs));
    }

    /** The penalty's value summed over all weight matrices. */
    public double penalty(Penalty penalty) {
        double sum = 0;
        for (Dense d : layers) {
            sum += penalty.value(d.weights);
        }
        return sum;
    }

    /** Number of layers with weights (hidden layers + output layer). */
    public int depth() {
        return layers.length;
    }

    /** Layer {@code l}, 0 being the first hidden layer. */
    public Dense layer(int l) {
        return layers[l];
    }

    /** Inputs per example. */
    public int inputs() {
        return layers[0].inputs;
    }

    /** Outputs per example. */
    public int outputs() {
        return layers[layers.length - 1].outputs;
    }

    /** The loss this network is trained on. */
    public Loss loss() {
        return loss;
    }

    /** Whether the last forward pass dropped units (a training pass with dropout). */
    public boolean lastPassDropped() {
        return lastDropped;
    }

    /** The dropout rate applied to hidden layers while training. */
    public double dropout() {
        return dropout;
    }

    /** Units per layer including the input layer. */
    public int[] sizes() {
        int[] s = new int[layers.length + 1];
        s[0] = inputs();
        for (int l = 0; l < layers.length; l++) {
            s[l + 1] = layers[l].outputs;
        }
        return s;
    }

    /** A copy of every weight, layer after layer, each layer n_in × n_out row-major. */
    public double[] allWeights() {
        int total = 0;
        for (Dense d : layers) {
            total += d.weights.length;
        }
        double[] out = new double[total];
        int at = 0;
        for (Dense d : layers) {
            System.arraycopy(d.weights, 0, out, at, d.weights.length);
            at += d.weights.length;
        }
        return out;
    }

    /** Total number of weights and biases. */
    public int parameterCount() {
        int n = 0;
        for (Dense d : layers) {
            n += d.weights.length + d.biases.length;
            n += d.norm != null ? 2 * d.norm.units : 0;
        }
        return n;
    }

    /**
     * Every parameter buffer in a fixed order (W then b per layer, first layer first, then γ
     * and β of each layer with batch normalisation, first layer first); the matching gradients are {@link #gradients()} in the same order. Optimizers walk these and
     * never need to know what a layer is. The arrays are live.
     */
    public double[][] parameters() {
        double[][] p = new double[buffers()][];
        for (int l = 0; l < layers.length; l++) {
            p[2 * l] = layers[l].weights;
            p[2 * l + 1] = layers[l].biases;
        }
        int at = 2 * layers.length;
        for (Dense d : layers) {
            if (d.norm != null) {
                p[at++] = d.norm.gamma;
                p[at++] = d.norm.beta;
            }
        }
        return p;
    }

    /** The gradient buffers matching {@link #parameters()}, live. */
    public double[][] gradients() {
        double[][] g = new double[buffers()][];
        for (int l = 0; l < layers.length; l++) {
            g[2 * l] = layers[l].weightGrads;
            g[2 * l + 1] = layers[l].biasGrads;
        }
        int at = 2 * layers.length;
        for (Dense d : layers) {
            if (d.norm != null) {
                g[at++] = d.norm.gammaGrads;
                g[at++] = d.norm.betaGrads;
            }
        }
        return g;
    }

    /** W and b per layer, then γ and β per normalised layer. */
    private int buffers() {
        int n = 2 * layers.length;
        for (Dense d : layers) {
            n += d.norm != null ? 2 : 0;
        }
        return n;
    }
}
