package scratchnet.format;

import java.math.BigInteger;

/**
 * Reads a decimal number as the double nearest to it (ties to even), with exact integer
 * arithmetic, so a model file gives the same bits on every runtime.
 *
 * <p>{@code Double.parseDouble} must round correctly on the JVM, but TeaVM's JavaScript
 * version does not in hard cases: it reads {@code 1e23} and many subnormals one unit in the
 * last place off (found by running the shortest-decimal golden file through TeaVM 0.15). A
 * model written on one runtime would then load with different weights on another, and the
 * shortest-decimal search, which checks its candidates by reading them back, would pick
 * different digits. Here the value D·10^E is compared with doubles as an exact fraction of
 * {@link BigInteger}s, which TeaVM implements with plain integer operations.
 */
final class DecimalParser {
    /** 10^22 is the largest power of ten a double holds exactly. */
    private static final double[] EXACT_POWERS = exactPowersOfTen();

    /**
     * Significant digits converted exactly. Every double and every halfway point between two
     * neighbouring doubles is M·2^j with M < 2^54 and j >= −1075: an integer below 2^1024
     * (at most 309 digits) or M·5^−j / 10^−j (at most 768 significant digits). So digits
     * beyond the 800th can only decide a rounding by being all zero or not.
     */
    static final int MAX_DIGITS = 800;

    /**
     * Longest number token, in characters, that the readers ({@link PlainNumber}, {@link Json})
     * accept: every double written out exactly in plain notation fits (the longest, such as
     * −2.2250738585072009e−308 in full, take 1,077 characters).
     */
    static final int MAX_LENGTH = 1100;

    /** Exponents are clamped here: beyond any double plus any string's length of digits. */
    private static final long EXPONENT_CLAMP = 1_000_000_000_000L;

    private DecimalParser() {
    }

    private static double[] exactPowersOfTen() {
        double[] p = new double[23];
        p[0] = 1;
        for (int i = 1; i < p.length; i++) {
            p[i] = p[i - 1] * 10;
        }
        return p;
    }

    /**
     * The double nearest the decimal {@code s}, which must be a JSON number (checked by the
     * caller): optional '-', digits, optional fraction, optional exponent. Too large a value
     * gives ±infinity, too small a value ±0, as {@code Double.parseDouble} does.
     *
     * <p>Time is linear in the length of {@code s}: only the first {@link #MAX_DIGITS}
     * significant digits are converted exactly, and of the rest only whether one is non-zero
     * matters (see {@link #MAX_DIGITS}).
     */
    static double parse(String s) {
        boolean negative = s.charAt(0) == '-';
        StringBuilder digits = new StringBuilder(Math.min(s.length(), MAX_DIGITS + 1));
        long point = 0; // the value is 0.digits × 10^point
        boolean fraction = false;
        boolean dropped = false; // a non-zero digit beyond MAX_DIGITS
        for (int i = negative ? 1 : 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E') {
                point += exponentOf(s, i + 1);
                break;
            }
            if (c == '.') {
                fraction = true;
            } else if (digits.length() == 0 && c == '0') {
                if (fraction) {
                    point--; // a leading zero after the point moves the value one place down
                }
            } else {
                if (!fraction) {
                    point++; // one more significant digit before the point
                }
                if (digits.length() < MAX_DIGITS) {
                    digits.append(c);
                } else if (c != '0') {
                    dropped = true;
                }
            }
        }
        if (dropped) {
            // The value lies strictly between 0.d1…d800 and the next 800-digit decimal, and so
            // does 0.d1…d800 1; no double and no halfway point between doubles lies in between,
            // so both round to the same double.
            digits.append('1');
        }
        double magnitude = digits.length() == 0 ? 0.0 : nearest(digits.toString(), point);
        return negative ? -magnitude : magnitude;
    }

    /** The exponent after 'e', clamped far beyond any double and any string length. */
    private static long exponentOf(String s, int from) {
        boolean negative = s.charAt(from) == '-';
        int i = s.charAt(from) == '-' || s.charAt(from) == '+' ? from + 1 : from;
        long e = 0;
        for (; i < s.length(); i++) {
            e = Math.min(e * 10 + (s.charAt(i) - '0'), EXPONENT_CLAMP);
        }
        return negative ? -e : e;
    }

    /**
     * The double nearest 0.digits × 10^point, digits a non-empty string of at most
     * {@link #MAX_DIGITS} + 1 digits without leading 0s.
     */
    private static double nearest(String digits, long point) {
        if (point > 310) {
            return Double.POSITIVE_INFINITY; // at least 10^310
        }
        if (point < -330) {
            return 0.0; // below 10^-330, less than half the smallest subnormal
        }
        int exponent = (int) point - digits.length(); // the value is digits × 10^exponent
        if (digits.length() <= 15 && Math.abs(exponent) <= 22) {
            // Clinger's fast path: both operands are exact doubles, so one correctly rounded
            // IEEE operation gives the correctly rounded result on every runtime.
            double d = Long.parseLong(digits);
            return exponent >= 0 ? d * EXACT_POWERS[exponent] : d / EXACT_POWERS[-exponent];
        }
        BigInteger num = new BigInteger(digits);
        BigInteger den = BigInteger.ONE;
        if (exponent >= 0) {
            num = num.multiply(BigInteger.TEN.pow(exponent));
        } else {
            den = BigInteger.TEN.pow(-exponent);
        }
        return nearest(num, den);
    }

    /** The double nearest num/den (both positive), ties to even. */
    private static double nearest(BigInteger num, BigInteger den) {
        // e2 = floor(log2(num/den)): the bit lengths give it to within one.
        int e2 = num.bitLength() - den.bitLength();
        if (compareScaled(num, den, e2) < 0) {
            e2--;
        }
        if (e2 > 1023) {
            return Double.POSITIVE_INFINITY;
        }
        // The result's unit in the last place: 2^(e2−52) for normals, 2^−1074 below them.
        int ulp = Math.max(e2 - 52, -1074);
        BigInteger n = ulp < 0 ? num.shiftLeft(-ulp) : num;
        BigInteger d = ulp > 0 ? den.shiftLeft(ulp) : den;
        BigInteger[] qr = n.divideAndRemainder(d);
        long m = qr[0].longValue();
        int half = qr[1].shiftLeft(1).compareTo(d);
        if (half > 0 || (half == 0 && (m & 1) == 1)) {
            m++; // may carry to 2^53, which the bit layout below handles
        }
        // For a normal m in [2^52, 2^53] the biased exponent is ulp + 1075 and the stored
        // mantissa m − 2^52, so the bits are ((ulp + 1074) << 52) + m; for a subnormal
        // (ulp = −1074, m < 2^52) the same sum is just m. A carry out of 2^1024 − 2^970 lands
        // exactly on the bits of infinity.
        long bits = ((long) (ulp + 1074) << 52) + m;
        return bits >= 0x7FF0000000000000L ? Double.POSITIVE_INFINITY
                : Double.longBitsToDouble(bits);
    }

    /** Sign of num/den − 2^e2. */
    private static int compareScaled(BigInteger num, BigInteger den, int e2) {
        return e2 >= 0 ? num.compareTo(den.shiftLeft(e2)) : num.shiftLeft(-e2).compareTo(den);
    }
}
