package scratchnet.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import scratchnet.data.Dataset;
import scratchnet.data.Split;
import scratchnet.data.TwoD;
import scratchnet.engine.Activation;
import scratchnet.engine.Dense;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.engine.Precision;
import scratchnet.engine.BatchNorm;
import scratchnet.math.Rng;
import scratchnet.train.OptimizerKind;
import scratchnet.train.Schedule;
import scratchnet.train.TrainSpec;
import scratchnet.train.Trainer;

/**
 * The runs both export tests replay in Python: together they cover every hidden activation,
 * every loss, every optimizer, L1 and L2, clipping, a short last batch, full batch, a sigmoid
 * output under MSE and every schedule shape with a warm-up; the last four add batch
 * normalisation (ReLU, tanh, ELU and leaky ReLU; softmax-ce, MSE, BCE and Huber; a last batch
 * of one row).
 */
final class ExportCases {
    /**
     * Largest |w_python − w_engine| allowed for any weight or bias, and for batch norm's γ, β
     * and running statistics (absolute).
     */
    static final double TOLERANCE = 1e-9;

    /**
     * Largest difference allowed, with batch normalisation under Adam or RMSprop, in the bias b
     * of a normalised layer and in the running mean (which carries b). b only shifts μ, so
     * its gradient is 0 in exact arithmetic and what the engine and the script compute for it
     * is rounding noise (about 1e-17), different in each; Adam and RMSprop divide a gradient
     * by its own running size, so they turn that noise into steps of up to lr·1e-9 (the
     * noise over ε = 1e-8). Both still keep b within this bound of where it started, which is
     * checked too: the drift is noise, not training.
     */
    static final double NOISE_TOLERANCE = 1e-7;

    private static final Pattern LOSS_LINE =
            Pattern.compile("loss before (\\S+) after (\\S+)");

    /** One run: the data, the network's initial weights, the settings, the epochs. */
    record Case(String name, Dataset train, Network initial, TrainSpec spec, int epochs) {
    }

    private ExportCases() {
    }

