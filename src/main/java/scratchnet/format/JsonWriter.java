package scratchnet.format;

/**
 * Builds one JSON text, for the page's bridge protocol: objects and arrays are opened and
 * closed explicitly, and every value in an object is given with its field name.
 *
 * <p>Numbers are written in their shortest round-trip form ({@link ShortestDecimal}), so the
 * page reads back the very double the engine holds. JSON has no NaN or infinities; those are
 * written as the strings {@code "NaN"}, {@code "Infinity"} and {@code "-Infinity"}, which the
 * page's reader turns back into numbers (see {@code web/js/engine.js}).
 *
 * <pre>{@code
 * new JsonWriter().beginObject().field("epoch").number(3)
 *         .field("layers").numbers(new int[] {8, 8}).endObject().toString()
 * // {"epoch":3,"layers":[8,8]}
 * }</pre>
 */
public final class JsonWriter {
    private final StringBuilder sb = new StringBuilder();
    /** True right after an opening bracket or a field name: no comma before the next value. */
    private boolean fresh = true;

    /** Opens an object. */
    public JsonWriter beginObject() {
        separate();
        sb.append('{');
        fresh = true;
        return this;
    }

    /** Closes the innermost object. */
    public JsonWriter endObject() {
        sb.append('}');
        fresh = false;
        return this;
    }

    /** Opens an array. */
    public JsonWriter beginArray() {
        separate();
        sb.append('[');
        fresh = true;
        return this;
    }

    /** Closes the innermost array. */
    public JsonWriter endArray() {
        sb.append(']');
        fresh = false;
        return this;
    }

    /** Names the next value of the current object. */
    public JsonWriter field(String name) {
        separate();
        sb.append(Json.quote(name)).append(':');
        fresh = true;
        return this;
    }

    /** A string value. */
    public JsonWriter string(String s) {
        separate();
        sb.append(Json.quote(s));
        return this;
    }

    /** A number; NaN and the infinities as the strings the page turns back into numbers. */
    public JsonWriter number(double v) {
        separate();
        if (Double.isNaN(v)) {
            sb.append("\"NaN\"");
        } else if (Double.isInfinite(v)) {
            sb.append(v > 0 ? "\"Infinity\"" : "\"-Infinity\"");
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0)) {
            sb.append((long) v);
        } else {
            sb.append(decimal(v));
        }
        return this;
    }

    /**
     * The shortest decimal that reads back as exactly {@code v} ({@link ShortestDecimal}), as
     * the page's correctly rounding {@code JSON.parse} reads it: the same text on every
     * runtime, and cheaper than checking the runtime's own {@code Double.toString}.
     */
    static String decimal(double v) {
        return ShortestDecimal.of(v);
    }

    /** A flag. */
    public JsonWriter bool(boolean b) {
        separate();
        sb.append(b);
        return this;
    }

    /** The literal null. */
    public JsonWriter nul() {
        separate();
        sb.append("null");
        return this;
    }

    /** An array of numbers. */
    public JsonWriter numbers(double[] values) {
        beginArray();
        for (double v : values) {
            number(v);
        }
        return endArray();
    }

    /** An array of whole numbers. */
    public JsonWriter numbers(int[] values) {
        beginArray();
        for (int v : values) {
            number(v);
        }
        return endArray();
    }

    /** An array of strings. */
    public JsonWriter strings(String[] values) {
        beginArray();
        for (String v : values) {
            string(v);
        }
        return endArray();
    }

    /**
     * A value that is already JSON text, written as it is (the caller vouches for it, e.g. a
     * number taken from a canonical link).
     */
    public JsonWriter raw(String json) {
        separate();
        sb.append(json);
        return this;
    }

    private void separate() {
        if (!fresh) {
            sb.append(',');
        }
        fresh = false;
    }

    /** The JSON text written so far. */
    @Override
    public String toString() {
        return sb.toString();
    }
}
