package scratchnet.app;

import scratchnet.diag.DeadUnits;
import scratchnet.engine.Activation;
import scratchnet.engine.BatchNorm;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.format.FormatException;
import scratchnet.format.HashCodec;
import scratchnet.format.JsonWriter;
import scratchnet.format.ModelJson;
import scratchnet.format.NeuronInput;
import scratchnet.format.SettingsJson;

/**
 * The JSON of Learn mode's small calculators, by name like {@link LearnProtocol}: one neuron's
 * arithmetic, an activation's curve and derivative, the shapes of the network's matrices, and
 * loading a model file into the session. Every number is the engine's ({@link Activation}'s
 * value and derivative); the page only lays them out. {@code LearnToolsTest} pins the fields.
 */
public final class LearnTools {
    /** Most points an activation curve may be sampled at. */
    static final int MAX_SAMPLES = 2001;
    /** Largest |z| the activation explorer goes to. */
    static final double MAX_RANGE = 1000;

    private LearnTools() {
    }

    /** The activations a hidden unit may use, in the menu's order (softmax is not one). */
    private static Activation[] elementWise() {
        String[] names = HashCodec.activationNames(true);
        Activation[] out = new Activation[names.length];
        for (int i = 0; i < names.length; i++) {
            out[i] = scratchnet.format.Names.activation(names[i]);
        }
        return out;
    }

    /**
     * One neuron worked out: {x, w, b, terms (w_i·x_i), z (the terms summed left to right, then
     * + b), activations: [{name, formula, a}]} with a = f(z) for every element-wise activation,
     * or {error} for input that is not a neuron.
     */
    public static String neuron(String json) {
        NeuronInput n;
        try {
            n = NeuronInput.read(json);
        } catch (FormatException e) {
            return error(e.getMessage());
        }
        double[] terms = terms(n.x(), n.w());
        double z = sum(terms, n.b());
        JsonWriter w = new JsonWriter().beginObject().field("x").numbers(n.x())
                .field("w").numbers(n.w()).field("b").number(n.b())
                .field("terms").numbers(terms).field("z").number(z)
                .field("activations").beginArray();
        for (Activation f : elementWise()) {
            w.beginObject().field("name").string(HashCodec.name(f))
                    .field("formula").string(formula(f))
                    .field("a").number(f.value(z, NetSpec.DEFAULT_LEAKY_SLOPE)).endObject();
        }
        return w.endArray().endObject().toString();
    }

    /**
     * Unit {@code unit} of weight layer {@code layer} on training row {@code row}, as the
     * network computes it: {layer, unit, row, rows, inputNames, x, w, b, terms, z,
     * activation, formula, a, batchNorm}. inputNames names x for the first layer (else null);
     * z is the terms summed left to right plus b, and a is the network's own output for the
     * row (for softmax, which needs the whole output row, the only way to get it). batchNorm,
     * for a layer with batch normalisation (else null): {z, mean, variance, epsilon, gamma,
     * beta, normalized, y} as the forward pass computed them, z its own sum, mean and variance
     * the running statistics: the network's a is f(y), y = γ·(z − μ)/√(σ² + ε) + β.
     */
    public static String neuronAt(Session s, int layer, int unit, int row) {
        Session.NeuronView v;
        try {
            v = s.neuronAt(layer, unit, row);
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
        double[] terms = terms(v.x(), v.w());
        JsonWriter w = new JsonWriter().beginObject().field("layer").number(layer)
                .field("unit").number(unit).field("row").number(row).field("rows").number(v.rows())
                .field("inputNames");
        if (v.inputNames() == null) {
            w.nul();
        } else {
            w.strings(v.inputNames());
        }
        w.field("x").numbers(v.x()).field("w").numbers(v.w()).field("b").number(v.b())
                .field("terms").numbers(terms).field("z").number(sum(terms, v.b()))
                .field("activation").string(HashCodec.name(v.activation()))
                .field("formula").string(formula(v.activation()))
                .field("a").number(v.a()).field("batchNorm");
        double[] n = v.batchNorm();
        if (n == null) {
            w.nul();
        } else {
            w.beginObject().field("z").number(n[0]).field("mean").number(n[1])
                    .field("variance").number(n[2]).field("epsilon").number(BatchNorm.EPSILON)
                    .field("gamma").number(n[3]).field("beta").number(n[4])
                    .field("normalized").number(n[5]).field("y").number(n[6]).endObject();
        }
        return w.endObject().toString();
    }

    private static double[] terms(double[] x, double[] w) {
        double[] t = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            t[i] = w[i] * x[i];
        }
        return t;
    }

    /** Σ terms, left to right, then + b: the order the formula is written in. */
    private static double sum(double[] terms, double b) {
        double z = 0;
        for (double t : terms) {
            z += t;
        }
        return z + b;
    }

