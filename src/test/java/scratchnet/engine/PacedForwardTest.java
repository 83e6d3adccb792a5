package scratchnet.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.math.Rng;

/** A forward pass done a slice of rows at a time leaves the very bits of one whole pass. */
class PacedForwardTest {
    private static Network net(Activation f, Loss loss, int... sizes) {
        Activation out = loss == Loss.SOFTMAX_CE ? Activation.SOFTMAX
                : loss == Loss.BCE ? Activation.SIGMOID : Activation.LINEAR;
        return Network.build(new NetSpec(sizes, f, out, loss, Init.HE, 0.01, 0), new Rng(7));
    }

    /** n values from −2 to 2, drawn from {@code seed} (SlicedLossTest uses them too). */
    static double[] data(int n, long seed) {
        Rng rng = new Rng(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 4 * rng.nextDouble() - 2;
        }
        return x;
    }

    @Test
    void everySliceSizeGivesTheBitsOfOnePass() {
        Network[] nets = {net(Activation.TANH, Loss.MSE, 4, 64, 64, 1),
            net(Activation.RELU, Loss.SOFTMAX_CE, 3, 8, 5, 4),
            net(Activation.TANH, Loss.BCE, 2, 8, 8, 1)};
        int rows = 37;
        for (Network net : nets) {
            double[] x = data(rows * net.inputs(), 3);
            double[] y = new double[rows * net.outputs()];
            for (int r = 0; r < rows; r++) {
                y[r * net.outputs() + r % net.outputs()] = 1;
            }
            Network whole = net.copy();
            double loss = whole.loss(x, y, rows);
            for (int slice : new int[] {1, 2, 3, 5, 36, 37, 1000}) {
                PacedForward paced = new PacedForward();
                paced.begin(net, x, rows);
                int calls = 1;
                while (!paced.advance(slice)) {
                    calls++;
                }
                assertEquals((rows + slice - 1) / slice, calls);
                assertTrue(paced.finished());
                for (int l = 0; l < net.depth(); l++) {
                    Dense a = whole.layer(l);
                    Dense b = paced.network().layer(l);
                    assertEquals(rows, b.rows());
                    int n = rows * a.outputs();
                    assertArrayEquals(java.util.Arrays.copyOf(a.preActivations(), n),
                            java.util.Arrays.copyOf(b.preActivations(), n), "z, slice " + slice);
                    assertArrayEquals(java.util.Arrays.copyOf(a.activations(), n),
                            java.util.Arrays.copyOf(b.activations(), n), "a, slice " + slice);
                }
                assertEquals(Double.doubleToRawLongBits(loss),
                        Double.doubleToRawLongBits(paced.loss(y)), "loss, slice " + slice);
            }
        }
    }

    @Test
    void trainingBetweenSlicesDoesNotTouchThePass() {
        Network net = net(Activation.TANH, Loss.MSE, 2, 8, 1);
        int rows = 20;
        double[] x = data(rows * 2, 5);
        double[] before = net.copy().forward(x, rows).clone();
        PacedForward paced = new PacedForward();
        paced.begin(net, x, rows);
        assertFalse(paced.advance(7));
        net.layer(0).weights[0] += 1; // "training" moves a weight mid-pass
        while (!paced.advance(7)) {
            // on
        }
        assertArrayEquals(before, java.util.Arrays.copyOf(paced.output(), rows));
        assertEquals(8 * 2 + 8, PacedForward.cost(net));
    }
}
