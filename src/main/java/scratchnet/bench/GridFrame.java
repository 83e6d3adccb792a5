package scratchnet.bench;

import scratchnet.engine.Network;
import scratchnet.math.Rng;
import scratchnet.train.Trainer;
import scratchnet.view.NodeGrid;

/**
 * Benchmark H, the compute half of one playground frame: for a 2-8-8-1 tanh network trained
 * for 20 epochs on benchmark A's spiral, one forward pass over a 100 × 100 grid of the plane
 * [−6, 6]² computing every node's output (2 inputs, 8 + 8 hidden units, 1 output), then the
 * pictures the playground shows: a {@value #THUMBNAIL} × {@value #THUMBNAIL} thumbnail of each
 * input and hidden node, sampled from the grid as the playground samples its 16 × 16 ones from
 * a 96 × 96 grid, and the output heatmap at the full 100 × 100, all as packed RGBA in
 * {@link #pixels()}. The browser then draws them into 19 canvases; that half is timed by the
 * page.
 */
public final class GridFrame implements Workload {
    static final int RESOLUTION = 100;
    /** Pixels per side of a node thumbnail: a divisor of 100 near the playground's 16. */
    static final int THUMBNAIL = 20;
    private static final int TRAINING_EPOCHS = 20;
    /** x1, x2 over [−6, 6]²: the plane TensorFlow Playground draws. */
    private static final NodeGrid.InputMap PLANE = NodeGrid.InputMap.plane(6);

    private final Network net;
    private final NodeGrid grid;
    private final int nodes;
    private final int[] pixels;

    GridFrame() {
        int res = RESOLUTION;
        SpiralTraining spiral = new SpiralTraining(TRAINING_EPOCHS);
        net = Network.build(SpiralTraining.NET, new Rng(1));
        new Trainer(net, SpiralTraining.TRAINING, spiral.inputs(), spiral.targets())
                .epochs(TRAINING_EPOCHS);
        grid = new NodeGrid(res, PLANE);
        int count = net.inputs();
        for (int l = 0; l < net.depth(); l++) {
            count += net.layer(l).outputs();
        }
        nodes = count;
        pixels = new int[(nodes - 1) * THUMBNAIL * THUMBNAIL + res * res];
    }

    /** Computes every node's grid and paints it; returns a checksum of the pixels. */
    @Override
    public double run() {
        grid.update(net);
        int area = THUMBNAIL * THUMBNAIL;
        int at = 0;
        for (int l = -1; l < net.depth() - 1; l++) {
            int units = l < 0 ? net.inputs() : net.layer(l).outputs();
            double scale = l < 0 ? 6 : 1;
            for (int unit = 0; unit < units; unit++) {
                grid.paintThumbnail(l, unit, THUMBNAIL, scale, pixels, at);
                at += area;
            }
        }
        grid.paintNode(net.depth() - 1, 0, 1, pixels, at);
        return pixels[0] ^ pixels[pixels.length / 2] ^ pixels[pixels.length - 1];
    }

    /** Nodes painted per frame: inputs, every hidden unit and the outputs. */
    public int nodes() {
        return nodes;
    }

    /** Points per grid side. */
    public int resolution() {
        return grid.resolution();
    }

    /** Pixels per side of each input and hidden node's thumbnail. */
    public int thumbnail() {
        return THUMBNAIL;
    }

    /**
     * Every node's picture as packed RGBA (0xAABBGGRR): the thumbnails, thumbnail² each,
     * inputs first, then the output heatmap, resolution².
     */
    public int[] pixels() {
        return pixels;
    }
}
