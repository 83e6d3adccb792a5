package scratchnet.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.engine.Activation;
import scratchnet.engine.Loss;
import scratchnet.engine.Network;

/** Metrics on one-layer networks whose outputs are worked out by hand. */
class MetricsTest {
    private static Network single(Loss loss, Activation f, double[] w, int outputs) {
        return Network.of(loss, new int[] {1, outputs}, new Activation[] {f},
                new double[][] {w}, new double[][] {new double[outputs]}, 0.01);
    }

    @Test
    void binaryAccuracyCountsProbabilityOneHalfAsClassOne() {
        Network net = single(Loss.BCE, Activation.SIGMOID, new double[] {1}, 1);
        // z = x: p = 0.5, 0.27, 0.88 -> classes 1, 0, 1 against labels 1, 0, 0
        double acc = Metrics.accuracy(net, new double[] {0, -1, 2}, new double[] {1, 0, 0}, 3);
        assertEquals(2.0 / 3, acc);
    }

    @Test
    void softmaxAccuracyTakesTheArgmaxAndTheFirstOnTies() {
        Network net = single(Loss.SOFTMAX_CE, Activation.SOFTMAX, new double[] {1, 2, 3}, 3);
        // x = 1: z = (1, 2, 3) -> 2; x = -1: z = (-1, -2, -3) -> 0
        assertEquals(0.5, Metrics.accuracy(net, new double[] {1, -1}, new double[] {2, 1}, 2));
        Network tied = single(Loss.SOFTMAX_CE, Activation.SOFTMAX, new double[] {1, 1, 0}, 3);
        assertEquals(1.0, Metrics.accuracy(tied, new double[] {1}, new double[] {0}, 1));
    }

    @Test
    void meanAbsoluteErrorAveragesTheAbsoluteResiduals() {
        Network net = single(Loss.MSE, Activation.LINEAR, new double[] {2}, 1);
        // predictions 2 and 4 against 1 and 5
        assertEquals(1.0, Metrics.meanAbsoluteError(net, new double[] {1, 2},
                new double[] {1, 5}, 2));
        assertTrue(Double.isNaN(Metrics.accuracy(net, new double[] {1}, new double[] {1}, 1)));
    }
}
