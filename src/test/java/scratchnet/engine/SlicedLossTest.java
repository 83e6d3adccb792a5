package scratchnet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.math.Rng;

/** A loss measured a slice of rows at a time is the very bits of {@link Network#loss}. */
class SlicedLossTest {
    private static Network net(Activation f, Loss loss, boolean norm, Precision p, int... sizes) {
        Activation out = loss == Loss.SOFTMAX_CE ? Activation.SOFTMAX
                : loss == Loss.BCE ? Activation.SIGMOID : Activation.LINEAR;
        return Network.build(new NetSpec(sizes, f, out, loss, Init.HE, 0.01, 0), new Rng(7),
                norm, p);
    }

    private static double[] data(int n, long seed) {
        return PacedForwardTest.data(n, seed);
    }

    @Test
    void everySliceSizeGivesTheBitsOfOneWholeLoss() {
        Network[] nets = {net(Activation.TANH, Loss.MSE, false, Precision.FLOAT64, 4, 64, 64, 1),
            net(Activation.RELU, Loss.SOFTMAX_CE, false, Precision.FLOAT64, 3, 8, 5, 4),
            net(Activation.TANH, Loss.BCE, false, Precision.FLOAT64, 2, 8, 8, 1),
            net(Activation.RELU, Loss.MSE, true, Precision.FLOAT64, 5, 16, 16, 1),
            net(Activation.TANH, Loss.SOFTMAX_CE, true, Precision.FLOAT32, 6, 12, 3)};
        int rows = 41;
        for (Network net : nets) {
            // batch norm: move the running statistics off their start so inference uses them
            net.forwardTrain(data(rows * net.inputs(), 9), rows, new Rng(1));
            double[] x = data(rows * net.inputs(), 3);
            double[] y = new double[rows * net.outputs()];
            for (int r = 0; r < rows; r++) {
                y[r * net.outputs() + r % net.outputs()] = net.outputs() == 1 ? r % 2 : 1;
            }
            double whole = net.copy().loss(x, y, rows);
            assertTrue(Double.isFinite(whole));
            for (int slice : new int[] {1, 2, 3, 7, 40, 41, 1000}) {
                SlicedLoss sliced = new SlicedLoss();
                sliced.begin(net, x, y, rows);
                int calls = 1;
                while (!sliced.advance(slice)) {
                    calls++;
                }
                assertEquals((rows + slice - 1) / slice, calls);
                assertTrue(sliced.finished());
                assertEquals(Double.doubleToRawLongBits(whole),
                        Double.doubleToRawLongBits(sliced.value()), "slice " + slice);
            }
        }
    }

    @Test
    void trainingBetweenSlicesDoesNotTouchThePassAndAPassCanBeginAgain() {
        Network net = net(Activation.TANH, Loss.MSE, false, Precision.FLOAT64, 2, 8, 1);
        int rows = 20;
        double[] x = data(rows * 2, 5);
        double[] y = data(rows, 6);
        double before = net.copy().loss(x, y, rows);
        SlicedLoss sliced = new SlicedLoss();
        sliced.begin(net, x, y, rows);
        assertFalse(sliced.advance(7));
        assertTrue(Double.isNaN(sliced.value()), "no value before the last slice");
        net.layer(0).weights[0] += 1; // "training" moves a weight mid-pass
        while (!sliced.advance(7)) {
            // on
        }
        assertEquals(before, sliced.value());
        double after = net.copy().loss(x, y, rows);
        sliced.begin(net, x, y, rows);
        while (!sliced.advance(3)) {
            // on
        }
        assertEquals(after, sliced.value());
        assertTrue(after != before);
    }
}
