package scratchnet.engine;

/**
 * The floating-point format a network computes in. Both run the same code: the layers, the
 * activations, the loss and the optimizers are shared, and in {@link #FLOAT32} the matrix
 * kernels round every product and every sum to single precision ({@link #fround}: the same
 * bits on every runtime). A single-precision operation computed in double and rounded
 * once is exactly IEEE single-precision arithmetic for +, −, ×, ÷ and √, because a double has
 * more than twice a float's 24 significant bits.
 *
 * <p>The rounding is {@link #fround}, not a {@code (float)} cast: TeaVM's JavaScript build
 * compiles a cast to float to nothing (a JavaScript number stays a double), so the cast would
 * round on the JVM and in WebAssembly but not in JavaScript.
 *
 * <p>In {@link #FLOAT32}: inputs are rounded on entry; every multiply and add of Z = X·W + b,
 * dW = Xᵀ·dZ, db and dX = dZ·Wᵀ is rounded; batch normalisation rounds every operation;
 * element-wise functions (activations and their derivatives, dropout, the loss's gradient) are
 * evaluated from single-precision inputs in double and rounded once, like a correctly rounded
 * single-precision library; the loss value is summed in double and rounded once; every
 * parameter is rounded after each update (the optimizers' own state stays double). Values
 * above 3.4028235e38 become ∞, so single precision overflows (and then gives NaN) far earlier
 * than double's 1.8e308.
 */
public enum Precision {
    /** IEEE-754 double: 53 significant bits, largest finite 1.8e308. */
    FLOAT64,
    /** IEEE-754 single: 24 significant bits, largest finite 3.4e38. */
    FLOAT32;

    /** {@code v} rounded to this precision. */
    public double round(double v) {
        return this == FLOAT32 ? fround(v) : v;
    }

    /** Rounds the first {@code n} values of {@code a} to single precision in place. */
    static void toSingle(double[] a, int n) {
        for (int i = 0; i < n; i++) {
            a[i] = Single.round(a[i]);
        }
    }

    /** 2^k for k in [−150, 160]: {@code POW2[k + 150]}, each exact. */
    private static final double[] POW2 = powers();

    private static double[] powers() {
        double[] p = new double[311];
        p[0] = 0x1p-150;
        for (int i = 1; i < p.length; i++) {
            p[i] = p[i - 1] * 2;
        }
        return p;
    }

    /**
     * {@code v} rounded to the nearest IEEE-754 single (ties to even), as a double: the value
     * of {@code (double) (float) v}, computed with double arithmetic only ({@link Single#round},
     * which the kernels call directly).
     */
    public static double fround(double v) {
        return Single.round(v);
    }

    /**
     * {@link #fround} for every double (the rare cases of {@link Single#round}), by the
     * exponent: with e the binary exponent of v (at least −126, single's smallest normal one),
     * adding c = 1.5·2^(e+29) lands in a binade
     * whose spacing is 2^(e−23), a single's spacing at v (2^−149 for its subnormals), so the
     * addition rounds v to single precision and subtracting c is exact. Beyond single's range
     * the result is ±∞; zeros, infinities and NaN are returned as they are.
     */
    static double slow(double v) {
        if (v == 0 || v != v || v - v != 0) {
            return v; // ±0, NaN, ±∞
        }
        int e = (int) ((Double.doubleToRawLongBits(v) >>> 52) & 0x7ff) - 1023;
        if (e > 127) {
            return v > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        if (e < -126) {
            e = -126;
        }
        double c = 1.5 * POW2[e + 29 + 150];
        double r = (v + c) - c;
        if (r >= 0x1p128 || r <= -0x1p128) {
            return r > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        return r == 0 ? v < 0 ? -0.0 : 0.0 : r; // an underflow keeps its sign
    }
}
