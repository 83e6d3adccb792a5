package scratchnet.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import scratchnet.engine.Activation;

/**
 * {@code scratchnet repro}: reruns the experiments of the tutorial "Neural Networks from
 * Scratch" on ScratchNet's engine and prints our figures beside the tutorial's. The numbers
 * come from {@link TutorialRuns}; this class only lays them out.
 */
final class ReproCommand implements Command {
    static final String HELP = String.join("\n",
            "usage: scratchnet repro [--seed N] [--epochs E] [--compare-epochs C]",
            "",
            "Reruns the tutorial's experiments and prints our figures beside the tutorial's:",
            "the single neuron, the activation-derivative check, the 4-8-4-1 parameter count,",
            "the backprop gradient check, the delivery-time regression, and batch vs SGD vs",
            "mini-batch gradient descent.",
            "",
            "  --seed N            seed for data, split, weights and shuffling (default 42)",
            "  --epochs E          epochs of the delivery-time regression (default 200)",
            "  --compare-epochs C  epochs of each gradient-descent variant (default 20)",
            "  --help              this text",
            "");

    private static final double LR = 0.005;

    @Override
    public String name() {
        return "repro";
    }

    @Override
    public String summary() {
        return "rerun the tutorial's experiments; print our figures beside the tutorial's";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException {
        Flags f = Flags.parse("repro", args, new String[] {"seed", "epochs", "compare-epochs"},
                new String[0]);
        if (f.has("help")) {
            out.print(HELP);
            return 0;
        }
        long seed = f.integer("seed", 42, Long.MIN_VALUE, Long.MAX_VALUE);
        int epochs = (int) f.integer("epochs", 200, 1, 100_000);
        int compare = (int) f.integer("compare-epochs", 20, 1, 10_000);
        out.println("ScratchNet vs the tutorial \"Neural Networks from Scratch\" (seed " + seed
                + ").");
        out.println("Our random generator is not NumPy's: figures that depend on random draws "
                + "match");
        out.println("the tutorial's in kind, not digit for digit.");
        neuron(out);
        derivatives(out);
        parameters(out);
        gradients(out, seed);
        delivery(out, seed, epochs);
        variants(out, seed, compare);
        return 0;
    }

    private static void neuron(PrintStream out) {
        TutorialRuns.Neuron n = TutorialRuns.neuron();
        out.println();
        out.println("1. One neuron: x = (5.2, 8, 22), w = (0.7, 0.2, 0.4), b = -0.5");
        out.println(row("", "ours", "tutorial"));
        out.println(row("z = w.x + b", f("%.2f", n.z()), "13.74 (slip: 3.64 + 1.6 + 8.8 - 0.5 "
                + "= 13.54)"));
        out.println(row("sigmoid(z)", f("%.7f", n.sigmoid()), "~0.999"));
        out.println(row("relu(z)", f("%.2f", n.relu()), "13.74 (same slip)"));
    }

    private static void derivatives(PrintStream out) {
        out.println();
        out.println("2. Activation derivatives vs central differences, h = 1e-5, "
                + "z = -2, -0.5, 0, 0.5, 2");
        out.println(row("max |error|", "ours", "tutorial (expected; no output shown)"));
        Activation[] fs = {Activation.SIGMOID, Activation.RELU, Activation.TANH};
        String[] names = {"sigmoid", "relu", "tanh"};
        for (int i = 0; i < fs.length; i++) {
            TutorialRuns.DerivativeCheck c = TutorialRuns.derivativeCheck(fs[i]);
            out.println(row(names[i], f("%.2e", c.maxError()) + " " + mark(c.maxError()),
                    "< 1e-4 ok"));
            if (c.maxError() >= 1e-4) {
                out.println(row("  without z = 0", f("%.2e", c.maxErrorAwayFromZero()) + " "
                        + mark(c.maxErrorAwayFromZero()), ""));
                out.println("   z = 0 is ReLU's kink: the central difference there is 0.5 but "
                        + "relu'(0) = 0, so the");
                out.println("   tutorial's own code would print 5.00e-01 and a cross for relu, "
                        + "not a tick.");
            }
        }
    }

    private static void parameters(PrintStream out) {
        out.println();
        out.println("3. Parameters of the 4 -> 8 -> 4 -> 1 network (weights + biases)");
        out.println(row("", "ours", "tutorial"));
        out.println(row("total", Integer.toString(TutorialRuns.parameterCount()), "81"));
    }

    private static void gradients(PrintStream out, long seed) {
        out.println();
        out.println("4. Gradient check, 4 -> 8 -> 4 -> 1 ReLU (He init), 8 rows, MSE, h = 1e-5");
        TutorialRuns.GradCheck[] g = TutorialRuns.gradientCheck(seed);
        String[] names = {"W1[0,0]", "W3[0,0]"};
        out.println(row("", "ours: analytical / numerical / rel. error", ""));
        for (int i = 0; i < g.length; i++) {
            out.println(row(names[i], f("%.6f", g[i].analytical()) + " / "
                    + f("%.6f", g[i].numerical()) + " / " + f("%.2e", g[i].relError()) + " "
                    + mark(g[i].relError()), ""));
        }
        out.println(row("tutorial", "rel. error < 1e-4 ok for both (values not printed)", ""));
    }

    private static void delivery(PrintStream out, long seed, int epochs) {
        TutorialRuns.Regression r = TutorialRuns.delivery(seed, epochs);
        out.println();
        out.println("5. Delivery time: 2000 rows, 80/20 split (" + r.trainRows() + "/"
                + r.testRows() + "),");
        out.println("   X and y standardised with the training part's mean and std;");
        out.println("   4 -> 16 -> 8 -> 1 ReLU, He init, SGD lr 0.005, batch 64, shuffled, "
                + epochs + " epochs");
        out.println(row("", "ours", "tutorial"));
        for (int e = 50; e <= epochs; e += 50) {
            out.println(row("epoch " + e + " train MSE", f("%.6f", r.trainMse()[e - 1]),
                    "printed; no value shown"));
        }
        out.println(row("test MAE", f("%.4f", r.testMae()) + " min", "printed; no value shown"));
        out.println(row("baseline MAE", f("%.4f", r.baselineMae()) + " min",
                "printed; no value shown"));
        out.println(row("", "(baseline: always predict the training mean)", ""));
    }

    private static void variants(PrintStream out, long seed, int epochs) {
        TutorialRuns.Variant[] v = TutorialRuns.variants(seed, epochs, LR);
        out.println();
        out.println("6. Batch vs SGD vs mini-batch on the same data and start weights, lr "
                + LR + ", " + epochs + " epochs each");
        out.println("   variant      batch    steps  train MSE  test MAE (min)  time (ms)");
        String[] names = {"batch GD", "SGD", "mini-batch"};
        for (int i = 0; i < v.length; i++) {
            out.println(String.format(Locale.ROOT, "   %-10s %7d %8d %10.6f %15.4f %10.1f",
                    names[i], v[i].batch(), v[i].steps(), v[i].trainMse(), v[i].testMae(),
                    v[i].nanos() / 1e6));
        }
        out.println("   train MSE in standardised units; time: wall clock of one run on this "
                + "machine,");
        out.println("   JIT warm-up included. tutorial: describes the three variants, prints no "
                + "figures");
    }

    private static String mark(double error) {
        return error < 1e-4 ? "ok" : "FAIL";
    }

    private static String row(String label, String ours, String tutorial) {
        return String.format(Locale.ROOT, "   %-20s %-16s %s", label, ours, tutorial)
                .replaceAll("\\s+$", "");
    }

    private static String f(String pattern, double v) {
        return String.format(Locale.ROOT, pattern, v);
    }
}
