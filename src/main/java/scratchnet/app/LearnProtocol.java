package scratchnet.app;

import scratchnet.diag.GradientCheck;
import scratchnet.diag.Sharpness;
import scratchnet.format.HashCodec;
import scratchnet.format.JsonWriter;
import scratchnet.train.Adam;
import scratchnet.train.Momentum;
import scratchnet.train.OptimizerKind;
import scratchnet.train.RmsProp;
import scratchnet.train.StepTrace;

/**
 * The JSON of the teaching instruments, by name like {@link Protocol}: one training step
 * opened up, the gradient check, the sharpness and the checkpoints a rewind can reach.
 * Matrices cross as arrays of rows; layers are named as the tutorial names them (W1 is the
 * first layer's weights, W1[0, 0] its entry 0, 0, zero-based). {@code ProtocolTest} pins the
 * field names.
 */
public final class LearnProtocol {
    private LearnProtocol() {
    }

    /**
     * The next step (see {@link Session#explain}): {step, rows, shownRows, lr, loss, optimizer,
     * gradNorm, clipNorm, clipScale, updateRule ({@link #updateRule}), X, Y, layers: [{name,
     * activation, inputs, outputs, W, b, Z, A, dA, dZ, dW, db, Wafter, bafter, bn, dropout}]},
     * or null when the run has stopped. bn is null without batch normalisation, else {mean,
     * variance, epsilon, Zhat, gamma, beta, Ztilde, dZtilde, dgamma, dbeta, gammaAfter,
     * betaAfter} (see {@link StepTrace.Norm}); Z is then X·W + b before it.
     * dropout is null unless the step dropped units of this hidden layer, else {rate, scale,
     * M, D, dD} (see {@link StepTrace.Drop}): the next layer read D = A ⊙ M, and dA = dD ⊙ M. The
     * batch's matrices (X, Y, Z, A, dA, dZ, Zhat, Ztilde, dZtilde) have its first shownRows
     * rows: at most {@code maxRows}, and at most {@link Limits#EXPLAIN_MAX_ROWS}.
     */
    public static String explain(Session s, int maxRows) {
        StepTrace t = s.explain(maxRows);
        if (t == null) {
            return "null";
        }
        JsonWriter w = new JsonWriter().beginObject()
                .field("step").number(t.step()).field("rows").number(t.rows())
                .field("shownRows").number(t.shownRows())
                .field("lr").number(t.learningRate()).field("loss").number(t.loss())
                .field("optimizer").string(HashCodec.name(t.optimizer()))
                .field("gradNorm").number(t.gradNorm()).field("clipNorm").number(t.clipNorm())
                .field("clipScale").number(t.clipScale())
                .field("updateRule").string(updateRule(t.optimizer()));
        int inputs = t.layers()[0].inputs();
        matrix(w.field("X"), t.x(), t.shownRows(), inputs);
        matrix(w.field("Y"), t.y(), t.shownRows(), t.y().length / Math.max(1, t.shownRows()));
        w.field("layers").beginArray();
        for (int l = 0; l < t.layers().length; l++) {
            StepTrace.Layer L = t.layers()[l];
            int rows = t.shownRows();
            w.beginObject().field("name").string(String.valueOf(l + 1))
                    .field("activation").string(HashCodec.name(L.activation()))
                    .field("inputs").number(L.inputs()).field("outputs").number(L.outputs());
            matrix(w.field("W"), L.weights(), L.inputs(), L.outputs());
            w.field("b").numbers(L.biases());
            matrix(w.field("Z"), L.z(), rows, L.outputs());
            matrix(w.field("A"), L.a(), rows, L.outputs());
            if (L.dA() == null) {
                w.field("dA").nul();
            } else {
                matrix(w.field("dA"), L.dA(), rows, L.outputs());
            }
            matrix(w.field("dZ"), L.dZ(), rows, L.outputs());
            matrix(w.field("dW"), L.dW(), L.inputs(), L.outputs());
            w.field("db").numbers(L.db());
            matrix(w.field("Wafter"), L.weightsAfter(), L.inputs(), L.outputs());
            w.field("bafter").numbers(L.biasesAfter());
            norm(w.field("bn"), L.norm(), rows, L.outputs());
            if (L.drop() == null) {
                w.field("dropout").nul();
            } else {
                w.field("dropout").beginObject().field("rate").number(L.drop().rate())
                        .field("scale").number(L.drop().scale());
                matrix(w.field("M"), L.drop().mask(), rows, L.outputs());
                matrix(w.field("D"), L.drop().out(), rows, L.outputs());
                matrix(w.field("dD"), L.drop().dOut(), rows, L.outputs());
                w.endObject();
            }
            w.endObject();
        }
        return w.endArray().endObject().toString();
    }

