package scratchnet.diag;

import scratchnet.engine.Dense;
import scratchnet.engine.Network;

/**
 * Counts a layer's pre-activations z from the last forward pass into equal-width bins, for
 * the histogram that shows units drifting below zero (dying ReLU) or into the tails
 * (saturation).
 *
 * <p>Bin k covers [lo + k·w, lo + (k+1)·w) with w = (hi − lo)/bins; values below lo (−∞
 * included) land in bin 0, values at or above hi (+∞ included) in the last bin, so the counts
 * add up to rows × units minus the NaNs, which are skipped and counted in {@link #skipped()}.
 * The count array is reused while the number of bins stays the same.
 */
public final class Histogram {
    private int[] counts = new int[0];
    private int skipped;

    /**
     * Bins layer {@code l}'s z values.
     *
     * @param bins number of bins, ≥ 1
     * @param lo left edge of the first bin
     * @param hi right edge of the last bin, &gt; lo
     * @return the counts, live until the next call
     */
    public int[] histogram(Network net, int l, int bins, double lo, double hi) {
        if (bins < 1 || !(hi > lo)) {
            throw new IllegalArgumentException("need bins >= 1 and hi > lo: " + bins + ", "
                    + lo + ", " + hi);
        }
        if (counts.length != bins) {
            counts = new int[bins];
        }
        java.util.Arrays.fill(counts, 0);
        skipped = 0;
        Dense d = net.layer(l);
        double[] z = d.preActivations();
        int n = d.rows() * d.outputs();
        double perUnit = bins / (hi - lo);
        for (int i = 0; i < n; i++) {
            double v = z[i];
            if (v != v) {
                skipped++;
                continue;
            }
            double pos = (v - lo) * perUnit;
            int k = pos < 0 ? 0 : pos >= bins ? bins - 1 : (int) pos;
            counts[k]++;
        }
        return counts;
    }

    /** NaN values left out by the last {@link #histogram} call. */
    public int skipped() {
        return skipped;
    }
}
