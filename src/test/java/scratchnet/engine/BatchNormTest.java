package scratchnet.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import scratchnet.diag.GradientCheck;
import scratchnet.math.Rng;
import scratchnet.train.OptimizerKind;
import scratchnet.train.Schedule;
import scratchnet.train.TrainSpec;
import scratchnet.train.Trainer;

/**
 * Batch normalisation: exact values on a hand-computed batch, gradients against central
 * differences (W, b, γ, β and the inputs, through the batch statistics), train against eval
 * mode, and the running statistics.
 */
class BatchNormTest {
    private static final double H = 1e-5;

    /** One unit, z = {1, 3}: μ = 2, σ² = 1, x̂ = ∓1/√(1 + 1e-5). */
    @Test
    void twoRowsByHand() {
        BatchNorm bn = new BatchNorm(1, false);
        bn.ensureCapacity(2);
        bn.input[0] = 1;
        bn.input[1] = 3;
        bn.gamma[0] = 2;
        bn.beta[0] = 0.5;
        double[] y = new double[2];
        bn.forward(y, 2, true, true);
        // 1/√1.00001 = 0.99999500003749968750…; y = ±2·that + 0.5 (40 digits by hand, Decimal)
        assertEquals(-1.499990000074999375, y[0], 1e-15);
        assertEquals(2.499990000074999375, y[1], 1e-15);
        assertEquals(2.0, bn.lastMean()[0]);
        // running: 0.9·0 + 0.1·2 and 0.9·1 + 0.1·(unbiased variance 2)
        assertEquals(0.2, bn.runningMean()[0], 1e-16);
        assertEquals(1.1, bn.runningVar()[0], 1e-15);
        // dL/dy = {1, 0}: dβ = 1, dγ = x̂_0, dz_0 = inv·(g − mean g − x̂·mean(g·x̂)) with γ = 2
        double[] g = {1, 0};
        bn.backward(g);
        assertEquals(1.0, bn.betaGrads()[0]);
        assertEquals(-0.9999950000374996875, bn.gammaGrads()[0], 1e-15);
        // 2 · 0.5·inv·(1 − inv²) = 2 · 4.99992500093748906e-6; the two rows' sum is exactly 0
        assertEquals(2 * 4.999925000937489062e-6, g[0], 1e-15);
        assertEquals(-g[0], g[1], 1e-20);
        // eval mode on z = 1: 2·(1 − 0.2)/√(1.1 + 1e-5) + 0.5
        bn.input[0] = 1;
        bn.forward(y, 1, false, false);
        assertEquals(2 * 0.76276660428342507581 + 0.5, y[0], 1e-15);
    }

    static Network net(Activation hidden, Loss loss, int outputs, Rng rng) {
        NetSpec spec = new NetSpec(new int[] {3, 5, 4, outputs}, hidden, loss.defaultOutput(),
                loss, Init.LECUN, 0.01, 0);
        Network net = Network.build(spec, rng, true, Precision.FLOAT64);
        for (int l = 0; l < net.depth(); l++) {
            double[] b = net.layer(l).biases();
            for (int j = 0; j < b.length; j++) {
                b[j] = rng.uniform(-0.3, 0.3);
            }
            BatchNorm bn = net.layer(l).norm();
            if (bn != null) {
                for (int j = 0; j < bn.units(); j++) {
                    bn.gamma()[j] = rng.uniform(0.5, 1.5);
                    bn.beta()[j] = rng.uniform(-0.5, 0.5);
                    bn.runningMean()[j] = rng.uniform(-1, 1);
                    bn.runningVar()[j] = rng.uniform(0.5, 2);
                }
            }
        }
        return net;
    }

    static double[] inputs(int rows, Rng rng) {
        double[] x = new double[rows * 3];
        for (int i = 0; i < x.length; i++) {
            x[i] = rng.uniform(-2, 2);
        }
        return x;
    }

