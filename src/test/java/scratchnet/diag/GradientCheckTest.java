package scratchnet.diag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.math.Rng;

class GradientCheckTest {
    private static double[] uniform(int n, Rng rng) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = rng.uniform(-2, 2);
        }
        return v;
    }

    @Test
    void backpropagationAgreesWithCentralDifferencesOnEveryParameter() {
        Rng rng = new Rng(5);
        Network net = Network.build(NetSpec.of(new int[] {3, 5, 4, 2}, Activation.TANH, Loss.MSE,
                Init.LECUN), rng);
        double[] x = uniform(6 * 3, rng);
        double[] y = uniform(6 * 2, rng);
        GradientCheck.Result r = GradientCheck.all(net, x, y, 6, new Penalty(Penalty.Kind.L2,
                0.1));
        assertEquals(net.parameterCount(), r.checked());
        assertTrue(r.maxRelativeError() < 1e-6, r.toString());
    }

    @Test
    void aLayerCheckListsEveryWeightAndBiasOfASmoothNetworkBelowOneInAMillion() {
        Rng rng = new Rng(5);
        Network net = Network.build(NetSpec.of(new int[] {3, 5, 4, 1}, Activation.TANH, Loss.BCE,
                Init.LECUN), rng);
        double[] x = uniform(6 * 3, rng);
        double[] y = {0, 1, 1, 0, 1, 0};
        for (int l = 0; l < 3; l++) {
            GradientCheck.Entry[] e = GradientCheck.layer(net, x, y, 6, Penalty.NONE, l, 1e-5);
            int nIn = net.layer(l).inputs();
            int nOut = net.layer(l).outputs();
            assertEquals(nIn * nOut + nOut, e.length);
            for (GradientCheck.Entry entry : e) {
                assertTrue(entry.relativeError() < 1e-6, entry.toString());
                assertTrue(!entry.kink());
            }
            assertTrue(e[nIn * nOut].bias() && e[nIn * nOut].index() == 0);
        }
    }

    @Test
    void aCheckAcrossAReluKinkIsFlaggedAndItsErrorExplained() {
        // One ReLU unit with z = w·x + b = 0 exactly on the only row: ±h moves z across 0.
        Network net = Network.of(Loss.MSE, new int[] {1, 1, 1},
                new Activation[] {Activation.RELU, Activation.LINEAR},
                new double[][] {{1}, {1}}, new double[][] {{-2}, {0}}, 0.01);
        GradientCheck.Entry[] e = GradientCheck.layer(net, new double[] {2}, new double[] {1}, 1,
                Penalty.NONE, 0, 1e-5);
        assertTrue(e[0].kink(), e[0].toString());
        assertTrue(e[0].relativeError() > 1e-4, "the numeric slope mixes both sides: "
                + e[0]);
        assertEquals(0.0, e[0].analytic(), "the engine takes the left derivative at z = 0");
    }

    @Test
    void aSampledCheckVisitsTheRequestedNumberAndLeavesTheNetworkUntouched() {
        Rng rng = new Rng(6);
        Network net = Network.build(NetSpec.of(new int[] {2, 8, 1}, Activation.SIGMOID, Loss.BCE,
                Init.LECUN), rng);
        double[] x = uniform(4 * 2, rng);
        double[] y = {0, 1, 1, 0};
        net.forward(x, 4);
        double[] z = net.layer(0).preActivations().clone();
        double[] w = net.layer(0).weights().clone();
        GradientCheck.Result r = GradientCheck.run(net, x, y, 4, Penalty.NONE, 10, new Rng(1),
                GradientCheck.DEFAULT_H);
        assertEquals(10, r.checked());
        assertTrue(r.maxRelativeError() < 1e-6, r.toString());
        assertArrayEquals(w, net.layer(0).weights(), 0);
        assertArrayEquals(z, net.layer(0).preActivations(), 0);
    }
}
