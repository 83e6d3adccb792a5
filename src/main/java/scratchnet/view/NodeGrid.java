package scratchnet.view;

import scratchnet.engine.Dense;
import scratchnet.engine.Network;
import scratchnet.engine.PacedForward;

/**
 * Every node's output over a square grid of input points: the numbers behind the output
 * heatmap and each neuron's thumbnail.
 *
 * <p>The grid's rows of network input are built once; each {@link #update} copies the trained
 * weights into a private shadow network and runs one batched forward pass over all
 * res × res points, so painting never disturbs the training buffers that diagnostics read.
 * {@link #begin} and {@link #advance} do the same pass a slice of points at a time
 * ({@link PacedForward}, the same bits), showing the last finished pass meanwhile.
 * Pixel p = j·res + i is column i (left to right) and row j (top to bottom).
 */
public final class NodeGrid {
    /** Maps grid coordinates to one row of network input. */
    public interface InputMap {
        /** Input width. */
        int width();

        /**
         * Writes the network input for the point at fractions (u, v) of the grid into
         * {@code out[offset ..]}; u runs left to right, v bottom to top, both in (0, 1).
         */
        void fill(double u, double v, double[] out, int offset);

        /** The plain plane: inputs (x1, x2) = ((2u − 1)·extent, (2v − 1)·extent). */
        static InputMap plane(double extent) {
            return new InputMap() {
                @Override
                public int width() {
                    return 2;
                }

                @Override
                public void fill(double u, double v, double[] out, int offset) {
                    out[offset] = (2 * u - 1) * extent;
                    out[offset + 1] = (2 * v - 1) * extent;
                }
            };
        }
    }

    private final int res;
    private final int width;
    private final double[] inputs;
    /** The last finished pass (what is shown) and the one under way. */
    private PacedForward shown;
    private PacedForward pending = new PacedForward();

    /** A grid of {@code res} × {@code res} points whose inputs come from {@code map}. */
    public NodeGrid(int res, InputMap map) {
        if (res < 1) {
            throw new IllegalArgumentException("grid resolution must be at least 1: " + res);
        }
        this.res = res;
        this.width = map.width();
        this.inputs = new double[res * res * width];
        for (int j = 0; j < res; j++) {
            double v = 1 - (j + 0.5) / res;
            for (int i = 0; i < res; i++) {
                double u = (i + 0.5) / res;
                map.fill(u, v, inputs, (j * res + i) * width);
            }
        }
    }

    /** Points per side. */
    public int resolution() {
        return res;
    }

    /** Recomputes every node's output with the current parameters of {@code net}. */
    public void update(Network net) {
        begin(net);
        while (!advance(Integer.MAX_VALUE)) {
            // one slice does it
        }
    }

    /**
     * Starts recomputing every node with {@code net}'s current parameters (copied now), a
     * slice of points per {@link #advance}; until the pass finishes, {@link #value} and the
     * painters keep showing the last finished one.
     */
    public void begin(Network net) {
        if (net.inputs() != width) {
            throw new IllegalArgumentException("network takes " + net.inputs()
                    + " inputs but the grid makes " + width);
        }
        pending.begin(net, inputs, res * res);
    }

    /**
     * Computes up to {@code maxPoints} (at least one) more points of the pass {@link #begin}
     * started; returns true when it is finished and shown (at once if none is under way).
     */
    public boolean advance(int maxPoints) {
        if (!pending.finished() && pending.network() != null) {
            pending.advance(maxPoints);
        }
        if (!pending.finished()) {
            return false;
        }
        if (pending != shown) {
            PacedForward was = shown;
            shown = pending;
            pending = was == null ? new PacedForward() : was;
        }
        return true;
    }

    /** The network of the last finished pass (its copied parameters), or null before one. */
    public Network network() {
        return shown == null ? null : shown.network();
    }

    /** Points of the pass under way still to compute (0 when none is). */
    public int pointsLeft() {
        return pending.network() == null ? 0 : pending.rows() - pending.done();
    }

