package scratchnet.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.engine.Precision;
import scratchnet.engine.SplitPass;
import scratchnet.math.Rng;

/**
 * A training step in parts ({@link Trainer#advanceGradients}, {@link SplitPass}) is the same
 * step as a whole one, bit for bit, for every kind of network and however it is cut: the
 * weights, losses, activations and gradients after several steps are compared exactly.
 */
class SplitPassTest {
    /** One kind of network and training, and how it is built. */
    private record Case(String name, int[] sizes, Activation hidden, Activation output, Loss loss,
            double dropout, boolean batchNorm, Precision precision, Penalty penalty, int batch) {
        Network network() {
            NetSpec spec = new NetSpec(sizes, hidden, output, loss, Init.GLOROT,
                    NetSpec.DEFAULT_LEAKY_SLOPE, dropout, null);
            return Network.build(spec, new Rng(11), batchNorm, precision);
        }

        TrainSpec train() {
            return TrainSpec.of(0.05, batch).withPenalty(penalty).withSeed(5)
                    .withOptimizer(OptimizerKind.ADAM);
        }

        int width() {
            return loss.realTargets() ? sizes[sizes.length - 1] : 1;
        }
    }

    private static final int ROWS = 37;

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        Penalty l2 = new Penalty(Penalty.Kind.L2, 1e-3);
        Penalty l1 = new Penalty(Penalty.Kind.L1, 1e-3);
        for (Precision p : Precision.values()) {
            for (boolean bn : new boolean[] {false, true}) {
                for (double drop : new double[] {0, 0.25}) {
                    String tag = p + (bn ? " bn" : "") + (drop > 0 ? " dropout" : "");
                    cases.add(new Case("mse tanh " + tag, new int[] {7, 9, 6, 1}, Activation.TANH,
                            Activation.LINEAR, Loss.MSE, drop, bn, p, l2, 0));
                    cases.add(new Case("softmax relu " + tag, new int[] {7, 10, 5, 3},
                            Activation.RELU, Activation.SOFTMAX, Loss.SOFTMAX_CE, drop, bn, p,
                            Penalty.NONE, 13));
                    cases.add(new Case("bce gelu " + tag, new int[] {5, 8, 1}, Activation.GELU,
                            Activation.SIGMOID, Loss.BCE, drop, bn, p, l1, 0));
                    cases.add(new Case("huber sigmoid out " + tag, new int[] {6, 4, 4, 2},
                            Activation.ELU, Activation.SIGMOID, Loss.HUBER, drop, bn, p, l2, 9));
                }
            }
        }
        return cases;
    }

    private static double[][] data(Case c) {
        Rng rng = new Rng(3);
        int in = c.sizes()[0];
        int out = c.sizes()[c.sizes().length - 1];
        double[] x = new double[ROWS * in];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.nextGaussian() * (i % 5 == 0 ? 0 : 1.3); // some exact zeros too
        }
        double[] y = new double[ROWS * c.width()];
        for (int r = 0; r < ROWS; r++) {
            for (int j = 0; j < c.width(); j++) {
                y[r * c.width() + j] = switch (c.loss()) {
                    case SOFTMAX_CE -> r % out;
                    case BCE -> r % 2;
                    default -> rng.nextGaussian();
                };
            }
        }
        return new double[][] {x, y};
    }

    /** Parameters, gradients and every layer's batch buffers of a network, for comparing. */
    private static List<double[]> state(Network net) {
        List<double[]> s = new ArrayList<>();
        for (double[] p : net.parameters()) {
            s.add(p.clone());
        }
        for (double[] g : net.gradients()) {
            s.add(g.clone());
        }
        for (double[] r : net.runningStatistics()) {
            s.add(r.clone());
        }
        for (int l = 0; l < net.depth(); l++) {
            int n = net.layer(l).rows() * net.layer(l).outputs();
            s.add(java.util.Arrays.copyOf(net.layer(l).preActivations(), n));
            s.add(java.util.Arrays.copyOf(net.layer(l).activations(), n));
            s.add(java.util.Arrays.copyOf(net.layer(l).deltas(), n));
        }
        return s;
    }

    private static void assertSame(List<double[]> a, List<double[]> b, String what) {
        assertEquals(a.size(), b.size(), what);
        for (int k = 0; k < a.size(); k++) {
            assertEquals(a.get(k).length, b.get(k).length, what + ", buffer " + k);
            for (int i = 0; i < a.get(k).length; i++) {
                assertEquals(Double.doubleToRawLongBits(a.get(k)[i]),
                        Double.doubleToRawLongBits(b.get(k)[i]),
                        what + ", buffer " + k + " value " + i + ": " + a.get(k)[i] + " vs "
                                + b.get(k)[i]);
            }
        }
    }

    @Test
    void everyKindOfNetworkTakesTheSameStepsInPartsAsWhole() {
        for (Case c : cases()) {
            double[][] d = data(c);
            Network wholeNet = c.network();
            Network partNet = c.network();
            // As the page trains: epochs are counted, not evaluated (an evaluation would
            // overwrite the activations compared here).
            Trainer whole = new Trainer(wholeNet, c.train(), d[0], d[1], null, null, false);
            Trainer parts = new Trainer(partNet, c.train(), d[0], d[1], null, null, false);
            double total = parts.stepWork();
            // Tiny parts (one row or column at a time), odd sizes, then bigger ones.
            double[] sizes = {1, total / 7.3, total / 2.1, 1, total * 2};
            for (int s = 0; s < 12; s++) {
                whole.step();
                double work = sizes[s % sizes.length];
                int calls = 0;
                while (!parts.advanceGradients(work)) {
                    calls++;
                    assertTrue(parts.stepProgress() > 0 && parts.stepProgress() < 1, c.name());
                    assertTrue(calls < 100_000, c.name() + ": the parts never end");
                }
                assertEquals(0, parts.stepProgress());
                if (work == 1) {
                    assertTrue(calls > 20, c.name() + ": one-unit parts cut the step: " + calls);
                }
                parts.applyUpdate();
                String what = c.name() + " step " + (s + 1);
                assertEquals(Double.doubleToRawLongBits(whole.lastBatchLoss()),
                        Double.doubleToRawLongBits(parts.lastBatchLoss()), what + " loss");
                assertEquals(whole.lastGradNorm(), parts.lastGradNorm(), what);
                assertEquals(whole.epochsDone(), parts.epochsDone(), what);
                int n = whole.batchRows() * c.sizes()[0];
                assertEquals(whole.batchRows(), parts.batchRows(), what);
                assertArrayEquals(java.util.Arrays.copyOf(whole.batchInputs(), n),
                        java.util.Arrays.copyOf(parts.batchInputs(), n), what);
                assertSame(state(wholeNet), state(partNet), what);
            }
        }
    }

    @Test
    void nothingChangesUntilTheLastPartAndAWholeStepWaitsForTheOneUnderWay() {
        Case c = new Case("bn dropout", new int[] {7, 9, 6, 3}, Activation.TANH,
                Activation.SOFTMAX, Loss.SOFTMAX_CE, 0.2, true, Precision.FLOAT64,
                Penalty.NONE, 10);
        double[][] d = data(c);
        Network wholeNet = c.network();
        Network partNet = c.network();
        Trainer whole = new Trainer(wholeNet, c.train(), d[0], d[1]);
        Trainer parts = new Trainer(partNet, c.train(), d[0], d[1]);
        whole.step();
        parts.step();
        List<double[]> before = state(partNet);
        double[] batch = parts.batchInputs().clone();
        assertFalse(parts.advanceGradients(parts.stepWork() / 3));
        assertSame(before, state(partNet), "mid-step");
        assertArrayEquals(batch, parts.batchInputs());
        assertEquals(1, parts.stepsTaken());
        // A whole step waits for the step under way to end; its end is the same second step.
        assertThrows(IllegalStateException.class, parts::step);
        assertTrue(parts.stepUnderWay());
        whole.step();
        assertTrue(parts.advanceGradients(Double.POSITIVE_INFINITY));
        parts.applyUpdate();
        assertSame(state(wholeNet), state(partNet), "step 2");
        // A rewind drops a step under way; the steps after it are those of the whole trainer.
        Trainer.Checkpoint at2 = parts.checkpoint();
        assertFalse(parts.advanceGradients(1));
        parts.restore(at2);
        whole.step();
        assertTrue(parts.advanceGradients(Double.POSITIVE_INFINITY));
        parts.applyUpdate();
        assertSame(state(wholeNet), state(partNet), "after a restore");
        // A new batch size drops it too; a new rate keeps it (the gradients do not use it).
        assertFalse(parts.advanceGradients(1));
        parts.reconfigure(c.train().withBatchSize(7));
        whole.reconfigure(c.train().withBatchSize(7));
        assertEquals(0, parts.stepProgress());
        assertFalse(parts.advanceGradients(1));
        parts.reconfigure(c.train().withBatchSize(7).withLearningRate(0.01));
        whole.reconfigure(c.train().withBatchSize(7).withLearningRate(0.01));
        assertTrue(parts.stepProgress() > 0);
        whole.step();
        assertTrue(parts.advanceGradients(Double.POSITIVE_INFINITY));
        parts.applyUpdate();
        assertSame(state(wholeNet), state(partNet), "after a reconfigure");
    }

    @Test
    void theWorkOfAStepGrowsWithTheBatchAndTheLayers() {
        Case c = cases().get(0);
        Network net = c.network();
        double w10 = SplitPass.work(net, 10);
        double w20 = SplitPass.work(net, 20);
        assertTrue(w10 > 7 * 9 + 9 * 6 + 6, "at least one multiply-add per weight a row: " + w10);
        assertTrue(w20 > 1.9 * w10 && w20 < 2 * w10, "per row, apart from the penalty's: " + w20);
    }
}
