package scratchnet.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Writes a finite double as the shortest decimal that reads back as the very same double.
 *
 * <p>Java 17's {@code Double.toString} always round-trips but sometimes prints one digit more
 * than needed (JDK-4511638, fixed only in Java 19), and TeaVM's version is its own code. So
 * the digits are found here, the same way on every runtime: for p = 1, 2, … significant digits
 * the p-digit decimals nearest the exact binary value are tried, and the first that parses
 * back to the input wins. Seventeen digits always suffice for a double. Reading relies on
 * {@code Double.parseDouble} being correctly rounded, as the Java specification requires.
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
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            // The nearest p-digit decimal first; failing that, the p-digit neighbours on each
            // side. Just below a power of two the doubles are twice as dense, so the nearest
            // can miss while the one on the far side still reads back (2^-44 needs this).
            String s = roundTrip(exact, p, RoundingMode.HALF_EVEN, d);
            if (s == null) {
                s = roundTrip(exact, p, RoundingMode.DOWN, d);
            }
            if (s == null) {
                s = roundTrip(exact, p, RoundingMode.UP, d);
            }
            if (s != null) {
                return s;
            }
        }
        throw new AssertionError("17 digits always round-trip: " + d);
    }

    /** {@code exact} rounded to p digits and laid out, or null if that does not read as d. */
    private static String roundTrip(BigDecimal exact, int p, RoundingMode mode, double d) {
        String s = layout(exact.round(new MathContext(p, mode)));
        return Double.parseDouble(s) == d ? s : null;
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
