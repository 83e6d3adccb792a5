package scratchnet.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import scratchnet.data.Dataset;
import scratchnet.data.Task;

/**
 * Reads and writes datasets as CSV text.
 *
 * <p>Format: the first line names the columns; every further line holds one example as
 * comma-separated numbers; the <em>last</em> column is the target and all others are
 * features. Targets are real numbers for regression, 0/1 for binary classification and class
 * indices 0..K−1 for K-class classification. Accepted leniencies: CRLF or CR line endings, a
 * UTF-8 byte-order mark, spaces around values, names or values wrapped in double quotes
 * (without commas inside), blank lines at the end. Rejected with a {@link FormatException}
 * naming line and column: empty input, a header without data rows, a blank line between rows,
 * rows with too few or too many values, anything that is not a plain finite decimal (including
 * NaN and Infinity), and labels that do not fit the task.
 *
 * <p>When no task is given, it is inferred: if every target is 0 or 1 the file is
 * {@link Task#BINARY}, otherwise {@link Task#REGRESSION}. Multiclass is never inferred (a count
 * or rating column would be misread as classes); ask for {@link Task#MULTICLASS} explicitly.
 */
public final class DatasetCsv {
    /** Largest class count a multiclass file may use (labels 0..99). */
    public static final int MAX_CLASSES = 100;
    /** Longest text read, in characters (a file's size in bytes is at least this). */
    public static final int MAX_CHARS = 200_000_000;
    /** Most data rows read (the header not counted). */
    public static final int MAX_ROWS = 10_000_000;
    /** Most columns read, the target included. */
    public static final int MAX_COLUMNS = 10_000;
    /** Most values read, rows × columns (400 MB as doubles). */
    public static final long MAX_CELLS = 50_000_000;

    /** The limits, as every message about them states them. */
    static final String LIMITS = "ScratchNet reads CSV files of at most " + MAX_CHARS
            + " characters, " + MAX_ROWS + " data rows, " + MAX_COLUMNS + " columns and "
            + MAX_CELLS + " values (rows × columns)";

    private DatasetCsv() {
    }

    /** Reads {@code text}, inferring the task (binary if all targets are 0/1, else regression). */
    public static Dataset read(String text) {
        return read(text, null, 0);
    }

    /** Reads {@code text} as the given task; for multiclass K = largest label + 1. */
    public static Dataset read(String text, Task task) {
        return read(text, task, 0);
    }

    /**
     * Reads {@code text}. The size limits ({@link #MAX_CHARS}, {@link #MAX_ROWS},
     * {@link #MAX_COLUMNS}, {@link #MAX_CELLS}) are checked before any row is read, and
     * memory grows with the rows actually read, so a short malformed file cannot ask for
     * much; time is linear in the length of the text.
     *
     * @param task    what the last column means, or null to infer binary/regression
     * @param classes for {@link Task#MULTICLASS}: K (labels must be below it), or 0 to use the
     *     largest label + 1; ignored for the other tasks
     * @return a dataset of (data lines) rows × (columns − 1) features
     * @throws FormatException with a message naming the line and column of the first problem
     * @throws IllegalArgumentException if {@code classes} is not 0 or 2..{@link #MAX_CLASSES}
     *     for a multiclass task
     */
    public static Dataset read(String text, Task task, int classes) {
        CsvLabels.checkClassCount(task, classes);
        String t = text == null ? "" : text;
        if (t.length() > MAX_CHARS) {
            throw new FormatException("The file has " + t.length() + " characters, more than "
                    + LIMITS + ". Use a sample of the rows.");
        }
        CsvLines lines = new CsvLines(t);
        if (lines.count() == 0) {
            throw new FormatException("The file is empty. Expected a header line of column names"
                    + " (e.g. x1,x2,label) followed by one line of numbers per example.");
        }
        String[] names = header(lines.next());
        int cols = names.length;
        int rows = lines.count() - 1;
        if (rows == 0) {
            throw new FormatException("The file has a header but no data rows: add one line of"
                    + " numbers per example after line 1.", 1, 0);
        }
        if (rows > MAX_ROWS || (long) rows * cols > MAX_CELLS) {
            throw new FormatException("The file has " + rows + " data rows of " + cols
                    + " columns (" + (long) rows * cols + " values), more than " + LIMITS
                    + ". Use a sample of the rows.");
        }
        int features = cols - 1;
        // Room for as many rows as the text can hold (each needs at least 2·cols − 1
        // characters), growing only as rows are really read.
        int capacity = (int) Math.min(rows, t.length() / (2L * cols - 1) + 1);
        double[] x = new double[capacity * features];
        double[] y = new double[capacity];
        for (int r = 0; r < rows; r++) {
            if (r == capacity) {
                capacity = (int) Math.min(rows, 2L * capacity);
                x = Arrays.copyOf(x, capacity * features);
                y = Arrays.copyOf(y, capacity);
            }
            y[r] = dataRow(lines.next(), r + 2, names, x, r * features);
        }
        Task chosen = task != null ? task : CsvLabels.infer(y);
        int k = CsvLabels.check(chosen, classes, y, r -> targetText(t, r, names), names);
        return new Dataset(x, y, Arrays.copyOf(names, features), names[features], chosen, k);
    }

