package scratchnet.format;

import scratchnet.data.Dataset;
import scratchnet.engine.BatchNorm;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.train.OptimizerKind;
import scratchnet.train.Schedule;
import scratchnet.train.TrainSpec;

/**
 * The parts of an exported script that state the run's settings, shared by the NumPy and the
 * PyTorch export: the docstring's description of the run and of what the script leaves out,
 * the block of named constants, and {@code learning_rate(t)}, the engine's {@link Schedule}.
 */
final class ScriptSettings {
    private ScriptSettings() {
    }

    /** The docstring lines that describe the network, the data and the training settings. */
    static String description(Network net, TrainSpec spec, Dataset train, int epochs) {
        int n = train.rows();
        int b = ScriptParts.batchRows(spec, n);
        StringBuilder sb = new StringBuilder();
        sb.append("Network ").append(sizes(net)).append(": ").append(activations(net))
                .append(", loss ").append(Names.of(net.loss()));
        if (net.batchNorm()) {
            sb.append(", batch normalisation of every hidden layer's X·W + b before its "
                    + "activation (eps ").append(ShortestDecimal.of(BatchNorm.EPSILON))
                    .append(", momentum ").append(ShortestDecimal.of(BatchNorm.MOMENTUM))
                    .append(")");
        }
        sb.append(".\n");
        sb.append("Data: the ").append(n).append(" training rows, embedded below.\n");
        sb.append("Training: ").append(optimizerText(spec.optimizer())).append(", learning rate ")
                .append(ShortestDecimal.of(spec.learningRate())).append(scheduleText(spec))
                .append(", batches of ").append(b).append(" rows in file order (no shuffling), ")
                .append(epochs).append(epochs == 1 ? " epoch" : " epochs").append(" = ")
                .append(ScriptParts.steps(spec, n, epochs)).append(" steps");
        Penalty p = spec.penalty();
        if (p.kind() != Penalty.Kind.NONE && p.rate() > 0) {
            sb.append(", ").append(p.kind()).append(" penalty ").append(ShortestDecimal.of(p.rate()));
        }
        if (spec.clipNorm() > 0) {
            sb.append(", gradients clipped to global norm ")
                    .append(ShortestDecimal.of(spec.clipNorm()));
        }
        sb.append(".\n");
        return ScriptParts.wrap(sb.toString());
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
        sb.append("LEARNING_RATE = ").append(ScriptParts.num(spec.learningRate())).append('\n');
        Schedule s = spec.schedule();
        if (s.kind() == Schedule.Kind.STEP || s.kind() == Schedule.Kind.EXPONENTIAL) {
            sb.append("GAMMA = ").append(ScriptParts.num(s.gamma())).append('\n');
        }
        if (s.kind() == Schedule.Kind.STEP || s.kind() == Schedule.Kind.COSINE) {
            sb.append("PERIOD = ").append(s.period()).append('\n');
        }
        if (s.kind() == Schedule.Kind.COSINE) {
            sb.append("FLOOR = ").append(ScriptParts.num(s.floor())).append('\n');
        }
        if (s.warmup() > 0) {
            sb.append("WARMUP = ").append(s.warmup()).append('\n');
        }
        sb.append("BATCH_SIZE = ").append(ScriptParts.batchRows(spec, train.rows()))
                .append("  # rows per step, taken in file order (no shuffling)\n");
        sb.append("EPOCHS = ").append(epochs).append('\n');
        Penalty p = spec.penalty();
        if (p.kind() == Penalty.Kind.L2 && p.rate() > 0) {
            sb.append("L2 = ").append(ScriptParts.num(p.rate()))
                    .append("  # penalty (L2 / 2) * sum(W ** 2) on the weights, not the biases\n");
        } else if (p.kind() == Penalty.Kind.L1 && p.rate() > 0) {
            sb.append("L1 = ").append(ScriptParts.num(p.rate()))
                    .append("  # penalty L1 * sum(|W|) on the weights, not the biases\n");
        }
        if (spec.clipNorm() > 0) {
            sb.append("CLIP_NORM = ").append(ScriptParts.num(spec.clipNorm()))
                    .append("  # largest global L2 norm of all gradients together\n");
        }
        if (net.batchNorm()) {
            sb.append("BN_EPS = ").append(ScriptParts.num(BatchNorm.EPSILON))
                    .append("  # batch norm: ε added to the variance before the square root\n");
            sb.append("BN_MOMENTUM = ").append(ScriptParts.num(BatchNorm.MOMENTUM))
                    .append("  # batch norm: weight of each batch's statistics in the running "
                            + "ones\n");
        }
        if (ScriptParts.usesLeaky(net)) {
            sb.append("LEAKY_SLOPE = ").append(ScriptParts.num(net.layer(0).slope()))
                    .append("  # leaky ReLU: f(z) = LEAKY_SLOPE * z for z <= 0\n");
        }
        sb.append('\n');
    }

    /** Whether the script calls the math module: for clipping's square root or the cosine. */
    static boolean needsMath(TrainSpec spec) {
        return spec.clipNorm() > 0 || spec.schedule().kind() == Schedule.Kind.COSINE;
    }
}
