package scratchnet.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import scratchnet.engine.Activation;
import scratchnet.engine.Loss;
import scratchnet.engine.Network;

class NetworkPicturesTest {
    private static final NodeGrid.InputMap PLANE = NodeGrid.InputMap.plane(6);

    /** 2 inputs, one ReLU unit z = x1, one sigmoid output p = σ(a). */
    private static Network reluThenSigmoid() {
        return Network.of(Loss.BCE, new int[] {2, 1, 1},
                new Activation[] {Activation.RELU, Activation.SIGMOID},
                new double[][] {{1, 0}, {1}}, new double[][] {{0}, {0}}, 0.01);
    }

    @Test
    void anUnboundedNodeIsScaledByItsLargestValueAndAProbabilityShownAsTwoPMinusOne() {
        NetworkPictures pictures = new NetworkPictures(PLANE, 4, 4, 4, Integer.MAX_VALUE);
        Network net = reluThenSigmoid();
        pictures.update(net, false);
        int[] t = pictures.thumbnails();
        assertEquals(4 * 16, t.length, "x1, x2, the ReLU unit and the output");
        // grid x1 = −4.5, −1.5, 1.5, 4.5 along a row: the ReLU unit shows 0, 0, 1.5/4.5, 1
        assertEquals(Palette.diverging(0), t[2 * 16]);
        assertEquals(Palette.diverging(1.5 / 4.5), t[2 * 16 + 2]);
        assertEquals(Palette.diverging(1), t[2 * 16 + 3]);
        // the output σ(4.5) as 2p − 1, already within [−1, 1]
        double p = Activation.SIGMOID.value(4.5, 0);
        assertEquals(Palette.diverging(2 * p - 1), t[3 * 16 + 3]);
    }

    @Test
    void aLargeNetworkIsDrawnOnTheCoarseGrid() {
        NetworkPictures pictures = new NetworkPictures(PLANE, 8, 4, 4, 3);
        pictures.update(reluThenSigmoid(), false);
        assertEquals(8, pictures.resolution(), "2 + 1 multiply-adds a point: fine");
        Network wide = Network.of(Loss.MSE, new int[] {2, 2, 1},
                new Activation[] {Activation.TANH, Activation.LINEAR},
                new double[][] {{1, 0, 0, 1}, {1, 1}}, new double[][] {{0, 0}, {0}}, 0.01);
        pictures.update(wide, false);
        assertEquals(4, pictures.resolution(), "4 + 2 multiply-adds a point: coarse");
        assertEquals(16, pictures.output().length);
    }
}
