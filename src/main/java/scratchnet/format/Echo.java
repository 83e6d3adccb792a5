package scratchnet.format;

/**
 * A value from a link or a settings object as a message may repeat it: at most
 * {@link #MAX_CHARS} characters, then "…", with lone surrogates shown as U+FFFD. So a 100 kB
 * value gives a message of a normal length, and the message is always well-formed text.
 */
public final class Echo {
    /** The most characters of a value a message repeats. */
    public static final int MAX_CHARS = 40;

    private Echo() {
    }

    /** {@code value} cut to {@link #MAX_CHARS} characters plus "…", lone surrogates replaced. */
    public static String of(String value) {
        if (value == null) {
            return "";
        }
        int end = Math.min(value.length(), MAX_CHARS);
        if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))
                && Character.isLowSurrogate(value.charAt(end))) {
            end--; // do not split a pair
        }
        StringBuilder sb = new StringBuilder(end + 1);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || (i > 0
                    && Character.isHighSurrogate(value.charAt(i - 1)));
            sb.append(paired ? c : '\uFFFD');
        }
        if (end < value.length()) {
            sb.append('…');
        }
        return sb.toString();
    }
}
