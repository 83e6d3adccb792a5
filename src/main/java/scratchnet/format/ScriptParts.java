package scratchnet.format;

import scratchnet.data.Dataset;
import scratchnet.engine.Activation;
import scratchnet.engine.Dense;
import scratchnet.engine.Loss;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.train.OptimizerKind;
import scratchnet.train.Schedule;
import scratchnet.train.TrainSpec;

/**
 * What the NumPy and the PyTorch export share: the checks on a run before it is written, the
 * Python spelling of numbers, the embedded data and weights, the settings block, the learning
 * rate schedule and the docstring's description of the run. Python text is built line by line
 * with a {@link StringBuilder}; numbers are the shortest decimals that read back as the same
 * double, which Python's float literal reads exactly.
 */
final class ScriptParts {
    /** Longest line of numbers written into a script, in characters. */
    private static final int WIDTH = 96;

    private ScriptParts() {
    }

    /**
     * Checks that {@code train} can train {@code net} and that every number can be written.
     *
     * @throws IllegalArgumentException saying what does not fit and how to fix it
     */
    static void check(Network net, TrainSpec spec, Dataset train, int epochs) {
        if (net == null || spec == null || train == null) {
            throw new IllegalArgumentException("export needs a network, training settings and "
                    + "the training data");
        }
        if (epochs < 0) {
            throw new IllegalArgumentException("epochs must be >= 0: " + epochs);
        }
        if (train.rows() == 0) {
            throw new IllegalArgumentException("the training set is empty; nothing to export");
        }
        if (train.cols() != net.inputs()) {
            throw new IllegalArgumentException("the data have " + train.cols()
                    + " feature columns but the network takes " + net.inputs() + " inputs");
        }
        if (net.loss() == Loss.MSE && net.outputs() != 1) {
            throw new IllegalArgumentException("the data hold one target per row but the MSE "
                    + "network has " + net.outputs() + " outputs");
        }
        for (int r = 0; r < train.rows(); r++) {
            checkTarget(net, train.target(r), r);
        }
        checkFinite(train.x(), "the data: a feature");
        for (int l = 0; l < net.depth(); l++) {
            checkFinite(net.layer(l).weights(), "layer " + (l + 1) + ": a weight");
            checkFinite(net.layer(l).biases(), "layer " + (l + 1) + ": a bias");
        }
    }

    private static void checkTarget(Network net, double y, int row) {
        boolean ok;
        switch (net.loss()) {
            case BCE:
                ok = y == 0 || y == 1;
                break;
            case SOFTMAX_CE:
                ok = y >= 0 && y < net.outputs() && y == Math.floor(y);
                break;
            default:
                ok = !Double.isNaN(y) && !Double.isInfinite(y);
        }
        if (!ok) {
            throw new IllegalArgumentException("row " + (row + 1) + " has target " + y
                    + ", which " + Names.of(net.loss()) + " with " + net.outputs()
                    + " outputs cannot train on");
        }
    }

    private static void checkFinite(double[] values, String what) {
        for (double v : values) {
            if (Double.isNaN(v) || Double.isInfinite(v)) {
                throw new IllegalArgumentException(what + " is " + v + "; a script can only "
                        + "embed finite numbers (training diverged? reset or lower the rate)");
            }
        }
    }

    /** Rows per step: the spec's batch size resolved as the trainer does (0 or above n: n). */
    static int batchRows(TrainSpec spec, int n) {
        int b = spec.batchSize();
        return b == 0 ? n : Math.min(b, n);
    }

    /** Steps the scripts take: one per batch, ⌈n / B⌉ per epoch. */
    static long steps(TrainSpec spec, int n, int epochs) {
        int b = batchRows(spec, n);
        return (long) epochs * ((n + b - 1) / b);
    }

    /** A Python float literal for {@code d}: shortest round-trip digits, always a float. */
    static String num(double d) {
        String s = ShortestDecimal.of(d);
        boolean isFloat = s.indexOf('.') >= 0 || s.indexOf('e') >= 0;
        return isFloat ? s : s + ".0";
    }