    static double[] targets(Loss loss, int rows, int outputs, Rng rng) {
        double[] y = new double[rows * outputs];
        for (int r = 0; r < rows; r++) {
            if (loss == Loss.SOFTMAX_CE) {
                y[r * outputs + rng.nextInt(outputs)] = 1;
            } else {
                for (int j = 0; j < outputs; j++) {
                    y[r * outputs + j] = loss == Loss.BCE ? rng.nextInt(2) : rng.uniform(-1, 1);
                }
            }
        }
        return y;
    }

    @ParameterizedTest
    @EnumSource(value = Loss.class, names = {"MSE", "BCE", "SOFTMAX_CE"})
    void gradientsThroughTheBatchStatisticsMatchCentralDifferences(Loss loss) {
        for (Activation hidden : new Activation[] {Activation.TANH, Activation.SIGMOID,
            Activation.LINEAR}) {
            int outputs = loss == Loss.SOFTMAX_CE ? 3 : loss == Loss.BCE ? 1 : 2;
            Rng rng = new Rng(5);
            Network net = net(hidden, loss, outputs, rng);
            int rows = 6;
            double[] x = inputs(rows, rng);
            double[] y = targets(loss, rows, outputs, rng);
            for (int l = 0; l < net.depth(); l++) {
                boolean normalised = net.layer(l).norm() != null;
                for (GradientCheck.Entry e : GradientCheck.layer(net, x, y, rows, Penalty.NONE,
                        l, H)) {
                    if (e.bias() && normalised) {
                        // b before a normalisation only shifts μ: its gradient is exactly 0
                        assertTrue(Math.abs(e.analytic()) < 1e-15
                                && Math.abs(e.numeric()) < 1e-9, e.toString());
                    } else {
                        assertTrue(e.relativeError() < 1e-6, hidden + " " + loss + " " + e);
                    }
                }
            }
            for (int l = 0; l < net.depth() - 1; l++) {
                GradientCheck.Entry[] e = GradientCheck.normalization(net, x, y, rows,
                        Penalty.NONE, l, H);
                assertEquals(2 * net.layer(l).outputs(), e.length);
                for (GradientCheck.Entry entry : e) {
                    assertTrue(agrees(entry), hidden + " " + loss + " γ/β " + entry);
                }
            }
            for (GradientCheck.Entry entry : GradientCheck.inputs(net, x, y, rows,
                    Penalty.NONE, H)) {
                assertTrue(agrees(entry), hidden + " " + loss + " dx " + entry);
            }
        }
    }

    /**
     * Relative error below 1e-6, or both zero: a linear layer feeding a normalised one passes
     * its β only into μ, so that gradient is exactly 0 (the difference is rounding, ≤ 1e-9).
     */
    private static boolean agrees(GradientCheck.Entry e) {
        return e.relativeError() < 1e-6
                || Math.abs(e.analytic()) < 1e-15 && Math.abs(e.numeric()) < 1e-9;
    }

    @Test
    void reluGradientsAwayFromKinksMatch() {
        Rng rng = new Rng(9);
        Network net = net(Activation.RELU, Loss.MSE, 2, rng);
        int rows = 8;
        double[] x = inputs(rows, rng);
        double[] y = targets(Loss.MSE, rows, 2, rng);
        for (int l = 0; l < net.depth(); l++) {
            for (GradientCheck.Entry e : GradientCheck.layer(net, x, y, rows, Penalty.NONE, l,
                    H)) {
                boolean zero = e.bias() && l < net.depth() - 1;
                assertTrue(e.kink() || e.relativeError() < 1e-6
                        || zero && Math.abs(e.numeric()) < 1e-9, e.toString());
            }
        }
    }

