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
        int k = digits.length();
        // value = 0.d1d2…dk × 10^n, i.e. n digits stand before the decimal point.
        int n = k - v.scale();
        StringBuilder sb = new StringBuilder(k + 8);
        if (v.signum() < 0) {
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
