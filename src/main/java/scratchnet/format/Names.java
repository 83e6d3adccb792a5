package scratchnet.format;

import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.Precision;
import scratchnet.train.OptimizerKind;

/**
 * The names users type and files store for engine choices, and back. This is the only place
 * where {@code "leaky-relu"} and {@link Activation#LEAKY_RELU} meet: model files, the command
 * line and the page all use these spellings.
 *
 * <p>Lookups return null for an unknown name so the caller can say where the name came from;
 * the {@code *_CHOICES} strings list the valid names for such messages.
 */
public final class Names {
    private static final Activation[] ACTIVATIONS = {Activation.LINEAR, Activation.RELU,
        Activation.LEAKY_RELU, Activation.SIGMOID, Activation.TANH, Activation.ELU,
        Activation.GELU, Activation.SILU, Activation.SOFTPLUS, Activation.SOFTMAX};
    private static final String[] ACTIVATION_NAMES = {"linear", "relu", "leaky-relu", "sigmoid",
        "tanh", "elu", "gelu", "silu", "softplus", "softmax"};
    private static final Loss[] LOSSES = {Loss.MSE, Loss.HUBER, Loss.BCE, Loss.SOFTMAX_CE};
    private static final String[] LOSS_NAMES = {"mse", "huber", "bce", "softmax-ce"};
    private static final OptimizerKind[] OPTIMIZERS = {OptimizerKind.SGD, OptimizerKind.MOMENTUM,
        OptimizerKind.ADAM, OptimizerKind.RMSPROP};
    private static final String[] OPTIMIZER_NAMES = {"sgd", "momentum", "adam", "rmsprop"};
    private static final Init[] INITS = {Init.HE, Init.LECUN, Init.GLOROT, Init.GLOROT_UNIFORM,
        Init.UNIFORM, Init.ZEROS, Init.TOO_LARGE};
    private static final String[] INIT_NAMES = {"he", "lecun", "glorot", "glorot-uniform",
        "uniform", "zeros", "too-large"};
    /**
     * The tutorial's name for LeCun's rule, which earlier links and files use: read as
     * {@link Init#LECUN}, never written.
     */
    private static final String TUTORIAL_XAVIER = "xavier";

    /** Every activation name, for messages. */
    public static final String ACTIVATION_CHOICES = join(ACTIVATION_NAMES);
    /** The activations a hidden layer may use (all but softmax), for messages. */
    public static final String HIDDEN_ACTIVATION_CHOICES = join(java.util.Arrays.copyOf(
            ACTIVATION_NAMES, ACTIVATION_NAMES.length - 1));
    /** Every loss name, for messages. */
    public static final String LOSS_CHOICES = join(LOSS_NAMES);
    /** Every optimizer name, for messages. */
    public static final String OPTIMIZER_CHOICES = join(OPTIMIZER_NAMES);
    /** Every initialiser name, for messages. */
    public static final String INIT_CHOICES = join(INIT_NAMES);

    private static final Precision[] PRECISIONS = {Precision.FLOAT64, Precision.FLOAT32};
    private static final String[] PRECISION_NAMES = {"float64", "float32"};
    /** Every precision name, for messages. */
    public static final String PRECISION_CHOICES = join(PRECISION_NAMES);

    private Names() {
    }

    /** The precision called {@code name} ("float64" or "float32"), or null. */
    public static Precision precision(String name) {
        return find(PRECISIONS, PRECISION_NAMES, name);
    }

    /** The name of {@code p} in links, files and on the command line. */
    public static String of(Precision p) {
        return nameOf(PRECISIONS, PRECISION_NAMES, p);
    }

    /** The activation called {@code name}, or null. */
    public static Activation activation(String name) {
        return find(ACTIVATIONS, ACTIVATION_NAMES, name);
    }

    /** The file and command-line name of {@code a}. */
    public static String of(Activation a) {
        return nameOf(ACTIVATIONS, ACTIVATION_NAMES, a);
    }

    /** The loss called {@code name}, or null. */
    public static Loss loss(String name) {
        return find(LOSSES, LOSS_NAMES, name);
    }

    /** The file and command-line name of {@code loss}. */
    public static String of(Loss loss) {
        return nameOf(LOSSES, LOSS_NAMES, loss);
    }

    /** The initialiser called {@code name}, or null. */
    public static Init init(String name) {
        return TUTORIAL_XAVIER.equals(name) ? Init.LECUN : find(INITS, INIT_NAMES, name);
    }

    /** The command-line name of {@code init}. */
    public static String of(Init init) {
        return nameOf(INITS, INIT_NAMES, init);
    }

    /** The optimizer called {@code name}, or null. */
    public static OptimizerKind optimizer(String name) {
        return find(OPTIMIZERS, OPTIMIZER_NAMES, name);
    }

    /** The command-line name of {@code kind}. */
    public static String of(OptimizerKind kind) {
        return nameOf(OPTIMIZERS, OPTIMIZER_NAMES, kind);
    }

    /**
     * The 2-D dataset called {@code name} — the spellings of the playground's link, e.g.
     * {@code "spiral"} or {@code "blobs"} — or null.
     */
    public static scratchnet.data.TwoD twoD(String name) {
        return find(HashCodec.TWO_D, HashCodec.TWO_D_NAMES, name);
    }

    /** The learning-rate schedule shape called {@code name} (as in links), or null. */
    public static scratchnet.train.Schedule.Kind schedule(String name) {
        return find(HashCodec.SCHEDULES, HashCodec.SCHEDULE_NAMES, name);
    }

    /** The name of schedule shape {@code kind}, e.g. {@code "cosine"}. */
    public static String of(scratchnet.train.Schedule.Kind kind) {
        return HashCodec.name(kind);
    }

    /** Every schedule shape's name, for messages. */
    public static String scheduleChoices() {
        return join(HashCodec.SCHEDULE_NAMES);
    }

    /** Every 2-D dataset name, for messages. */
    public static String twoDChoices() {
        return join(HashCodec.TWO_D_NAMES);
    }

    private static <T> T find(T[] values, String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return values[i];
            }
        }
        return null;
    }

    private static <T> String nameOf(T[] values, String[] names, T value) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == value) {
                return names[i];
            }
        }
        throw new IllegalArgumentException("no name for " + value);
    }

    private static String join(String[] names) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            sb.append(i == 0 ? "" : i == names.length - 1 ? " or " : ", ").append(names[i]);
        }
        return sb.toString();
    }
}