    @Test
    void trainModeUsesTheBatchEvalModeTheRunningStatistics() {
        Rng rng = new Rng(3);
        Network net = net(Activation.TANH, Loss.MSE, 2, rng);
        double[] x = inputs(4, rng);
        double[] one = java.util.Arrays.copyOf(x, 3);
        // eval: a row's output does not depend on the other rows of the batch
        double[] all = net.forward(x, 4).clone();
        double[] alone = net.forward(one, 1).clone();
        assertEquals(all[0], alone[0]);
        assertEquals(all[1], alone[1]);
        // train: it does, and differs from eval
        double[] train = net.forwardBatch(x, 4).clone();
        assertNotEquals(all[0], train[0]);
        double[] train3 = net.forwardBatch(x, 3).clone();
        assertNotEquals(train[0], train3[0]);
        // forwardBatch leaves the running statistics alone, forwardTrain moves them
        double[] before = net.layer(0).norm().runningMean().clone();
        net.forwardBatch(x, 4);
        assertArrayEquals(before, net.layer(0).norm().runningMean());
        net.forwardTrain(x, 4, rng);
        assertNotEquals(before[0], net.layer(0).norm().runningMean()[0]);
        // the output layer is never normalised
        assertEquals(null, net.layer(net.depth() - 1).norm());
    }

    @Test
    void runningStatisticsConvergeToTheBatchStatistics() {
        Rng rng = new Rng(4);
        Network net = net(Activation.TANH, Loss.MSE, 2, rng);
        double[] x = inputs(5, rng);
        for (int k = 0; k < 300; k++) {
            net.forwardTrain(x, 5, rng);
        }
        BatchNorm bn = net.layer(0).norm();
        double[] z = bn.input;
        for (int j = 0; j < bn.units(); j++) {
            double mu = 0;
            for (int r = 0; r < 5; r++) {
                mu += z[r * bn.units() + j];
            }
            mu /= 5;
            double q = 0;
            for (int r = 0; r < 5; r++) {
                double d = z[r * bn.units() + j] - mu;
                q += d * d;
            }
            // 0.9^300 ≈ 2e-14 of the start is left
            assertEquals(mu, bn.runningMean()[j], 1e-12);
            assertEquals(q / 4, bn.runningVar()[j], 1e-12);
        }
        // so eval mode now normalises that batch like train mode (up to N/(N−1) in σ²)
        double[] eval = net.forward(x, 5).clone();
        double[] train = net.forwardBatch(x, 5).clone();
        assertEquals(train[0], eval[0], 0.3);
    }

    @Test
    void trainingLearnsAndCheckpointsKeepTheRunningStatistics() {
        Rng rng = new Rng(8);
        NetSpec spec = NetSpec.of(new int[] {3, 6, 6, 1}, Activation.RELU, Loss.MSE, Init.HE);
        Network net = Network.build(spec, new Rng(1), true, Precision.FLOAT64);
        int rows = 64;
        double[] x = inputs(rows, rng);
        double[] y = new double[rows];
        for (int r = 0; r < rows; r++) {
            y[r] = x[3 * r] * x[3 * r + 1] - 0.5 * x[3 * r + 2];
        }
        TrainSpec ts = new TrainSpec(0.05, 8, OptimizerKind.ADAM, Schedule.constant(),
                Penalty.NONE, 0, true, 2, 0);
        Trainer t = new Trainer(net, ts, x, y);
        double start = t.trainLoss();
        t.steps(40);
        Trainer.Checkpoint c = t.checkpoint();
        t.steps(40);
        double[] runAfter = net.layer(1).norm().runningVar().clone();
        String bits = bits(net);
        t.restore(c);
        t.steps(40);
        assertArrayEquals(runAfter, net.layer(1).norm().runningVar());
        assertEquals(bits, bits(net));
        assertTrue(t.trainLoss() < 0.5 * start, start + " -> " + t.trainLoss());
        Network copy = net.copy();
        assertArrayEquals(net.forward(x, rows), copy.forward(x, rows));
    }

    static String bits(Network net) {
        StringBuilder sb = new StringBuilder();
        for (double[] p : net.parameters()) {
            for (double v : p) {
                sb.append(Long.toHexString(Double.doubleToRawLongBits(v))).append(',');
            }
        }
        for (double[] p : net.runningStatistics()) {
            for (double v : p) {
                sb.append(Long.toHexString(Double.doubleToRawLongBits(v))).append(',');
            }
        }
        return sb.toString();
    }
}
