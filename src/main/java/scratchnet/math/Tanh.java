package scratchnet.math;

/**
 * The hyperbolic tangent behind {@link Fn#tanh}, fast because the engine calls it 17 times
 * per example of a 2-8-8-1 tanh network and 170,000 times per heatmap frame.
 *
 * <p>Method. For |x| &lt; 1/4, an odd polynomial: tanh x = x + x³·P(x²) with P of degree 7
 * (near-minimax, fitted with mpmath), whose correction is at most 2 % of x. From 1/4 to 19.5
 * the addition theorem around the nearest node a = j/32:
 * <pre>
 *   tanh(a + b) = (T + t) / (1 + T·t) = T + t·(1 − T²) / (1 + T·t),   T = tanh a, t = tanh b,
 * </pre>
 * with |b| ≤ 1/64, so t comes from four Taylor terms and the correction is at most 6 % of the
 * result. T is stored as head + tail and 1 − T² with it, three doubles per node, filled once
 * by the slow {@link Fn#tanhHeadTail}. Errors: the polynomial's truncation is below 2^-62, the
 * table's below 2^-60, so what remains is the rounding of the final additions: within one ulp
 * in all (FnTest checks 60,000 arguments against BigDecimal). From 19.5 on tanh rounds to ±1.
 * Only +, −, ×, ÷ and comparisons: every runtime gives the same bits.
 */
final class Tanh {
    /** Below this |x| the polynomial; from here the table (its first node is 8/32). */
    private static final double SMALL = 0.25;
    /** From here on tanh x rounds to ±1 (it does from 19.06). */
    private static final double ONE = 19.5;
    /** Nodes per unit of x. */
    private static final int PER_UNIT = 32;
    /** Per node j = 0 .. 19.5·32 (entries below 8 unused): T head, T tail, 1 − T². */
    private static final double[] TABLE = table();
    // tanh x ≈ x + x³·P(x²) on |x| ≤ 1/4: truncation below 1e-19 of tanh x.
    private static final double P0 = -0x1.5555555555555p-2;
    private static final double P1 = 0x1.11111111110a0p-3;
    private static final double P2 = -0x1.ba1ba1b9f65b1p-5;
    private static final double P3 = 0x1.664f485d689d6p-6;
    private static final double P4 = -0x1.226e22f8984fep-7;
    private static final double P5 = 0x1.d6c9f38a84c44p-9;
    private static final double P6 = -0x1.7c2ac70052209p-10;
    private static final double P7 = 0x1.17cca53d03e18p-11;
    // tanh b = b − b³/3 + 2b⁵/15 − 17b⁷/315 + …: for |b| ≤ 1/64 the next term is 2^-54 of b.
    private static final double T1 = -1.0 / 3;
    private static final double T2 = 2.0 / 15;
    private static final double T3 = -17.0 / 315;

    private Tanh() {
    }

    private static double[] table() {
        int nodes = (int) (ONE * PER_UNIT) + 1;
        double[] t = new double[3 * nodes];
        double[] headTail = new double[2];
        for (int j = (int) (SMALL * PER_UNIT); j < nodes; j++) {
            Fn.tanhHeadTail((double) j / PER_UNIT, headTail, 0);
            double head = headTail[0];
            double tail = headTail[1];
            t[3 * j] = head;
            t[3 * j + 1] = tail;
            // 1 − T² = (1 − T)(1 + T); it only scales a correction of at most 6 %, so its own
            // rounding hardly matters, but near T = 1 the tail carries all of 1 − T.
            t[3 * j + 2] = ((1.0 - head) - tail) * ((1.0 + head) + tail);
        }
        return t;
    }

    /** tanh x for any double x; tanh(±0) = ±0, tanh(±∞) = ±1, tanh(NaN) = NaN. */
    static double tanh(double x) {
        return tanh(x, TABLE);
    }

    /**
     * a[i] = tanh z[i] for i &lt; n, the same values as {@link #tanh(double)}. A layer's
     * activations in one loop, the table read once: in the WebAssembly and JavaScript builds a
     * static field read (with its class-initialisation check) per value is a measurable share
     * of a 170,000-value heatmap frame.
     */
    static void tanh(double[] z, double[] a, int n) {
        double[] table = TABLE;
        for (int i = 0; i < n; i++) {
            a[i] = tanh(z[i], table);
        }
    }

    private static double tanh(double x, double[] table) {
        double ax = Math.abs(x);
        double r;
        if (ax < SMALL) {
            if (x == 0) {
                return x; // keeps the sign of zero, which x + x·s·P would lose
            }
            double s = x * x;
            double p = P0 + s * (P1 + s * (P2 + s * (P3 + s * (P4 + s * (P5 + s * (P6
                    + s * P7))))));
            return x + x * s * p;
        } else if (ax < ONE) {
            int j = (int) (ax * PER_UNIT + 0.5); // the nearest node; truncation is floor here
            double b = ax - (double) j / PER_UNIT; // exact: both are within a factor 2
            double b2 = b * b;
            double t = b + b * b2 * (T1 + b2 * (T2 + b2 * T3));
            int k = 3 * j;
            double head = table[k];
            r = head + (table[k + 1] + t * table[k + 2] / (1.0 + head * t));
        } else if (ax == ax) {
            r = 1.0;
        } else {
            return x;
        }
        return x < 0 ? -r : r;
    }
}