    /**
     * Activation {@code name} sampled at {@code samples} evenly spaced z from {@code lo} to
     * {@code hi}, with its derivative, and the numeric-derivative check at {@code at}:
     * {name, formula, z, f, df, zones: [{from, to, kind}], maxSlope: {z, value} or null,
     * at, h, fAt, dfAt, numeric, relError}. zones are where the function saturates
     * ("saturated", the thresholds of {@link DeadUnits}) or is flat at 0 ("dead": ReLU's
     * z ≤ 0, and for ELU, GELU, SiLU and softplus z below {@code UnitState.deadBelow}, where
     * the slope is under a millionth), clipped to the range. numeric is the central difference (f(at + h) − f(at − h)) / 2h. Bad input
     * gives {error}.
     */
    public static String activation(String name, double lo, double hi, int samples, double at,
            double h) {
        Activation f = scratchnet.format.Names.activation(name);
        if (f == null || f == Activation.SOFTMAX) {
            return error("no element-wise activation is called \"" + name + "\"");
        }
        if (!(Double.isFinite(lo) && Double.isFinite(hi) && lo < hi && hi - lo <= 2 * MAX_RANGE
                && Math.abs(lo) <= MAX_RANGE && Math.abs(hi) <= MAX_RANGE)) {
            return error("the range must go from a smaller to a larger z, both within ±"
                    + (int) MAX_RANGE);
        }
        if (samples < 2 || samples > MAX_SAMPLES) {
            return error("sample between 2 and " + MAX_SAMPLES + " points");
        }
        if (!(Double.isFinite(at) && Math.abs(at) <= MAX_RANGE)) {
            return error("the point z must be a number within ±" + (int) MAX_RANGE);
        }
        if (!(h > 0 && h <= 1)) {
            return error("the step h must be a number above 0 and at most 1, e.g. 1e-5");
        }
        double slope = NetSpec.DEFAULT_LEAKY_SLOPE;
        double[] z = new double[samples];
        double[] v = new double[samples];
        double[] d = new double[samples];
        for (int i = 0; i < samples; i++) {
            z[i] = i == samples - 1 ? hi : lo + (hi - lo) * i / (samples - 1);
            v[i] = f.value(z[i], slope);
            d[i] = f.derivative(z[i], slope);
        }
        double numeric = (f.value(at + h, slope) - f.value(at - h, slope)) / (2 * h);
        double analytic = f.derivative(at, slope);
        double scale = Math.max(Math.abs(numeric) + Math.abs(analytic), 1e-300);
        JsonWriter w = new JsonWriter().beginObject().field("name").string(name)
                .field("formula").string(formula(f)).field("z").numbers(z).field("f").numbers(v)
                .field("df").numbers(d).field("zones").beginArray();
        zones(w, f, lo, hi);
        w.endArray().field("maxSlope");
        if (f == Activation.SIGMOID || f == Activation.TANH) {
            w.beginObject().field("z").number(0).field("value").number(f.derivative(0, slope))
                    .endObject();
        } else {
            w.nul();
        }
        return w.field("at").number(at).field("h").number(h)
                .field("fAt").number(f.value(at, slope)).field("dfAt").number(analytic)
                .field("numeric").number(numeric)
                .field("relError").number(Math.abs(numeric - analytic) / scale)
                .endObject().toString();
    }

    private static void zones(JsonWriter w, Activation f, double lo, double hi) {
        double edge = f == Activation.SIGMOID ? DeadUnits.SIGMOID_SATURATION_Z
                : f == Activation.TANH ? DeadUnits.TANH_SATURATION_Z : Double.NaN;
        if (!Double.isNaN(edge)) {
            zone(w, lo, Math.min(hi, -edge), "saturated");
            zone(w, Math.max(lo, edge), hi, "saturated");
        } else if (f == Activation.RELU) {
            zone(w, lo, Math.min(hi, 0), "dead");
        } else if (DeadUnits.saturatedBelow(f) != Double.NEGATIVE_INFINITY) {
            // the smooth rectifiers flatten on the left only: dead, then saturated
            double dead = scratchnet.diag.UnitState.deadBelow(f);
            zone(w, lo, Math.min(hi, dead), "dead");
            zone(w, Math.max(lo, dead), Math.min(hi, DeadUnits.saturatedBelow(f)), "saturated");
        }
    }

    private static void zone(JsonWriter w, double from, double to, String kind) {
        if (from < to) {
            w.beginObject().field("from").number(from).field("to").number(to)
                    .field("kind").string(kind).endObject();
        }
    }

