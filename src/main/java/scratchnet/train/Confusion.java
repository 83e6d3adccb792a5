package scratchnet.train;

/**
 * A classifier's confusion matrix on one set of rows, and the scores read from it.
 *
 * <p>{@code counts[t * classes + p]} is the number of rows of true class t predicted as class
 * p (rows = true class, columns = predicted class). A prediction is read from the network's
 * outputs as the playground's accuracy reads it: a single output (a probability) is class 1
 * from 0.5 up, else class 0; several outputs vote for the largest (the first on ties).
 *
 * <p>Per class k: precision = counts[k][k] / Σ_t counts[t][k] (of the rows predicted k, the
 * share truly k), recall = counts[k][k] / Σ_p counts[k][p] (of the rows truly k, the share
 * found); either is NaN when its denominator is 0 (no row predicted k, or none truly k).
 *
 * @param classes K, the matrix's side (2 for a binary task)
 * @param counts K × K counts, row-major
 */
public record Confusion(int classes, int[] counts) {
    /** Copies the counts so a value never changes. */
    public Confusion {
        if (counts.length != classes * classes) {
            throw new IllegalArgumentException("a " + classes + "-class matrix needs "
                    + classes * classes + " counts, got " + counts.length);
        }
        counts = counts.clone();
    }

    /**
     * The matrix of {@code rows} rows with true classes {@code y} and network outputs
     * {@code out} (rows × outputs, row-major).
     *
     * @param classes K ≥ 2; with one output, 2
     */
    public static Confusion of(double[] y, double[] out, int rows, int outputs, int classes) {
        int[] counts = new int[classes * classes];
        for (int r = 0; r < rows; r++) {
            counts[(int) y[r] * classes + predicted(out, r, outputs)]++;
        }
        return new Confusion(classes, counts);
    }

    /** The class row {@code r} of {@code out} (rows × outputs) is predicted as. */
    public static int predicted(double[] out, int r, int outputs) {
        if (outputs == 1) {
            return out[r] >= 0.5 ? 1 : 0;
        }
        int best = 0;
        for (int c = 1; c < outputs; c++) {
            best = out[r * outputs + c] > out[r * outputs + best] ? c : best;
        }
        return best;
    }

    /** The K × K counts (a copy). */
    @Override
    public int[] counts() {
        return counts.clone();
    }

    /** Rows of true class {@code t} predicted as {@code p}. */
    public int count(int t, int p) {
        return counts[t * classes + p];
    }

    /** Rows counted. */
    public int rows() {
        int n = 0;
        for (int c : counts) {
            n += c;
        }
        return n;
    }

    /** Rows truly of class {@code k} (its row's sum). */
    public int support(int k) {
        int n = 0;
        for (int p = 0; p < classes; p++) {
            n += count(k, p);
        }
        return n;
    }

    /** Rows predicted as class {@code k} (its column's sum). */
    public int predictedAs(int k) {
        int n = 0;
        for (int t = 0; t < classes; t++) {
            n += count(t, k);
        }
        return n;
    }

    /** Share of rows on the diagonal; NaN with no rows. */
    public double accuracy() {
        int right = 0;
        for (int k = 0; k < classes; k++) {
            right += count(k, k);
        }
        int n = rows();
        return n == 0 ? Double.NaN : (double) right / n;
    }

    /** Of the rows predicted {@code k}, the share truly {@code k}; NaN if none was. */
    public double precision(int k) {
        int n = predictedAs(k);
        return n == 0 ? Double.NaN : (double) count(k, k) / n;
    }

    /** Of the rows truly {@code k}, the share predicted {@code k}; NaN if there are none. */
    public double recall(int k) {
        int n = support(k);
        return n == 0 ? Double.NaN : (double) count(k, k) / n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Confusion c && c.classes == classes
                && java.util.Arrays.equals(c.counts, counts);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(counts);
    }
}
