package scratchnet.engine;

/**
 * The floating-point format a network computes in. Both run the same code: the layers, the
 * activations, the loss and the optimizers are shared, and in {@link #FLOAT32} the matrix
 * kernels round every product and every sum to single precision ({@code (float)} casts, which
 * TeaVM compiles to {@code Math.fround} in JavaScript and {@code f32.demote} in WebAssembly:
 * the same bits on every runtime). A single-precision operation computed in double and rounded
 * once is exactly IEEE single-precision arithmetic for +, −, ×, ÷ and √, because a double has
 * more than twice a float's 24 significant bits.
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
        return this == FLOAT32 ? (double) (float) v : v;
    }

    /** Rounds the first {@code n} values of {@code a} to single precision in place. */
    static void toSingle(double[] a, int n) {
        for (int i = 0; i < n; i++) {
            a[i] = (float) a[i];
        }
    }
}