    static List<Case> all() {
        return List.of(
                make("tanh-bce-sgd", TwoD.CIRCLE, 2, new int[] {2, 6, 4, 1}, Activation.TANH,
                        Activation.SIGMOID, Loss.BCE, Init.LECUN,
                        TrainSpec.of(0.1, 10), 5),
                make("relu-softmax-momentum-l2", TwoD.BLOBS_K, 3, new int[] {2, 8, 3},
                        Activation.RELU, Activation.SOFTMAX, Loss.SOFTMAX_CE, Init.HE,
                        TrainSpec.of(0.05, 16).withOptimizer(OptimizerKind.MOMENTUM)
                                .withPenalty(new Penalty(Penalty.Kind.L2, 0.01)), 5),
                make("sigmoid-mse-adam-l1-clip-fullbatch", TwoD.PLANE, 0, new int[] {2, 5, 1},
                        Activation.SIGMOID, Activation.LINEAR, Loss.MSE, Init.LECUN,
                        TrainSpec.of(0.01, 0).withOptimizer(OptimizerKind.ADAM)
                                .withPenalty(new Penalty(Penalty.Kind.L1, 0.001))
                                .withClipNorm(0.05), 20),
                make("leaky-bce-rmsprop-clip-exponential", TwoD.XOR, 2, new int[] {2, 8, 8, 1},
                        Activation.LEAKY_RELU, Activation.SIGMOID, Loss.BCE, Init.HE,
                        TrainSpec.of(0.01, 7).withOptimizer(OptimizerKind.RMSPROP)
                                .withClipNorm(1.0)
                                .withSchedule(Schedule.exponential(0.99).withWarmup(3)), 4),
                make("tanh-sigmoid-mse-momentum-cosine", TwoD.MULTI_GAUSSIAN, 0,
                        new int[] {2, 6, 1}, Activation.TANH, Activation.SIGMOID, Loss.MSE,
                        Init.UNIFORM, TrainSpec.of(0.2, 12).withOptimizer(OptimizerKind.MOMENTUM)
                                .withSchedule(Schedule.cosine(20, 0.01)), 5),
                make("relu-softmax-adam-step", TwoD.SPIRAL_K, 3, new int[] {2, 8, 8, 3},
                        Activation.RELU, Activation.SOFTMAX, Loss.SOFTMAX_CE, Init.HE,
                        TrainSpec.of(0.01, 20).withOptimizer(OptimizerKind.ADAM)
                                .withSchedule(Schedule.step(0.5, 6)), 4),
                make("elu-mse-momentum", TwoD.PLANE, 0, new int[] {2, 6, 1},
                        Activation.ELU, Activation.LINEAR, Loss.MSE, Init.HE,
                        TrainSpec.of(0.002, 10).withOptimizer(OptimizerKind.MOMENTUM), 4),
                make("gelu-bce-adam", TwoD.XOR, 2, new int[] {2, 8, 1},
                        Activation.GELU, Activation.SIGMOID, Loss.BCE, Init.HE,
                        TrainSpec.of(0.01, 10).withOptimizer(OptimizerKind.ADAM), 4),
                make("silu-softmax-sgd", TwoD.BLOBS_K, 3, new int[] {2, 6, 3},
                        Activation.SILU, Activation.SOFTMAX, Loss.SOFTMAX_CE, Init.HE,
                        TrainSpec.of(0.1, 16), 4),
                make("tanh-huber-sgd", TwoD.MULTI_GAUSSIAN, 0, new int[] {2, 5, 1},
                        Activation.TANH, Activation.LINEAR, Loss.HUBER, Init.TOO_LARGE,
                        TrainSpec.of(0.05, 10), 4), // outputs far off: both sides of |d| = δ
                make("softplus-mse-rmsprop", TwoD.MULTI_GAUSSIAN, 0, new int[] {2, 6, 1},
                        Activation.SOFTPLUS, Activation.GELU, Loss.MSE, Init.LECUN,
                        TrainSpec.of(0.01, 12).withOptimizer(OptimizerKind.RMSPROP), 4),
                // Batch normalisation, from γ, β and running statistics already trained away
                // from 1, 0, 0, 1 (see makeBn).
                makeBn("bn-relu-softmax-adam", TwoD.BLOBS_K, 3, new int[] {2, 8, 8, 3},
                        Activation.RELU, Activation.SOFTMAX, Loss.SOFTMAX_CE, Init.HE,
                        TrainSpec.of(0.01, 16).withOptimizer(OptimizerKind.ADAM), 4),
                makeBn("bn-tanh-mse-momentum-l2-clip-cosine", TwoD.MULTI_GAUSSIAN, 0,
                        new int[] {2, 6, 1}, Activation.TANH, Activation.LINEAR, Loss.MSE,
                        Init.LECUN, TrainSpec.of(0.05, 12).withOptimizer(OptimizerKind.MOMENTUM)
                                .withPenalty(new Penalty(Penalty.Kind.L2, 0.01))
                                .withClipNorm(1.0).withSchedule(Schedule.cosine(20, 0.01)), 4),
                // 60 training rows in batches of 59: the last batch has one row, which
                // PyTorch's BatchNorm1d refuses and the engine normalises to x̂ = 0.
                makeBn("bn-elu-bce-sgd-l1-lone-row", TwoD.XOR, 2, new int[] {2, 6, 4, 1},
                        Activation.ELU, Activation.SIGMOID, Loss.BCE, Init.HE,
                        TrainSpec.of(0.1, 59)
                                .withPenalty(new Penalty(Penalty.Kind.L1, 0.001)), 4),
                makeBn("bn-leaky-huber-rmsprop-exponential", TwoD.MULTI_GAUSSIAN, 0,
                        new int[] {2, 8, 1}, Activation.LEAKY_RELU, Activation.LINEAR,
                        Loss.HUBER, Init.HE, TrainSpec.of(0.01, 10)
                                .withOptimizer(OptimizerKind.RMSPROP)
                                .withSchedule(Schedule.exponential(0.99).withWarmup(3)), 4));
    }

    /**
     * As {@link #make} with batch normalisation, the network first trained for 2 epochs on the
     * engine (same settings, shuffling off) so that the export carries γ, β and running
     * statistics of a run under way, not their starting values.
     */
    private static Case makeBn(String name, TwoD kind, int classes, int[] sizes,
            Activation hidden, Activation output, Loss loss, Init init, TrainSpec spec,
            int epochs) {
        Case plain = make(name, kind, classes, sizes, hidden, output, loss, init, spec, epochs);
        Network net = Network.withOptions(plain.initial(), true, Precision.FLOAT64);
        new Trainer(net, spec.withShuffle(false), plain.train().x(), plain.train().y())
                .epochs(2);
        return new Case(name, plain.train(), net, spec, epochs);
    }

    private static Case make(String name, TwoD kind, int classes, int[] sizes, Activation hidden,
            Activation output, Loss loss, Init init, TrainSpec spec, int epochs) {
        Rng rng = new Rng(name.length() * 7919L + 17);
        Dataset all = classes > 2 ? kind.generate(75, 10, classes, rng)
                : kind.generate(75, 10, rng);
        Dataset train = Split.of(all, rng).train();
        NetSpec net = new NetSpec(sizes, hidden, output, loss, init, 0.1, 0);
        return new Case(name, train, Network.build(net, rng), spec, epochs);
    }

