package scratchnet.format;

/**
 * Whether a decimal reads back as a given double, decided exactly with 128-bit integer
 * arithmetic on longs for the decimals the page gets every frame (up to 18 digits, at most 27
 * places after the point, a normal double); {@link DecimalParser}'s big integers decide the
 * rest. The same answer as {@code DecimalParser.parse(s) == v}, about ten times faster in
 * TeaVM's JavaScript build, where big-integer arithmetic is slow.
 *
 * <p>A decimal x reads back as v = M·2^Q (M the 53-bit significand) when it lies within v's
 * rounding interval: between the midpoints (2M ± 1)·2^(Q−1) (the lower one (4M − 1)·2^(Q−2)
 * when M = 2^52, where the doubles below are twice as dense), a midpoint itself only when M
 * is even (ties to even). With x = D/10^k = D/(5^k·2^k), x compared with B·2^P is D compared
 * with B·5^k·2^(P+k): products of longs, shifted, in 128 bits.
 */
final class ReadsBack {
    /** 5^k for k = 0..27; 5^27 &lt; 2^63. */
    private static final long[] POWERS_OF_FIVE = new long[28];

    static {
        POWERS_OF_FIVE[0] = 1;
        for (int k = 1; k < POWERS_OF_FIVE.length; k++) {
            POWERS_OF_FIVE[k] = POWERS_OF_FIVE[k - 1] * 5;
        }
    }

    private ReadsBack() {
    }

    /** Whether the JSON number {@code s} reads back as exactly {@code v} (finite). */
    static boolean exactly(String s, double v) {
        boolean negative = s.charAt(0) == '-';
        if (negative != (Double.doubleToRawLongBits(v) < 0)) {
            return false;
        }
        long digits = 0;
        int count = 0;
        int places = 0;
        boolean fraction = false;
        int i = negative ? 1 : 0;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E') {
                break;
            }
            if (c == '.') {
                fraction = true;
                continue;
            }
            if (fraction) {
                places++;
            }
            if (count > 0 || c != '0') {
                if (++count > 18) {
                    return DecimalParser.parse(s) == v;
                }
                digits = digits * 10 + (c - '0');
            }
        }
        int exponent = -places;
        if (i < s.length()) {
            String e = s.substring(i + 1);
            if (e.length() > 4) {
                return DecimalParser.parse(s) == v;
            }
            exponent += Integer.parseInt(e.startsWith("+") ? e.substring(1) : e);
        }
        double a = Math.abs(v);
        if (digits == 0 || a == 0) {
            return digits == 0 && a == 0;
        }
        if (exponent > 0 || exponent < -27 || a < Double.MIN_NORMAL) {
            return DecimalParser.parse(s) == v;
        }
        int k = -exponent;
        long bits = Double.doubleToRawLongBits(a);
        long m = (bits & 0xFFFFFFFFFFFFFL) | (1L << 52);
        int q = (int) (bits >>> 52) - 1075;
        boolean even = (m & 1) == 0;
        // Upper midpoint (2m + 1)·2^(q−1); lower (2m − 1)·2^(q−1), or (4m − 1)·2^(q−2).
        int above = compare(digits, k, 2 * m + 1, q - 1);
        int below = m == 1L << 52 ? compare(digits, k, 4 * m - 1, q - 2)
                : compare(digits, k, 2 * m - 1, q - 1);
        if (above == 2 || below == 2) {
            return DecimalParser.parse(s) == v;
        }
        return (above < 0 || (above == 0 && even)) && (below > 0 || (below == 0 && even));
    }

    /**
     * Sign of D/10^k − B·2^p, i.e. of D·2^max(0, −t) − B·5^k·2^max(0, t) with t = p + k;
     * 2 when a side does not fit in 127 bits.
     */
    private static int compare(long d, int k, long b, int p) {
        int t = p + k;
        long[] left = shift(0, d, Math.max(0, -t));
        long[] right = multiply(b, POWERS_OF_FIVE[k]);
        right = right == null ? null : shift(right[0], right[1], Math.max(0, t));
        if (left == null || right == null) {
            return 2;
        }
        int c = Long.compareUnsigned(left[0], right[0]);
        return c != 0 ? Integer.signum(c) : Integer.signum(Long.compareUnsigned(left[1], right[1]));
    }

    /** x·y for non-negative longs as {high, low}, by 32-bit halves. */
    private static long[] multiply(long x, long y) {
        long x1 = x >>> 32;
        long x0 = x & 0xFFFFFFFFL;
        long y1 = y >>> 32;
        long y0 = y & 0xFFFFFFFFL;
        long low = x0 * y0;
        long mid1 = x1 * y0;
        long mid2 = x0 * y1;
        long high = x1 * y1;
        long mid = (low >>> 32) + (mid1 & 0xFFFFFFFFL) + (mid2 & 0xFFFFFFFFL);
        high += (mid1 >>> 32) + (mid2 >>> 32) + (mid >>> 32);
        return new long[] {high, (mid << 32) | (low & 0xFFFFFFFFL)};
    }

    /** {high, low}·2^n, or null when that needs more than 127 bits. */
    private static long[] shift(long high, long low, int n) {
        int used = high != 0 ? 128 - Long.numberOfLeadingZeros(high)
                : 64 - Long.numberOfLeadingZeros(low);
        if (used + n > 127) {
            return null;
        }
        if (n == 0) {
            return new long[] {high, low};
        }
        if (n >= 64) {
            return new long[] {low << (n - 64), 0};
        }
        return new long[] {(high << n) | (low >>> (64 - n)), low << n};
    }
}
