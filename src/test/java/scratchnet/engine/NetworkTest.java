package scratchnet.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import scratchnet.math.Rng;
import scratchnet.train.Sgd;

class NetworkTest {
    @Test
    void tutorialNeuronGivesZ1354NotThePrinted1374() {
        Network neuron = Network.of(Loss.MSE, new int[] {3, 1},
                new Activation[] {Activation.LINEAR},
                new double[][] {{0.7, 0.2, 0.4}}, new double[][] {{-0.5}}, 0.01);
        double z = neuron.forward(new double[] {5.2, 8, 22}, 1)[0];
        // 3.64 + 1.6 + 8.8 - 0.5 = 13.54; the tutorial prints 13.74, an arithmetic slip.
        assertEquals(13.54, z, 1e-12);
        assertEquals(0.9999986, Activation.SIGMOID.value(z, 0), 1e-6);
    }

    @Test
    void oneSgdStepOnA221NetMatchesTheHandComputation() {
        Network net = Network.of(Loss.MSE, new int[] {2, 2, 1},
                new Activation[] {Activation.RELU, Activation.LINEAR},
                new double[][] {{0.1, 0.2, 0.3, 0.4}, {0.5, 0.6}},
                new double[][] {{0, 0}, {0}}, 0.01);
        net.forward(new double[] {1, 2}, 1);
        double loss = net.backward(new double[] {1}, Penalty.NONE);
        // z1 = (0.7, 1.0), z2 = 0.95, L = 0.05^2, dL/dz2 = -0.1
        assertEquals(0.0025, loss, 1e-15);
        assertArrayEquals(new double[] {-0.07, -0.1}, net.layer(1).weightGrads(), 1e-15);
        assertArrayEquals(new double[] {-0.1}, net.layer(1).biasGrads(), 1e-15);
        assertArrayEquals(new double[] {-0.05, -0.06, -0.1, -0.12}, net.layer(0).weightGrads(),
                1e-15);
        assertArrayEquals(new double[] {-0.05, -0.06}, net.layer(0).biasGrads(), 1e-15);
        new Sgd().step(net.parameters(), net.gradients(), 0.1);
        assertArrayEquals(new double[] {0.105, 0.206, 0.31, 0.412}, net.layer(0).weights(),
                1e-15);
        assertArrayEquals(new double[] {0.005, 0.006}, net.layer(0).biases(), 1e-15);
        assertArrayEquals(new double[] {0.507, 0.61}, net.layer(1).weights(), 1e-15);
        assertArrayEquals(new double[] {0.01}, net.layer(1).biases(), 1e-15);
    }

    @Test
    void deadReluUnitsReceiveZeroGradient() {
        Network net = Network.of(Loss.MSE, new int[] {1, 2, 1},
                new Activation[] {Activation.RELU, Activation.LINEAR},
                new double[][] {{1, 1}, {1, 1}}, new double[][] {{-10, 0}, {0}}, 0.01);
        net.forward(new double[] {1, 2, 3}, 3);
        net.backward(new double[] {0, 0, 0}, Penalty.NONE);
        assertEquals(0.0, net.layer(0).weightGrads()[0]);
        assertEquals(0.0, net.layer(0).biasGrads()[0]);
        assertEquals(0.0, net.layer(1).weightGrads()[0]);
    }

    @Test
    void reluDerivativeAtExactlyZeroIsTheLeftOne() {
        assertEquals(0.0, Activation.RELU.derivative(0.0, 0.01));
        assertEquals(0.01, Activation.LEAKY_RELU.derivative(0.0, 0.01));
        assertEquals(1.0, Activation.RELU.derivative(1e-300, 0.01));
    }

    @Test
    void sameSeedBuildsIdenticalNetworksAndAnotherSeedDoesNot() {
        NetSpec spec = NetSpec.of(new int[] {4, 16, 8, 1}, Activation.RELU, Loss.MSE, Init.HE);
        Network a = Network.build(spec, new Rng(7));
        Network b = Network.build(spec, new Rng(7));
        Network c = Network.build(spec, new Rng(8));
        assertArrayEquals(a.layer(0).weights(), b.layer(0).weights());
        assertEquals(false, java.util.Arrays.equals(a.layer(0).weights(), c.layer(0).weights()));
        assertEquals(4 * 16 + 16 + 16 * 8 + 8 + 8 + 1, a.parameterCount());
    }

    @Test
    void heInitialisationHasTheTutorialsStandardDeviation() {
        NetSpec spec = NetSpec.of(new int[] {50, 400, 1}, Activation.RELU, Loss.MSE, Init.HE);
        double[] w = Network.build(spec, new Rng(3)).layer(0).weights();
        double sum = 0;
        double sq = 0;
        for (double v : w) {
            sum += v;
            sq += v * v;
        }
        double mean = sum / w.length;
        double std = Math.sqrt(sq / w.length - mean * mean);
        assertEquals(0.0, mean, 0.005);
        assertEquals(Math.sqrt(2.0 / 50), std, 0.005);
    }

    @Test
    void specsThatCannotWorkAreRejectedWithAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NetSpec(new int[] {2, 1}, Activation.RELU, Activation.LINEAR, Loss.BCE,
                        Init.HE, 0.01, 0));
        assertEquals("BCE needs a SIGMOID output, not LINEAR", e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> NetSpec.of(new int[] {2, 0, 1}, Activation.RELU, Loss.MSE, Init.HE));
    }

    @Test
    void inputOfTheWrongLengthIsRejected() {
        Network net = Network.build(NetSpec.of(new int[] {3, 1}, Activation.RELU, Loss.MSE,
                Init.HE), new Rng(1));
        assertThrows(IllegalArgumentException.class, () -> net.forward(new double[5], 2));
    }
}
