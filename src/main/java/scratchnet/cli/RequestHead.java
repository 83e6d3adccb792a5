package scratchnet.cli;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The request line and header fields of one HTTP/1.x request, read with a cap on their size
 * so a client cannot make the server buffer without limit. The body, if any, is never read:
 * the static server answers only GET and HEAD.
 *
 * @param method  the request method, e.g. {@code GET}
 * @param target  the request target as sent, e.g. {@code /assets/a.js?x=1} (still %-encoded)
 * @param headers the header fields, names lower-cased; a repeated field keeps its first value
 */
record RequestHead(String method, String target, Map<String, String> headers) {
    /** A method is a token (RFC 9110 §5.6.2); the version is HTTP/1.0 or HTTP/1.1. */
    private static final Pattern REQUEST_LINE =
            Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+ \\S+ HTTP/1\\.[01]");
    private static final Pattern FIELD_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    /** The head exceeded the size cap: answered with 431. */
    static final class TooLarge extends IOException {
        TooLarge(int limit) {
            super("request head longer than " + limit + " bytes");
        }
    }

    /** The head is not HTTP/1.x: answered with 400. */
    static final class Malformed extends IOException {
        Malformed(String what) {
            super(what);
        }
    }

    /**
     * Reads one head, up to and including the empty line that ends it.
     *
     * @param maxBytes the most bytes the request line and fields together may take
     * @throws EOFException when the client closes the connection before the head ends
     */
    static RequestHead read(InputStream in, int maxBytes) throws IOException {
        return parse(readBytes(in, maxBytes));
    }

    /** The head's text (ISO-8859-1, as HTTP defines it) without the final empty line. */
    private static String readBytes(InputStream in, int maxBytes) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(512);
        int newlines = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed before the end of the request head");
            }
            if (b == '\n') {
                newlines++;
                // Empty lines before the request line are allowed and ignored (RFC 9112 §2.2).
                if (newlines == 2 && head.size() > 0) {
                    return head.toString(StandardCharsets.ISO_8859_1);
                }
            } else if (b != '\r') {
                newlines = 0;
            }
            if (head.size() >= maxBytes) {
                throw new TooLarge(maxBytes);
            }
            if (head.size() > 0 || (b != '\r' && b != '\n')) {
                head.write(b);
            }
        }
    }

    private static RequestHead parse(String text) throws Malformed {
        String[] lines = text.stripTrailing().split("\r?\n");
        if (!REQUEST_LINE.matcher(lines[0]).matches()) {
            throw new Malformed("not an HTTP/1.x request line");
        }
        String[] parts = lines[0].split(" ");
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon <= 0 || !FIELD_NAME.matcher(lines[i].substring(0, colon)).matches()) {
                throw new Malformed("malformed header field");
            }
            headers.putIfAbsent(lines[i].substring(0, colon).toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).strip());
        }
        return new RequestHead(parts[0], parts[1], headers);
    }
}
