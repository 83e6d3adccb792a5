package scratchnet.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.engine.Activation;
import scratchnet.engine.Loss;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.train.Sgd;

class NonFiniteTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    /** z = w·x + b, one linear unit trained on MSE. */
    private static Network neuron(double w, double b) {
        return Network.of(Loss.MSE, new int[] {1, 1}, new Activation[] {Activation.LINEAR},
                new double[][] {{w}}, new double[][] {{b}}, 0.01);
    }

    private static Network twoLayer() {
        return Network.of(Loss.MSE, new int[] {2, 3, 1},
                new Activation[] {Activation.TANH, Activation.LINEAR},
                new double[][] {{0.1, -0.2, 0.3, 0.4, 0.5, -0.6}, {0.7, -0.8, 0.9}},
                new double[][] {{0, 0, 0}, {0}}, 0.01);
    }

    @Test
    void anInfinityInTheInputBatchIsReportedAsInputAtItsStepAndIndex() {
        Network net = twoLayer();
        double[] x = {1, 2, 3, 4};
        double[] y = {1, 0};
        NonFinite probe = new NonFinite();
        assertNull(TrainLoop.run(net, x, y, 2, 0.1, 1, 3, probe));
        x[3] = INF;
        NonFiniteReport r = TrainLoop.run(net, x, y, 2, 0.1, 4, 10, probe);
        assertEquals(4, r.step());
        assertEquals(Quantity.INPUT, r.quantity());
        assertEquals(-1, r.layer());
        assertEquals(3, r.index());
        assertEquals(INF, r.value());
        assertEquals(3, r.lastCleanStep());
        assertTrue(Double.isFinite(r.lastCleanLoss()) && r.lastCleanGradNorm() > 0);
    }

    @Test
    void oneHugeWeightOverflowsThatLayersPreActivationEvenThoughTheLossStaysFinite() {
        // Hidden sigmoid units see z = 4.6 and 3.0; unit 0 of layer 1 sums
        // 1e308·σ(4.6) + 1e308·σ(3.0) ≈ 0.990e308 + 0.953e308 > Double.MAX_VALUE (1.797e308),
        // so its z = +∞ there.
        Network net = Network.of(Loss.MSE, new int[] {1, 2, 2, 1},
                new Activation[] {Activation.SIGMOID, Activation.SIGMOID, Activation.LINEAR},
                new double[][] {{4.6, 3.0}, {1e308, 0.5, 1e308, 0.5}, {1, 1}},
                new double[][] {{0, 0}, {0, 0}, {0}}, 0.01);
        double[] x = {1};
        double[] y = {0};
        net.forward(x, 1);
        double loss = net.backward(y, Penalty.NONE);
        assertTrue(Double.isFinite(loss), "σ(+∞) = 1, so the loss itself is finite");
        NonFiniteReport r = new NonFinite().beforeUpdate(1, net, x, 1, loss);
        assertEquals(Quantity.PRE_ACTIVATION, r.quantity());
        assertEquals(1, r.layer());
        assertEquals(0, r.index());
        assertEquals(INF, r.value());
    }

    @Test
    void aLearningRateOf100MakesTheLossOverflowExactlyAtStep61() {
        // x = 1, y = 0, w = 1, b = 0: the error e = w + b. SGD with dW = db = 2e moves e to
        // e − 100·(2e + 2e) = −399e, so step s sees e = (−399)^(s−1) and L = e². L exceeds
        // Double.MAX_VALUE (1.8e308) once 399^(2(s−1)) does: 2·59·log10(399) = 306.9 < 308.25
        // but 2·60·log10(399) = 312.1, so step 61's loss is the first +∞. Its gradient 2e ≈
        // 1.7e156 and the update are still finite, so LOSS is reported, not GRADIENT.
        Network net = neuron(1, 0);
        NonFiniteReport r = TrainLoop.run(net, new double[] {1}, new double[] {0}, 1, 100, 1, 200,
                new NonFinite());
        assertEquals(61, r.step());
        assertEquals(Quantity.LOSS, r.quantity());
        assertEquals(-1, r.layer());
        assertEquals(INF, r.value());
        assertEquals(60, r.lastCleanStep());
        double e59 = Math.pow(399, 59);
        assertEquals(e59 * e59, r.lastCleanLoss(), 1e-9 * e59 * e59);
        assertEquals(2 * Math.sqrt(2) * e59, r.lastCleanGradNorm(), 1e-9 * e59);
    }

    @Test
    void aGradientOverflowInTheFirstLayerIsFoundAfterTheCleanLastLayer() {
        // x = 1e300, w0 = 1e-290: z0 = 1e10, z1 = 1e10, L = 1e20 (finite).
        // Layer 1: dL/dz1 = 2e10, dW1 = 1e10·2e10 = 2e20, db1 = 2e10 (finite).
        // Layer 0: dL/dz0 = 2e10·w1 = 2e10, dW0 = 1e300·2e10 = +∞, reported at layer 0, index 0.
        Network net = Network.of(Loss.MSE, new int[] {1, 1, 1},
                new Activation[] {Activation.LINEAR, Activation.LINEAR},
                new double[][] {{1e-290}, {1}}, new double[][] {{0}, {0}}, 0.01);
        NonFiniteReport r = TrainLoop.run(net, new double[] {1e300}, new double[] {0}, 1, 1e-3,
                1, 5, new NonFinite());
        assertEquals(1, r.step());
        assertEquals(Quantity.GRADIENT, r.quantity());
        assertEquals(0, r.layer());
        assertEquals(0, r.index());
        assertEquals(INF, r.value());
        assertEquals(-1, r.lastCleanStep());
        assertTrue(Double.isNaN(r.lastCleanLoss()));
    }

    @Test
    void anUpdateThatOverflowsAWeightIsReportedAsWeight() {
        // e = 1, dW = db = 2, lr = 1e308: W = 1 − 2e308 = −∞, b = −2e308 = −∞; W comes first.
        Network net = neuron(1, 0);
        NonFiniteReport r = TrainLoop.run(net, new double[] {1}, new double[] {0}, 1, 1e308, 1, 1,
                new NonFinite());
        assertEquals(Quantity.WEIGHT, r.quantity());
        assertEquals(0, r.layer());
        assertEquals(0, r.index());
        assertEquals(Double.NEGATIVE_INFINITY, r.value());
    }

    @Test
    void aNaNBiasGradientIsIndexedAfterTheWeightGradients() {
        Network net = twoLayer();
        double[] x = {1, 2};
        net.forward(x, 1);
        double loss = net.backward(new double[] {0.5}, Penalty.NONE);
        net.layer(0).biasGrads()[2] = Double.NaN;
        NonFiniteReport r = new NonFinite().beforeUpdate(7, net, x, 1, loss);
        assertEquals(Quantity.GRADIENT, r.quantity());
        assertEquals(0, r.layer());
        assertEquals(6 + 2, r.index());
        assertTrue(Double.isNaN(r.value()));
    }

    @Test
    void checkingBeforeTheUpdateLetsTheCallerKeepTheLastFiniteWeights() {
        Network net = neuron(1, 0);
        NonFinite probe = new NonFinite();
        Sgd sgd = new Sgd();
        double[] x = {1};
        double[] y = {0};
        NonFiniteReport r = null;
        long step = 0;
        while (r == null && step < 100) {
            step++;
            net.forward(x, 1);
            double loss = net.backward(y, Penalty.NONE);
            r = probe.beforeUpdate(step, net, x, 1, loss);
            if (r == null) {
                sgd.step(net.parameters(), net.gradients(), 100);
                r = probe.afterUpdate(step, net);
            }
        }
        assertEquals(61, r.step());
        assertTrue(Double.isFinite(net.layer(0).weights()[0]));
        assertTrue(Double.isFinite(net.layer(0).biases()[0]));
    }

    @Test
    void aCleanRunReportsNothingAndLeavesTheNetworkUnchanged() {
        Network net = twoLayer();
        double[] x = {1, 2, 3, 4};
        assertNull(TrainLoop.run(net, x, new double[] {1, 0}, 2, 0.05, 1, 20, new NonFinite()));
        double[] before = net.layer(1).weights().clone();
        double[] z = net.layer(0).preActivations().clone();
        new NonFinite().check(21, net, x, 2, 0.3);
        assertEquals(java.util.Arrays.toString(before),
                java.util.Arrays.toString(net.layer(1).weights()));
        assertEquals(java.util.Arrays.toString(z),
                java.util.Arrays.toString(net.layer(0).preActivations()));
    }

    @Test
    void theGradientNormStaysFiniteForHugeButFiniteGradients() {
        assertEquals(Math.sqrt(2) * 1e200, Norms.l2(new double[] {1e200, 1e200}), 1e186);
        assertEquals(5e200, Norms.l2(new double[] {3e200}, new double[] {4e200}), 1e186);
        assertEquals(INF, Norms.l2(new double[] {1, INF}));
        assertTrue(Double.isNaN(Norms.l2(new double[] {Double.NaN, 1e200})));
    }
}
