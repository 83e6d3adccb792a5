package scratchnet.app;

import scratchnet.engine.Activation;
import scratchnet.engine.Network;
import scratchnet.view.NodeGrid;
import scratchnet.view.Palette;

/**
 * Thumbnails of every node of a lab network with two inputs (x1, x2): each node's output over
 * the square [−6, 6]², {@value #SIZE} × {@value #SIZE} packed RGBA, in the playground's
 * colours. A dead unit's thumbnail is one flat colour, which is what the page shows.
 */
final class LabPictures {
    /** Pixels per side of a thumbnail. */
    static final int SIZE = 16;
    private static final double EXTENT = 6;

    private final NodeGrid grid;
    private int[] pixels = new int[0];

    LabPictures() {
        grid = new NodeGrid(SIZE, NodeGrid.InputMap.plane(EXTENT));
    }

    /** Whether {@code net} takes the two plane coordinates this grid feeds. */
    static boolean fits(Network net) {
        return net.inputs() == 2;
    }

    /**
     * Every node (inputs, then each layer) over the grid. Values are divided by
     * max(1, max|value|) as on the playground; sigmoid outputs p are shown as 2p − 1.
     */
    int[] paint(Network net) {
        grid.update(net);
        int nodes = net.inputs();
        for (int l = 0; l < net.depth(); l++) {
            nodes += net.layer(l).outputs();
        }
        int size = SIZE * SIZE;
        if (pixels.length != nodes * size) {
            pixels = new int[nodes * size];
        }
        int at = 0;
        for (int l = -1; l < net.depth(); l++) {
            int units = l < 0 ? net.inputs() : net.layer(l).outputs();
            boolean probability = l >= 0 && net.layer(l).activation() == Activation.SIGMOID;
            for (int j = 0; j < units; j++) {
                paintNode(l, j, probability, at);
                at += size;
            }
        }
        return pixels.clone();
    }

    private void paintNode(int layer, int unit, boolean probability, int at) {
        int size = SIZE * SIZE;
        double max = 1;
        for (int p = 0; p < size; p++) {
            max = Math.max(max, Math.abs(value(layer, unit, p, probability)));
        }
        for (int p = 0; p < size; p++) {
            pixels[at + p] = Palette.diverging(value(layer, unit, p, probability) / max);
        }
    }

    private double value(int layer, int unit, int p, boolean probability) {
        double v = grid.value(layer, unit, p);
        return probability ? 2 * v - 1 : v;
    }
}
