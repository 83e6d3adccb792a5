package scratchnet.app;

import scratchnet.data.Dataset;
import scratchnet.data.Task;
import scratchnet.engine.Activation;
import scratchnet.engine.Network;
import scratchnet.view.NodeGrid;
import scratchnet.view.Palette;

/**
 * The pixels and points the page paints, computed from one batched pass over a grid: the
 * output heatmap (res × res) and a thumbnail per node (thumb × thumb, sampled from the same
 * grid), all as packed RGBA for a {@code Uint32Array} over {@code ImageData}.
 */
final class Views {
    /** Points per side of the output heatmap for networks cheap enough to draw finely. */
    static final int FINE = 96;
    /** Points per side for the others, a quarter of the points. */
    static final int COARSE = 48;
    /** Pixels per side of a node thumbnail (FINE and COARSE must be multiples). */
    static final int THUMB = 16;
    /**
     * Multiply-adds per grid point (Σ n_in·n_out over the layers) up to which the heatmap is
     * FINE: Playground's largest network, 7 features and six layers of 8, needs 384; the
     * delivery network (4-64×6-1, 20,800) stays COARSE, where it already costs ~20 ms a frame.
     */
    static final int FINE_BUDGET = 400;

    private final Problem problem;
    private final NodeGrid.InputMap map;
    private NodeGrid fine;
    private NodeGrid coarse;
    /** The grid of the last update (FINE until the first). */
    private NodeGrid grid;
    private int[] output = new int[FINE * FINE];
    private int[] thumbnails = new int[0];

    Views(Problem problem, int heatX, int heatY) {
        this.problem = problem;
        this.map = problem.inputMap(heatX, heatY);
        this.fine = new NodeGrid(FINE, map);
        this.grid = fine;
    }

    /** Recomputes every node over the grid and repaints the heatmap and thumbnails. */
    void update(Network net, boolean discrete) {
        grid = gridFor(net);
        int res = grid.resolution();
        if (output.length != res * res) {
            output = new int[res * res];
        }
        grid.update(net);
        if (problem.features == null) {
            paintRegression(net);
        } else {
            grid.paintOutput(output, discrete);
        }
        paintThumbnails(net);
    }

    private NodeGrid gridFor(Network net) {
        long multiplyAdds = 0;
        for (int l = 0; l < net.depth(); l++) {
            multiplyAdds += (long) net.layer(l).inputs() * net.layer(l).outputs();
        }
        if (multiplyAdds <= FINE_BUDGET) {
            return fine;
        }
        if (coarse == null) {
            coarse = new NodeGrid(COARSE, map);
        }
        return coarse;
    }

    /** Points per side of the heatmap of the last update. */
    int resolution() {
        return grid.resolution();
    }

    /** Delivery: the standardised prediction on the diverging scale, ±2 std at the ends. */
    private void paintRegression(Network net) {
        int top = net.depth() - 1;
        for (int p = 0; p < output.length; p++) {
            output[p] = Palette.diverging(grid.value(top, 0, p) / 2);
        }
    }

    private void paintThumbnails(Network net) {
        int nodes = net.inputs();
        for (int l = 0; l < net.depth(); l++) {
            nodes += net.layer(l).outputs();
        }
        int size = THUMB * THUMB;
        if (thumbnails.length != nodes * size) {
            thumbnails = new int[nodes * size];
        }
        int at = 0;
        for (int l = -1; l < net.depth(); l++) {
            int units = l < 0 ? net.inputs() : net.layer(l).outputs();
            Activation f = l < 0 ? Activation.LINEAR : net.layer(l).activation();
            for (int j = 0; j < units; j++) {
                if (f == Activation.SOFTMAX) {
                    paintClassThumbnail(l, j, units, at);
                } else {
                    paintThumbnail(l, j, f == Activation.SIGMOID, at);
                }
                at += size;
            }
        }
    }

    /**
     * One node's thumbnail. Values are divided by max(1, max|value|) so bounded units show
     * their true colours and unbounded ones (ReLU, x1²) still fill the scale; probabilities
     * p are shown as 2p − 1 so 0.5 is neutral.
     */
    private void paintThumbnail(int layer, int unit, boolean probability, int at) {
        double max = 1;
        for (int j = 0; j < THUMB; j++) {
            for (int i = 0; i < THUMB; i++) {
                double v = sample(layer, unit, i, j, probability);
                max = Math.max(max, Math.abs(v));
            }
        }
        for (int j = 0; j < THUMB; j++) {
            for (int i = 0; i < THUMB; i++) {
                double v = sample(layer, unit, i, j, probability);
                thumbnails[at + j * THUMB + i] = Palette.diverging(v / max);
            }
        }
    }

    /** A softmax unit: its class's colour, saturated where the class is likely. */
    private void paintClassThumbnail(int layer, int unit, int classes, int at) {
        for (int j = 0; j < THUMB; j++) {
            for (int i = 0; i < THUMB; i++) {
                double p = sample(layer, unit, i, j, false);
                thumbnails[at + j * THUMB + i] = Palette.classColor(unit, p, classes);
            }
        }
    }

    private double sample(int layer, int unit, int i, int j, boolean probability) {
        double v = grid.value(layer, unit, grid.sample(THUMB, i, j));
        return probability ? 2 * v - 1 : v;
    }

    int[] output() {
        return output;
    }

    int[] thumbnails() {
        return thumbnails;
    }

    /**
     * The points to draw over the heatmap: (u, v, colour, test) per row, u and v the position as
     * fractions of the heatmap (v from the bottom), colour packed RGBA, test 1 for test rows.
     */
    double[] points(int heatX, int heatY) {
        Dataset train = problem.raw.train();
        Dataset test = problem.raw.test();
        double[] out = new double[4 * (train.rows() + test.rows())];
        int at = fill(train, false, heatX, heatY, out, 0);
        fill(test, true, heatX, heatY, out, at);
        return out;
    }

    private int fill(Dataset raw, boolean test, int hx, int hy, double[] out, int at) {
        Dataset scaled = test ? problem.test : problem.train;
        for (int r = 0; r < raw.rows(); r++) {
            if (problem.features != null) {
                out[at] = (raw.feature(r, 0) / Problem.EXTENT + 1) / 2;
                out[at + 1] = (raw.feature(r, 1) / Problem.EXTENT + 1) / 2;
            } else {
                out[at] = problem.fraction(hx, scaled.feature(r, hx));
                out[at + 1] = problem.fraction(hy, scaled.feature(r, hy));
            }
            out[at + 2] = colour(raw, scaled, r);
            out[at + 3] = test ? 1 : 0;
            at += 4;
        }
        return at;
    }

    private double colour(Dataset raw, Dataset scaled, int r) {
        if (raw.task() == Task.REGRESSION) {
            double range = problem.features == null ? 2 : 1;
            return Palette.diverging(scaled.target(r) / range) & 0xFFFFFFFFL;
        }
        int label = (int) raw.target(r);
        if (raw.task() == Task.BINARY) {
            return Palette.diverging(label == 1 ? 1 : -1) & 0xFFFFFFFFL;
        }
        return Palette.classColor(label, 1, raw.classes()) & 0xFFFFFFFFL;
    }
}
