package scratchnet.engine;

/**
 * The common case of {@link Precision#fround}, rounding a double to the nearest single, in a
 * class with no static state: TeaVM's JavaScript calls a static method of a class that has
 * any (such as the enum {@link Precision}) through a class-initialisation check, a call it
 * cannot inline, and the float32 kernels round twice per multiply-add.
 */
final class Single {
    /** 2^29 + 1, Veltkamp's splitting constant for keeping 53 − 29 = 24 significant bits. */
    private static final double SPLIT = 0x1p29 + 1;
    /** The square of single's smallest normal value 2^−126. */
    private static final double MIN_NORMAL_SQUARED = 0x1p-252;
    /** The square of 2^128, the first power of two beyond single's range. */
    private static final double OVERFLOW_SQUARED = 0x1p256;

    private Single() {
    }

    /**
     * {@code v} rounded to the nearest IEEE-754 single (ties to even), as a double: the value
     * of {@code (double) (float) v}, computed with double arithmetic only.
     *
     * <p>The common case is Veltkamp's split: with c = v·(2^29 + 1), c − (c − v) is v rounded
     * to 53 − 29 = 24 significant bits, to nearest with ties to even, which is single
     * precision's rounding wherever the result is a normal single (|r| in [2^−126, 2^128)), and
     * v itself when v is ±0 (zeros are common: ReLU outputs, blank pixels). Four operations,
     * three comparisons and one branch; {@code PrecisionTest} checks it against the JVM's
     * {@code (float)} cast on ties, near-ties and random values. Everything else (subnormals,
     * overflow, ∞, NaN, and |v| so large that c overflows) takes {@link Precision#slow}.
     */
    static double round(double v) {
        double c = v * SPLIT;
        double r = c - (c - v);
        // A normal single (r² in [2^−252, 2^256)) or ±0 (r is ±0 exactly when v is, with its
        // sign); NaN fails every test. The tests are combined with & and |, not && and ||, so
        // that one well-predicted branch decides: signs and zeros come in no order.
        double q = r * r;
        if ((q >= MIN_NORMAL_SQUARED) & (q < OVERFLOW_SQUARED) | (r == 0)) {
            return r;
        }
        return Precision.slow(v);
    }
}
