package scratchnet.app;

import scratchnet.data.Dataset;
import scratchnet.data.Digits;
import scratchnet.engine.Network;
import scratchnet.format.JsonWriter;
import scratchnet.train.Confusion;
import scratchnet.view.DigitPictures;

/**
 * What the playground shows of the digits data: the gallery of scored images, their pixels,
 * the first layer's weights as pictures, and the drawing pad (a drawing classified, and the
 * drawing of a set of block counts). It holds no state: each answer is read from the
 * session's problem, network and latest classification, and nothing changes.
 */
final class DigitViews {
    private DigitViews() {
    }

    /**
     * The digits gallery of the latest refresh as JSON (see {@link Classification#gallery}):
     * up to {@link Classification#GALLERY} scored images, mistakes first; "null" unless the
     * data is the digits.
     */
    static String gallery(Problem problem, Classification classification) {
        return !problem.digits || classification == null ? "null"
                : classification.gallery(Classification.GALLERY);
    }

    /**
     * The scored images (test rows, or training rows without any) in grey, rows × 64 packed
     * RGBA in the gallery's row numbering; empty unless the data is the digits.
     */
    static int[] images(Problem problem) {
        if (!problem.digits) {
            return new int[0];
        }
        Dataset d = problem.test.rows() > 0 ? problem.test : problem.train;
        return DigitPictures.images(d.x(), d.rows());
    }

    /**
     * The first weight layer's units as 8 × 8 pictures of their 64 incoming weights, units ×
     * 64 packed RGBA (see {@link DigitPictures#weights}); empty unless the data is the digits.
     */
    static int[] weights(Problem problem, Network net) {
        return problem.digits ? DigitPictures.weights(net) : new int[0];
    }

    /**
     * A drawing on the digit pad classified: from a 32 × 32 drawing (see
     * {@link Digits#blocks}), {pixels: [64 counts 0..16], probabilities: [10], predicted}, or
     * {error} when the data is not the digits or the drawing is malformed; nothing changes.
     */
    static String pad(Problem problem, Network net, double[] bitmap) {
        if (!problem.digits) {
            return new JsonWriter().beginObject().field("error")
                    .string("the pad classifies digits; choose the digits data first")
                    .endObject().toString();
        }
        int[] pixels;
        try {
            pixels = Digits.blocks(bitmap);
        } catch (IllegalArgumentException e) {
            return new JsonWriter().beginObject().field("error").string(e.getMessage())
                    .endObject().toString();
        }
        double[] x = new double[Digits.PIXELS];
        for (int p = 0; p < x.length; p++) {
            x[p] = pixels[p] / (double) Digits.MAX_VALUE;
        }
        double[] out = net.copy().forward(x, 1);
        double[] probabilities = java.util.Arrays.copyOf(out, net.outputs());
        return new JsonWriter().beginObject().field("pixels").numbers(pixels)
                .field("probabilities").numbers(probabilities)
                .field("predicted").number(Confusion.predicted(probabilities, 0, net.outputs()))
                .endObject().toString();
    }

    /**
     * {@link #pad(Problem, Network, double[])} of a drawing given as 1,024 characters '0'
     * (blank) or '1' (drawn), top row first; anything else gives {error}.
     */
    static String pad(Problem problem, Network net, String drawing) {
        int n = Digits.BITMAP_SIDE * Digits.BITMAP_SIDE;
        if (drawing == null || drawing.length() != n || !drawing.matches("[01]*")) {
            return new JsonWriter().beginObject().field("error").string("a drawing is " + n
                    + " characters 0 or 1").endObject().toString();
        }
        double[] bitmap = new double[n];
        for (int i = 0; i < n; i++) {
            bitmap[i] = drawing.charAt(i) - '0';
        }
        return pad(problem, net, bitmap);
    }

    /**
     * The 32 × 32 drawing whose block counts are {@code pixels} (64 comma-separated whole
     * numbers 0..16), as 1,024 characters '0' or '1' (see {@link Digits#bitmap}); "" when the
     * text is not 64 such numbers.
     */
    static String bitmap(String pixels) {
        String[] parts = pixels.split(",", -1);
        if (parts.length != Digits.PIXELS) {
            return "";
        }
        double[] values = new double[Digits.PIXELS];
        for (int p = 0; p < values.length; p++) {
            String v = parts[p].trim();
            if (v.isEmpty() || v.length() > 2 || !Character.isDigit(v.charAt(0))
                    || !Character.isDigit(v.charAt(v.length() - 1))) {
                return "";
            }
            values[p] = Integer.parseInt(v);
            if (values[p] > Digits.MAX_VALUE) {
                return "";
            }
        }
        StringBuilder sb = new StringBuilder();
        for (double b : Digits.bitmap(values)) {
            sb.append(b != 0 ? '1' : '0');
        }
        return sb.toString();
    }
}
