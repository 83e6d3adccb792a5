package scratchnet.format;

/**
 * Strict parsing of one number a user typed: a CSV cell or a value in a settings link.
 * {@link Double#parseDouble} alone is too lenient for that (it accepts "NaN", "Infinity", hex
 * floats and a trailing "d" or "f") and, in TeaVM's JavaScript, rounds some hard cases one
 * ulp off. Here a number is {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?},
 * it must be finite, and it is read by {@link DecimalParser}: the same double on every runtime.
 */
final class PlainNumber {
    private PlainNumber() {
    }

    /**
     * Why {@code text} is not an acceptable number (worded for a CSV cell), or null. A text
     * longer than {@link DecimalParser#MAX_LENGTH} characters is refused unread.
     */
    static String problem(String text) {
        if (text.isEmpty()) {
            return "the value is empty; every row needs a number in every column";
        }
        if (text.length() > DecimalParser.MAX_LENGTH) {
            return "the value " + Excerpt.quoted(text) + " is too long: a number may have at"
                    + " most " + DecimalParser.MAX_LENGTH + " characters (enough to write any"
                    + " double out in full)";
        }
        if (isNonFiniteWord(text)) {
            return Excerpt.quoted(text) + " is not a finite number; fill in or drop rows with"
                    + " missing or infinite values";
        }
        if (!matchesGrammar(text)) {
            return Excerpt.quoted(text) + " is not a number; write plain decimals such as 12.5, -3"
                    + " or 4.2e-3";
        }
        double v = parse(text);
        if (Double.isInfinite(v)) {
            return Excerpt.quoted(text) + " is too large for a double; rescale the column";
        }
        return null;
    }

    /** The value of a text that matches the grammar (as when {@link #problem} returns null). */
    static double parse(String text) {
        return DecimalParser.parse(text.startsWith("+") ? text.substring(1) : text);
    }

    private static boolean isNonFiniteWord(String text) {
        String t = text.toLowerCase();
        if (t.startsWith("+") || t.startsWith("-")) {
            t = t.substring(1);
        }
        return t.equals("nan") || t.equals("inf") || t.equals("infinity");
    }

    private static boolean matchesGrammar(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int intDigits = countDigits(s, i);
        i += intDigits;
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            i++;
            fracDigits = countDigits(s, i);
            i += fracDigits;
        }
        if (intDigits + fracDigits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = countDigits(s, i);
            if (expDigits == 0) {
                return false;
            }
            i += expDigits;
        }
        return i == n;
    }

    private static int countDigits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }
}