    /**
     * How the optimizer moves one parameter {W} with gradient {g} (the page puts each
     * layer's names in), with the constants the engine's optimizers use; lr is the step's rate
     * and t the step's number.
     */
    static String updateRule(OptimizerKind kind) {
        switch (kind) {
            case MOMENTUM:
                return "v ← " + HashCodec.number(Momentum.DEFAULT_MU)
                        + "·v − lr·{g},   {W} ← {W} + v";
            case ADAM:
                String b1 = HashCodec.number(Adam.DEFAULT_BETA1);
                String b2 = HashCodec.number(Adam.DEFAULT_BETA2);
                return "m ← " + b1 + "·m + (1 − " + b1 + ")·{g},   v ← " + b2 + "·v + (1 − " + b2
                        + ")·{g}²,   {W} ← {W} − lr·(m / (1 − " + b1 + "^t)) / (√(v / (1 − " + b2
                        + "^t)) + " + HashCodec.number(Adam.DEFAULT_EPSILON) + ")";
            case RMSPROP:
                String rho = HashCodec.number(RmsProp.DEFAULT_RHO);
                return "s ← " + rho + "·s + (1 − " + rho + ")·{g}²,   {W} ← {W} − lr·{g} / (√s + "
                        + HashCodec.number(RmsProp.DEFAULT_EPSILON) + ")";
            default:
                return "{W} ← {W} − lr·{g}";
        }
    }

    private static void norm(JsonWriter w, StepTrace.Norm n, int rows, int units) {
        if (n == null) {
            w.nul();
            return;
        }
        w.beginObject().field("mean").numbers(n.mean()).field("variance").numbers(n.variance())
                .field("epsilon").number(n.epsilon());
        matrix(w.field("Zhat"), n.normalized(), rows, units);
        w.field("gamma").numbers(n.gamma()).field("beta").numbers(n.beta());
        matrix(w.field("Ztilde"), n.scaled(), rows, units);
        matrix(w.field("dZtilde"), n.dScaled(), rows, units);
        w.field("dgamma").numbers(n.dGamma()).field("dbeta").numbers(n.dBeta())
                .field("gammaAfter").numbers(n.gammaAfter()).field("betaAfter")
                .numbers(n.betaAfter()).endObject();
    }

    /** A row-major {@code rows} × {@code cols} buffer as an array of rows. */
    private static void matrix(JsonWriter w, double[] values, int rows, int cols) {
        w.beginArray();
        for (int r = 0; r < rows; r++) {
            w.beginArray();
            for (int c = 0; c < cols; c++) {
                w.number(values[r * cols + c]);
            }
            w.endArray();
        }
        w.endArray();
    }

    /**
     * The gradient check of layer {@code layer} (0-based) with step {@code h}: {layer, h,
     * threshold, names, analytic, numeric, relError, kink, maxRelError}, one entry per weight
     * then per bias ("W1[0,0]", …, "b1[0]", …), then under batch norm per γ and β ("γ1[0]", …,
     * "β1[0]", …).
     */
    public static String gradCheck(Session s, int layer, double h) {
        GradientCheck.Entry[] e = s.gradCheck(layer, h);
        String[] names = new String[e.length];
        double[] analytic = new double[e.length];
        double[] numeric = new double[e.length];
        double[] rel = new double[e.length];
        double worst = 0;
        int outputs = s.sizes()[layer + 1];
        int weightsAndBiases = s.sizes()[layer] * outputs + outputs;
        JsonWriter kinks = new JsonWriter().beginArray();
        for (int i = 0; i < e.length; i++) {
            GradientCheck.Entry x = e[i];
            if (i >= weightsAndBiases) { // batch norm's γ (bias false) then β (bias true)
                names[i] = (x.bias() ? "β" : "γ") + (layer + 1) + "[" + x.index() + "]";
            } else {
                names[i] = x.bias() ? "b" + (layer + 1) + "[" + x.index() + "]"
                        : "W" + (layer + 1) + "[" + x.index() / outputs + ","
                                + x.index() % outputs + "]";
            }
            analytic[i] = x.analytic();
            numeric[i] = x.numeric();
            rel[i] = x.relativeError();
            worst = Math.max(worst, x.relativeError());
            kinks.bool(x.kink());
        }
        return new JsonWriter().beginObject().field("layer").number(layer).field("h").number(h)
                .field("threshold").number(GRAD_CHECK_THRESHOLD)
                .field("names").strings(names).field("analytic").numbers(analytic)
                .field("numeric").numbers(numeric).field("relError").numbers(rel)
                .field("kink").raw(kinks.endArray().toString())
                .field("maxRelError").number(worst).endObject().toString();
    }

    /** The tutorial's bar for a passing gradient check. */
    static final double GRAD_CHECK_THRESHOLD = 1e-4;