    /** The engine's run: the case's network trained with its settings, shuffling off. */
    static Trainer trainOnEngine(Case c) {
        Network net = c.initial().copy();
        Trainer t = new Trainer(net, c.spec().withShuffle(false), c.train().x(),
                c.train().y());
        t.epochs(c.epochs());
        return t;
    }

    /**
     * Checks a script's output against the engine's run: every weight and bias within
     * {@link #TOLERANCE}, and the printed losses (6 significant digits) equal to the engine's
     * before and after. Returns the largest weight difference.
     */
    static double compare(Case c, PythonRunner.Output out) {
        return compareAll(c, out)[0];
    }

    /**
     * As {@link #compare}, returning {largest difference within {@link #TOLERANCE}, largest
     * difference among the values only rounding moves (see {@link #NOISE_TOLERANCE}; 0 for
     * most runs)}.
     */
    static double[] compareAll(Case c, PythonRunner.Output out) {
        Trainer engine = trainOnEngine(c);
        Network python = ModelJson.read(out.model());
        Network net = engine.network();
        double worst = 0;
        double noise = 0;
        OptimizerKind opt = c.spec().optimizer();
        boolean adaptive = opt == OptimizerKind.ADAM || opt == OptimizerKind.RMSPROP;
        assertEquals(net.depth(), python.depth(), c.name() + ": layers");
        for (int l = 0; l < net.depth(); l++) {
            worst = Math.max(worst, maxDiff(net.layer(l).weights(), python.layer(l).weights()));
            assertEquals(net.layer(l).activation(), python.layer(l).activation());
            BatchNorm bn = net.layer(l).norm();
            BatchNorm read = python.layer(l).norm();
            assertEquals(bn == null, read == null, c.name() + ": layer " + l + " batch norm");
            double bias = maxDiff(net.layer(l).biases(), python.layer(l).biases());
            if (bn != null) {
                worst = Math.max(worst, maxDiff(bn.gamma(), read.gamma()));
                worst = Math.max(worst, maxDiff(bn.beta(), read.beta()));
                worst = Math.max(worst, maxDiff(bn.runningVar(), read.runningVar()));
            }
            if (bn != null && adaptive) {
                // b of a normalised layer: both moved by rounding noise only (see
                // NOISE_TOLERANCE), and the running mean, which carries b.
                double[] start = c.initial().layer(l).biases();
                assertTrue(maxDiff(start, net.layer(l).biases()) <= NOISE_TOLERANCE,
                        c.name() + ": the engine moved b of normalised layer " + (l + 1));
                assertTrue(maxDiff(start, python.layer(l).biases()) <= NOISE_TOLERANCE,
                        c.name() + ": the script moved b of normalised layer " + (l + 1));
                noise = Math.max(noise, bias);
                noise = Math.max(noise, maxDiff(bn.runningMean(), read.runningMean()));
            } else {
                worst = Math.max(worst, bias);
                if (bn != null) {
                    worst = Math.max(worst, maxDiff(bn.runningMean(), read.runningMean()));
                }
            }
        }
        assertTrue(worst <= TOLERANCE, c.name() + ": weights differ by " + worst);
        assertTrue(noise <= NOISE_TOLERANCE, c.name() + ": b or running mean differ by "
                + noise);
        Matcher m = LOSS_LINE.matcher(out.lastLine());
        assertTrue(m.matches(), c.name() + ": last line is \"" + out.lastLine() + "\"");
        Trainer fresh = new Trainer(c.initial().copy(), c.spec(), c.train().x(), c.train().y());
        assertClose(fresh.trainLoss(), Double.parseDouble(m.group(1)), c.name() + " before");
        assertClose(engine.trainLoss(), Double.parseDouble(m.group(2)), c.name() + " after");
        return new double[] {worst, noise};
    }

    private static void assertClose(double engine, double printed, String what) {
        // Six significant digits: the printed value is within half a unit of the sixth.
        assertTrue(Math.abs(engine - printed) <= 5e-6 * Math.abs(engine) + 1e-300,
                what + ": engine " + engine + ", script printed " + printed);
    }

    private static double maxDiff(double[] a, double[] b) {
        assertEquals(a.length, b.length);
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
            if (Double.isNaN(a[i]) != Double.isNaN(b[i])) {
                return Double.POSITIVE_INFINITY;
            }
        }
        return worst;
    }

    /**
     * The number of values compared: weights and biases, and with batch normalisation γ, β and
     * the running mean and variance.
     */
    static int parameters(Case c) {
        int n = 0;
        for (int l = 0; l < c.initial().depth(); l++) {
            Dense d = c.initial().layer(l);
            n += d.weights().length + d.biases().length;
            n += d.norm() != null ? 4 * d.norm().units() : 0;
        }
        return n;
    }
}
