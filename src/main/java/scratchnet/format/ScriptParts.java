package scratchnet.format;

import scratchnet.data.Dataset;
import scratchnet.engine.Activation;
import scratchnet.engine.BatchNorm;
import scratchnet.engine.Dense;
import scratchnet.engine.Loss;
import scratchnet.engine.Network;
import scratchnet.train.TrainSpec;

/**
 * What the NumPy and the PyTorch export share: the checks on a run before it is written, the
 * Python spelling of numbers, the embedded data and weights, and {@code save_model}. Python
 * text is built line by line with a {@link StringBuilder}; numbers are the shortest decimals
 * that read back as the same double, which Python's float literal reads exactly.
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
        if (net.loss().realTargets() && net.outputs() != 1) {
            throw new IllegalArgumentException("the data hold one target per row but the "
                    + Names.of(net.loss()) + " "
                    + "network has " + net.outputs() + " outputs");
        }
        for (int r = 0; r < train.rows(); r++) {
            checkTarget(net, train.target(r), r);
        }
        checkFinite(train.x(), "the data: a feature");
        for (int l = 0; l < net.depth(); l++) {
            checkFinite(net.layer(l).weights(), "layer " + (l + 1) + ": a weight");
            checkFinite(net.layer(l).biases(), "layer " + (l + 1) + ": a bias");
            if (net.layer(l).norm() != null) {
                String[] names = {"gamma", "beta", "running mean", "running variance"};
                double[][] values = normValues(net, l);
                for (int k = 0; k < names.length; k++) {
                    checkFinite(values[k], "layer " + (l + 1) + ": a batch-norm " + names[k]);
                }
            }
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
     * inner list per line (wrapped at the width), each starting at {@code indent} + 4 spaces.
     */
    static void matrix(StringBuilder sb, String indent, double[] values, int rows, int cols) {
        sb.append("[\n");
        String[] row = new String[cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                row[c] = num(values[r * cols + c]);
            }
            sb.append(indent).append("    [");
            items(sb, row, ", ", indent.length() + 5, indent + "     ");
            sb.append("],\n");
        }
        sb.append(indent).append(']');
    }

    /** Appends {@code items} (already Python literals) as a flat list wrapped at the width. */
    static void flatList(StringBuilder sb, String indent, String[] items) {
        sb.append("[\n").append(indent).append("    ");
        items(sb, items, ",", indent.length() + 4, indent + "    ");
        sb.append(",\n").append(indent).append(']');
    }

    /**
     * Appends {@code items} separated by {@code comma} and a space, starting at
     * {@code column}; a line that would pass the width goes on at {@code continuation}.
     */
    private static void items(StringBuilder sb, String[] items, String comma, int column,
            String continuation) {
        for (int i = 0; i < items.length; i++) {
            String item = items[i];
            int room = i < items.length - 1 ? comma.length() : 2;
            if (i > 0 && column + 1 + item.length() + room > WIDTH) {
                sb.append(comma.trim()).append('\n').append(continuation);
                column = continuation.length();
            } else if (i > 0) {
                sb.append(comma.trim()).append(' ');
                column += comma.trim().length() + 1;
            }
            sb.append(item);
            column += item.length();
        }
    }

    /** {@code text} with every line longer than the width broken between words. */
    static String wrap(String text) {
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            int column = 0;
            for (String word : line.split(" ")) {
                if (column > 0 && column + 1 + word.length() > WIDTH) {
                    sb.append('\n');
                    column = 0;
                } else if (column > 0) {
                    sb.append(' ');
                    column++;
                }
                sb.append(word);
                column += word.length();
            }
            sb.append('\n');
        }
        return sb.substring(0, sb.length() - 1);
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

    /** γ, β, running mean and running variance of layer {@code l}'s batch normalisation. */
    static double[][] normValues(Network net, int l) {
        BatchNorm bn = net.layer(l).norm();
        return new double[][] {bn.gamma(), bn.beta(), bn.runningMean(), bn.runningVar()};
    }

    /**
     * Appends {@code name = [...]}, one array of {@code values} a line: a flat list between
     * {@code open} and {@code close} (for NumPy {@code "np.array("} and
     * {@code ", dtype=np.float64)"}) and a comma, then {@code ]} on a line of its own.
     */
    static void arrays(StringBuilder sb, String name, double[][] values, String open,
            String close) {
        sb.append(name).append(" = [\n");
        for (double[] v : values) {
            sb.append("    ").append(open);
            flatList(sb, "    ", literals(v));
            sb.append(close).append(",\n");
        }
        sb.append("]\n");
    }

    /** Every layer's biases, layer 1 first. */
    static double[][] biases(Network net) {
        double[][] values = new double[net.depth()][];
        for (int l = 0; l < net.depth(); l++) {
            values[l] = net.layer(l).biases();
        }
        return values;
    }

    /**
     * BN_GAMMA, BN_BETA, RUNNING_MEAN and RUNNING_VAR as {@link #arrays}, one array per hidden
     * layer.
     */
    static void normArrays(StringBuilder sb, Network net, String open, String close) {
        String[] names = {"BN_GAMMA", "BN_BETA", "RUNNING_MEAN", "RUNNING_VAR"};
        for (int k = 0; k < names.length; k++) {
            double[][] values = new double[net.depth() - 1][];
            for (int l = 0; l < values.length; l++) {
                values[l] = normValues(net, l)[k];
            }
            arrays(sb, names[k], values, open, close);
        }
    }

    /**
     * The end of both scripts' docstring, what the run leaves out and how to run the script,
     * then the standard-library imports.
     */
    static void docstringEndAndImports(StringBuilder sb, Network net, TrainSpec spec) {
        String omitted = ScriptSettings.omissions(net, spec);
        if (!omitted.isEmpty()) {
            sb.append(omitted).append('\n');
        }
        sb.append("Run: python3 this_script.py [model.json]\n"
                + "The last line printed is the mean training loss before and after training:\n"
                + "    loss before 0.693147 after 0.123456\n"
                + "Given a path, the script also writes the trained weights there as a ScratchNet "
                + "model file.\n\"\"\"\n");
        sb.append(ScriptSettings.needsMath(spec) ? "import json\nimport math\nimport sys\n"
                : "import json\nimport sys\n");
    }

    /**
     * train() of both scripts: EPOCHS passes over the rows in file order, batch by batch,
     * counting the steps. {@code setup} holds the lines before the loop, {@code step} those
     * that take one batch {@code Xb}, {@code Yb} and update the parameters at the rate
     * {@code learning_rate(t)} (both runs of whole lines, indented to their place).
     */
    static void trainLoop(StringBuilder sb, String setup, String step) {
        sb.append("def train():\n");
        sb.append("    \"\"\"EPOCHS passes over the rows in file order, one update per batch; "
                + "returns the steps taken.\"\"\"\n");
        sb.append(setup);
        sb.append("    t = 0\n");
        sb.append("    for epoch in range(EPOCHS):\n");
        sb.append("        for start in range(0, len(X), BATCH_SIZE):\n");
        sb.append("            Xb = X[start:start + BATCH_SIZE]  # the last batch may be shorter\n");
        sb.append("            Yb = Y[start:start + BATCH_SIZE]\n");
        sb.append(step);
        sb.append("            t += 1\n");
        sb.append("    return t\n\n\n");
    }

    /**
     * The end of both scripts' main(): the steps taken with the training accuracy
     * (classification) or mean absolute error (regression), computed just before as
     * {@code accuracy} or {@code mae}; the model file written if a path is given; the losses
     * printed last. Then the call of main().
     */
    static void mainEnd(StringBuilder sb, Network net) {
        if (net.loss().realTargets()) {
            sb.append("    print(f\"trained {steps} steps; training MAE {mae:.6g}\")\n");
        } else {
            sb.append("    print(f\"trained {steps} steps; training accuracy {accuracy:.4f}\")\n");
        }
        sb.append("    if len(sys.argv) > 1:\n");
        sb.append("        save_model(sys.argv[1])\n");
        sb.append("    print(f\"loss before {before:.6g} after {after:.6g}\")\n\n\n");
        sb.append("if __name__ == \"__main__\":\n    main()\n");
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
        saveModel(sb, net, weightsOf, biasesOf, null);
    }

    /**
     * As {@link #saveModel(StringBuilder, Network, String, String)}, and with batch
     * normalisation each hidden layer's "batchNorm": {@code normsOf} holds the Python
     * expressions for layer l's γ, β, running mean and running variance as lists.
     */
    static void saveModel(StringBuilder sb, Network net, String weightsOf, String biasesOf,
            String[] normsOf) {
        sb.append("def save_model(path):\n");
        sb.append("    \"\"\"Writes the weights as a ScratchNet model file (scratchnet.jar train "
                + "--model reads it).\"\"\"\n");
        sb.append("    names = [");
        for (int l = 0; l < net.depth(); l++) {
            sb.append(l == 0 ? "" : ", ").append('"').append(Names.of(net.layer(l).activation()))
                    .append('"');
        }
        sb.append("]\n");
        sb.append("    layers = []\n");
        sb.append("    for l, name in enumerate(names):\n");
        sb.append("        weights = ").append(weightsOf).append('\n');
        if (normsOf == null) {
            sb.append("        layers.append({\"inputs\": len(weights), \"outputs\": "
                    + "len(weights[0]), \"activation\": name,\n");
            sb.append("                       \"weights\": weights, \"biases\": ")
                    .append(biasesOf).append("})\n");
        } else {
            sb.append("        layer = {\"inputs\": len(weights), \"outputs\": len(weights[0]), "
                    + "\"activation\": name,\n");
            sb.append("                 \"weights\": weights, \"biases\": ").append(biasesOf)
                    .append("}\n");
            sb.append("        if l < len(names) - 1:  # a hidden layer: its batch "
                    + "normalisation\n");
            sb.append("            layer[\"batchNorm\"] = {\"epsilon\": BN_EPS, \"momentum\": "
                    + "BN_MOMENTUM,\n");
            sb.append("                                  \"gamma\": ").append(normsOf[0])
                    .append(",\n");
            sb.append("                                  \"beta\": ").append(normsOf[1])
                    .append(",\n");
            sb.append("                                  \"runningMean\": ").append(normsOf[2])
                    .append(",\n");
            sb.append("                                  \"runningVar\": ").append(normsOf[3])
                    .append("}\n");
            sb.append("        layers.append(layer)\n");
        }
        sb.append("    document = {\"format\": \"scratchnet-model\", \"version\": 1, \"loss\": \"")
                .append(Names.of(net.loss())).append("\",\n                ");
        if (usesLeaky(net)) {
            sb.append("\"leakySlope\": LEAKY_SLOPE, ");
        }
        sb.append("\"layers\": layers}\n");
        sb.append("    with open(path, \"w\") as f:\n");
        sb.append("        # json writes each float as its shortest round-trip decimal: exact\n");
        sb.append("        json.dump(document, f, indent=2, allow_nan=False)\n\n\n");
    }

    /** The W of a layer as a Python nested list literal, n_in × n_out, at {@code indent}. */
    static void weights(StringBuilder sb, String indent, Dense d) {
        matrix(sb, indent, d.weights(), d.inputs(), d.outputs());
    }
}