    /**
     * {lambdaMax, lrLimit, momentumLimit, momentum, iterations, rows, trainRows, inFloat64} for
     * the network as it stands (see Session#sharpness; momentumLimit: 2(1 + μ)/λ, the momentum
     * optimizer's limit, μ = momentum; rows: the training rows it read, of trainRows;
     * inFloat64: the network is float32 and its curvature was computed in float64).
     */
    public static String sharpness(Session s) {
        Sharpness.Estimate e = s.sharpness();
        return new JsonWriter().beginObject().field("lambdaMax").number(e.lambdaMax())
                .field("lrLimit").number(e.lrLimit())
                .field("momentumLimit").number(momentumLimit(e.lambdaMax()))
                .field("momentum").number(Momentum.DEFAULT_MU)
                .field("iterations").number(e.iterations())
                .field("rows").number(s.sharpnessRowCount())
                .field("trainRows").number(s.trainRows())
                .field("inFloat64").bool(inFloat64(s)).endObject().toString();
    }

    /**
     * The stability limit of the playground's momentum (heavy ball, v ← μv − lr·g, W ← W + v)
     * on a quadratic of curvature λ: lr·λ &lt; 2(1 + μ), so lr &lt; 2(1 + μ)/λ (+∞ when λ ≤ 0).
     */
    static double momentumLimit(double lambdaMax) {
        return lambdaMax > 0 ? 2 * (1 + Momentum.DEFAULT_MU) / lambdaMax
                : Double.POSITIVE_INFINITY;
    }

    /**
     * One slice of a sharpness estimate spread over frames (see {@link Session#sharpnessWork}):
     * {done, running, step, lambdaMax, lrLimit, momentumLimit, iterations, momentum, work,
     * lastWork, calls, rows, trainRows, inFloat64}. done: this
     * call finished it (lambdaMax, lrLimit and iterations are then the estimate, as
     * {@link #sharpness} would give for the parameters at {@code step}; before that they are
     * null and iterations counts the Hessian-vector products done so far); running: an estimate
     * is still under way (false with done false: none was started, or it was abandoned because
     * the network changed under it); step: the training step it began at; work and lastWork:
     * the multiply-adds it has done in all and in this call; calls: the calls it has taken;
     * rows: the training rows it reads (all trainRows, or an evenly spaced sample, see
     * Session#sharpnessRows).
     * {@code multiplyAdds} ≤ 0 finishes it in this call.
     */
    public static String sharpnessWork(Session s, double multiplyAdds, boolean restart) {
        long budget = multiplyAdds >= Long.MAX_VALUE ? Long.MAX_VALUE
                : Double.isNaN(multiplyAdds) ? 0 : (long) Math.floor(multiplyAdds);
        Sharpness.Run run = s.sharpnessWork(budget, restart);
        boolean done = run != null && run.finished();
        JsonWriter w = new JsonWriter().beginObject().field("done").bool(done)
                .field("running").bool(run != null && !done);
        if (run == null) {
            return w.field("step").nul().field("lambdaMax").nul().field("lrLimit").nul()
                    .field("momentumLimit").nul().field("iterations").number(0)
                    .field("momentum").number(Momentum.DEFAULT_MU).field("work").number(0)
                    .field("lastWork").number(0).field("calls").number(0)
                    .field("rows").number(0).field("trainRows").number(s.trainRows())
                    .field("inFloat64").bool(inFloat64(s)).endObject().toString();
        }
        w.field("step").number(s.sharpnessStep());
        if (done) {
            Sharpness.Estimate e = run.estimate();
            w.field("lambdaMax").number(e.lambdaMax()).field("lrLimit").number(e.lrLimit())
                    .field("momentumLimit").number(momentumLimit(e.lambdaMax()))
                    .field("iterations").number(e.iterations());
        } else {
            w.field("lambdaMax").nul().field("lrLimit").nul().field("momentumLimit").nul()
                    .field("iterations").number(run.products());
        }
        return w.field("momentum").number(Momentum.DEFAULT_MU)
                .field("work").number(run.work()).field("lastWork").number(run.lastWork())
                .field("calls").number(run.advances()).field("rows").number(run.rows())
                .field("trainRows").number(s.trainRows())
                .field("inFloat64").bool(inFloat64(s)).endObject().toString();
    }

    /** Whether the network is float32, whose curvature is taken in float64 (Sharpness#shadowOf). */
    private static boolean inFloat64(Session s) {
        return s.settings().net().precision() == scratchnet.engine.Precision.FLOAT32;
    }

    /** {step, checkpoints}: where a rewind landed and the steps it could land on now. */
    public static String rewind(Session s, double step) {
        long landed = s.rewind((long) step);
        return new JsonWriter().beginObject().field("step").number(landed)
                .field("checkpoints").numbers(toDoubles(s.checkpoints())).endObject().toString();
    }

    private static double[] toDoubles(long[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i];
        }
        return out;
    }
}
