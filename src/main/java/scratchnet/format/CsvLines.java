package scratchnet.format;

/**
 * The lines of a CSV text, read one after another without copying the text: LF, CRLF and CR
 * each end a line, a leading UTF-8 byte-order mark is skipped and blank lines at the end (only
 * characters up to U+0020, as {@link String#trim} sees them) do not count. The number of lines
 * is known before the first is read, so limits can be checked before anything is allocated.
 */
final class CsvLines {
    private final String text;
    /** Where the lines end: just after the last non-blank character's line. */
    private final int end;
    private final int count;
    private int pos;

    CsvLines(String text) {
        this.text = text;
        this.pos = text.startsWith("\uFEFF") ? 1 : 0;
        int last = text.length() - 1;
        while (last >= pos && text.charAt(last) <= ' ') {
            last--;
        }
        int e = last + 1;
        while (e < text.length() && text.charAt(e) != '\n' && text.charAt(e) != '\r') {
            e++; // the rest of the last non-blank line (spaces, tabs)
        }
        this.end = last < pos ? pos : e;
        int n = end > pos ? 1 : 0;
        for (int i = pos; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == end || text.charAt(i + 1) != '\n'))) {
                n++;
            }
        }
        this.count = n;
    }

    /** Lines in the text, trailing blank lines not counted. */
    int count() {
        return count;
    }

    /** The next line, without its line break; only {@link #count()} times. */
    String next() {
        int start = pos;
        int i = start;
        while (i < end && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        pos = i < end && text.charAt(i) == '\r' && i + 1 < end && text.charAt(i + 1) == '\n'
                ? i + 2 : i + 1;
        return text.substring(start, i);
    }

    /** Line {@code index} (0 = the header) of {@code text}; reads the lines before it. */
    static String line(String text, int index) {
        CsvLines lines = new CsvLines(text);
        for (int i = 0; i < index; i++) {
            lines.next();
        }
        return lines.next();
    }
}
