package scratchnet.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import scratchnet.engine.Activation;
import scratchnet.engine.Loss;
import scratchnet.engine.Network;

class NodeGridTest {
    private static final NodeGrid.InputMap PLANE = NodeGrid.InputMap.plane(6);

    @Test
    void everyNodeValueIsTheNetworkOutputAtThatPixelsPoint() {
        Network net = Network.of(Loss.MSE, new int[] {2, 2, 1},
                new Activation[] {Activation.RELU, Activation.LINEAR},
                new double[][] {{1, 0, 0, 1}, {0.5, -0.25}}, new double[][] {{0, 0}, {1}}, 0.01);
        NodeGrid grid = new NodeGrid(4, PLANE);
        grid.update(net);
        // pixel (i=3, j=0): u = 0.875, v = 0.875 → x = (4.5, 4.5)
        int p = 3;
        assertEquals(4.5, grid.value(-1, 0, p));
        assertEquals(4.5, grid.value(0, 1, p));
        assertEquals(1 + 0.5 * 4.5 - 0.25 * 4.5, grid.value(1, 0, p));
        // pixel (i=0, j=3): x = (-4.5, -4.5) → both ReLUs are off
        assertEquals(0.0, grid.value(0, 0, 12));
        assertEquals(1.0, grid.value(1, 0, 12));
    }

    @Test
    void updatingAfterTrainingFollowsTheNewWeightsWithoutTouchingTheNetworksBuffers() {
        Network net = Network.of(Loss.MSE, new int[] {2, 1}, new Activation[] {Activation.LINEAR},
                new double[][] {{1, 0}}, new double[][] {{0}}, 0.01);
        net.forward(new double[] {7, 7}, 1);
        NodeGrid grid = new NodeGrid(2, PLANE);
        grid.update(net);
        net.layer(0).weights()[0] = 2;
        grid.update(net);
        assertEquals(-6.0, grid.value(0, 0, 2));
        assertEquals(7.0, net.layer(0).preActivations()[0]);
        assertEquals(1, net.layer(0).rows());
    }

    @Test
    void aThumbnailShowsTheCentreOfEachBlockOfTheGrid() {
        Network net = Network.of(Loss.MSE, new int[] {2, 1}, new Activation[] {Activation.LINEAR},
                new double[][] {{1, 0}}, new double[][] {{0}}, 0.01);
        NodeGrid grid = new NodeGrid(6, PLANE);
        grid.update(net);
        // 3 × 3 thumbnail of a 6 × 6 grid: pixel (i, j) shows grid point (2i + 1, 2j + 1)
        assertEquals(7, grid.sample(3, 0, 0));
        assertEquals(6 * 5 + 5, grid.sample(3, 2, 2));
        int[] pixels = new int[1 + 9];
        grid.paintThumbnail(0, 0, 3, 6, pixels, 1);
        assertEquals(0, pixels[0], "nothing before the offset");
        for (int j = 0; j < 3; j++) {
            for (int i = 0; i < 3; i++) {
                double x1 = grid.value(-1, 0, grid.sample(3, i, j));
                assertEquals(Palette.diverging(x1 / 6), pixels[1 + 3 * j + i]);
            }
        }
        // x1 = (2u − 1)·6 at u = 5.5/6 (the right-hand column's centre point)
        assertEquals(5.0, grid.value(0, 0, grid.sample(3, 2, 0)));
        assertThrows(IllegalArgumentException.class, () -> grid.sample(4, 0, 0));
    }

    @Test
    void paletteMapsSignToOrangeAndBlue() {
        assertEquals(0xFF000000 | (34 << 16) | (147 << 8) | 245, Palette.diverging(-1));
        assertEquals(0xFF000000 | (189 << 16) | (119 << 8) | 8, Palette.diverging(5));
        assertEquals(0xFF000000 | (235 << 16) | (234 << 8) | 232, Palette.diverging(Double.NaN));
    }
}