    /**
     * Appends {@code values} as a Python list of {@code rows} lists of {@code cols} floats, one
     * inner list per line, each line starting with {@code indent} + 4 spaces.
     */
    static void matrix(StringBuilder sb, String indent, double[] values, int rows, int cols) {
        sb.append("[\n");
        for (int r = 0; r < rows; r++) {
            sb.append(indent).append("    [");
            for (int c = 0; c < cols; c++) {
                sb.append(c == 0 ? "" : ", ").append(num(values[r * cols + c]));
            }
            sb.append("],\n");
        }
        sb.append(indent).append(']');
    }

    /** Appends {@code items} (already Python literals) as a flat list wrapped at the width. */
    static void flatList(StringBuilder sb, String indent, String[] items) {
        sb.append("[\n").append(indent).append("    ");
        int column = indent.length() + 4;
        for (int i = 0; i < items.length; i++) {
            String item = items[i] + ",";
            if (i > 0 && column + 1 + item.length() > WIDTH) {
                sb.append('\n').append(indent).append("    ");
                column = indent.length() + 4;
            } else if (i > 0) {
                sb.append(' ');
                column++;
            }
            sb.append(item);
            column += item.length();
        }
        sb.append('\n').append(indent).append(']');
    }

    /** The targets as Python literals: class indices as ints, 0/1 and real values as floats. */
    static String[] targets(Dataset train, Loss loss) {
        String[] items = new String[train.rows()];
        for (int r = 0; r < items.length; r++) {
            double y = train.target(r);
            items[r] = loss == Loss.SOFTMAX_CE ? Integer.toString((int) y) : num(y);
        }
        return items;
    }

