package scratchnet.format;

import java.util.ArrayList;
import java.util.List;
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
     * Reads {@code text}.
     *
     * @param task    what the last column means, or null to infer binary/regression
     * @param classes for {@link Task#MULTICLASS}: K (labels must be below it), or 0 to use the
     *     largest label + 1; ignored for the other tasks
     * @return a dataset of (data lines) rows × (columns − 1) features
     * @throws FormatException with a message naming the line and column of the first problem
     */
    public static Dataset read(String text, Task task, int classes) {
        List<String> lines = lines(text == null ? "" : text);
        if (lines.isEmpty()) {
            throw new FormatException("The file is empty. Expected a header line of column names"
                    + " (e.g. x1,x2,label) followed by one line of numbers per example.");
        }
        String[] names = header(lines.get(0));
        int cols = names.length;
        int rows = lines.size() - 1;
        if (rows == 0) {
            throw new FormatException("The file has a header but no data rows: add one line of"
                    + " numbers per example after line 1.", 1, 0);
        }
        double[] values = new double[rows * cols];
        String[] targetText = new String[rows];
        for (int r = 0; r < rows; r++) {
            targetText[r] = dataRow(lines.get(r + 1), r + 2, names, values, r * cols);
        }
        return build(names, values, targetText, task, classes);
    }

    /** Splits into lines on LF, CRLF or CR, drops a leading BOM and trailing blank lines. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                i += c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
                start = i;
            } else {
                i++;
            }
        }
        lines.add(text.substring(start));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).trim().isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
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
        List<String> raw = fields(line);
        String[] names = new String[raw.size()];
        boolean allNumbers = true;
        for (int c = 0; c < names.length; c++) {
            String where = "line 1, column " + (c + 1) + ": ";
            names[c] = unquote(raw.get(c), where, 1, c + 1);
            if (names[c].isEmpty()) {
                throw new FormatException(where + "the column name is empty; give every column"
                        + " a name.", 1, c + 1);
            }
            for (int p = 0; p < c; p++) {
                if (names[p].equals(names[c])) {
                    throw new FormatException(where + "the name \"" + names[c] + "\" is already"
                            + " used by column " + (p + 1) + "; column names must differ.",
                            1, c + 1);
                }
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

    /** Parses one data line into {@code out[offset ..]}; returns the target's text. */
    private static String dataRow(String line, int lineNo, String[] names, double[] out,
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
        String target = null;
        for (int c = 0; c < names.length; c++) {
            String where = place(lineNo, c, names);
            String text = unquote(raw.get(c), where, lineNo, c + 1);
            String problem = PlainNumber.problem(text);
            if (problem != null) {
                throw new FormatException(where + problem + ".", lineNo, c + 1);
            }
            out[offset + c] = PlainNumber.parse(text);
            target = text;
        }
        return target;
    }

    /** {@code line 7, column 3 ("prep"): } for column index c (0-based). */
    static String place(int lineNo, int c, String[] names) {
        return "line " + lineNo + ", column " + (c + 1) + " (\"" + names[c] + "\"): ";
    }

    /** Removes one pair of surrounding double quotes ("" inside stands for one quote). */
    private static String unquote(String field, String where, int lineNo, int col) {
        if (!field.startsWith("\"")) {
            return field;
        }
        if (field.length() < 2 || !field.endsWith("\"")) {
            throw new FormatException(where + "the quote in " + field + " is not closed; quoted"
                    + " fields may not contain commas.", lineNo, col);
        }
        return field.substring(1, field.length() - 1).replace("\"\"", "\"").trim();
    }

    private static Dataset build(String[] names, double[] values, String[] targetText,
            Task task, int classes) {
        int cols = names.length;
        int rows = targetText.length;
        double[] x = new double[rows * (cols - 1)];
        double[] y = new double[rows];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(values, r * cols, x, r * (cols - 1), cols - 1);
            y[r] = values[r * cols + cols - 1];
        }
        Task chosen = task != null ? task : CsvLabels.infer(y);
        int k = CsvLabels.check(chosen, classes, y, targetText, names);
        String[] featureNames = new String[cols - 1];
        System.arraycopy(names, 0, featureNames, 0, cols - 1);
        return new Dataset(x, y, featureNames, names[cols - 1], chosen, k);
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
