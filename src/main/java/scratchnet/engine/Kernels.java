package scratchnet.engine;

/**
 * The matrix products of a dense layer, register-blocked: each pass of an inner loop loads a
 * few inputs and a few weights once and keeps a 2 × 4 block of sums in registers, instead of
 * loading and storing an output for every multiply-add. JavaScript and WebAssembly have no
 * SIMD in TeaVM's output, so loads and stores, not arithmetic, bound the simple loops there.
 *
 * <p>Every sum is still added up in the plain loops' order (over the inputs i, or over the
 * rows r, ascending, starting with the first product), so results are bit-identical to the
 * unblocked code, on every runtime. Matrices are flat and row-major.
 */
final class Kernels {
    private Kernels() {
    }

    /**
     * Z = X·W + b: z[r][j] = b_j + x[r][0]·w[0][j] + x[r][1]·w[1][j] + … (in that order).
     *
     * @param x rows × nIn
     * @param w nIn × nOut
     * @param z rows × nOut, written
     */
    static void affine(double[] x, int rows, int nIn, double[] w, double[] b, int nOut,
            double[] z) {
        int r = 0;
        for (; r + 1 < rows; r += 2) {
            int xa = r * nIn;
            int xb = xa + nIn;
            int j = 0;
            for (; j + 3 < nOut; j += 4) {
                affineBlock(x, xa, xb, nIn, w, b, nOut, j, z, r * nOut);
            }
            for (; j < nOut; j++) {
                z[r * nOut + j] = dotColumn(x, xa, nIn, w, nOut, j, b[j]);
                z[(r + 1) * nOut + j] = dotColumn(x, xb, nIn, w, nOut, j, b[j]);
            }
        }
        if (r < rows) {
            for (int j = 0; j < nOut; j++) {
                z[r * nOut + j] = dotColumn(x, r * nIn, nIn, w, nOut, j, b[j]);
            }
        }
    }

    /** Rows xa and xb (offsets into x) times columns j..j+3 of W, plus b, into z at zo. */
    private static void affineBlock(double[] x, int xa, int xb, int nIn, double[] w,
            double[] b, int nOut, int j, double[] z, int zo) {
        double a0 = x[xa];
        double b0 = x[xb];
        double a00 = b[j] + a0 * w[j];
        double a01 = b[j + 1] + a0 * w[j + 1];
        double a02 = b[j + 2] + a0 * w[j + 2];
        double a03 = b[j + 3] + a0 * w[j + 3];
        double a10 = b[j] + b0 * w[j];
        double a11 = b[j + 1] + b0 * w[j + 1];
        double a12 = b[j + 2] + b0 * w[j + 2];
        double a13 = b[j + 3] + b0 * w[j + 3];
        for (int i = 1, wo = nOut + j; i < nIn; i++, wo += nOut) {
            double p = x[xa + i];
            double q = x[xb + i];
            double w0 = w[wo];
            double w1 = w[wo + 1];
            double w2 = w[wo + 2];
            double w3 = w[wo + 3];
            a00 += p * w0;
            a01 += p * w1;
            a02 += p * w2;
            a03 += p * w3;
            a10 += q * w0;
            a11 += q * w1;
            a12 += q * w2;
            a13 += q * w3;
        }
        z[zo + j] = a00;
        z[zo + j + 1] = a01;
        z[zo + j + 2] = a02;
        z[zo + j + 3] = a03;
        z[zo + nOut + j] = a10;
        z[zo + nOut + j + 1] = a11;
        z[zo + nOut + j + 2] = a12;
        z[zo + nOut + j + 3] = a13;
    }

    /** bias + Σ_i x[xo + i]·w[i][j], summed in order of i. */
    private static double dotColumn(double[] x, int xo, int nIn, double[] w, int nOut, int j,
            double bias) {
        double s = bias + x[xo] * w[j];
        for (int i = 1; i < nIn; i++) {
            s += x[xo + i] * w[i * nOut + j];
        }
        return s;
    }
}
