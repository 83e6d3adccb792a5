package scratchnet.math;

/**
 * The hyperbolic tangent behind {@link Fn#tanh}, fast because the engine calls it 34 times
 * per example of benchmark A's 2-8-8-1 tanh network (training forward pass and the epoch's
 * evaluation) and 170,000 times per heatmap frame.
 *
 * <p>Method. Around the nearest node a = j/64 (j from −1248 to 1248, so |x| &lt; 19.5), the
 * addition theorem with T = tanh a and t = tanh b, b = x − a, |b| ≤ 1/128:
 * <pre>
 *   tanh(a + b) = T + t·(1 − T²)/(1 + T·t) = T + b + (δ − q),   q = t·T·(T + t)/(1 + T·t),
 * </pre>
 * where t = b + δ and δ = −b³/3 + 2b⁵/15 − 17b⁷/315 (the next term is below 2^-61 of b). T is
 * stored as head + tail (two doubles per node, filled once by the slow
 * {@link Fn#tanhHeadTail}), and the sum is taken as head + (b + ((δ + tail) − q)) (written
 * head − ((q − (δ + tail)) − b), the same number, so that ±0 keeps its sign): b is exact,
 * δ, the tail and q are small corrections whose own rounding hardly matters, so what remains
 * is about two roundings. Near 0 the node is a = 0, T = 0, q = 0, and the formula is the
 * series itself. FnTest checks 60,000 arguments against BigDecimal: within one ulp (the worst
 * seen is 0.75). From 19.5 on tanh rounds to ±1.
 *
 * <p>Why this shape. The node comes from x itself, not from |x|, so one formula serves both
 * signs and small arguments alike: no branch on the sign or the size of x, which a processor
 * mispredicts half the time when training visits examples in shuffled order. (This class used
 * to take |x| and switch to a polynomial below 1/4; that made benchmark A about 15 % slower in
 * the WebAssembly build.) Arguments beyond ±19.5 are clamped to the last node rather than
 * sent down a branch, and the node is found by rounding in floating point (adding and removing
 * 1.5·2^52) rather than by a float-to-int conversion, so b, on which everything waits, is three
 * operations from x; the conversion only feeds the table index. Those two changes made the
 * function about 20 % faster in V8 (issue 16). Only +, −, ×, ÷ and comparisons: every runtime
 * gives the same bits.
 */
final class Tanh {
    /** From here on tanh x rounds to ±1 (it does from 19.06). */
    private static final double ONE = 19.5;
    /** Nodes per unit of x. */
    private static final int PER_UNIT = 64;
    /** The node spacing 1/64, a power of two: multiplying by it is exact. */
    private static final double STEP = 1.0 / PER_UNIT;
    /** Index of the node a = 0; the nodes run from −MID/64 to +MID/64. */
    private static final int MID = (int) (ONE * PER_UNIT);
    /** 1.5·2^52: for |v| &lt; 2^51, (v + ROUND) − ROUND is v rounded to an integer. */
    private static final double ROUND = 0x1.8p52;
    /** Per node k = j + MID: T head, T tail (40 KB, of which a trained net touches little). */
    private static final double[] TABLE = table();
    // tanh b = b − b³/3 + 2b⁵/15 − 17b⁷/315 + …
    private static final double T1 = -1.0 / 3;
    private static final double T2 = 2.0 / 15;
    private static final double T3 = -17.0 / 315;

    private Tanh() {
    }

    private static double[] table() {
        double[] t = new double[2 * (2 * MID + 1)];
        double[] headTail = new double[2];
        for (int j = 1; j <= MID; j++) {
            Fn.tanhHeadTail((double) j / PER_UNIT, headTail, 0);
            int up = 2 * (MID + j);
            int down = 2 * (MID - j);
            t[up] = headTail[0];
            t[up + 1] = headTail[1];
            t[down] = -headTail[0]; // tanh is odd
            t[down + 1] = -headTail[1];
        }
        t[2 * MID] = -0.0; // node 0's head: see the last line of tanh(x, table)
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
        // Beyond ±19.5 tanh rounds to ±1, which the last node gives with b = 0; NaN passes.
        double c = x < -ONE ? -ONE : x > ONE ? ONE : x;
        // The nearest node: adding and removing 1.5·2^52 rounds 64c to an integer (ties to
        // even) in floating point, so b does not wait for a float-to-int conversion.
        double r = (c * PER_UNIT + ROUND) - ROUND;
        double b = c - r * STEP; // exact: c and the node are within a factor 2
        int k = 2 * ((int) r + MID); // (int) NaN is 0, a valid node: NaN then gives NaN
        double b2 = b * b;
        double delta = b * b2 * (T1 + b2 * (T2 + b2 * T3));
        double t = b + delta;
        double head = table[k];
        double ht = head * t;
        double q = ht * (head + t) / (1.0 + ht);
        // head + (b + ((δ + tail) − q)), written so that ±0 gives ±0 without a test: for every
        // x ≠ 0 it is the same number (x − y = −(y − x) and a − y = a + (−y) exactly, and node
        // 0's head, ±0, only meets nonzero sums), and with node 0's head stored as −0, q is −0
        // at x = ±0, so x = +0 gives −0 − (−0) = +0 and x = −0 gives −0 − (+0) = −0.
        // (Compared with the former head + (b + ((δ + tail) − q)) and a test for zero on 200
        // million arguments before it went in, and on 2 million in TanhTest: the same bits.)
        return head - ((q - (delta + table[k + 1])) - b);
    }
}
