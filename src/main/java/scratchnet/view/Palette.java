package scratchnet.view;

/**
 * Colours for heatmaps, as packed RGBA ints laid out for a little-endian {@code Uint32Array}
 * over {@code ImageData} (0xAABBGGRR). Negative values are orange, positive ones blue and zero
 * a light grey, as in TensorFlow Playground, so users read our heatmaps the same way.
 */
public final class Palette {
    private static final int[] NEGATIVE = {245, 147, 34};
    private static final int[] NEUTRAL = {232, 234, 235};
    private static final int[] POSITIVE = {8, 119, 189};
    /** Class colours for K-class outputs, chosen to stay apart for colour-blind readers. */
    private static final int[][] CLASSES = {
        {245, 147, 34}, {8, 119, 189}, {46, 160, 67}, {204, 51, 153}, {120, 94, 240}};
    /** Levels per half of the diverging scale; 256 is indistinguishable from continuous. */
    private static final int LEVELS = 256;
    private static final int[] DIVERGING = diverging();

    private Palette() {
    }

    private static int[] diverging() {
        int[] table = new int[2 * LEVELS + 1];
        for (int k = -LEVELS; k <= LEVELS; k++) {
            double t = (double) k / LEVELS;
            int[] end = t < 0 ? NEGATIVE : POSITIVE;
            table[k + LEVELS] = mix(NEUTRAL, end, Math.abs(t), 255);
        }
        return table;
    }

    static int mix(int[] from, int[] to, double t, int alpha) {
        int r = nearest(from[0] + (to[0] - from[0]) * t);
        int g = nearest(from[1] + (to[1] - from[1]) * t);
        int b = nearest(from[2] + (to[2] - from[2]) * t);
        return (alpha << 24) | (b << 16) | (g << 8) | r;
    }

    /**
     * The nearest int to a non-negative {@code v}, ties up. Not {@code Math.round}: it returns
     * a long, which TeaVM's JavaScript emulates with BigInt, hundreds of times slower.
     */
    private static int nearest(double v) {
        return (int) (v + 0.5); // truncation is floor for v + 0.5 > 0
    }

    /**
     * The diverging colour of {@code v} on the scale [−1, 1] (clamped; NaN is neutral). Called
     * once per heatmap pixel, so it is a clamp and one table look-up.
     */
    public static int diverging(double v) {
        if (!(v == v)) {
            return DIVERGING[LEVELS];
        }
        double t = v < -1 ? -1 : v > 1 ? 1 : v;
        return DIVERGING[nearest(t * LEVELS + LEVELS)];
    }

    /**
     * {@link #diverging(double)} of {@code n} values {@code values[from + k·stride] · scale}
     * into {@code pixels[at + k]}: the same colours, in one loop with the table in a local, as
     * a heatmap paints 10,000 pixels per node and a call with a static read each was most of
     * a frame in the WebAssembly build.
     */
    public static void diverging(double[] values, int from, int stride, double scale, int n,
            int[] pixels, int at) {
        int[] table = DIVERGING;
        for (int k = 0; k < n; k++) {
            double v = values[from + k * stride] * scale;
            int index;
            if (v == v) {
                double t = v < -1 ? -1 : v > 1 ? 1 : v;
                index = nearest(t * LEVELS + LEVELS);
            } else {
                index = LEVELS;
            }
            pixels[at + k] = table[index];
        }
    }

    /**
     * The colour of a K-class prediction: the class's colour, faded towards neutral as the
     * winning probability falls to 1/K (a confident region is saturated, a contested one pale).
     */
    public static int classColor(int k, double probability, int classes) {
        double floor = 1.0 / classes;
        double t = (probability - floor) / (1 - floor);
        t = t < 0 ? 0 : t > 1 ? 1 : t;
        return mix(NEUTRAL, CLASSES[k % CLASSES.length], 0.15 + 0.85 * t, 255);
    }

    /**
     * How far the big output heatmap's colours are moved towards white: a saturated region
     * stays lighter than the full-colour points drawn on it, so a point keeps its class
     * colour where the network agrees with it.
     */
    public static final double PALE = 0.45;

    /** {@code packed} moved {@link #PALE} of the way towards white (alpha kept). */
    public static int pale(int packed) {
        int r = packed & 255;
        int g = (packed >>> 8) & 255;
        int b = (packed >>> 16) & 255;
        r = nearest(r + (255 - r) * PALE);
        g = nearest(g + (255 - g) * PALE);
        b = nearest(b + (255 - b) * PALE);
        return (packed & 0xFF000000) | (b << 16) | (g << 8) | r;
    }

    /** Moves every colour of {@code pixels} {@link #PALE} of the way towards white, in place. */
    public static void pale(int[] pixels) {
        for (int p = 0; p < pixels.length; p++) {
            pixels[p] = pale(pixels[p]);
        }
    }

    /** A packed colour as CSS "#rrggbb". */
    public static String css(int packed) {
        String hex = Integer.toHexString(0x1000000 | ((packed & 255) << 16)
                | (packed & 0xFF00) | ((packed >>> 16) & 255));
        return "#" + hex.substring(1);
    }

    /** Red, green and blue (0..255) of class {@code k}'s colour, for drawing points. */
    public static int[] classRgb(int k) {
        return CLASSES[k % CLASSES.length].clone();
    }
}