    /** Cuts a line at every comma (no quoting of commas), trimming spaces around each field. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == ',') {
                out.add(line.substring(start, i).trim());
                start = i + 1;
            }
        }
        return out;
    }

    private static String[] header(String line) {
        if (line.trim().isEmpty()) {
            throw new FormatException("Line 1 is blank. The first line must name the columns,"
                    + " e.g. x1,x2,label.", 1, 0);
        }
        int commas = 0;
        for (int i = 0; i < line.length(); i++) {
            commas += line.charAt(i) == ',' ? 1 : 0;
        }
        if (commas >= MAX_COLUMNS) {
            throw new FormatException("Line 1 names " + (commas + 1) + " columns, more than "
                    + LIMITS + ".", 1, 0);
        }
        List<String> raw = fields(line);
        String[] names = new String[raw.size()];
        Map<String, Integer> seen = new HashMap<>();
        boolean allNumbers = true;
        for (int c = 0; c < names.length; c++) {
            String where = "line 1, column " + (c + 1) + ": ";
            names[c] = unquote(raw.get(c), where, 1, c + 1);
            if (names[c].isEmpty()) {
                throw new FormatException(where + "the column name is empty; give every column"
                        + " a name.", 1, c + 1);
            }
            Integer earlier = seen.put(names[c], c);
            if (earlier != null) {
                throw new FormatException(where + "the name " + Excerpt.quoted(names[c])
                        + " is already used by column " + (earlier + 1) + "; column names must"
                        + " differ.", 1, c + 1);
            }
            allNumbers &= PlainNumber.problem(names[c]) == null;
        }
        if (names.length < 2) {
            throw new FormatException("Line 1 names only one column. Give at least one feature"
                    + " column and the target column, which must come last.", 1, 0);
        }
        if (allNumbers) {
            throw new FormatException("Line 1 holds numbers, not column names. Add a header line"
                    + " such as x1,x2,label above the data.", 1, 0);
        }
        return names;
    }

    /**
     * Parses one data line: its features into {@code features[offset ..]}; returns the target.
     */
    private static double dataRow(String line, int lineNo, String[] names, double[] features,
            int offset) {
        if (line.trim().isEmpty()) {
            throw new FormatException("Line " + lineNo + " is blank. Remove blank lines between"
                    + " data rows (they are only allowed at the end).", lineNo, 0);
        }
        List<String> raw = fields(line);
        if (raw.size() != names.length) {
            throw new FormatException("Line " + lineNo + " has " + raw.size() + " values but the"
                    + " header (line 1) has " + names.length + " columns; every row needs exactly"
                    + " one value per column.", lineNo, 0);
        }
        double target = 0;
        for (int c = 0; c < names.length; c++) {
            String where = place(lineNo, c, names);
            String text = unquote(raw.get(c), where, lineNo, c + 1);
            String problem = PlainNumber.problem(text);
            if (problem != null) {
                throw new FormatException(where + problem + ".", lineNo, c + 1);
            }
            double v = PlainNumber.parse(text);
            if (c < names.length - 1) {
                features[offset + c] = v;
            } else {
                target = v;
            }
        }
        return target;
    }

