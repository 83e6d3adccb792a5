package scratchnet.diag;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import scratchnet.engine.Activation;
import scratchnet.engine.Loss;
import scratchnet.engine.Network;

class HistogramTest {
    private static Network fourUnits() {
        return Network.of(Loss.MSE, new int[] {1, 4}, new Activation[] {Activation.LINEAR},
                new double[][] {{-3, -0.5, 0.5, 10}}, new double[][] {{0, 0, 0, 0}}, 0.01);
    }

    @Test
    void preActivationsFallIntoTheirBinsAndOutliersIntoTheEdgeBins() {
        // x = 1: z = −3, −0.5, 0.5, 10; x = 2: z = −6, −1, 1, 20.
        // Bins of width 1 on [−2, 2): [−2,−1) [−1,0) [0,1) [1,2).
        Network net = fourUnits();
        net.forward(new double[] {1, 2}, 2);
        Histogram h = new Histogram();
        int[] counts = h.histogram(net, 0, 4, -2, 2);
        assertArrayEquals(new int[] {2, 2, 1, 3}, counts);
        assertEquals(0, h.skipped());
        assertSame(counts, h.histogram(net, 0, 4, -2, 2), "the count array is reused");
    }

    @Test
    void nanPreActivationsAreSkippedAndCounted() {
        Network net = fourUnits();
        net.forward(new double[] {1, Double.NaN}, 2);
        Histogram h = new Histogram();
        // row 1: −3 and −0.5 in [−1, 0) (−3 clamped), 0.5 and 10 in [0, 1] (10 clamped)
        assertArrayEquals(new int[] {2, 2}, h.histogram(net, 0, 2, -1, 1));
        assertEquals(4, h.skipped());
    }
}
