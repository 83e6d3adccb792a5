package scratchnet.data;

/**
 * The UCI optical recognition of handwritten digits, test part as scikit-learn ships it: 1,797
 * images of 8 × 8 pixels, each pixel the count (0..16) of dark points in a 4 × 4 block of the
 * original 32 × 32 bitmap, labelled with the digit 0..9.
 *
 * <p>Source: E. Alpaydin and C. Kaynak, "Optical Recognition of Handwritten Digits", UCI
 * Machine Learning Repository (1998), https://doi.org/10.24432/C50P49, licensed under Creative
 * Commons Attribution 4.0 (CC BY 4.0). The repository carries the images in a compact form,
 * {@link DigitsPixels}, generated from Debian's python3-sklearn copy by
 * {@code scripts/digits-to-java.py}; nothing else was changed.
 *
 * <p>The network sees each pixel divided by 16, so inputs lie in [0, 1]; the features are
 * named {@code p00} … {@code p77} (row, column).
 */
public final class Digits {
    /** Images in the set. */
    public static final int ROWS = 1797;
    /** Pixels per side of an image. */
    public static final int SIDE = 8;
    /** Pixels per image, the network's inputs. */
    public static final int PIXELS = SIDE * SIDE;
    /** Digits 0..9. */
    public static final int CLASSES = 10;
    /** Largest raw pixel value (a fully dark 4 × 4 block). */
    public static final int MAX_VALUE = 16;
    /** Characters per image in {@link DigitsPixels}: the pixels, then the label. */
    static final int STRIDE = PIXELS + 1;

    private Digits() {
    }

    /** Raw pixels 0..16, {@link #ROWS} × {@link #PIXELS} row-major, top-left pixel first. */
    public static int[] rawPixels() {
        int[] out = new int[ROWS * PIXELS];
        int row = 0;
        for (String chunk : DigitsPixels.chunks()) {
            for (int at = 0; at < chunk.length(); at += STRIDE, row++) {
                for (int p = 0; p < PIXELS; p++) {
                    out[row * PIXELS + p] = Character.digit(chunk.charAt(at + p), MAX_VALUE + 1);
                }
            }
        }
        return out;
    }

    /** The digit of every image, in order. */
    public static int[] labels() {
        int[] out = new int[ROWS];
        int row = 0;
        for (String chunk : DigitsPixels.chunks()) {
            for (int at = 0; at < chunk.length(); at += STRIDE) {
                out[row++] = chunk.charAt(at + PIXELS) - '0';
            }
        }
        return out;
    }

    /** Every image as a 10-class dataset, pixels scaled to [0, 1], in the source's order. */
    public static Dataset load() {
        int[] raw = rawPixels();
        int[] labels = labels();
        double[] x = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            x[i] = raw[i] / (double) MAX_VALUE;
        }
        double[] y = new double[ROWS];
        for (int r = 0; r < ROWS; r++) {
            y[r] = labels[r];
        }
        return new Dataset(x, y, pixelNames(), "digit", Task.MULTICLASS, CLASSES);
    }

    /** The features' names: p{row}{column}, p00 top left to p77 bottom right. */
    public static String[] pixelNames() {
        String[] names = new String[PIXELS];
        for (int p = 0; p < PIXELS; p++) {
            names[p] = "p" + (p / SIDE) + (p % SIDE);
        }
        return names;
    }

    /** Pixels per side of the drawing a pixel is counted from (the original bitmaps' 32). */
    public static final int BITMAP_SIDE = 32;
    /** Bitmap pixels per side of the block one image pixel counts. */
    static final int BLOCK = BITMAP_SIDE / SIDE;

    /**
     * A 32 × 32 drawing turned into an image as the set's were made: each pixel is the number
     * of drawn points (values ≠ 0) in its 4 × 4 block, 0..16.
     *
     * @param bitmap 32 × 32 values, top row first
     * @throws IllegalArgumentException if there are not 1,024 values
     */
    public static int[] blocks(double[] bitmap) {
        if (bitmap.length != BITMAP_SIDE * BITMAP_SIDE) {
            throw new IllegalArgumentException("a drawing has " + BITMAP_SIDE * BITMAP_SIDE
                    + " points, not " + bitmap.length);
        }
        int[] out = new int[PIXELS];
        for (int y = 0; y < BITMAP_SIDE; y++) {
            for (int x = 0; x < BITMAP_SIDE; x++) {
                out[(y / BLOCK) * SIDE + x / BLOCK] += bitmap[y * BITMAP_SIDE + x] != 0 ? 1 : 0;
            }
        }
        return out;
    }

    /** The order in which a block's points are drawn: an ordered-dither (Bayer) matrix. */
    private static final int[] DITHER = {0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5};

    /**
     * A 32 × 32 drawing whose {@link #blocks} are {@code pixels} (each 0..16, clamped): in each
     * block the v points whose rank in a 4 × 4 ordered-dither matrix is below v are drawn, so
     * a grey pixel looks evenly grey.
     */
    public static double[] bitmap(double[] pixels) {
        double[] out = new double[BITMAP_SIDE * BITMAP_SIDE];
        for (int p = 0; p < Math.min(PIXELS, pixels.length); p++) {
            double v = pixels[p];
            int n = v >= MAX_VALUE ? MAX_VALUE : v > 0 ? (int) v : 0;
            for (int i = 0; i < BLOCK * BLOCK; i++) {
                if (DITHER[i] < n) {
                    int y = (p / SIDE) * BLOCK + i / BLOCK;
                    int x = (p % SIDE) * BLOCK + i % BLOCK;
                    out[y * BITMAP_SIDE + x] = 1;
                }
            }
        }
        return out;
    }
}
