package scratchnet.engine;

/**
 * {@link Kernels}' three matrix products in single precision: the same sums in the same order
 * (over the inputs i, or the rows r, or the units j, ascending, starting with the first
 * product), but every product and every partial sum is rounded to float
 * ({@link Precision#fround}), so each is IEEE single-precision arithmetic. Plain loops: this
 * path is for seeing rounding, not for speed; the double kernels are untouched.
 */
final class Kernels32 {
    private Kernels32() {
    }

    private static double f(double v) {
        return Precision.fround(v);
    }

    /** Z = X·W + b: z[r][j] = b_j + x[r][0]·w[0][j] + … with every step rounded to float. */
    static void affine(double[] x, int rows, int nIn, double[] w, double[] b, int nOut,
            double[] z) {
        for (int r = 0; r < rows; r++) {
            int xo = r * nIn;
            for (int j = 0; j < nOut; j++) {
                double s = b[j];
                for (int i = 0; i < nIn; i++) {
                    s = f(s + f(x[xo + i] * w[i * nOut + j]));
                }
                z[r * nOut + j] = s;
            }
        }
    }

    /** dW = Xᵀ·dZ for rows ≥ 1: dw[i][j] = x[0][i]·d[0][j] + … rounded to float each step. */
    static void weightGrads(double[] x, double[] d, int rows, int nIn, int nOut, double[] dw) {
        for (int i = 0; i < nIn; i++) {
            for (int j = 0; j < nOut; j++) {
                double s = f(x[i] * d[j]);
                for (int r = 1; r < rows; r++) {
                    s = f(s + f(x[r * nIn + i] * d[r * nOut + j]));
                }
                dw[i * nOut + j] = s;
            }
        }
    }

    /** db = Σ_rows dZ for rows ≥ 1, rounded to float each step. */
    static void biasGrads(double[] d, int rows, int nOut, double[] db) {
        for (int j = 0; j < nOut; j++) {
            double s = d[j];
            for (int r = 1; r < rows; r++) {
                s = f(s + d[r * nOut + j]);
            }
            db[j] = s;
        }
    }

    /** dX = dZ·Wᵀ: g[r][i] = 0 + d[r][0]·w[i][0] + … rounded to float each step. */
    static void inputGrads(double[] d, int rows, int nOut, double[] w, int nIn, double[] g) {
        for (int r = 0; r < rows; r++) {
            int dOff = r * nOut;
            for (int i = 0; i < nIn; i++) {
                double s = 0;
                int wOff = i * nOut;
                for (int j = 0; j < nOut; j++) {
                    s = f(s + f(d[dOff + j] * w[wOff + j]));
                }
                g[r * nIn + i] = s;
            }
        }
    }
}
