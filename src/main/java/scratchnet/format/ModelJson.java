package scratchnet.format;

import java.util.List;
import java.util.Map;
import scratchnet.engine.Activation;
import scratchnet.engine.BatchNorm;
import scratchnet.engine.Dense;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.engine.Precision;

/**
 * A network's parameters as a JSON model file, and back.
 *
 * <pre>
 * {"format": "scratchnet-model", "version": 1, "loss": "mse",
 *  "layers": [{"inputs": 4, "outputs": 16, "activation": "relu",
 *              "weights": [[16 numbers], ... 4 rows], "biases": [16 numbers]}, ...]}
 * </pre>
 * {@code weights[i][j]} connects input i to unit j: the rows of Dense's n_in × n_out matrix.
 * Names are those of {@link Names}. The optional top-level {@code "leakySlope"} (default 0.01)
 * is the slope of every leaky-ReLU layer; it is written only when some layer is leaky-ReLU.
 *
 * <p>Every number is written as the shortest decimal that reads back to the same double, so
 * write → read returns bit-identical parameters. Unknown fields are ignored, so files may carry
 * notes. Missing or invalid fields are rejected with a {@link FormatException} naming the
 * layer (counted from 1) and the field. Docs: docs/formats.md, "Model JSON".
 */
public final class ModelJson {
    /** The value of the "format" field. */
    public static final String FORMAT = "scratchnet-model";
    /** The only version this code reads and writes. */
    public static final int VERSION = 1;
    /**
     * Longest model text read, in characters (a file's size in bytes is at least this):
     * room for at least 2.5 million parameters as {@link #write} spells them.
     */
    public static final int MAX_CHARS = 100_000_000;

    private ModelJson() {
    }

    /**
     * The model file for {@code net}: one weight row per line, ending with a newline.
     *
     * @throws IllegalArgumentException if a parameter is NaN or infinite (JSON cannot hold
     *     it); the message names the first such parameter
     */
    public static String write(Network net) {
        StringBuilder sb = new StringBuilder();
        sb.append("{\n  \"format\": ").append(Json.quote(FORMAT)).append(",\n");
        sb.append("  \"version\": ").append(VERSION).append(",\n");
        sb.append("  \"loss\": ").append(Json.quote(Names.of(net.loss()))).append(",\n");
        double slope = leakySlope(net);
        if (!Double.isNaN(slope)) {
            sb.append("  \"leakySlope\": ").append(number(slope, "\"leakySlope\"")).append(",\n");
        }
        if (net.precision() != Precision.FLOAT64) {
            sb.append("  \"precision\": ").append(Json.quote(Names.of(net.precision())))
                    .append(",\n");
        }
        sb.append("  \"layers\": [");
        for (int l = 0; l < net.depth(); l++) {
            sb.append(l == 0 ? "\n" : ",\n");
            writeLayer(sb, net.layer(l), l + 1);
        }
        return sb.append("\n  ]\n}\n").toString();
    }

    /** The shared leaky-ReLU slope, or NaN when no layer is leaky-ReLU. */
    private static double leakySlope(Network net) {
        double slope = Double.NaN;
        for (int l = 0; l < net.depth(); l++) {
            Dense d = net.layer(l);
            if (d.activation() != Activation.LEAKY_RELU) {
                continue;
            }
            if (!Double.isNaN(slope) && slope != d.slope()) {
                throw new IllegalArgumentException("cannot write the model: its leaky-ReLU layers "
                        + "use different slopes, but the file stores one \"leakySlope\"");
            }
            slope = d.slope();
        }
        return slope;
    }

    private static void writeLayer(StringBuilder sb, Dense d, int layer) {
        int nIn = d.inputs();
        int nOut = d.outputs();
        double[] w = d.weights();
        String at = "layer " + layer + " ";
        sb.append("    {\n      \"inputs\": ").append(nIn).append(",\n");
        sb.append("      \"outputs\": ").append(nOut).append(",\n");
        sb.append("      \"activation\": ").append(Json.quote(Names.of(d.activation())))
                .append(",\n");
        sb.append("      \"weights\": [\n");
        for (int i = 0; i < nIn; i++) {
            sb.append("        [");
            for (int j = 0; j < nOut; j++) {
                sb.append(j == 0 ? "" : ", ");
                sb.append(number(w[i * nOut + j], at + "weight row " + (i + 1) + ", column "
                        + (j + 1)));
            }
            sb.append(i == nIn - 1 ? "]\n" : "],\n");
        }
        sb.append("      ],\n      \"biases\": [");
        for (int j = 0; j < nOut; j++) {
            sb.append(j == 0 ? "" : ", ").append(number(d.biases()[j], at + "bias " + (j + 1)));
        }
        sb.append("]");
        BatchNorm bn = d.norm();
        if (bn != null) {
            sb.append(",\n      \"batchNorm\": {\"epsilon\": ")
                    .append(ShortestDecimal.of(BatchNorm.EPSILON)).append(", \"momentum\": ")
                    .append(ShortestDecimal.of(BatchNorm.MOMENTUM));
            String[] names = {"gamma", "beta", "runningMean", "runningVar"};
            double[][] values = {bn.gamma(), bn.beta(), bn.runningMean(), bn.runningVar()};
            for (int k = 0; k < names.length; k++) {
                sb.append(",\n        \"").append(names[k]).append("\": [");
                for (int j = 0; j < nOut; j++) {
                    sb.append(j == 0 ? "" : ", ").append(number(values[k][j], at + names[k]
                            + " " + (j + 1)));
                }
                sb.append("]");
            }
            sb.append("}");
        }
        sb.append("\n    }");
    }

