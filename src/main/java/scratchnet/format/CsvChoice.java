package scratchnet.format;

import java.util.List;
import java.util.Map;

/**
 * Which columns of an uploaded CSV are features and which is the target, and the task, read
 * from the JSON the page or the console sends: {@code {"target": "label" or 2, "features":
 * ["x1", 1], "task": "binary", "name": "my.csv"}}, every field optional (the target defaults
 * to the last column, the features to all others, the task to the detected one). Columns are
 * named as in the header or given by 0-based index.
 */
public final class CsvChoice {
    private final Object target;
    private final List<?> features;
    private final String task;
    private final String name;

    private CsvChoice(Object target, List<?> features, String task, String name) {
        this.target = target;
        this.features = features;
        this.task = task;
        this.name = name;
    }

    /** Reads the options; null or blank text means all defaults. */
    public static CsvChoice read(String json) {
        if (json == null || json.isBlank()) {
            return new CsvChoice(null, null, null, null);
        }
        Object root = Json.parse(json);
        if (root == Json.NULL) {
            return new CsvChoice(null, null, null, null);
        }
        if (!(root instanceof Map)) {
            throw new FormatException("The options must be an object such as {\"target\":"
                    + " \"label\", \"task\": \"binary\"}.");
        }
        Map<?, ?> m = (Map<?, ?>) root;
        for (Object key : m.keySet()) {
            if (!List.of("target", "features", "task", "name").contains(key)) {
                throw new FormatException("Unknown option " + Excerpt.quoted(String.valueOf(key))
                        + "; the options are target, features, task and name.");
            }
        }
        Object t = nullIfNull(m.get("target"));
        Object f = nullIfNull(m.get("features"));
        Object task = nullIfNull(m.get("task"));
        Object name = nullIfNull(m.get("name"));
        if (f != null && !(f instanceof List)) {
            throw new FormatException("features must be a list of column names or indices.");
        }
        if (task != null && !(task instanceof String)) {
            throw new FormatException("task must be \"regression\", \"binary\" or"
                    + " \"multiclass\".");
        }
        if (name != null && !(name instanceof String)) {
            throw new FormatException("name must be a text.");
        }
        return new CsvChoice(t, (List<?>) f, (String) task, (String) name);
    }

    private static Object nullIfNull(Object v) {
        return v == Json.NULL ? null : v;
    }

    /** The task's name as given, or null to detect it. */
    public String task() {
        return task;
    }

    /** The data's name as given (a file name), or null. */
    public String name() {
        return name;
    }

    /** The target column among {@code names}, or −1 for the default (the last column). */
    public int target(String[] names) {
        return target == null ? -1 : column(target, names, "target");
    }

    /** The feature columns among {@code names}, or null for the default (all but the target). */
    public int[] features(String[] names) {
        if (features == null) {
            return null;
        }
        int[] out = new int[features.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = column(features.get(i), names, "features[" + i + "]");
        }
        return out;
    }

    private static int column(Object v, String[] names, String what) {
        if (v instanceof String s) {
            for (int c = 0; c < names.length; c++) {
                if (names[c].equals(s)) {
                    return c;
                }
            }
            throw new FormatException(what + ": there is no column named " + Excerpt.quoted(s)
                    + "; the columns are " + String.join(", ", names) + ".");
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (d == Math.floor(d) && d >= 0 && d < names.length) {
                return (int) d;
            }
            throw new FormatException(what + ": column " + Excerpt.of(String.valueOf(v))
                    + " does not exist; columns are numbered 0 to " + (names.length - 1) + ".");
        }
        throw new FormatException(what + " must be a column name or a 0-based column index.");
    }
}
