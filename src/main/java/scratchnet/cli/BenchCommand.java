package scratchnet.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import scratchnet.bench.Bench;
import scratchnet.bench.Figure;
import scratchnet.bench.Workload;

/**
 * {@code bench [--quick] [--runs N] [A B C H]}: runs the benchmarks of issue 7 on this JVM and
 * prints one table row per figure. Each benchmark is warmed up (so HotSpot has compiled the
 * kernels), then run N times (default 5); the table shows the median. Figures come from
 * wall-clock time and, in a second column, from this thread's CPU time, the fairer number on
 * a busy machine. Benchmark H is about 1 ms, so one of its runs is {@value #FRAMES} frames and
 * reports the time per frame.
 */
final class BenchCommand implements Command {
    private static final int FRAMES = 200;
    static final String HELP = String.join("\n",
            "usage: scratchnet bench [A B C H] [--runs N] [--quick]",
            "",
            "Runs the benchmarks on this JVM and prints the median of N runs (default 5),",
            "from wall-clock time and from this thread's CPU time:",
            "  A  500 spiral points, 2-8-8-1 tanh, MSE, batch 10, SGD 0.03, 100 epochs",
            "  B  2048 random 784-feature rows, 784-128-64-10 ReLU, softmax CE, batch 64, 3 epochs",
            "  C  the tutorial's delivery-time regression, 4-16-8-1 ReLU, 200 epochs",
            "  H  one 100x100 grid pass over every node of a trained 2-8-8-1, painted as the",
            "     playground shows it (20x20 node thumbnails, the output at 100x100)",
            "  --quick  shrink the workloads (a smoke test, not a measurement)",
            "");

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "run benchmarks A, B, C, H on this JVM and print a table";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException {
        boolean quick = false;
        int runs = 5;
        List<Bench> chosen = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--help") || a.equals("-h")) {
                out.print(HELP);
                return 0;
            } else if (a.equals("--quick")) {
                quick = true;
            } else if (a.equals("--runs") && i + 1 < args.size()) {
                runs = parseRuns(args.get(++i));
            } else {
                chosen.add(parseBench(a));
            }
        }
        if (chosen.isEmpty()) {
            chosen.addAll(Arrays.asList(Bench.values()));
        }
        out.printf("ScratchNet %s benchmarks on %s %s, %s %s, %d cores; median of %d runs%s%n",
                VersionCommand.version(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), System.getProperty("os.name"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(), runs,
                quick ? " (--quick: sizes shrunk, not a speed measurement)" : "");
        String row = "%-5s %-8s %-11s %14s %14s  %s%n";
        out.printf(row, "bench", "backend", "figure", "value", "(CPU time)", "unit");
        for (Bench b : chosen) {
            List<List<Figure>> wallAndCpu = measure(b, quick, runs);
            for (int i = 0; i < wallAndCpu.get(0).size(); i++) {
                Figure f = wallAndCpu.get(0).get(i);
                out.printf(row, f.bench(), "jvm", f.name(), format(f.value()),
                        format(wallAndCpu.get(1).get(i).value()), f.unit());
            }
            out.flush();
        }
        return 0;
    }

    /** The figures from the median wall-clock time, then from the median CPU time. */
    private static List<List<Figure>> measure(Bench b, boolean quick, int runs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Workload w = b.create(quick);
        int repeat = b == Bench.H ? (quick ? 2 : FRAMES) : 1;
        int warmups = quick ? 1 : b == Bench.B ? 1 : 3;
        double result = 0;
        for (int i = 0; i < warmups; i++) {
            result = w.run();
        }
        double[] seconds = new double[runs];
        double[] cpuSeconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (int k = 0; k < repeat; k++) {
                result = w.run();
            }
            seconds[i] = (System.nanoTime() - start) * 1e-9 / repeat;
            cpuSeconds[i] = (threads.getCurrentThreadCpuTime() - cpu) * 1e-9 / repeat;
        }
        Arrays.sort(seconds);
        Arrays.sort(cpuSeconds);
        return List.of(Figure.of(b, w, seconds[runs / 2], result),
                Figure.of(b, w, cpuSeconds[runs / 2], result));
    }

    /** Three significant digits at least, no exponent for the sizes benchmarks give. */
    static String format(double v) {
        if (Math.abs(v) >= 1000) {
            return String.format("%,.0f", v);
        }
        return String.format("%.4g", v);
    }

    private static int parseRuns(String s) throws UsageException {
        try {
            int n = Integer.parseInt(s);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new UsageException("--runs needs a whole number >= 1, got '" + s + "'");
    }

    private static Bench parseBench(String s) throws UsageException {
        for (Bench b : Bench.values()) {
            if (b.name().equalsIgnoreCase(s)) {
                return b;
            }
        }
        throw new UsageException("unknown benchmark or option '" + s
                + "' (benchmarks: A B C H; options: --quick, --runs N)");
    }
}
