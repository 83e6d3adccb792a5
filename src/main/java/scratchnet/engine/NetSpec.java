package scratchnet.engine;

/**
 * The shape of a network: layer sizes, activations, loss, initialiser and dropout.
 *
 * @param sizes units per layer including the input layer, e.g. {4, 16, 8, 1}
 * @param hidden activation of every hidden layer
 * @param output activation of the output layer (must match the loss for BCE and softmax-CE)
 * @param loss what training minimises
 * @param init how weights are drawn
 * @param leakySlope slope of {@link Activation#LEAKY_RELU} for z ≤ 0 (usually 0.01)
 * @param dropout probability of zeroing a hidden unit's output during training, in [0, 1)
 * @param hiddenLayers activation of each hidden layer in order, overriding {@code hidden};
 *     null when every hidden layer uses {@code hidden}
 */
public record NetSpec(int[] sizes, Activation hidden, Activation output, Loss loss, Init init,
        double leakySlope, double dropout, Activation[] hiddenLayers) {
    /** The leaky-ReLU slope used unless another is chosen. */
    public static final double DEFAULT_LEAKY_SLOPE = 0.01;

    /** Checks that the spec describes a network that can be built. */
    public NetSpec {
        if (sizes == null || sizes.length < 2) {
            throw new IllegalArgumentException("a network needs an input and an output layer");
        }
        for (int i = 0; i < sizes.length; i++) {
            if (sizes[i] < 1) {
                throw new IllegalArgumentException("layer " + i + " has " + sizes[i]
                        + " units; every layer needs at least 1");
            }
        }
        sizes = sizes.clone();
        if (hiddenLayers != null) {
            if (hiddenLayers.length != sizes.length - 2) {
                throw new IllegalArgumentException(hiddenLayers.length + " hidden activations for "
                        + (sizes.length - 2) + " hidden layers");
            }
            hiddenLayers = hiddenLayers.clone();
            for (Activation a : hiddenLayers) {
                if (a == null || a == Activation.SOFTMAX) {
                    throw new IllegalArgumentException("every hidden layer needs an element-wise"
                            + " activation, not " + a);
                }
            }
        }
        if (hidden == null || output == null || loss == null || init == null) {
            throw new IllegalArgumentException("activation, loss and init must all be given");
        }
        if (hidden == Activation.SOFTMAX) {
            throw new IllegalArgumentException("softmax is for the output layer only");
        }
        Activation required = loss.requiredOutput();
        if (required != null && output != required) {
            throw new IllegalArgumentException(loss + " needs a " + required + " output, not "
                    + output);
        }
        if (required == null && output == Activation.SOFTMAX) {
            throw new IllegalArgumentException("a softmax output needs the SOFTMAX_CE loss");
        }
        if (loss == Loss.BCE && sizes[sizes.length - 1] != 1) {
            throw new IllegalArgumentException("binary cross-entropy needs exactly 1 output");
        }
        if (loss == Loss.SOFTMAX_CE && sizes[sizes.length - 1] < 2) {
            throw new IllegalArgumentException("softmax cross-entropy needs at least 2 outputs");
        }
        if (!(leakySlope >= 0 && leakySlope < 1)) {
            throw new IllegalArgumentException("leaky slope must be in [0, 1): " + leakySlope);
        }
        if (!(dropout >= 0 && dropout < 1)) {
            throw new IllegalArgumentException("dropout must be in [0, 1): " + dropout);
        }
    }

    /** A spec whose hidden layers all use {@code hidden}. */
    public NetSpec(int[] sizes, Activation hidden, Activation output, Loss loss, Init init,
            double leakySlope, double dropout) {
        this(sizes, hidden, output, loss, init, leakySlope, dropout, null);
    }

    /** The activation of hidden layer {@code l} (0 = the first hidden layer). */
    public Activation hiddenAt(int l) {
        return hiddenLayers == null ? hidden : hiddenLayers[l];
    }

    /** Each hidden layer's activation (a copy), null when all use {@link #hidden}. */
    @Override
    public Activation[] hiddenLayers() {
        return hiddenLayers == null ? null : hiddenLayers.clone();
    }

    /** A spec with the loss's default output activation, slope 0.01 and no dropout. */
    public static NetSpec of(int[] sizes, Activation hidden, Loss loss, Init init) {
        return new NetSpec(sizes, hidden, loss.defaultOutput(), loss, init,
                DEFAULT_LEAKY_SLOPE, 0);
    }

    /** Units per layer including the input layer (a copy). */
    @Override
    public int[] sizes() {
        return sizes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetSpec s && java.util.Arrays.equals(sizes, s.sizes)
                && hidden == s.hidden && output == s.output && loss == s.loss && init == s.init
                && Double.compare(leakySlope, s.leakySlope) == 0
                && Double.compare(dropout, s.dropout) == 0 && sameHidden(s);
    }

    private boolean sameHidden(NetSpec s) {
        for (int l = 0; l + 2 < sizes.length; l++) {
            if (hiddenAt(l) != s.hiddenAt(l)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(sizes) * 31 + java.util.Objects.hash(hidden, output,
                loss, init, leakySlope, dropout);
    }

    @Override
    public String toString() {
        return "NetSpec" + java.util.Arrays.toString(sizes) + " " + hidden + "/" + output + " "
                + loss + " " + init;
    }
}
