package scratchnet.app;

import java.util.ArrayList;
import java.util.List;
import scratchnet.data.Dataset;
import scratchnet.data.Task;
import scratchnet.format.CsvTable;
import scratchnet.format.FormatException;
import scratchnet.format.JsonWriter;

/**
 * The user's own data: a numeric CSV read by {@link CsvTable}, with the columns chosen as
 * features and target and the task (detected, or as asked). Immutable; two values are equal
 * when they come from the same text with the same choice (their {@link #id}), which is what a
 * link names ({@code data=csv&csv=<id>}).
 */
final class UserData {
    /** What the page sends back as the file's name when it has none. */
    static final String UNNAMED = "your data";

    final String name;
    final String[] columns;
    final int[] features;
    final int target;
    final Task task;
    final Task detected;
    final Dataset dataset;
    final String id;
    /** Sentences about the choice (what was detected, what was overridden). */
    final List<String> notes;

    private UserData(String name, String[] columns, int[] features, int target, Task task,
            Task detected, Dataset dataset, String id, List<String> notes) {
        this.name = name;
        this.columns = columns;
        this.features = features;
        this.target = target;
        this.task = task;
        this.detected = detected;
        this.dataset = dataset;
        this.id = id;
        this.notes = notes;
    }

    /**
     * The dataset of a fully read table with the given choice.
     *
     * @param features feature columns (0-based), or null for every column but the target
     * @param target   target column, or −1 for the last column
     * @param task     the task, or null to detect it
     * @throws FormatException when the choice or a target does not fit, naming line and column
     */
    static UserData choose(CsvTable t, String name, int[] features, int target, Task task) {
        int cols = t.cols();
        String[] names = t.names();
        int tc = target < 0 ? cols - 1 : target;
        if (tc >= cols) {
            throw new FormatException("There is no column " + (tc + 1) + " to predict: the file"
                    + " has " + cols + " columns.");
        }
        int[] fs = features;
        if (fs == null) {
            fs = new int[cols - 1];
            for (int c = 0, k = 0; c < cols; c++) {
                if (c != tc) {
                    fs[k++] = c;
                }
            }
        }
        if (fs.length == 0) {
            throw new FormatException("Choose at least one feature column besides the target ("
                    + names[tc] + ").");
        }
        boolean[] used = new boolean[cols];
        for (int c : fs) {
            if (c < 0 || c >= cols) {
                throw new FormatException("There is no column " + (c + 1) + ": the file has "
                        + cols + " columns.");
            }
            if (c == tc) {
                throw new FormatException("Column " + (c + 1) + " (" + names[c] + ") is the"
                        + " target; it cannot also be a feature.");
            }
            if (used[c]) {
                throw new FormatException("Column " + (c + 1) + " (" + names[c] + ") is chosen"
                        + " twice as a feature.");
            }
            used[c] = true;
        }
        int rows = t.rows();
        double[] y = new double[rows];
        double[] x = new double[rows * fs.length];
        for (int r = 0; r < rows; r++) {
            y[r] = t.value(r, tc);
            for (int k = 0; k < fs.length; k++) {
                x[r * fs.length + k] = t.value(r, fs[k]);
            }
        }
        checkSums(t, fs, tc, x, y);
        Task detected = detect(y);
        Task chosen = task == null ? detected : task;
        int classes = checkLabels(t, tc, chosen, y);
        List<String> notes = new ArrayList<>();
        notes.add(rows + " rows of " + fs.length + (fs.length == 1 ? " feature" : " features")
                + " to predict " + names[tc] + ": " + describe(chosen, classes)
                + (task == null || task == detected ? " (detected from the target column)"
                        : " (chosen; the target column looks like " + describe(detected, 0)
                                + ")")
                + ".");
        String[] fnames = new String[fs.length];
        for (int k = 0; k < fs.length; k++) {
            fnames[k] = names[fs[k]];
        }
        Dataset d = new Dataset(x, y, fnames, names[tc], chosen, classes);
        String id = fingerprint(t.text(), fs, tc, chosen);
        return new UserData(name == null || name.isBlank() ? UNNAMED : name, names, fs.clone(),
                tc, chosen, detected, d, id, notes);
    }

    /**
     * The task a target column suggests: binary if every value is 0 or 1; K classes if every
     * value is a whole number 0..K−1 with 3 ≤ K ≤ {@link Limits#USER_MAX_CLASSES} and every
     * class present; otherwise regression.
     */
    static Task detect(double[] y) {
        int largest = 0;
        for (double v : y) {
            if (!(v >= 0 && v < Limits.USER_MAX_CLASSES && v == Math.floor(v))) {
                return Task.REGRESSION;
            }
            largest = Math.max(largest, (int) v);
        }
        if (largest <= 1) {
            return largest == 1 ? Task.BINARY : Task.REGRESSION;
        }
        boolean[] seen = new boolean[largest + 1];
        for (double v : y) {
            seen[(int) v] = true;
        }
        for (boolean s : seen) {
            if (!s) {
                return Task.REGRESSION;
            }
        }
        return Task.MULTICLASS;
    }

