package scratchnet.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes a finite double as the shortest decimal that reads back as the very same double.
 *
 * <p>Java 17's {@code Double.toString} always round-trips but sometimes prints one digit more
 * than needed (JDK-4511638, fixed only in Java 19), and TeaVM's version is its own code. So
 * the digits are found here, the same way on every runtime: the smallest p whose p-digit
 * decimals nearest the exact binary value include one that parses back to the input, and of
 * those the nearest. Seventeen digits always suffice for a double. The runtime's
 * {@code Double.toString} only suggests where to start looking; it never decides the digits.
 * Candidates are read back with {@link DecimalParser}, not {@code Double.parseDouble}, whose
 * TeaVM version is not always correctly rounded.
 *
 * <p>How. {@link #of} finds the digits with Giulietti's Schubfach method ("The Schubfach way
 * to render doubles", 2020): with v = c·2^q and its rounding interval [c − ½, c + ½]·2^q (a
 * quarter below for a power of two, bounds included when c is even, as a correctly rounding
 * reader treats them), k = ⌊log10 2^q⌋ makes the interval hold at most one multiple of
 * 10^(k+1) and a few of 10^k; v·10^−k and the bounds are computed, exactly enough to compare,
 * from a 126-bit 10^−k rounded up (made with BigInteger the first time each k is needed) and
 * rounding to odd; the one multiple of 10^(k+1) inside wins, else the nearer inside of the
 * two multiples of 10^k around v (ties to even). Only long arithmetic, the same on every
 * runtime. {@link #search}, the definition above done with BigDecimal and the exact reader
 * (about 20 times slower: 6 µs a number in the WebAssembly build, 5 s for a script holding
 * 16,000 rows of 50 numbers), stays as the test's reference.
 *
 * <p>Layout follows JavaScript's {@code Number.prototype.toString}: plain notation when the
 * decimal point falls within 21 digits left of or 6 zeros right of the digits
 * ({@code 0.000001} to {@code 1e21}), otherwise one digit, a point and an exponent
 * ({@code 1e-300}, {@code 4.9e-324}). Zero is {@code 0} and negative zero {@code -0}, which
 * JSON allows and which reads back as −0.0.
 */
final class ShortestDecimal {
    private ShortestDecimal() {
    }

    /**
     * The shortest round-trip decimal of {@code d}.
     *
     * @throws IllegalArgumentException if {@code d} is NaN or infinite (JSON cannot hold them)
     */
    static String of(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("JSON has no NaN or Infinity: " + d);
        }
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        long bits = Double.doubleToRawLongBits(d);
        long t = bits & T_MASK;
        int bq = (int) (bits >>> 52) & 0x7FF;
        long f;
        int e;
        if (bq != 0) {
            long c = C_MIN | t;
            int q = bq - 1075;
            if (q < 0 && q > -53 && (c & ((1L << -q) - 1)) == 0) {
                f = c >> -q; // an integer below 2^53: its digits are the shortest
                e = 0;
            } else {
                long[] r = toDecimal(q, c);
                f = r[0];
                e = (int) r[1];
            }
        } else {
            long[] r = toDecimal(Q_MIN, t); // a subnormal
            f = r[0];
            e = (int) r[1];
        }
        while (f % 10 == 0) {
            f /= 10;
            e++;
        }
        String digits = Long.toString(f);
        return layout(d < 0, digits, digits.length() + e);
    }

    private static final long T_MASK = (1L << 52) - 1;
    private static final long C_MIN = 1L << 52;
    private static final int Q_MIN = -1074;
    private static final int K_MIN = -324;
    private static final int K_MAX = 292;
    private static final long MASK_63 = (1L << 63) - 1;
    /** 10^−k rounded up to 126 bits, g = g1·2^63 + g0, filled when first needed. */
    private static final long[] G1 = new long[K_MAX - K_MIN + 1];
    private static final long[] G0 = new long[K_MAX - K_MIN + 1];

    /** {f, e}: the shortest decimal f·10^e in the rounding interval of c·2^q, nearest. */
    private static long[] toDecimal(int q, long c) {
        int out = (int) c & 1; // an odd c excludes the bounds
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = flog10pow2(q);
        } else {
            cbl = cb - 1; // a power of two: the double below is half as far
            k = flog10threeQuartersPow2(q);
        }
        int h = q + flog2pow10(-k) + 2;
        int i = k - K_MIN;
        if (G1[i] == 0) {
            fill(k, i);
        }
        long g1 = G1[i];
        long g0 = G0[i];
        long vb = rop(g1, g0, cb << h);
        long vbl = rop(g1, g0, cbl << h);
        long vbr = rop(g1, g0, cbr << h);
        long s = vb >> 2;
        // The interval is narrower than 10^(k+1): it holds at most one multiple of it.
        long sp10 = 10 * (s / 10);
        long tp10 = sp10 + 10;
        boolean upin = vbl + out <= sp10 << 2;
        boolean wpin = (tp10 << 2) + out <= vbr;
        if (upin != wpin) {
            return new long[] {upin ? sp10 : tp10, k};
        }
        long t = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (t << 2) + out <= vbr;
        if (uin != win) {
            return new long[] {uin ? s : t, k};
        }
        long cmp = vb - ((s + t) << 1);
        return new long[] {cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t, k};
    }

    /** ⌊(g·cp)/2^127⌋ for g = g1·2^63 + g0, its lowest bit set if any bit below was (odd). */
    private static long rop(long g1, long g0, long cp) {
        long x1 = multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | (((z & MASK_63) + MASK_63) >>> 63);
    }

    /** The high 64 bits of the 128-bit product x·y (both signed), in 32-bit pieces. */
    static long multiplyHigh(long x, long y) {
        long x1 = x >> 32;
        long x0 = x & 0xFFFFFFFFL;
        long y1 = y >> 32;
        long y0 = y & 0xFFFFFFFFL;
        long w0 = x0 * y0;
        long t = x1 * y0 + (w0 >>> 32);
        long w1 = t & 0xFFFFFFFFL;
        long w2 = t >> 32;
        w1 = x0 * y1 + w1;
        return x1 * y1 + w2 + (w1 >> 32);
    }

    /** G1, G0 at i for k: ⌊10^−k·2^(125 − ⌊log2 10^−k⌋)⌋ + 1, in [2^125, 2^126]. */
    private static void fill(int k, int i) {
        int shift = 125 - flog2pow10(-k);
        java.math.BigInteger g;
        if (k <= 0) {
            java.math.BigInteger p = java.math.BigInteger.TEN.pow(-k);
            g = shift >= 0 ? p.shiftLeft(shift) : p.shiftRight(-shift);
        } else {
            g = java.math.BigInteger.ONE.shiftLeft(shift).divide(java.math.BigInteger.TEN.pow(k));
        }
        g = g.add(java.math.BigInteger.ONE);
        G0[i] = g.longValue() & MASK_63;
        G1[i] = g.shiftRight(63).longValue();
    }

    /** ⌊e·log10 2⌋ for |e| ≤ 5,456,721 (checked over the doubles' range in the test). */
    static int flog10pow2(int e) {
        return (int) ((e * 661_971_961_083L) >> 41);
    }

    /** ⌊log10(¾·2^e)⌋. */
    static int flog10threeQuartersPow2(int e) {
        return (int) ((e * 661_971_961_083L - 274_743_187_321L) >> 41);
    }

    /** ⌊e·log2 10⌋. */
    static int flog2pow10(int e) {
        return (int) ((e * 913_124_641_741L) >> 38);
    }

    /** The slow definition: see {@link #search}; the tests compare {@link #of} with it. */
    static String reference(double d) {
        if (d == 0) {
            return 1 / d < 0 ? "-0" : "0";
        }
        return search(d, significantDigits(Double.toString(d)));
    }

    /**
     * The search behind {@link #of}, starting at {@code hint} digits. A decimal of p digits
     * reads back as d exactly when it lies in d's rounding interval, and one that does also
     * counts as p + 1 digits: "some p digits work" is monotone in p. So any start gives the
     * same answer; starting at the digit count of the runtime's Double.toString (right, or one
     * too many) saves most of the work of counting up from 1.
     */
    static String search(double d, int hint) {
        BigDecimal exact = new BigDecimal(d);
        int p = Math.max(1, Math.min(17, hint));
        String best = candidate(exact, p, d);
        if (best != null) {
            while (p > 1) {
                String shorter = candidate(exact, p - 1, d);
                if (shorter == null) {
                    break;
                }
                best = shorter;
                p--;
            }
            return best;
        }
        while (++p <= 17) {
            best = candidate(exact, p, d);
            if (best != null) {
                return best;
            }
        }
        throw new AssertionError("17 digits always round-trip: " + d);
    }

    /**
     * The p-digit decimal nearest d that reads back as d, or null if none does. The nearest
     * p-digit value is tried first; failing that, the p-digit neighbours on each side. Just
     * below a power of two the doubles are twice as dense, so the nearest can miss while the
     * one on the far side still reads back (2^-44 needs this).
     */
    private static String candidate(BigDecimal exact, int p, double d) {
        String s = roundTrip(exact, p, RoundingMode.HALF_EVEN, d);
        if (s == null) {
            s = roundTrip(exact, p, RoundingMode.DOWN, d);
        }
        if (s == null) {
            s = roundTrip(exact, p, RoundingMode.UP, d);
        }
        return s;
    }

    /** Significant digits of a Double.toString result such as "-1.2300E-5" or "0.00123". */
    static int significantDigits(String javaString) {
        int end = javaString.indexOf('E');
        if (end < 0) {
            end = javaString.length();
        }
        int first = -1;
        int last = -1;
        for (int i = 0; i < end; i++) {
            char c = javaString.charAt(i);
            if (c >= '1' && c <= '9') {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        if (first < 0) {
            return 1;
        }
        int count = 0;
        for (int i = first; i <= last; i++) {
            char c = javaString.charAt(i);
            if (c >= '0' && c <= '9') {
                count++;
            }
        }
        return count;
    }

    /** {@code exact} rounded to p digits and laid out, or null if that does not read as d. */
    private static String roundTrip(BigDecimal exact, int p, RoundingMode mode, double d) {
        String s = layout(exact.round(new MathContext(p, mode)));
        return DecimalParser.parse(s) == d ? s : null;
    }

    /** Lays out the non-zero {@code r} (at most 17 significant digits) as described above. */
    private static String layout(BigDecimal r) {
        BigDecimal v = r.stripTrailingZeros();
        String digits = v.unscaledValue().abs().toString();
        return layout(v.signum() < 0, digits, digits.length() - v.scale());
    }

    /**
     * Lays out 0.d1d2…dk × 10^n, {@code digits} without trailing zeros (n digits stand before
     * the decimal point).
     */
    private static String layout(boolean negative, String digits, int n) {
        int k = digits.length();
        StringBuilder sb = new StringBuilder(k + 8);
        if (negative) {
            sb.append('-');
        }
        if (k <= n && n <= 21) {
            sb.append(digits);
            zeros(sb, n - k);
        } else if (0 < n && n <= 21) {
            sb.append(digits, 0, n).append('.').append(digits, n, k);
        } else if (-6 < n && n <= 0) {
            sb.append("0.");
            zeros(sb, -n);
            sb.append(digits);
        } else {
            sb.append(digits.charAt(0));
            if (k > 1) {
                sb.append('.').append(digits, 1, k);
            }
            sb.append('e').append(n - 1);
        }
        return sb.toString();
    }

    private static void zeros(StringBuilder sb, int count) {
        for (int i = 0; i < count; i++) {
            sb.append('0');
        }
    }
}