    /**
     * The value of node {@code unit} of layer {@code layer} at pixel {@code p}: layer −1 is the
     * input features, 0 the first hidden layer, depth−1 the output layer.
     */
    public double value(int layer, int unit, int p) {
        if (layer < 0) {
            return inputs[p * width + unit];
        }
        Dense d = shown.network().layer(layer);
        return d.activations()[p * d.outputs() + unit];
    }

    /**
     * Paints node (layer, unit) into {@code pixels} (res × res packed RGBA) on the diverging
     * scale, dividing each value by {@code scale} first (1 for tanh/sigmoid-like outputs).
     */
    public void paintNode(int layer, int unit, double scale, int[] pixels) {
        paintNode(layer, unit, scale, pixels, 0);
    }

    /**
     * As {@link #paintNode(int, int, double, int[])}, into {@code pixels[offset ..
     * offset + res²)}, so several nodes can share one buffer.
     */
    public void paintNode(int layer, int unit, double scale, int[] pixels, int offset) {
        int n = res * res;
        double inv = 1.0 / scale;
        if (layer < 0) {
            Palette.diverging(inputs, unit, width, inv, n, pixels, offset);
            return;
        }
        Dense d = shown.network().layer(layer);
        Palette.diverging(d.activations(), unit, d.outputs(), inv, n, pixels, offset);
    }

    /**
     * Paints node (layer, unit) as a {@code side} × {@code side} thumbnail into
     * {@code pixels[offset ..]}: each thumbnail pixel takes the grid point at the centre of its
     * block (see {@link #sample}), coloured as {@link #paintNode} would colour it.
     */
    public void paintThumbnail(int layer, int unit, int side, double scale, int[] pixels,
            int offset) {
        int step = step(side);
        double inv = 1.0 / scale;
        for (int j = 0; j < side; j++) {
            for (int i = 0; i < side; i++) {
                double v = value(layer, unit, centre(step, i, j)) * inv;
                pixels[offset + j * side + i] = Palette.diverging(v);
            }
        }
    }

    /**
     * The grid point shown by pixel (i, j) of a {@code side} × {@code side} thumbnail: the
     * centre of its (res/side)² block. {@code side} must divide the resolution.
     */
    public int sample(int side, int i, int j) {
        return centre(step(side), i, j);
    }

    /** Grid points per thumbnail pixel along each side. */
    private int step(int side) {
        if (side < 1 || res % side != 0) {
            throw new IllegalArgumentException("a thumbnail side must divide " + res + ": "
                    + side);
        }
        return res / side;
    }

    /** The grid point at the centre of block (i, j) of step × step points. */
    private int centre(int step, int i, int j) {
        return (j * step + step / 2) * res + i * step + step / 2;
    }

    /**
     * Paints the network's prediction into {@code pixels}: a probability p of class 1 as
     * 2p − 1 (orange = class 0, blue = class 1), a regression output as is, a softmax output as
     * the winning class's colour. With {@code discrete} every pixel takes its decided colour.
     */
    public void paintOutput(int[] pixels, boolean discrete) {
        Network shadow = shown.network();
        Dense top = shadow.layer(shadow.depth() - 1);
        double[] a = top.activations();
        int k = top.outputs();
        int n = res * res;
        switch (shadow.loss()) {
            case SOFTMAX_CE:
                for (int p = 0; p < n; p++) {
                    int best = 0;
                    for (int c = 1; c < k; c++) {
                        if (a[p * k + c] > a[p * k + best]) {
                            best = c;
                        }
                    }
                    pixels[p] = Palette.classColor(best, discrete ? 1 : a[p * k + best], k);
                }
                break;
            case BCE:
                for (int p = 0; p < n; p++) {
                    double v = 2 * a[p] - 1;
                    pixels[p] = Palette.diverging(discrete ? Math.signum(v) : v);
                }
                break;
            default:
                for (int p = 0; p < n; p++) {
                    double v = a[p * k];
                    pixels[p] = Palette.diverging(discrete ? Math.signum(v) : v);
                }
        }
    }
}
