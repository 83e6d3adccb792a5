package scratchnet.view;

import scratchnet.engine.Dense;
import scratchnet.engine.Network;

/**
 * Pictures of the handwritten-digits run, as packed RGBA (see {@link Palette}): the images
 * themselves in grey, and each first-layer unit's 64 incoming weights laid out as the 8 × 8
 * image they multiply (blue positive, orange negative, each unit scaled to its own largest
 * |w|). Cheap: no forward pass over a grid, only a walk over the weights.
 */
public final class DigitPictures {
    /** Pixels per side of an image. */
    public static final int SIDE = 8;
    private static final int PIXELS = SIDE * SIDE;

    private DigitPictures() {
    }

    /**
     * Grey pictures of {@code rows} images of {@code x} (rows × 64, values in [0, 1]): 0 white,
     * 1 black, {@code rows} × 64 packed RGBA.
     */
    public static int[] images(double[] x, int rows) {
        int[] out = new int[rows * PIXELS];
        for (int i = 0; i < out.length; i++) {
            out[i] = grey(x[i]);
        }
        return out;
    }

    /** A value in [0, 1] as grey from white (0) to black (1), opaque. */
    static int grey(double v) {
        int g = 255 - (int) Math.round(255 * Math.max(0, Math.min(1, v)));
        return 0xFF000000 | (g << 16) | (g << 8) | g;
    }

    /**
     * Each unit of the first layer: its 64 incoming weights as an 8 × 8 picture, units × 64
     * packed RGBA, unit after unit; a unit whose weights are all zero is neutral grey.
     */
    public static int[] weights(Network net) {
        Dense d = net.layer(0);
        int units = d.outputs();
        double[] w = d.weights();
        int[] out = new int[units * PIXELS];
        for (int j = 0; j < units; j++) {
            double max = 0;
            for (int p = 0; p < PIXELS; p++) {
                max = Math.max(max, Math.abs(w[p * units + j]));
            }
            for (int p = 0; p < PIXELS; p++) {
                double v = w[p * units + j];
                out[j * PIXELS + p] = Palette.diverging(max > 0 && Double.isFinite(max) ? v / max
                        : 0);
            }
        }
        return out;
    }

    /**
     * The network diagram's thumbnails for the digits ({@code thumb} pixels per side, a
     * multiple of 8): each input is its pixel's place in the image (a dark cell on white),
     * each first-layer unit its weight picture, later units plain white.
     */
    public static int[] thumbnails(Network net, int thumb) {
        int scale = thumb / SIDE;
        int size = thumb * thumb;
        int nodes = net.inputs();
        for (int l = 0; l < net.depth(); l++) {
            nodes += net.layer(l).outputs();
        }
        int[] out = new int[nodes * size];
        java.util.Arrays.fill(out, grey(0));
        for (int p = 0; p < PIXELS && p < net.inputs(); p++) {
            paintCell(out, p * size, thumb, scale, p, grey(1));
        }
        int[] pictures = weights(net);
        int at = net.inputs() * size;
        for (int j = 0; j < net.layer(0).outputs(); j++, at += size) {
            for (int p = 0; p < PIXELS; p++) {
                paintCell(out, at, thumb, scale, p, pictures[j * PIXELS + p]);
            }
        }
        return out;
    }

    private static void paintCell(int[] out, int at, int thumb, int scale, int p, int colour) {
        int row = p / SIDE;
        int col = p % SIDE;
        for (int dy = 0; dy < scale; dy++) {
            for (int dx = 0; dx < scale; dx++) {
                out[at + (row * scale + dy) * thumb + col * scale + dx] = colour;
            }
        }
    }
}
