package scratchnet.view;

import scratchnet.engine.Activation;
import scratchnet.engine.Network;

/**
 * The pictures of a network over an input plane, from one batched pass over a grid: the
 * output heatmap (res × res) and a thumbnail per node (thumb × thumb, sampled from the same
 * grid), all packed RGBA for a {@code Uint32Array} over {@code ImageData}. The playground and
 * the labs both paint through this class; the grid's points come from an
 * {@link NodeGrid.InputMap}, so nothing here knows which data set is shown.
 *
 * <p>Networks cheap enough to draw finely get a {@code fine} grid; the others (above
 * {@code fineBudget} multiply-adds a point) a {@code coarse} one, a quarter of the points.
 */
public final class NetworkPictures {
    private final NodeGrid.InputMap map;
    private final int coarseRes;
    private final int thumb;
    private final int fineBudget;
    private final NodeGrid fine;
    private NodeGrid coarse;
    /** The grid of the last update (fine until the first). */
    private NodeGrid grid;
    /** The grid of the pass under way, or null. */
    private NodeGrid pending;
    private int[] output;
    private int[] thumbnails = new int[0];

    /**
     * Pictures over {@code map}: a {@code fine} × {@code fine} grid for networks of at most
     * {@code fineBudget} multiply-adds a point (Σ n_in·n_out), else {@code coarse} × {@code
     * coarse}; thumbnails of {@code thumb} × {@code thumb} pixels ({@code thumb} must divide both).
     */
    public NetworkPictures(NodeGrid.InputMap map, int fine, int coarse, int thumb,
            int fineBudget) {
        if (fine % thumb != 0 || coarse % thumb != 0) {
            throw new IllegalArgumentException("a thumbnail side must divide the grids: " + thumb
                    + " for " + fine + " and " + coarse);
        }
        this.map = map;
        this.coarseRes = coarse;
        this.thumb = thumb;
        this.fineBudget = fineBudget;
        this.fine = new NodeGrid(fine, map);
        this.grid = this.fine;
        this.output = new int[fine * fine];
    }

    /**
     * Recomputes every node over the grid and repaints the heatmap and the thumbnails. The
     * heatmap shows what {@link NodeGrid#paintOutput} shows.
     */
    public void update(Network net, boolean discrete) {
        prepare(net);
        paint(discrete);
    }

    /**
     * As {@link #update(Network, boolean)} for a regression output shown on the diverging
     * scale from {@code center − halfRange} (one end) to {@code center + halfRange} (the
     * other), in the network's output units.
     */
    public void updateRegression(Network net, double center, double halfRange) {
        prepare(net);
        paintRegression(center, halfRange);
    }

    /**
     * Starts recomputing every node with {@code net}'s current parameters (copied now), a
     * slice of grid points per {@link #advance}; the pictures stay those of the last finished
     * pass until {@link #paint} or {@link #paintRegression} after it.
     */
    public void begin(Network net) {
        pending = gridFor(net);
        pending.begin(net);
    }

    /**
     * Computes up to {@code maxPoints} more grid points of the pass {@link #begin} started;
     * true once it is finished (then paint), at once if none is under way.
     */
    public boolean advance(int maxPoints) {
        if (pending == null) {
            return true;
        }
        if (!pending.advance(maxPoints)) {
            return false;
        }
        grid = pending;
        pending = null;
        return true;
    }

    /** Grid points still to compute in the pass under way (0 when none is). */
    public int pointsLeft() {
        return pending == null ? 0 : pending.pointsLeft();
    }

    /** Repaints the heatmap and thumbnails from the last finished pass (see {@link #update}). */
    public void paint(boolean discrete) {
        if (grid.network() == null) {
            return;
        }
        fitOutput();
        grid.paintOutput(output, discrete);
        paintThumbnails(grid.network());
    }

    /** As {@link #paint} for a regression output (see {@link #updateRegression}). */
    public void paintRegression(double center, double halfRange) {
        Network net = grid.network();
        if (net == null) {
            return;
        }
        fitOutput();
        int top = net.depth() - 1;
        for (int p = 0; p < output.length; p++) {
            output[p] = Palette.diverging((grid.value(top, 0, p) - center) / halfRange);
        }
        paintThumbnails(net);
    }

