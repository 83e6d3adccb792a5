package scratchnet.format;

/**
 * The start of a text a user gave, short enough to quote in a one-line message: a huge cell,
 * name or link value is shown by its first characters and its length, never in full; control
 * characters and line separators are shown as JSON-style escapes ({@code \n}, {@code \u0000}),
 * so the message stays on one line; and a lone surrogate (half of a character pair, which a
 * bad link or settings object can carry) is shown as U+FFFD, so the message is well-formed
 * text. Every reader of the project quotes user text through this class.
 */
public final class Excerpt {
    /** Texts up to this length are quoted whole. */
    static final int WHOLE = 40;

    private Excerpt() {
    }

    /** {@code s} itself if short, else its first 30-odd characters, "…" and its length. */
    public static String of(String s) {
        return s == null ? "" : of(s, WHOLE);
    }

    /** {@code s} itself up to {@code whole} characters, else its start, "…" and its length. */
    static String of(String s, int whole) {
        return s.length() <= whole ? visible(s)
                : visible(start(s, whole)) + "… (" + s.length() + " characters)";
    }

    /** {@code "s"} if short, else {@code "its first 30-odd characters…" (N characters)}. */
    static String quoted(String s) {
        return s.length() <= WHOLE ? "\"" + visible(s) + "\""
                : "\"" + visible(start(s, WHOLE)) + "…\" (" + s.length() + " characters)";
    }

    private static String visible(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean control = c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029;
            boolean lone = Character.isHighSurrogate(c) ? !(i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1)))
                    : Character.isLowSurrogate(c) && !(i > 0
                    && Character.isHighSurrogate(s.charAt(i - 1)));
            if ((control || lone) && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            }
            if (sb != null) {
                sb.append(lone ? "\uFFFD" : !control ? String.valueOf(c) : c == '\n' ? "\\n"
                        : c == '\r' ? "\\r" : c == '\t' ? "\\t" : "\\u" + hex4(c));
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static String hex4(char c) {
        String hex = Integer.toHexString(c);
        return "0000".substring(hex.length()) + hex;
    }

    private static String start(String s, int whole) {
        int cut = whole - 8;
        if (Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--; // never split a surrogate pair
        }
        return s.substring(0, cut);
    }
}