    /** The parameter values of a bias vector as Python literals. */
    static String[] literals(double[] values) {
        String[] items = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = num(values[i]);
        }
        return items;
    }

    /** The docstring lines that describe the network, the data and the training settings. */
    static String description(Network net, TrainSpec spec, Dataset train, int epochs) {
        int n = train.rows();
        int b = batchRows(spec, n);
        StringBuilder sb = new StringBuilder();
        sb.append("Network ").append(sizes(net)).append(": ").append(activations(net))
                .append(", loss ").append(Names.of(net.loss())).append(".\n");
        sb.append("Data: the ").append(n).append(" training rows, embedded below.\n");
        sb.append("Training: ").append(optimizerText(spec.optimizer())).append(", learning rate ")
                .append(ShortestDecimal.of(spec.learningRate())).append(scheduleText(spec))
                .append(", batches of ").append(b).append(" rows in file order (no shuffling), ")
                .append(epochs).append(epochs == 1 ? " epoch" : " epochs").append(" = ")
                .append(steps(spec, n, epochs)).append(" steps");
        Penalty p = spec.penalty();
        if (p.kind() != Penalty.Kind.NONE && p.rate() > 0) {
            sb.append(", ").append(p.kind()).append(" penalty ").append(ShortestDecimal.of(p.rate()));
        }
        if (spec.clipNorm() > 0) {
            sb.append(", gradients clipped to global norm ")
                    .append(ShortestDecimal.of(spec.clipNorm()));
        }
        sb.append(".\n");
        return sb.toString();
    }

    /** Notes on what the script leaves out of the run, one docstring paragraph each. */
    static String omissions(Network net, TrainSpec spec) {
        StringBuilder sb = new StringBuilder();
        if (net.dropout() > 0) {
            sb.append("Not reproduced: dropout ").append(ShortestDecimal.of(net.dropout()))
                    .append(". The engine draws its dropout masks from its own\nrandom "
                            + "generator, which Python does not have, so this script trains "
                            + "WITHOUT dropout.\n");
        }
        if (spec.patience() > 0) {
            sb.append("Not reproduced: early stopping (patience ").append(spec.patience())
                    .append(" epochs); this script trains every epoch.\n");
        }
        return sb.toString();
    }

    private static String sizes(Network net) {
        int[] s = net.sizes();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length; i++) {
            sb.append(i == 0 ? "" : "-").append(s[i]);
        }
        return sb.toString();
    }

    private static String activations(Network net) {
        StringBuilder sb = new StringBuilder();
        for (int l = 0; l < net.depth(); l++) {
            sb.append(l == 0 ? "" : ", ").append(Names.of(net.layer(l).activation()));
        }
        return sb.append(" (layer by layer)").toString();
    }

    private static String optimizerText(OptimizerKind kind) {
        switch (kind) {
            case SGD:
                return "plain gradient descent";
            case MOMENTUM:
                return "momentum (mu = 0.9)";
            case ADAM:
                return "Adam (beta1 = 0.9, beta2 = 0.999, eps = 1e-8)";
            case RMSPROP:
                return "RMSprop (rho = 0.9, eps = 1e-8)";
            default:
                throw new AssertionError(kind);
        }
    }

    private static String scheduleText(TrainSpec spec) {
        Schedule s = spec.schedule();
        String warm = s.warmup() > 0 ? " after " + s.warmup() + " warm-up steps" : "";
        switch (s.kind()) {
            case CONSTANT:
                return s.warmup() > 0 ? " (constant" + warm + ")" : " (constant)";
            case STEP:
                return " (times " + ShortestDecimal.of(s.gamma()) + " every " + s.period()
                        + " steps" + warm + ")";
            case EXPONENTIAL:
                return " (times " + ShortestDecimal.of(s.gamma()) + " per step" + warm + ")";
            case COSINE:
                return " (cosine down to " + ShortestDecimal.of(s.floor()) + " over "
                        + s.period() + " steps" + warm + ")";
            default:
                throw new AssertionError(s.kind());
        }
    }

    /**
     * The Python function {@code learning_rate(t)}: the engine's {@link Schedule} for step
     * t = 0, 1, … (the cosine uses math.cos where the engine uses its own series: the rates
     * agree to rounding).
     */
    static void schedule(StringBuilder sb, TrainSpec spec) {
        Schedule s = spec.schedule();
        sb.append("def learning_rate(t):\n");
        sb.append("    \"\"\"The learning rate of step t = 0, 1, 2, ... (the engine's schedule).\"\"\"\n");
        if (s.warmup() > 0) {
            sb.append("    if t < WARMUP:\n");
            sb.append("        # linear warm-up: the first rate times (t + 1) / WARMUP\n");
            sb.append("        return decayed(0) * (t + 1) / WARMUP\n");
            sb.append("    return decayed(t - WARMUP)\n\n\n");
            sb.append("def decayed(t):\n");
        }
        switch (s.kind()) {
            case CONSTANT:
                sb.append("    return LEARNING_RATE\n");
                break;
            case STEP:
                sb.append("    return LEARNING_RATE * GAMMA ** (t // PERIOD)"
                        + "  # times GAMMA every PERIOD steps\n");
                break;
            case EXPONENTIAL:
                sb.append("    return LEARNING_RATE * GAMMA ** t\n");
                break;
            case COSINE:
                sb.append("    if t >= PERIOD:\n");
                sb.append("        return FLOOR\n");
                sb.append("    # half a cosine from LEARNING_RATE down to FLOOR over PERIOD steps\n");
                sb.append("    cosine = math.cos(math.pi * (t / PERIOD))\n");
                sb.append("    return FLOOR + (LEARNING_RATE - FLOOR) * (1 + cosine) * 0.5\n");
                break;
            default:
                throw new AssertionError(s.kind());
        }
        sb.append("\n\n");
    }

    /** The settings block: one named constant per training setting the script uses. */
    static void settings(StringBuilder sb, Network net, TrainSpec spec, Dataset train,
            int epochs) {
        sb.append("# ----- Settings of the run -----\n");
        sb.append("LEARNING_RATE = ").append(num(spec.learningRate())).append('\n');
        Schedule s = spec.schedule();
        if (s.kind() == Schedule.Kind.STEP || s.kind() == Schedule.Kind.EXPONENTIAL) {
            sb.append("GAMMA = ").append(num(s.gamma())).append('\n');
        }
        if (s.kind() == Schedule.Kind.STEP || s.kind() == Schedule.Kind.COSINE) {
            sb.append("PERIOD = ").append(s.period()).append('\n');
        }
        if (s.kind() == Schedule.Kind.COSINE) {
            sb.append("FLOOR = ").append(num(s.floor())).append('\n');
        }
        if (s.warmup() > 0) {
            sb.append("WARMUP = ").append(s.warmup()).append('\n');
        }
        sb.append("BATCH_SIZE = ").append(batchRows(spec, train.rows()))
                .append("  # rows per step, taken in file order (no shuffling)\n");
        sb.append("EPOCHS = ").append(epochs).append('\n');
        Penalty p = spec.penalty();
        if (p.kind() == Penalty.Kind.L2 && p.rate() > 0) {
            sb.append("L2 = ").append(num(p.rate()))
                    .append("  # penalty (L2 / 2) * sum(W ** 2) on the weights, not the biases\n");
        } else if (p.kind() == Penalty.Kind.L1 && p.rate() > 0) {
            sb.append("L1 = ").append(num(p.rate()))
                    .append("  # penalty L1 * sum(|W|) on the weights, not the biases\n");
        }
        if (spec.clipNorm() > 0) {
            sb.append("CLIP_NORM = ").append(num(spec.clipNorm()))
                    .append("  # largest global L2 norm of all gradients together\n");
        }
        if (usesLeaky(net)) {
            sb.append("LEAKY_SLOPE = ").append(num(net.layer(0).slope()))
                    .append("  # leaky ReLU: f(z) = LEAKY_SLOPE * z for z <= 0\n");
        }
        sb.append('\n');
    }

    /** Whether any layer is leaky ReLU. */
    static boolean usesLeaky(Network net) {
        for (int l = 0; l < net.depth(); l++) {
            if (net.layer(l).activation() == Activation.LEAKY_RELU) {
                return true;
            }
        }
        return false;
    }

    /**
     * The Python list {@code MODEL_ACTIVATIONS} of activation names and {@code save_model},
     * which writes the weights as a ScratchNet model file (docs/formats.md). {@code weightsOf}
     * is a Python expression for layer l's W as nested lists, n_in × n_out; {@code biasesOf}
     * for its b.
     */
    static void saveModel(StringBuilder sb, Network net, String weightsOf, String biasesOf) {
        sb.append("def save_model(path):\n");
        sb.append("    \"\"\"Writes the weights as a ScratchNet model file, which the playground "
                + "and the CLI read.\"\"\"\n");
        sb.append("    names = [");
        for (int l = 0; l < net.depth(); l++) {
            sb.append(l == 0 ? "" : ", ").append('"').append(Names.of(net.layer(l).activation()))
                    .append('"');
        }
        sb.append("]\n");
        sb.append("    layers = []\n");
        sb.append("    for l, name in enumerate(names):\n");
        sb.append("        weights = ").append(weightsOf).append('\n');
        sb.append("        layers.append({\"inputs\": len(weights), \"outputs\": len(weights[0]),"
                + " \"activation\": name,\n");
        sb.append("                       \"weights\": weights, \"biases\": ").append(biasesOf)
                .append("})\n");
        sb.append("    model = {\"format\": \"scratchnet-model\", \"version\": 1, \"loss\": \"")
                .append(Names.of(net.loss())).append("\"");
        if (usesLeaky(net)) {
            sb.append(", \"leakySlope\": LEAKY_SLOPE");
        }
        sb.append(", \"layers\": layers}\n");
        sb.append("    with open(path, \"w\") as f:\n");
        sb.append("        # json writes each float as its shortest round-trip decimal: exact\n");
        sb.append("        json.dump(model, f, indent=2, allow_nan=False)\n\n\n");
    }

    /** The W of a layer as a Python nested list literal, n_in × n_out, at {@code indent}. */
    static void weights(StringBuilder sb, String indent, Dense d) {
        matrix(sb, indent, d.weights(), d.inputs(), d.outputs());
    }
}