    /** The target of data row {@code row} (0-based) as written, for a message about it. */
    private static String targetText(String text, int row, String[] names) {
        List<String> raw = fields(CsvLines.line(text, row + 1));
        int c = names.length - 1;
        return unquote(raw.get(c), place(row + 2, c, names), row + 2, c + 1);
    }

    /** {@code line 7, column 3 ("prep"): } for column index c (0-based). */
    static String place(int lineNo, int c, String[] names) {
        return "line " + lineNo + ", column " + (c + 1) + " (" + Excerpt.quoted(names[c])
                + "): ";
    }

    /** Removes one pair of surrounding double quotes ("" inside stands for one quote). */
    private static String unquote(String field, String where, int lineNo, int col) {
        if (!field.startsWith("\"")) {
            return field;
        }
        if (field.length() < 2 || !field.endsWith("\"")) {
            throw new FormatException(where + "the quote in " + Excerpt.of(field) + " is not"
                    + " closed; quoted fields may not contain commas.", lineNo, col);
        }
        return field.substring(1, field.length() - 1).replace("\"\"", "\"").trim();
    }

    /**
     * Writes {@code data} in the format {@link #read} accepts: a header line, then one line per
     * row, features then target, LF line endings. Features and regression targets use
     * {@link Double#toString}, which parses back to exactly the same double (on Java 17 it is
     * not always the shortest such text, but the round trip is exact); class labels are
     * written as integers.
     *
     * @throws IllegalArgumentException if a column name is empty or contains a comma, quote or
     *     line break (it could not be read back)
     */
    public static String write(Dataset data) {
        StringBuilder sb = new StringBuilder();
        for (String name : data.featureNames()) {
            sb.append(checkedName(name)).append(',');
        }
        sb.append(checkedName(data.targetName())).append('\n');
        boolean labels = data.task() != Task.REGRESSION;
        for (int r = 0; r < data.rows(); r++) {
            for (int c = 0; c < data.cols(); c++) {
                sb.append(Double.toString(data.feature(r, c))).append(',');
            }
            double t = data.target(r);
            sb.append(labels ? Integer.toString((int) t) : Double.toString(t)).append('\n');
        }
        return sb.toString();
    }

    /**
     * {@link #write} for data from any source on any runtime: every number is the shortest
     * decimal that reads back as exactly the same double, as the bridge's JSON numbers (TeaVM's
     * own {@code Double.toString} is not always exact), the same text on every runtime, and a
     * column name this format cannot
     * hold is made writable (commas become semicolons, quotes and line breaks are dropped,
     * surrounding spaces trimmed, an empty name becomes "column N").
     */
    public static String writeExact(Dataset data) {
        StringBuilder sb = new StringBuilder();
        String[] names = data.featureNames();
        for (int c = 0; c < names.length; c++) {
            sb.append(writable(names[c], c)).append(',');
        }
        sb.append(writable(data.targetName(), names.length)).append('\n');
        boolean labels = data.task() != Task.REGRESSION;
        for (int r = 0; r < data.rows(); r++) {
            for (int c = 0; c < data.cols(); c++) {
                sb.append(JsonWriter.decimal(data.feature(r, c))).append(',');
            }
            double t = data.target(r);
            sb.append(labels ? Integer.toString((int) t) : JsonWriter.decimal(t)).append('\n');
        }
        return sb.toString();
    }

    private static String writable(String name, int c) {
        String n = name.replace(',', ';').replace("\"", "").replace('\n', ' ').replace('\r', ' ')
                .trim();
        return n.isEmpty() ? "column " + (c + 1) : n;
    }

    private static String checkedName(String name) {
        boolean bad = name.trim().isEmpty() || !name.equals(name.trim());
        for (int i = 0; i < name.length() && !bad; i++) {
            char c = name.charAt(i);
            bad = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        if (bad) {
            throw new IllegalArgumentException("column name \"" + name + "\" cannot be written to"
                    + " CSV: use a non-empty name without commas, quotes, line breaks or"
                    + " surrounding spaces");
        }
        return name;
    }
}