    private static String describe(Task task, int classes) {
        switch (task) {
            case BINARY:
                return "two classes (0 and 1)";
            case MULTICLASS:
                return classes > 0 ? classes + " classes (0 to " + (classes - 1) + ")"
                        : "several classes";
            default:
                return "a number (regression)";
        }
    }

    /** Checks labels against the task; returns the class count (0 for regression). */
    private static int checkLabels(CsvTable t, int tc, Task task, double[] y) {
        if (task == Task.REGRESSION) {
            return 0;
        }
        int limit = task == Task.BINARY ? 2 : Limits.USER_MAX_CLASSES;
        int largest = 0;
        for (int r = 0; r < y.length; r++) {
            double v = y[r];
            if (!(v >= 0 && v < limit && v == Math.floor(v))) {
                int line = t.lineOf(r);
                throw new FormatException(t.place(line, tc) + "the label "
                        + scratchnet.format.HashCodec.number(v) + (task == Task.BINARY
                                ? " is not 0 or 1; two-class data needs 0/1 labels (or choose"
                                        + " regression)."
                                : " is not a class 0 to " + (limit - 1) + "; classes are whole"
                                        + " numbers from 0, at most " + limit + " of them (or"
                                        + " choose regression)."),
                        line, tc + 1);
            }
            largest = Math.max(largest, (int) v);
        }
        if (largest == 0) {
            throw new FormatException("Column " + (tc + 1) + " (" + t.names()[tc] + ") holds only"
                    + " class 0; classification needs at least two classes (or choose"
                    + " regression).", 0, tc + 1);
        }
        if (task == Task.MULTICLASS && largest < 2) {
            throw new FormatException("Column " + (tc + 1) + " (" + t.names()[tc] + ") holds"
                    + " only classes 0 and 1: choose two classes (binary), not several.", 0,
                    tc + 1);
        }
        return task == Task.BINARY ? 2 : largest + 1;
    }

    /** Refuses columns whose sums overflow (1e308 + 1e308): they cannot be standardised. */
    private static void checkSums(CsvTable t, int[] fs, int tc, double[] x, double[] y) {
        int n = fs.length;
        for (int k = 0; k <= n; k++) {
            double sum = 0;
            double sq = 0;
            for (int r = 0; r < y.length; r++) {
                double v = k < n ? x[r * n + k] : y[r];
                sum += v;
                sq += v * v;
            }
            if (!Double.isFinite(sum) || !Double.isFinite(sq)) {
                int c = k < n ? fs[k] : tc;
                throw new FormatException("Column " + (c + 1) + " (" + t.names()[c] + ") has"
                        + " values so large that their sum of squares overflows a double"
                        + " (above about 1e154); rescale the column.", 0, c + 1);
            }
        }
    }

    /** 16 hex digits from the text and the choice: the link's name for this data. */
    static String fingerprint(String text, int[] features, int target, Task task) {
        int a = 0x811C9DC5;
        int b = 17;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            a = (a ^ c) * 0x01000193;
            b = b * 31 + c;
        }
        for (int f : features) {
            a = (a ^ (f + 1)) * 0x01000193;
            b = b * 31 + f + 7;
        }
        a = (a ^ (target + 1000)) * 0x01000193;
        a = (a ^ task.ordinal()) * 0x01000193;
        b = b * 31 + target * 3 + task.ordinal();
        return hex(a) + hex(b);
    }

    private static String hex(int v) {
        String s = Integer.toHexString(v);
        return "00000000".substring(s.length()) + s;
    }

    /** {name, id, rows, columns, features, target, task, detected, classes, notes}. */
    void json(JsonWriter w) {
        w.beginObject().field("name").string(name).field("id").string(id)
                .field("rows").number(dataset.rows()).field("columns").strings(columns);
        w.field("features").beginArray();
        for (int f : features) {
            w.number(f);
        }
        w.endArray().field("target").number(target)
                .field("task").string(taskName(task)).field("detected").string(taskName(detected))
                .field("classes").number(dataset.classes())
                .field("notes").strings(notes.toArray(new String[0])).endObject();
    }

    /** The console's and the page's name of a task. */
    static String taskName(Task t) {
        switch (t) {
            case BINARY:
                return "binary";
            case MULTICLASS:
                return "multiclass";
            default:
                return "regression";
        }
    }

    /** The task named {@code s}, or null when it names none. */
    static Task task(String s) {
        for (Task t : Task.values()) {
            if (taskName(t).equals(s)) {
                return t;
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UserData u && u.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
