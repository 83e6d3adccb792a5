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

    /**
     * z = X·w + b for a layer of one unit: z[r] = b + x[r][0]·w[0] + x[r][1]·w[1] + … (in that
     * order), four rows at a time. One row's sum is a chain of dependent additions; four
     * independent chains let the processor overlap them.
     */
    static void affineOneUnit(double[] x, int rows, int nIn, double[] w, double b, double[] z) {
        int r = 0;
        for (; r + 3 < rows; r += 4) {
            int x0 = r * nIn;
            int x1 = x0 + nIn;
            int x2 = x1 + nIn;
            int x3 = x2 + nIn;
            double s0 = b;
            double s1 = b;
            double s2 = b;
            double s3 = b;
            for (int i = 0; i < nIn; i++) {
                double v = w[i];
                s0 += x[x0 + i] * v;
                s1 += x[x1 + i] * v;
                s2 += x[x2 + i] * v;
                s3 += x[x3 + i] * v;
            }
            z[r] = s0;
            z[r + 1] = s1;
            z[r + 2] = s2;
            z[r + 3] = s3;
        }
        for (; r < rows; r++) {
            int xo = r * nIn;
            double s = b;
            for (int i = 0; i < nIn; i++) {
                s += x[xo + i] * w[i];
            }
            z[r] = s;
        }
    }

    /**
     * dw = Xᵀ·d for a layer of one unit: dw[i] = 0 + x[0][i]·d[0] + x[1][i]·d[1] + … (rows in
     * order), four inputs at a time (independent chains, as in {@link #affineOneUnit}).
     */
    static void weightGradsOneUnit(double[] x, double[] d, int rows, int nIn, double[] dw) {
        int i = 0;
        for (; i + 3 < nIn; i += 4) {
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int r = 0, xo = i; r < rows; r++, xo += nIn) {
                double v = d[r];
                s0 += x[xo] * v;
                s1 += x[xo + 1] * v;
                s2 += x[xo + 2] * v;
                s3 += x[xo + 3] * v;
            }
            dw[i] = s0;
            dw[i + 1] = s1;
            dw[i + 2] = s2;
            dw[i + 3] = s3;
        }
        for (; i < nIn; i++) {
            double s = 0;
            for (int r = 0; r < rows; r++) {
                s += x[r * nIn + i] * d[r];
            }
            dw[i] = s;
        }
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

    /**
     * dW = Xᵀ·dZ: dw[i][j] = x[0][i]·d[0][j] + x[1][i]·d[1][j] + … (rows in order), for
     * rows ≥ 1, in blocks of 2 inputs × 4 units.
     *
     * @param x rows × nIn
     * @param d rows × nOut
     * @param dw nIn × nOut, written
     */
    static void weightGrads(double[] x, double[] d, int rows, int nIn, int nOut, double[] dw) {
        int i = 0;
        for (; i + 1 < nIn; i += 2) {
            int j = 0;
            for (; j + 3 < nOut; j += 4) {
                weightGradBlock(x, d, rows, nIn, nOut, i, j, dw);
            }
            for (; j < nOut; j++) {
                dw[i * nOut + j] = dotRows(x, i, nIn, d, j, nOut, rows);
                dw[(i + 1) * nOut + j] = dotRows(x, i + 1, nIn, d, j, nOut, rows);
            }
        }
        if (i < nIn) {
            for (int j = 0; j < nOut; j++) {
                dw[i * nOut + j] = dotRows(x, i, nIn, d, j, nOut, rows);
            }
        }
    }

    /** Inputs i, i+1 × units j..j+3 of dW, each summed over the rows in order. */
    private static void weightGradBlock(double[] x, double[] d, int rows, int nIn, int nOut,
            int i, int j, double[] dw) {
        double p = x[i];
        double q = x[i + 1];
        double a00 = p * d[j];
        double a01 = p * d[j + 1];
        double a02 = p * d[j + 2];
        double a03 = p * d[j + 3];
        double a10 = q * d[j];
        double a11 = q * d[j + 1];
        double a12 = q * d[j + 2];
        double a13 = q * d[j + 3];
        for (int r = 1, xo = nIn, dOff = nOut + j; r < rows; r++, xo += nIn, dOff += nOut) {
            p = x[xo + i];
            q = x[xo + i + 1];
            double d0 = d[dOff];
            double d1 = d[dOff + 1];
            double d2 = d[dOff + 2];
            double d3 = d[dOff + 3];
            a00 += p * d0;
            a01 += p * d1;
            a02 += p * d2;
            a03 += p * d3;
            a10 += q * d0;
            a11 += q * d1;
            a12 += q * d2;
            a13 += q * d3;
        }
        int o = i * nOut + j;
        dw[o] = a00;
        dw[o + 1] = a01;
        dw[o + 2] = a02;
        dw[o + 3] = a03;
        dw[o + nOut] = a10;
        dw[o + nOut + 1] = a11;
        dw[o + nOut + 2] = a12;
        dw[o + nOut + 3] = a13;
    }

    /** Σ_r x[r][i]·d[r][j], rows in order, the first product assigned. */
    private static double dotRows(double[] x, int i, int nIn, double[] d, int j, int nOut,
            int rows) {
        double s = x[i] * d[j];
        for (int r = 1; r < rows; r++) {
            s += x[r * nIn + i] * d[r * nOut + j];
        }
        return s;
    }

    /**
     * dX = dZ·Wᵀ: g[r][i] = 0 + d[r][0]·w[i][0] + d[r][1]·w[i][1] + … (units in order), in
     * blocks of 2 rows × 4 inputs.
     *
     * @param d rows × nOut
     * @param w nIn × nOut
     * @param g rows × nIn, written
     */
    static void inputGrads(double[] d, int rows, int nOut, double[] w, int nIn, double[] g) {
        int r = 0;
        for (; r + 1 < rows; r += 2) {
            int i = 0;
            for (; i + 3 < nIn; i += 4) {
                inputGradBlock(d, r, nOut, w, nIn, i, g);
            }
            for (; i < nIn; i++) {
                g[r * nIn + i] = dotUnits(d, r * nOut, w, i * nOut, nOut);
                g[(r + 1) * nIn + i] = dotUnits(d, (r + 1) * nOut, w, i * nOut, nOut);
            }
        }
        if (r < rows) {
            for (int i = 0; i < nIn; i++) {
                g[r * nIn + i] = dotUnits(d, r * nOut, w, i * nOut, nOut);
            }
        }
    }

    /** Rows r, r+1 × inputs i..i+3 of dX, each summed over the units in order. */
    private static void inputGradBlock(double[] d, int r, int nOut, double[] w, int nIn, int i,
            double[] g) {
        // Each sum starts at 0 like the plain loop, so a −0 product still gives +0.
        double a00 = 0;
        double a01 = 0;
        double a02 = 0;
        double a03 = 0;
        double a10 = 0;
        double a11 = 0;
        double a12 = 0;
        double a13 = 0;
        int da = r * nOut;
        int db = da + nOut;
        int w0 = i * nOut;
        for (int j = 0; j < nOut; j++) {
            double p = d[da + j];
            double q = d[db + j];
            double v0 = w[w0 + j];
            double v1 = w[w0 + nOut + j];
            double v2 = w[w0 + 2 * nOut + j];
            double v3 = w[w0 + 3 * nOut + j];
            a00 += p * v0;
            a01 += p * v1;
            a02 += p * v2;
            a03 += p * v3;
            a10 += q * v0;
            a11 += q * v1;
            a12 += q * v2;
            a13 += q * v3;
        }
        int o = r * nIn + i;
        g[o] = a00;
        g[o + 1] = a01;
        g[o + 2] = a02;
        g[o + 3] = a03;
        g[o + nIn] = a10;
        g[o + nIn + 1] = a11;
        g[o + nIn + 2] = a12;
        g[o + nIn + 3] = a13;
    }

    /** 0 + Σ_j d[dOff + j]·w[wOff + j], units in order. */
    private static double dotUnits(double[] d, int dOff, double[] w, int wOff, int nOut) {
        double s = 0;
        for (int j = 0; j < nOut; j++) {
            s += d[dOff + j] * w[wOff + j];
        }
        return s;
    }
}
