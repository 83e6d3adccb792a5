package scratchnet.engine;

/**
 * {@link Kernels}' three matrix products in single precision: the same sums in the same order
 * (over the inputs i, or the rows r, or the units j, ascending, starting with the first
 * product), but every product and every partial sum is rounded to float
 * ({@link Precision#fround}), so each is IEEE single-precision arithmetic; the double kernels
 * are untouched.
 *
 * <p>Loop order. Each rounded sum is a chain of dependent steps (add, then round: four
 * operations), so a loop that finishes one sum before starting the next waits on that chain at
 * every step. Here the innermost loop runs across independent sums instead (a row's units, or
 * a weight row's units, or a row's inputs), each advanced by one term per pass, kept in the
 * output array itself; every single sum still takes its terms in the order above, so the
 * results are the same bits as one sum at a time.
 *
 * <p>Zeros. When the shared factor of a pass (an input, or a unit's delta) is ±0, every
 * product of the pass is ±0 or NaN, and a float plus ±0 is a float again, so neither the
 * product nor the sum needs rounding: the pass adds the plain products, the same bits without
 * the rounding's cost. Zeros are common here (blank pixels, ReLU units that are off, and
 * their deltas). (Both changes together took a float32 training step of the largest digits
 * network from 8.1 to 3.5 ms on the JVM; see README.)
 */
final class Kernels32 {
    private Kernels32() {
    }

    private static double f(double v) {
        return Single.round(v);
    }

    /** Z = X·W + b: z[r][j] = b_j + x[r][0]·w[0][j] + … with every step rounded to float. */
    static void affine(double[] x, int rows, int nIn, double[] w, double[] b, int nOut,
            double[] z) {
        for (int r = 0; r < rows; r++) {
            int xo = r * nIn;
            int zo = r * nOut;
            System.arraycopy(b, 0, z, zo, nOut);
            for (int i = 0; i < nIn; i++) {
                addScaled(x[xo + i], w, i * nOut, z, zo, nOut);
            }
        }
    }

    /** dW = Xᵀ·dZ for rows ≥ 1: dw[i][j] = x[0][i]·d[0][j] + … rounded to float each step. */
    static void weightGrads(double[] x, double[] d, int rows, int nIn, int nOut, double[] dw) {
        for (int i = 0; i < nIn; i++) {
            double p = x[i];
            int o = i * nOut;
            for (int j = 0; j < nOut; j++) {
                dw[o + j] = f(p * d[j]);
            }
        }
        for (int r = 1; r < rows; r++) {
            int xo = r * nIn;
            int dOff = r * nOut;
            for (int i = 0; i < nIn; i++) {
                addScaled(x[xo + i], d, dOff, dw, i * nOut, nOut);
            }
        }
    }

    /**
     * One pass: dst[d + j] = dst[d + j] + p·src[s + j] for j &lt; n, the product and the sum
     * each rounded to float, or added plainly when p is ±0 (see the class comment).
     */
    private static void addScaled(double p, double[] src, int s, double[] dst, int d, int n) {
        if (p == 0) {
            for (int j = 0; j < n; j++) {
                dst[d + j] += p * src[s + j];
            }
            return;
        }
        for (int j = 0; j < n; j++) {
            dst[d + j] = f(dst[d + j] + f(p * src[s + j]));
        }
    }

    /** db = Σ_rows dZ for rows ≥ 1, rounded to float each step. */
    static void biasGrads(double[] d, int rows, int nOut, double[] db) {
        System.arraycopy(d, 0, db, 0, nOut);
        for (int r = 1; r < rows; r++) {
            int dOff = r * nOut;
            for (int j = 0; j < nOut; j++) {
                db[j] = f(db[j] + d[dOff + j]);
            }
        }
    }

    /** dX = dZ·Wᵀ: g[r][i] = 0 + d[r][0]·w[i][0] + … rounded to float each step. */
    static void inputGrads(double[] d, int rows, int nOut, double[] w, int nIn, double[] g) {
        for (int r = 0; r < rows; r++) {
            int dOff = r * nOut;
            int go = r * nIn;
            java.util.Arrays.fill(g, go, go + nIn, 0.0);
            for (int j = 0; j < nOut; j++) {
                double q = d[dOff + j];
                if (q == 0) {
                    for (int i = 0, wo = j; i < nIn; i++, wo += nOut) {
                        g[go + i] += q * w[wo];
                    }
                    continue;
                }
                for (int i = 0, wo = j; i < nIn; i++, wo += nOut) {
                    g[go + i] = f(g[go + i] + f(q * w[wo]));
                }
            }
        }
    }
}
