package scratchnet.format;

/**
 * Strict parsing of one CSV number. {@link Double#parseDouble} alone is too lenient for user
 * files: it accepts "NaN", "Infinity", hex floats and a trailing "d" or "f". Here a number is
 * {@code [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?}, and it must be finite.
 */
final class CsvNumber {
    private CsvNumber() {
    }

    /** Why {@code text} is not an acceptable number, or null if it is one. */
    static String problem(String text) {
        if (text.isEmpty()) {
            return "the value is empty; every row needs a number in every column";
        }
        if (isNonFiniteWord(text)) {
            return "\"" + text + "\" is not a finite number; fill in or drop rows with missing"
                    + " or infinite values";
        }
        if (!matchesGrammar(text)) {
            return "\"" + text + "\" is not a number; write plain decimals such as 12.5, -3 or"
                    + " 4.2e-3";
        }
        double v = Double.parseDouble(text);
        if (Double.isInfinite(v)) {
            return "\"" + text + "\" is too large for a double; rescale the column";
        }
        return null;
    }

    /** The value of a text for which {@link #problem} returned null. */
    static double parse(String text) {
        return Double.parseDouble(text);
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
