package scratchnet.app;

import scratchnet.data.Dataset;
import scratchnet.data.Task;
import scratchnet.engine.Network;
import scratchnet.view.NetworkPictures;
import scratchnet.view.Palette;

/**
 * What the playground paints for its {@link Problem}: the heatmap and node thumbnails, painted
 * by {@link NetworkPictures} over the problem's input plane, and the data points placed on it.
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
    /** Numbers per row of {@link #points}. */
    static final int STRIDE = 5;

    private final Problem problem;
    private final NetworkPictures pictures;

    Views(Problem problem, int heatX, int heatY) {
        this.problem = problem;
        this.pictures = new NetworkPictures(problem.inputMap(heatX, heatY), FINE, COARSE, THUMB,
                FINE_BUDGET);
    }

    /** Recomputes every node over the grid and repaints the heatmap and thumbnails. */
    void update(Network net, boolean discrete) {
        if (problem.features == null) {
            // Delivery: the prediction, the training targets' mean ± 2 std at the ends.
            pictures.updateRegression(net, problem.outputCenter(), problem.outputHalfRange());
        } else {
            pictures.update(net, discrete);
        }
    }

    /** Starts recomputing the pictures a slice at a time (see NetworkPictures#begin). */
    void begin(Network net) {
        pictures.begin(net);
    }

    /** Up to {@code points} more grid points; true once the pass is finished. */
    boolean advance(int points) {
        return pictures.advance(points);
    }

    /** Grid points still to compute in the pass under way. */
    int pointsLeft() {
        return pictures.pointsLeft();
    }

    /** Pixels a repaint writes (heatmap and thumbnails), a measure of its work. */
    int pixels() {
        return pictures.resolution() * pictures.resolution() + pictures.thumbnails().length;
    }

    /** Repaints the heatmap and thumbnails from the last finished pass. */
    void paint(boolean discrete) {
        if (problem.features == null) {
            pictures.paintRegression(problem.outputCenter(), problem.outputHalfRange());
        } else {
            pictures.paint(discrete);
        }
    }

    /** Points per side of the heatmap of the last update. */
    int resolution() {
        return pictures.resolution();
    }

    int[] output() {
        return pictures.output();
    }

    /** One node over the grid of the last update, pale as the heatmap; see NetworkPictures. */
    int[] nodePicture(Network net, int layer, int unit) {
        return pictures.nodePicture(net, layer, unit);
    }

    int[] thumbnails() {
        return pictures.thumbnails();
    }

    /**
     * The points to draw over the heatmap: (u, v, colour, test, class) per row, u and v the
     * position as fractions of the heatmap (v from the bottom), colour packed RGBA, test 1 for
     * test rows, class the row's class index (its marker shape is the key's, see
     * {@link HeatmapKey}) or −1 for regression rows.
     */
    double[] points(int heatX, int heatY) {
        Dataset train = problem.raw.train();
        Dataset test = problem.raw.test();
        double[] out = new double[STRIDE * (train.rows() + test.rows())];
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
            out[at + 4] = raw.task() == Task.REGRESSION ? -1 : (int) raw.target(r);
            at += STRIDE;
        }
        return at;
    }

    private double colour(Dataset raw, Dataset scaled, int r) {
        if (raw.task() == Task.REGRESSION) {
            double half = problem.features == null ? problem.outputHalfRange() : 1;
            double t = problem.features == null
                    ? (half > 0 ? (scaled.target(r) - problem.outputCenter()) / half : 0)
                    : scaled.target(r);
            return Palette.diverging(t) & 0xFFFFFFFFL;
        }
        int label = (int) raw.target(r);
        if (raw.task() == Task.BINARY) {
            return Palette.diverging(label == 1 ? 1 : -1) & 0xFFFFFFFFL;
        }
        return Palette.classColor(label, 1, raw.classes()) & 0xFFFFFFFFL;
    }
}
