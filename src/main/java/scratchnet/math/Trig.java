package scratchnet.math;

/**
 * Sine and cosine computed with only {@code + - * /} and {@link Math#floor}, so the results are
 * bit-identical on the JVM and in TeaVM's JavaScript and WebAssembly builds (whose
 * {@code Math.sin} comes from the browser and may differ in the last bit).
 *
 * <p>Method (the classic fdlibm scheme): write {@code x = k·π/2 + r} with {@code |r| ≤ π/4},
 * where π/2 is split into two 33-bit pieces plus a tail (Cody–Waite), so {@code k·piece} is
 * exact and {@code r} is carried as a head {@code r0} plus a small tail {@code r1}. Then a
 * degree-13 odd (sine) or degree-14 even (cosine) minimax polynomial is evaluated on {@code r},
 * and {@code k mod 4} picks which one and its sign. Accuracy is within 1–2 ulps of
 * {@link StrictMath} for {@code |x|} up to 10<sup>6</sup> (tested); from about 1.6e6 on,
 * {@code k·PIO2_1} is no longer exact and the results, while still deterministic, become
 * inaccurate. ScratchNet only needs inputs in roughly [-50, 50].
 */
public final class Trig {
    /** 2/π rounded to double. */
    private static final double TWO_OVER_PI = 0x1.45f306dc9c883p-1;
    /** First 33 bits of π/2; {@code k * PIO2_1} is exact for {@code |k| < 2^20}. */
    private static final double PIO2_1 = 0x1.921fb544p0;
    /** Next 33 bits of π/2. */
    private static final double PIO2_2 = 0x1.0b4611a6p-34;
    /** π/2 − (PIO2_1 + PIO2_2), rounded. */
    private static final double PIO2_2T = 0x1.3198a2e037073p-69;

    // Minimax coefficients of sin(r) ≈ r + r^3·(S1 + r^2·S2 + ...) on [-π/4, π/4] (fdlibm).
    private static final double S1 = -1.66666666666666324348e-01;
    private static final double S2 = 8.33333333332248946124e-03;
    private static final double S3 = -1.98412698298579493134e-04;
    private static final double S4 = 2.75573137070700676789e-06;
    private static final double S5 = -2.50507602534068634195e-08;
    private static final double S6 = 1.58969099521155010221e-10;

    // Minimax coefficients of cos(r) ≈ 1 − r^2/2 + r^4·(C1 + r^2·C2 + ...) (fdlibm).
    private static final double C1 = 4.16666666666666019037e-02;
    private static final double C2 = -1.38888888888741095749e-03;
    private static final double C3 = 2.48015872894767294178e-05;
    private static final double C4 = -2.75573143513906633035e-07;
    private static final double C5 = 2.08757232129817482790e-09;
    private static final double C6 = -1.13596475577881948265e-11;

    /** π/4 rounded down; below it no reduction is needed. */
    private static final double PI_OVER_4 = 0x1.921fb54442d18p-1;

    private Trig() {
    }

    /** sin(x), x in radians. NaN and ±Infinity give NaN; sin(±0) = ±0. */
    public static double sin(double x) {
        if (Math.abs(x) <= PI_OVER_4) {
            return sinKernel(x, 0.0);
        }
        return reducedSin(x, 0);
    }

    /** cos(x), x in radians. NaN and ±Infinity give NaN; cos(0) = 1. */
    public static double cos(double x) {
        if (Math.abs(x) <= PI_OVER_4) {
            return cosKernel(x, 0.0);
        }
        return reducedSin(x, 1); // cos(x) = sin(x + π/2): one quadrant further on
    }

    /**
     * sin(x + shift·π/2) for |x| > π/4: writes {@code x = k·π/2 + (r0 + r1)} and picks the
     * kernel and sign from {@code (k + shift) mod 4}. Kept allocation-free so the decision-grid
     * painter can call it per pixel.
     */
    private static double reducedSin(double x, int shift) {
        if (x != x || x == Double.POSITIVE_INFINITY || x == Double.NEGATIVE_INFINITY) {
            return Double.NaN;
        }
        double k = Math.floor(x * TWO_OVER_PI + 0.5);
        double head = x - k * PIO2_1; // exact: k·PIO2_1 fits in 53 bits and nearly cancels x
        double w = k * PIO2_2;
        double t = head;
        head = t - w;
        // (t − head) − w is the rounding error of t − w; fold it into the tail correction.
        w = k * PIO2_2T - ((t - head) - w);
        double r0 = head - w;
        double r1 = (head - r0) - w;
        int quadrant = ((int) (k - 4.0 * Math.floor(k * 0.25)) + shift) & 3;
        switch (quadrant) {
            case 0:
                return sinKernel(r0, r1);
            case 1:
                return cosKernel(r0, r1);
            case 2:
                return -sinKernel(r0, r1);
            default:
                return -cosKernel(r0, r1);
        }
    }

    /** sin(x + y) for |x| ≤ π/4 and |y| tiny compared with ulp(x). */
    private static double sinKernel(double x, double y) {
        double z = x * x;
        double v = z * x;
        double p = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        // sin(x + y) ≈ sin(x) + y·cos(x) ≈ sin(x) + y·(1 − z/2).
        return x - ((z * (0.5 * y - v * p) - y) - v * S1);
    }

    /** cos(x + y) for |x| ≤ π/4 and |y| tiny compared with ulp(x). */
    private static double cosKernel(double x, double y) {
        double z = x * x;
        double w = z * z;
        double p = z * (C1 + z * (C2 + z * C3)) + w * w * (C4 + z * (C5 + z * C6));
        double halfZ = 0.5 * z;
        double a = 1.0 - halfZ;
        // ((1 − a) − halfZ) is the rounding error of 1 − z/2; −x·y is the tail's term.
        return a + (((1.0 - a) - halfZ) + (z * p - x * y));
    }
}
