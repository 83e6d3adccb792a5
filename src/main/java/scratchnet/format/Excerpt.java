package scratchnet.format;

/**
 * The start of a text a user gave, short enough to quote in a one-line message: a huge cell,
 * name or link value is shown by its first characters and its length, never in full.
 */
final class Excerpt {
    /** Texts up to this length are quoted whole. */
    static final int WHOLE = 40;

    private Excerpt() {
    }

    /** {@code s} itself if short, else its first 30-odd characters, "…" and its length. */
    static String of(String s) {
        return of(s, WHOLE);
    }

    /** {@code s} itself up to {@code whole} characters, else its start, "…" and its length. */
    static String of(String s, int whole) {
        return s.length() <= whole ? s : start(s, whole) + "… (" + s.length() + " characters)";
    }

    /** {@code "s"} if short, else {@code "its first 30-odd characters…" (N characters)}. */
    static String quoted(String s) {
        return s.length() <= WHOLE ? "\"" + s + "\""
                : "\"" + start(s, WHOLE) + "…\" (" + s.length() + " characters)";
    }

    private static String start(String s, int whole) {
        int cut = whole - 8;
        if (Character.isHighSurrogate(s.charAt(cut - 1))) {
            cut--; // never split a surrogate pair
        }
        return s.substring(0, cut);
    }
}
