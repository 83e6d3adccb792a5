package scratchnet.format;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, strict JSON (RFC 8259) reader, plus the quoting helper the writers need.
 *
 * <p>Values come back as plain Java objects: {@code Map<String, Object>} (insertion order kept)
 * for objects, {@code List<Object>} for arrays, {@code String}, {@code Double} for every
 * number, {@code Boolean}, and {@link #NULL} for null. Strict means: no comments, no trailing
 * commas, no single quotes, no leading zeros or bare dots in numbers, no raw control characters
 * in strings, no duplicate keys, nothing after the top-level value. Numbers too large for a
 * double are refused rather than read as infinity. Every syntax error names its line and
 * column (both from 1; a tab counts as one column).
 */
final class Json {
    /** The JSON literal {@code null}. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** Nesting deeper than this is refused instead of overflowing the call stack. */
    private static final int MAX_DEPTH = 512;

    private final String text;
    private int pos;
    private int depth;

    private Json(String text) {
        this.text = text;
    }

    /**
     * Parses one complete JSON document.
     *
     * @throws FormatException on any syntax error, with line and column (in the message and
     *     in {@link FormatException#line()} and {@link FormatException#column()})
     */
    static Object parse(String text) {
        Json p = new Json(text);
        p.skipWhitespace();
        if (p.pos == text.length()) {
            throw p.error("the file is empty; expected a JSON object");
        }
        Object value = p.value();
        p.skipWhitespace();
        if (p.pos < text.length()) {
            throw p.error("unexpected " + p.describeHere() + " after the end of the JSON value");
        }
        return value;
    }

    private Object value() {
        char c = peek();
        switch (c) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", NULL);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("expected a value (object, array, string, number, true, false or "
                        + "null) but found " + describeHere());
        }
    }

    private Map<String, Object> object() {
        enter();
        pos++; // '{'
        Map<String, Object> map = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            depth--;
            return map;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("expected a quoted key but found " + describeHere()
                        + (peek() == '}' ? " (remove the trailing comma)" : ""));
            }
            int keyStart = pos;
            String key = string();
            if (map.containsKey(key)) {
                pos = keyStart;
                throw error("duplicate key " + Excerpt.quoted(key)
                        + "; each key may appear once");
            }
            skipWhitespace();
            expect(':', "after the key " + Excerpt.quoted(key));
            skipWhitespace();
            map.put(key, value());
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == '}') {
                depth--;
                return map;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}' after the value of " + Excerpt.quoted(key)
                        + " but found " + describeHere());
            }
        }
    }

    private List<Object> array() {
        enter();
        pos++; // '['
        List<Object> list = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            depth--;
            return list;
        }
        while (true) {
            skipWhitespace();
            if (peek() == ']') {
                throw error("expected a value but found ']' (remove the trailing comma)");
            }
            list.add(value());
            skipWhitespace();
            char c = peek();
            pos++;
            if (c == ']') {
                depth--;
                return list;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']' after an array element but found "
                        + describeHere());
            }
        }
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH + " levels");
        }
    }

    private String string() {
        pos++; // opening quote
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string; add the closing '\"'");
            }
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return sb.toString();
            }
            if (c < 0x20) {
                throw error("raw control character in a string; write it as an escape like \\n");
            }
            if (c == '\\') {
                pos++;
                sb.append(escape());
            } else {
                sb.append(c);
                pos++;
            }
        }
    }

    private char escape() {
        char c = peek();
        pos++;
        switch (c) {
            case '"':
            case '\\':
            case '/':
                return c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                return unicodeEscape();
            default:
                pos--;
                throw error("invalid escape \\" + (c == 0 ? "" : String.valueOf(c))
                        + " in a string; valid are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
        }
    }

    private char unicodeEscape() {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            int d = Character.digit(peek(), 16);
            if (d < 0) {
                throw error("\\u must be followed by four hex digits");
            }
            v = v * 16 + d;
            pos++;
        }
        return (char) v;
    }

    private Double number() {
        int start = pos;
        if (peek() == '-') {
            pos++;
        }
        char c = peek();
        if (c == '0') {
            pos++;
            if (isDigit(peek())) {
                throw error("numbers may not have leading zeros");
            }
        } else if (isDigit(c)) {
            skipDigits();
        } else {
            throw error("expected a digit after '-'");
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw error("expected a digit after the decimal point");
            }
            skipDigits();
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("expected a digit in the exponent");
            }
            skipDigits();
        }
        if (pos - start > DecimalParser.MAX_LENGTH) {
            int length = pos - start;
            pos = start;
            throw error("a number of " + length + " characters; numbers may have at most "
                    + DecimalParser.MAX_LENGTH + " (enough to write any double out in full)");
        }
        String literal = text.substring(start, pos);
        double v = DecimalParser.parse(literal);
        if (Double.isInfinite(v)) {
            pos = start;
            throw error("number " + Excerpt.of(literal)
                    + " is too large for a double (limit about 1.8e308)");
        }
        return v;
    }

    private void skipDigits() {
        while (isDigit(peek())) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw error("expected " + word + " but found " + describeHere()
                    + " (strings need double quotes)");
        }
        pos += word.length();
        return value;
    }

    private void expect(char c, String where) {
        if (peek() != c) {
            throw error("expected '" + c + "' " + where + " but found " + describeHere());
        }
        pos++;
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    /** The current character, or 0 at the end of the text. */
    private char peek() {
        return pos < text.length() ? text.charAt(pos) : 0;
    }

    private String describeHere() {
        if (pos >= text.length()) {
            return "the end of the file";
        }
        char c = text.charAt(pos);
        return c < 0x20 ? "a control character" : "'" + c + "'";
    }

    private FormatException error(String message) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < pos && i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                line++; // a lone CR ends a line too
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        return new FormatException("JSON syntax error at line " + line + ", column "
                + column + ": " + message, line, column);
    }

    /** {@code s} as a JSON string literal, quotes included. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c < 0x20) {
                String hex = Integer.toHexString(c);
                sb.append("\\u");
                for (int k = hex.length(); k < 4; k++) {
                    sb.append('0');
                }
                sb.append(hex);
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
