package scratchnet.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.engine.Activation;
import scratchnet.engine.Loss;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.train.Sgd;

class GradNormsTest {
    @Test
    void normsAndUpdateRatioMatchTheHandComputation() {
        // W = (3, 4), b = 0, x = (1, 1), y = 5: z = 7, e = 2, dW = 2e·x = (4, 4), db = 4.
        // ‖W‖ = 5, ‖(dW, db)‖ = √48; SGD with lr = 1/8 moves W by (0.5, 0.5): ratio √0.5 / 5.
        Network net = Network.of(Loss.MSE, new int[] {2, 1}, new Activation[] {Activation.LINEAR},
                new double[][] {{3, 4}}, new double[][] {{0}}, 0.01);
        net.forward(new double[] {1, 1}, 1);
        net.backward(new double[] {5}, Penalty.NONE);
        Snapshot before = new Snapshot();
        before.record(net);
        new Sgd().step(net.parameters(), net.gradients(), 0.125);
        LayerNorms n = GradNorms.read(net, before)[0];
        assertEquals(0, n.layer());
        assertEquals(Math.sqrt(2.5 * 2.5 + 3.5 * 3.5), n.weightNorm(), 1e-15);
        assertEquals(Math.sqrt(48), n.gradNorm(), 1e-15);
        assertEquals(Math.sqrt(0.5) / 5, n.updateRatio(), 1e-15);
        // For plain SGD the ratio is lr·‖dW‖/‖W_before‖ (biases excluded): 0.125·√32 / 5.
        assertEquals(0.125 * Math.sqrt(32) / 5, n.updateRatio(), 1e-15);
    }

    @Test
    void withoutASnapshotTheUpdateRatioIsNaN() {
        Network net = Network.of(Loss.MSE, new int[] {1, 1}, new Activation[] {Activation.LINEAR},
                new double[][] {{1}}, new double[][] {{0}}, 0.01);
        assertTrue(Double.isNaN(GradNorms.read(net, null)[0].updateRatio()));
        assertTrue(Double.isNaN(GradNorms.read(net, new Snapshot())[0].updateRatio()));
    }

    @Test
    void lastOverFirstDividesTheOutputLayersGradientNormByTheFirstLayers() {
        LayerNorms[] norms = {new LayerNorms(0, 1, 0.001, 0), new LayerNorms(1, 1, 0.05, 0),
            new LayerNorms(2, 1, 0.2, 0)};
        assertEquals(200, GradNorms.lastOverFirst(norms), 1e-9);
        assertEquals(0.2, GradNorms.maxGradNorm(norms));
    }
}
