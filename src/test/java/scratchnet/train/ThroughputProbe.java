package scratchnet.train;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import scratchnet.data.Dataset;
import scratchnet.data.TwoD;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.math.Rng;

/**
 * Training throughput on the JVM, in examples per second: 500 spiral points (noise 10 %,
 * labels ±1), a 2-8-8-1 network with tanh hidden and output units, MSE, batch 10, SGD at
 * lr 0.03, 100 epochs: 50,000 steps, plus the trainer's full-set loss evaluation at every
 * epoch end, whose share is measured separately. Three warm-up runs, then the median of five.
 * Rates are given per wall-clock second and per second of this thread's CPU time; the second
 * is the fairer number on a loaded machine.
 *
 * <p>Run: {@code java -cp target/classes:target/test-classes scratchnet.train.ThroughputProbe}
 */
public final class ThroughputProbe {
    private static final int POINTS = 500;
    private static final int EPOCHS = 100;

    private ThroughputProbe() {
    }

    /** Prints the median rate, its spread, and the share spent in epoch-end evaluation. */
    public static void main(String[] args) {
        Dataset spiral = TwoD.SPIRAL.generate(POINTS, 10, new Rng(1));
        double[] labels = spiral.y().clone();
        for (int i = 0; i < labels.length; i++) {
            labels[i] = 2 * labels[i] - 1; // Playground's ±1 labels for a tanh output
        }
        Sets data = Sets.of(spiral.x(), labels);
        for (int i = 0; i < 3; i++) {
            train(data, i);
            evaluate(data, i);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] rates = new double[5];
        double[] cpuRates = new double[5];
        double[] evalShares = new double[5];
        double loss = 0;
        for (int i = 0; i < rates.length; i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            loss = train(data, 100 + i);
            long trainNanos = System.nanoTime() - start;
            cpu = threads.getCurrentThreadCpuTime() - cpu;
            rates[i] = (double) POINTS * EPOCHS / (trainNanos * 1e-9);
            cpuRates[i] = (double) POINTS * EPOCHS / (cpu * 1e-9);
            evalShares[i] = (double) evaluate(data, 100 + i) / trainNanos;
        }
        Arrays.sort(rates);
        Arrays.sort(cpuRates);
        Arrays.sort(evalShares);
        System.out.println("2-8-8-1 tanh/tanh MSE, batch 10, SGD 0.03, 500 points x 100 epochs");
        System.out.println("examples/s (wall): median " + Math.round(rates[2]) + "  (min "
                + Math.round(rates[0]) + ", max " + Math.round(rates[4]) + ")");
        System.out.println("examples/s (CPU):  median " + Math.round(cpuRates[2]) + "  (min "
                + Math.round(cpuRates[0]) + ", max " + Math.round(cpuRates[4]) + ")");
        System.out.println("share of time in epoch-end evaluation: "
                + Math.round(100 * evalShares[2]) + " %");
        System.out.println("final training loss " + loss);
    }

    private static Trainer trainer(Sets data, long seed) {
        NetSpec spec = new NetSpec(new int[] {2, 8, 8, 1}, Activation.TANH, Activation.TANH,
                Loss.MSE, Init.LECUN, 0.01, 0);
        Network net = Network.build(spec, new Rng(seed));
        return new Trainer(net, TrainSpec.of(0.03, 10).withSeed(seed), data.x, data.y);
    }

    private static double train(Sets data, long seed) {
        Trainer t = trainer(data, seed);
        t.epochs(EPOCHS);
        return t.history().trainLoss(EPOCHS);
    }

    /** Nanoseconds for the 100 full-set evaluations a run makes. */
    private static long evaluate(Sets data, long seed) {
        Trainer t = trainer(data, seed);
        long start = System.nanoTime();
        double sink = 0;
        for (int e = 0; e < EPOCHS; e++) {
            sink += t.trainLoss();
        }
        long nanos = System.nanoTime() - start;
        return sink == 42 ? nanos + 1 : nanos;
    }
}
