package scratchnet.format;

import java.util.List;
import java.util.Map;

/**
 * The playground's settings as typed JSON, for the page: the same keys and values as the
 * canonical link ({@code #data=circle&layers=4,2&test=0…}), with lists as arrays, flags as
 * booleans and numbers as numbers ({@code {"data":"circle","layers":[4,2],"test":false,…}}),
 * and back: a partial settings object from the page becomes a partial link for the session to
 * check. So the page never parses or writes a link itself.
 *
 * <p>Which keys hold lists and flags is said here, once; {@code ProtocolTest} checks it against
 * the links the session writes (every such key's value reads back to the same link).
 */
public final class SettingsJson {
    /** Keys whose value is a comma-separated list of whole numbers. */
    private static final String[] INTEGER_LISTS = {"layers"};
    /** Keys whose value is a comma-separated list of names. */
    private static final String[] NAME_LISTS = {"f", "acts"};
    /** Keys whose value is a flag, 1 or 0. */
    private static final String[] FLAGS = {"std", "bn", "twin", "test", "discrete", "ylog"};

    private SettingsJson() {
    }

    /** The settings of a canonical link as a JSON object, keys in the link's order. */
    public static String of(String canonicalHash) {
        JsonWriter w = new JsonWriter().beginObject();
        for (Map.Entry<String, String> pair : HashCodec.pairs(canonicalHash).entrySet()) {
            String key = pair.getKey();
            String value = pair.getValue();
            w.field(key);
            if (has(INTEGER_LISTS, key) || has(NAME_LISTS, key)) {
                boolean integers = has(INTEGER_LISTS, key);
                w.beginArray();
                for (String item : value.isEmpty() ? new String[0] : value.split(",")) {
                    if (integers) {
                        w.raw(item);
                    } else {
                        w.string(item);
                    }
                }
                w.endArray();
            } else if (has(FLAGS, key)) {
                w.bool(value.equals("1"));
            } else if (isJsonNumber(value)) {
                w.raw(value);
            } else {
                w.string(value);
            }
        }
        return w.endObject().toString();
    }

    /**
     * A partial link from a partial settings object: arrays joined by commas, booleans as 1
     * or 0, numbers in their shortest form, strings as they are.
     *
     * @throws FormatException when {@code json} is not a JSON object of such values
     */
    public static String toHash(String json) {
        Object parsed = json == null || json.isBlank() ? null : Json.parse(json);
        if (!(parsed instanceof Map)) {
            throw new FormatException("settings must be a JSON object, e.g. {\"lr\": 0.1}");
        }
        StringBuilder sb = new StringBuilder("#");
        for (Map.Entry<?, ?> e : ((Map<?, ?>) parsed).entrySet()) {
            String key = (String) e.getKey();
            sb.append(sb.length() > 1 ? "&" : "").append(escape(key)).append('=')
                    .append(escape(text(key, e.getValue())));
        }
        return sb.toString();
    }

    private static String text(String key, Object v) {
        if (v instanceof List) {
            StringBuilder sb = new StringBuilder();
            for (Object item : (List<?>) v) {
                sb.append(sb.length() > 0 ? "," : "").append(text(key, item));
            }
            return sb.toString();
        } else if (v instanceof Boolean) {
            return (Boolean) v ? "1" : "0";
        } else if (v instanceof Double) {
            return HashCodec.number((Double) v);
        } else if (v instanceof String) {
            return (String) v;
        }
        throw new FormatException("\"" + Excerpt.of(key) + "\" has no value; give a number, a name,"
                + " a flag or a list");
    }

    /** Escapes the characters that would split a link ({@code & = # %}). */
    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '&' || c == '=' || c == '#' || c == '%') {
                sb.append('%').append(Character.forDigit(c >> 4, 16))
                        .append(Character.forDigit(c & 15, 16));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean has(String[] keys, String key) {
        for (String k : keys) {
            if (k.equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} is a number as JSON writes it: -?int(.digits)?(e[+-]?digits)?. */
    static boolean isJsonNumber(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        int start = i;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i == start || (s.charAt(start) == '0' && i - start > 1)) {
            return false;
        }
        if (i < s.length() && s.charAt(i) == '.') {
            int frac = ++i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == frac) {
                return false;
            }
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exp = i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == exp) {
                return false;
            }
        }
        return i == s.length();
    }
}