    /** The formula of f and f′ as the page writes it. */
    static String formula(Activation f) {
        switch (f) {
            case LINEAR:
                return "f(z) = z;  f′(z) = 1";
            case RELU:
                return "f(z) = max(0, z);  f′(z) = 1 for z > 0, else 0 (at z = 0 the engine takes"
                        + " the left derivative, 0)";
            case LEAKY_RELU:
                return "f(z) = z for z > 0, else " + NetSpec.DEFAULT_LEAKY_SLOPE
                        + "·z;  f′(z) = 1 for z > 0, else " + NetSpec.DEFAULT_LEAKY_SLOPE;
            case SIGMOID:
                return "f(z) = σ(z) = 1 / (1 + e^−z);  f′(z) = σ(z)(1 − σ(z)), at most 0.25"
                        + " (at z = 0)";
            case TANH:
                return "f(z) = tanh z;  f′(z) = 1 − tanh² z, at most 1 (at z = 0)";
            case ELU:
                return "f(z) = z for z > 0, else e^z − 1 (α = 1);  f′(z) = 1 for z > 0, else e^z";
            case GELU:
                return "f(z) = ½z(1 + tanh u), u = √(2/π)(z + 0.044715z³) (the tanh form of"
                        + " z·Φ(z));  f′(z) = ½(1 + tanh u) + ½z(1 − tanh² u)·√(2/π)(1 +"
                        + " 0.134145z²)";
            case SILU:
                return "f(z) = z·σ(z) (Swish, SiLU);  f′(z) = σ(z)(1 + z(1 − σ(z))), lowest"
                        + " value −0.278 near z = −1.28";
            case SOFTPLUS:
                return "f(z) = log(1 + e^z), z itself above 20;  f′(z) = σ(z), between 0 and 1";
            default:
                return "a_j = e^(z_j) / Σ_k e^(z_k) over the output row; no element-wise f′";
        }
    }

    /**
     * The shapes of the current network: {sizes, layers: [{name, inputs, outputs, W: [n_in,
     * n_out], b: [n_out], norm, parameters, checkWork, checkOnPage}], parameters} (the
     * tutorial's 4-8-4-1 has 81). norm is the length of γ and of β for a layer with batch
     * normalisation, else 0; parameters count them too. checkWork is the layer's gradient
     * check in multiply-adds ({@link Session#gradCheckWork}); checkOnPage whether the page runs it on a click (at most
     * {@link Limits#GRAD_CHECK_PAGE_WORK}).
     */
    public static String shapes(Session s) {
        int[] sizes = s.sizes();
        JsonWriter w = new JsonWriter().beginObject().field("sizes").numbers(sizes)
                .field("layers").beginArray();
        int total = 0;
        for (int l = 0; l + 1 < sizes.length; l++) {
            int norm = s.normUnits()[l];
            int p = sizes[l] * sizes[l + 1] + sizes[l + 1] + 2 * norm;
            total += p;
            w.beginObject().field("name").string(String.valueOf(l + 1))
                    .field("inputs").number(sizes[l]).field("outputs").number(sizes[l + 1])
                    .field("W").numbers(new int[] {sizes[l], sizes[l + 1]})
                    .field("b").numbers(new int[] {sizes[l + 1]})
                    .field("norm").number(norm)
                    .field("parameters").number(p)
                    .field("checkWork").number(s.gradCheckWork(l))
                    .field("checkOnPage").bool(s.gradCheckWork(l) <= Limits.GRAD_CHECK_PAGE_WORK)
                    .endObject();
        }
        return w.endArray().field("parameters").number(total).endObject().toString();
    }

    /**
     * Loads a model file into the session (see {@link Session#importModel}): {ok, message,
     * settings, hash}. On any problem ok is false, message says what is wrong, and the run is
     * as it was.
     */
    public static String importModel(Session s, String text) {
        String message;
        boolean ok;
        try {
            Network model = ModelJson.read(text);
            s.importModel(model);
            ok = true;
            message = "Loaded a " + join(model.sizes()) + " network (" + model.parameterCount()
                    + " parameters) and started the run from its weights. The link describes "
                    + "its shape, not these weights.";
        } catch (FormatException | IllegalArgumentException e) {
            ok = false;
            String why = String.valueOf(e.getMessage());
            why = why.endsWith(".") ? why.substring(0, why.length() - 1) : why;
            message = "This model cannot be loaded: " + why + ". The current network is kept.";
        }
        String hash = s.hash();
        return new JsonWriter().beginObject().field("ok").bool(ok).field("message")
                .string(message).field("settings").raw(SettingsJson.of(hash))
                .field("hash").string(hash).endObject().toString();
    }

    private static String join(int[] sizes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sizes.length; i++) {
            sb.append(i == 0 ? "" : "-").append(sizes[i]);
        }
        return sb.toString();
    }

    private static String error(String message) {
        return new JsonWriter().beginObject().field("error").string(message).endObject()
                .toString();
    }
}