    private void fitOutput() {
        int res = grid.resolution();
        if (output.length != res * res) {
            output = new int[res * res];
        }
    }

    private void prepare(Network net) {
        pending = null;
        grid = gridFor(net);
        grid.update(net);
    }

    /** Recomputes every node over the grid and repaints only the thumbnails. */
    public void updateThumbnails(Network net) {
        prepare(net);
        paintThumbnails(net);
    }

    private NodeGrid gridFor(Network net) {
        long multiplyAdds = 0;
        for (int l = 0; l < net.depth(); l++) {
            multiplyAdds += (long) net.layer(l).inputs() * net.layer(l).outputs();
        }
        if (multiplyAdds <= fineBudget) {
            return fine;
        }
        if (coarse == null) {
            coarse = new NodeGrid(coarseRes, map);
        }
        return coarse;
    }

    /** Points per side of the heatmap of the last update. */
    public int resolution() {
        return grid.resolution();
    }

    /** Pixels per side of a thumbnail. */
    public int thumbSize() {
        return thumb;
    }

    /** The heatmap of the last update, resolution² packed RGBA values (live, not a copy). */
    public int[] output() {
        return output;
    }

    /**
     * One node over the whole grid of the last update, resolution² packed RGBA, on the pale
     * scale of the output heatmap: what its thumbnail shows, drawn large (layer −1 = inputs).
     * Values are divided by max(1, max|value|) as in the thumbnail; a sigmoid unit's p is
     * shown as 2p − 1, a softmax unit in its class's colour.
     */
    public int[] nodePicture(Network live, int layer, int unit) {
        // The shown pass's copy: its shape is the pictures' even if the run was rebuilt since.
        Network net = grid.network() != null ? grid.network() : live;
        int units = layer < 0 ? net.inputs() : net.layer(layer).outputs();
        if (layer < -1 || layer >= net.depth() || unit < 0 || unit >= units) {
            throw new IllegalArgumentException("no node " + unit + " in layer " + layer);
        }
        Activation f = layer < 0 ? Activation.LINEAR : net.layer(layer).activation();
        int n = grid.resolution() * grid.resolution();
        int[] pixels = new int[n];
        boolean probability = f == Activation.SIGMOID;
        double max = 1;
        for (int p = 0; p < n; p++) {
            double v = grid.value(layer, unit, p);
            max = Math.max(max, Math.abs(probability ? 2 * v - 1 : v));
        }
        for (int p = 0; p < n; p++) {
            double v = grid.value(layer, unit, p);
            pixels[p] = f == Activation.SOFTMAX ? Palette.classColor(unit, v, units)
                    : Palette.diverging((probability ? 2 * v - 1 : v) / max);
        }
        Palette.pale(pixels);
        return pixels;
    }

    /** Every node's thumbnail, inputs first, thumbSize² values each (live, not a copy). */
    public int[] thumbnails() {
        return thumbnails;
    }

    private void paintThumbnails(Network net) {
        int nodes = net.inputs();
        for (int l = 0; l < net.depth(); l++) {
            nodes += net.layer(l).outputs();
        }
        int size = thumb * thumb;
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
        for (int j = 0; j < thumb; j++) {
            for (int i = 0; i < thumb; i++) {
                max = Math.max(max, Math.abs(sample(layer, unit, i, j, probability)));
            }
        }
        for (int j = 0; j < thumb; j++) {
            for (int i = 0; i < thumb; i++) {
                double v = sample(layer, unit, i, j, probability);
                thumbnails[at + j * thumb + i] = Palette.diverging(v / max);
            }
        }
    }

    /** A softmax unit: its class's colour, saturated where the class is likely. */
    private void paintClassThumbnail(int layer, int unit, int classes, int at) {
        for (int j = 0; j < thumb; j++) {
            for (int i = 0; i < thumb; i++) {
                double p = sample(layer, unit, i, j, false);
                thumbnails[at + j * thumb + i] = Palette.classColor(unit, p, classes);
            }
        }
    }

    private double sample(int layer, int unit, int i, int j, boolean probability) {
        double v = grid.value(layer, unit, grid.sample(thumb, i, j));
        return probability ? 2 * v - 1 : v;
    }
}