    private static String number(double v, String what) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("cannot write the model: " + what + " is " + v
                    + " and JSON has no NaN or Infinity; training diverged, so retrain with a "
                    + "smaller learning rate or from the last good model");
        }
        return ShortestDecimal.of(v);
    }

    /**
     * Reads a model file written by {@link #write} (or by hand, or by another tool), in time
     * linear in its length.
     *
     * @throws FormatException naming line and column for bad JSON, or layer and field for
     *     bad content, in one line saying what to fix; also for a text longer than
     *     {@link #MAX_CHARS}
     */
    public static Network read(String text) {
        if (text.length() > MAX_CHARS) {
            throw new FormatException("the file has " + text.length() + " characters; ScratchNet"
                    + " reads model files of at most " + MAX_CHARS + " characters");
        }
        Object root = Json.parse(text);
        if (!(root instanceof Map)) {
            throw new FormatException("a model file is a JSON object {\"format\": "
                    + "\"scratchnet-model\", ...}, but this file holds " + describe(root));
        }
        Map<?, ?> model = (Map<?, ?>) root;
        checkHeader(model);
        Loss loss = Names.loss(string(model, "loss", "", Names.LOSS_CHOICES));
        if (loss == null) {
            throw new FormatException("\"loss\" is " + Excerpt.quoted(string(model, "loss", "",
                    "")) + "; expected " + Names.LOSS_CHOICES);
        }
        double slope = leakySlope(model);
        List<?> layers = list(model, "layers", "");
        if (layers.isEmpty()) {
            throw new FormatException("\"layers\" is empty; a model needs at least one layer");
        }
        int depth = layers.size();
        int[] sizes = new int[depth + 1];
        Activation[] activations = new Activation[depth];
        double[][] weights = new double[depth][];
        double[][] biases = new double[depth][];
        double[][][] norms = new double[depth][][];
        for (int l = 0; l < depth; l++) {
            String at = "layer " + (l + 1) + ": ";
            Object entry = layers.get(l);
            if (!(entry instanceof Map)) {
                throw new FormatException("layer " + (l + 1) + " is " + describe(entry)
                        + ", not an object with \"inputs\", \"outputs\", \"activation\", "
                        + "\"weights\" and \"biases\"");
            }
            Map<?, ?> layer = (Map<?, ?>) entry;
            int nIn = positiveInt(layer, "inputs", at);
            int nOut = positiveInt(layer, "outputs", at);
            if (l > 0 && nIn != sizes[l]) {
                throw new FormatException(at + "\"inputs\" is " + nIn + " but layer " + l
                        + " has \"outputs\" " + sizes[l] + "; each layer's inputs must equal "
                        + "the previous layer's outputs");
            }
            sizes[l] = nIn;
            sizes[l + 1] = nOut;
            activations[l] = activation(layer, at, l == depth - 1);
            weights[l] = matrix(layer, nIn, nOut, at);
            biases[l] = vector(list(layer, "biases", at), nOut, "\"biases\"", "\"outputs\"", at);
            norms[l] = batchNorm(layer, nOut, at, l == depth - 1);
        }
        checkOutput(loss, activations[depth - 1], sizes[depth], depth);
        Network net = Network.of(loss, sizes, activations, weights, biases, slope);
        Precision precision = precision(model);
        boolean bn = depth > 1 && norms[0] != null;
        for (int l = 0; l < depth - 1; l++) {
            if ((norms[l] != null) != bn) {
                throw new FormatException("layer " + (l + 1) + (bn ? " has no" : " has a")
                        + " \"batchNorm\" but layer 1 " + (bn ? "has one" : "has none")
                        + "; every hidden layer is normalised, or none");
            }
        }
        if (!bn && precision == Precision.FLOAT64) {
            return net;
        }
        net = Network.withOptions(net, bn, precision);
        for (int l = 0; bn && l < depth - 1; l++) {
            BatchNorm target = net.layer(l).norm();
            double[][] v = norms[l];
            System.arraycopy(v[0], 0, target.gamma(), 0, v[0].length);
            System.arraycopy(v[1], 0, target.beta(), 0, v[1].length);
            System.arraycopy(v[2], 0, target.runningMean(), 0, v[2].length);
            System.arraycopy(v[3], 0, target.runningVar(), 0, v[3].length);
        }
        net.roundParameters();
        return net;
    }

    /** "precision": "float64" (the default when absent) or "float32". */
    private static Precision precision(Map<?, ?> model) {
        Object v = model.get("precision");
        if (v == null) {
            return Precision.FLOAT64;
        }
        Precision p = v instanceof String ? Names.precision((String) v) : null;
        if (p == null) {
            throw new FormatException("\"precision\" is " + describe(v) + "; expected "
                    + Names.PRECISION_CHOICES);
        }
        return p;
    }

    /**
     * A layer's optional "batchNorm": {gamma, beta, runningMean, runningVar} (one number per
     * output each, the running variance positive), or null when absent.
     */
    private static double[][] batchNorm(Map<?, ?> layer, int nOut, String at, boolean last) {
        Object v = layer.get("batchNorm");
        if (v == null) {
            return null;
        }
        if (last) {
            throw new FormatException(at + "the output layer cannot have \"batchNorm\"; "
                    + "only hidden layers are normalised");
        }
        if (!(v instanceof Map)) {
            throw new FormatException(at + "\"batchNorm\" is " + describe(v) + ", not an "
                    + "object with \"gamma\", \"beta\", \"runningMean\" and \"runningVar\"");
        }
        Map<?, ?> bn = (Map<?, ?>) v;
        String where = at + "\"batchNorm\" ";
        double[][] out = new double[4][];
        String[] names = {"gamma", "beta", "runningMean", "runningVar"};
        for (int k = 0; k < 4; k++) {
            out[k] = vector(list(bn, names[k], where), nOut, "\"" + names[k] + "\"",
                    "\"outputs\"", where);
        }
        for (int j = 0; j < nOut; j++) {
            if (!(out[3][j] >= 0)) {
                throw new FormatException(where + "\"runningVar\", entry " + (j + 1) + " is "
                        + out[3][j] + "; a variance is 0 or more");
            }
        }
        return out;
    }

    private static void checkHeader(Map<?, ?> model) {
        String format = string(model, "format", "", Json.quote(FORMAT));
        if (!FORMAT.equals(format)) {
            throw new FormatException("\"format\" is " + Excerpt.quoted(format) + "; expected "
                    + Json.quote(FORMAT) + " (is this a ScratchNet model file?)");
        }
        Object version = require(model, "version", "", "");
        if (!(version instanceof Double) || (Double) version != VERSION) {
            throw new FormatException("\"version\" is " + describe(version)
                    + " but this ScratchNet reads version " + VERSION
                    + "; open it with the ScratchNet that wrote it");
        }
    }

    private static double leakySlope(Map<?, ?> model) {
        Object v = model.get("leakySlope");
        if (v == null) {
            return NetSpec.DEFAULT_LEAKY_SLOPE;
        }
        if (!(v instanceof Double) || !((Double) v >= 0 && (Double) v < 1)) {
            throw new FormatException("\"leakySlope\" is " + describe(v)
                    + "; expected a number in [0, 1), e.g. 0.01");
        }
        return (Double) v;
    }

    private static Activation activation(Map<?, ?> layer, String at, boolean last) {
        String name = string(layer, "activation", at, Names.ACTIVATION_CHOICES);
        Activation a = Names.activation(name);
        if (a == null) {
            throw new FormatException(at + "\"activation\" is " + Excerpt.quoted(name)
                    + "; expected " + Names.ACTIVATION_CHOICES);
        }
        if (a == Activation.SOFTMAX && !last) {
            throw new FormatException(at + "\"softmax\" is only allowed on the last layer "
                    + "(with \"loss\": \"softmax-ce\"); use relu or tanh for hidden layers");
        }
        return a;
    }

    /** The loss/output agreement the engine relies on (see {@link Loss#requiredOutput()}). */
    private static void checkOutput(Loss loss, Activation output, int outputs, int depth) {
        String last = "the last layer (" + depth + ")";
        Activation required = loss.requiredOutput();
        if (required != null && output != required) {
            throw new FormatException("\"loss\" is \"" + Names.of(loss) + "\" but " + last
                    + " has activation \"" + Names.of(output) + "\"; " + Names.of(loss)
                    + " needs a \"" + Names.of(required) + "\" output layer");
        }
        if (required == null && output == Activation.SOFTMAX) {
            throw new FormatException(last + " is \"softmax\", which needs \"loss\": "
                    + "\"softmax-ce\", not \"" + Names.of(loss) + "\"");
        }
        if (loss == Loss.BCE && outputs != 1) {
            throw new FormatException("\"loss\" is \"bce\" but " + last + " has "
                    + outputs + " outputs; binary cross-entropy needs exactly 1");
        }
        if (loss == Loss.SOFTMAX_CE && outputs < 2) {
            throw new FormatException("\"loss\" is \"softmax-ce\" but " + last
                    + " has 1 output; softmax cross-entropy needs one per class (at least 2)");
        }
    }

    /** "weights": nIn rows of nOut numbers, flattened row-major. */
    private static double[] matrix(Map<?, ?> layer, int nIn, int nOut, String at) {
        List<?> rows = list(layer, "weights", at);
        if (rows.size() != nIn) {
            throw new FormatException(at + "\"weights\" has " + rows.size() + " rows but "
                    + "\"inputs\" is " + nIn + "; weights[i][j] connects input i to output j");
        }
        double[][] parsed = new double[nIn][];
        for (int i = 0; i < nIn; i++) {
            Object row = rows.get(i);
            String what = "\"weights\" row " + (i + 1);
            if (!(row instanceof List)) {
                throw new FormatException(at + what + " is " + describe(row)
                        + ", not an array of " + nOut + " numbers");
            }
            parsed[i] = vector((List<?>) row, nOut, what, "\"outputs\"", at);
        }
        // Allocated only now: every row has really held nOut numbers, so a huge "outputs"
        // cannot ask for more memory than the file itself spells out.
        double[] w = new double[nIn * nOut];
        for (int i = 0; i < nIn; i++) {
            System.arraycopy(parsed[i], 0, w, i * nOut, nOut);
        }
        return w;
    }

    private static double[] vector(List<?> list, int n, String what, String sizeField,
            String at) {
        if (list.size() != n) {
            throw new FormatException(at + what + " has " + list.size() + " numbers but "
                    + sizeField + " is " + n);
        }
        double[] v = new double[n];
        for (int j = 0; j < n; j++) {
            Object x = list.get(j);
            if (!(x instanceof Double)) {
                throw new FormatException(at + what + ", entry " + (j + 1) + " is "
                        + describe(x) + ", not a number");
            }
            v[j] = (Double) x;
        }
        return v;
    }

    private static Object require(Map<?, ?> m, String key, String at, String hint) {
        Object v = m.get(key);
        if (v == null) {
            throw new FormatException(at + "missing field \"" + key + "\""
                    + (hint.isEmpty() ? "" : " (" + hint + ")"));
        }
        return v;
    }

    private static String string(Map<?, ?> m, String key, String at, String choices) {
        Object v = require(m, key, at, choices.isEmpty() ? "" : "expected " + choices);
        if (!(v instanceof String)) {
            throw new FormatException(at + "\"" + key + "\" is " + describe(v)
                    + ", not a string" + (choices.isEmpty() ? "" : "; expected " + choices));
        }
        return (String) v;
    }

    private static List<?> list(Map<?, ?> m, String key, String at) {
        Object v = require(m, key, at, "");
        if (!(v instanceof List)) {
            throw new FormatException(at + "\"" + key + "\" is " + describe(v)
                    + ", not an array");
        }
        return (List<?>) v;
    }

    private static int positiveInt(Map<?, ?> m, String key, String at) {
        Object v = require(m, key, at, "a whole number >= 1");
        double d = v instanceof Double ? (Double) v : Double.NaN;
        if (!(d >= 1 && d <= Integer.MAX_VALUE && d == Math.floor(d))) {
            throw new FormatException(at + "\"" + key + "\" is " + describe(v)
                    + "; expected a whole number >= 1");
        }
        return (int) d;
    }

    /** How a parsed value reads in a message: its value if short, else its kind. */
    private static String describe(Object v) {
        if (v instanceof Double) {
            return ShortestDecimal.of((Double) v);
        }
        if (v instanceof String) {
            String s = (String) v;
            return s.length() <= 40 ? "the string " + Excerpt.quoted(s) : "a string";
        }
        if (v instanceof List) {
            return "an array";
        }
        if (v instanceof Map) {
            return "an object";
        }
        return String.valueOf(v); // true, false, null
    }
}
