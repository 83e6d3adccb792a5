package scratchnet.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Any numeric CSV with a header line, read a slice of rows at a time (so a page can show
 * progress and stay responsive): the playground's "your own data". Every column is a number
 * column; which are features and which is the target is chosen afterwards.
 *
 * <p>Accepted: LF, CRLF or CR line endings, a UTF-8 byte-order mark, blank lines (skipped
 * anywhere), spaces around fields, fields in double quotes (commas and doubled quotes {@code ""}
 * inside them allowed, line breaks not), an empty header name (named "column N"). Every cell is
 * read by {@link PlainNumber} (the exact decimal reader, the same double on every runtime).
 * Refused with a {@link FormatException} naming line and column: text over the character limit,
 * more data lines or columns than the limits (both checked before anything is allocated for
 * the rows), a header of numbers, duplicate names, rows with too few or too many fields,
 * unclosed quotes, empty or non-numeric cells and values too large for a double (1e400).
 * The file format {@link DatasetCsv} writes (target last) is one such file.
 */
public final class CsvTable {
    private final String text;
    private final CsvLines lines;
    private final String[] names;
    private final int cols;
    private final int maxRows;
    /** Data lines still to read (blank ones included). */
    private int remaining;
    /** Line number of the last line read (1 = the header). */
    private int lineNo = 1;
    private int rows;
    private double[] values;
    private int[] lineOfRow;

    private CsvTable(String text, CsvLines lines, String[] names, int maxRows) {
        this.text = text;
        this.lines = lines;
        this.names = names;
        this.cols = names.length;
        this.maxRows = maxRows;
        this.remaining = lines.count() - 1;
        // Room for as many rows as the text can hold (each needs at least 2·cols − 1
        // characters), growing only as rows are really read.
        int capacity = (int) Math.max(1, Math.min(remaining, text.length() / (2L * cols - 1) + 1));
        values = new double[capacity * cols];
        lineOfRow = new int[capacity];
    }

    /**
     * Checks the size of {@code text} and reads its header; nothing is allocated for the rows
     * beyond what the text can hold, and no more than the limits allow.
     *
     * @param maxChars   longest text accepted
     * @param maxRows    most data lines
     * @param maxColumns most columns
     * @throws FormatException naming the limit or the header's problem
     */
    public static CsvTable begin(String text, int maxChars, int maxRows, int maxColumns) {
        String t = text == null ? "" : text;
        String limits = "at most " + maxChars + " characters, " + maxRows + " data rows and "
                + maxColumns + " columns";
        if (t.length() > maxChars) {
            throw new FormatException("The file has " + t.length() + " characters; ScratchNet"
                    + " reads " + limits + ". Use a sample of the rows.");
        }
        CsvLines lines = new CsvLines(t);
        if (lines.count() == 0) {
            throw new FormatException("The file is empty. Expected a header line of column names"
                    + " (e.g. x1,x2,label) followed by one line of numbers per example.");
        }
        String headerLine = lines.next();
        int commas = 0;
        for (int i = 0; i < headerLine.length(); i++) {
            commas += headerLine.charAt(i) == ',' ? 1 : 0;
        }
        if (commas >= maxColumns) {
            throw new FormatException("Line 1 names " + (commas + 1) + " columns; ScratchNet"
                    + " reads " + limits + ".", 1, 0);
        }
        String[] names = header(headerLine, maxColumns, limits);
        int dataLines = lines.count() - 1;
        if (dataLines == 0) {
            throw new FormatException("The file has a header but no data rows: add one line of"
                    + " numbers per example after line 1.", 1, 0);
        }
        if (dataLines > maxRows) {
            throw new FormatException("The file has " + dataLines + " data lines; ScratchNet"
                    + " reads " + limits + ". Use a sample of the rows.");
        }
        return new CsvTable(t, lines, names, maxRows);
    }

    /**
     * Reads up to {@code slice} further lines.
     *
     * @return whether the whole text has been read
     * @throws FormatException naming line and column of the first bad cell
     */
    public boolean parse(int slice) {
        for (int i = 0; i < slice && remaining > 0; i++) {
            String line = lines.next();
            remaining--;
            lineNo++;
            if (line.trim().isEmpty()) {
                continue;
            }
            if (rows == lineOfRow.length) {
                int capacity = (int) Math.min(maxRows, 2L * rows);
                values = Arrays.copyOf(values, capacity * cols);
                lineOfRow = Arrays.copyOf(lineOfRow, capacity);
            }
            List<String> raw = fields(line, lineNo);
            if (raw.size() != cols) {
                throw new FormatException("Line " + lineNo + " has " + raw.size() + " values but"
                        + " the header (line 1) has " + cols + " columns; every row needs exactly"
                        + " one value per column.", lineNo, 0);
            }
            for (int c = 0; c < cols; c++) {
                String cell = raw.get(c);
                String problem = PlainNumber.problem(cell);
                if (problem != null) {
                    throw new FormatException(place(lineNo, c) + problem + ".", lineNo, c + 1);
                }
                values[rows * cols + c] = PlainNumber.parse(cell);
            }
            lineOfRow[rows] = lineNo;
            rows++;
        }
        if (remaining == 0 && rows == 0) {
            throw new FormatException("The file has a header but no data rows: add one line of"
                    + " numbers per example after line 1.", 1, 0);
        }
        return remaining == 0;
    }

    /** Whether every line has been read. */
    public boolean done() {
        return remaining == 0;
    }

    /** Lines read so far, the header included. */
    public int linesRead() {
        return lineNo;
    }

    /** Lines in the text (trailing blank lines not counted), the header included. */
    public int lines() {
        return lines.count();
    }

    /** Data rows read so far. */
    public int rows() {
        return rows;
    }

    /** Columns. */
    public int cols() {
        return cols;
    }

    /** The column names (a copy). */
    public String[] names() {
        return names.clone();
    }

    /** Cell (r, c) of the rows read. */
    public double value(int r, int c) {
        return values[r * cols + c];
    }

    /** The line (1-based, as an editor shows it) that row {@code r} came from. */
    public int lineOf(int r) {
        return lineOfRow[r];
    }

    /** The text read. */
    public String text() {
        return text;
    }

    /** {@code line 7, column 3 ("prep"): } for column index c (0-based). */
    public String place(int line, int c) {
        return "line " + line + ", column " + (c + 1) + " (" + Excerpt.quoted(names[c]) + "): ";
    }

    private static String[] header(String line, int maxColumns, String limits) {
        if (line.trim().isEmpty()) {
            throw new FormatException("Line 1 is blank. The first line must name the columns,"
                    + " e.g. x1,x2,label.", 1, 0);
        }
        List<String> raw = fields(line, 1);
        String[] names = new String[raw.size()];
        Map<String, Integer> seen = new HashMap<>();
        boolean allNumbers = true;
        for (int c = 0; c < names.length; c++) {
            names[c] = raw.get(c).isEmpty() ? "column " + (c + 1) : raw.get(c);
            Integer earlier = seen.put(names[c], c);
            if (earlier != null) {
                throw new FormatException("line 1, column " + (c + 1) + ": the name "
                        + Excerpt.quoted(names[c]) + " is already used by column " + (earlier + 1)
                        + "; column names must differ.", 1, c + 1);
            }
            allNumbers &= PlainNumber.problem(names[c]) == null;
        }
        if (names.length < 2) {
            throw new FormatException("Line 1 names only one column. Give at least one feature"
                    + " column and one target column.", 1, 0);
        }
        if (allNumbers) {
            throw new FormatException("Line 1 holds numbers, not column names. Add a header line"
                    + " such as x1,x2,label above the data.", 1, 0);
        }
        return names;
    }

    /**
     * Splits one line into trimmed fields; a field may be wrapped in double quotes, inside
     * which commas are text and {@code ""} is one quote.
     */
    static List<String> fields(String line, int lineNo) {
        List<String> out = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (true) {
            while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                i++;
            }
            if (i < n && line.charAt(i) == '"') {
                StringBuilder sb = new StringBuilder();
                int open = i;
                i++;
                boolean closed = false;
                while (i < n) {
                    char ch = line.charAt(i);
                    if (ch == '"') {
                        if (i + 1 < n && line.charAt(i + 1) == '"') {
                            sb.append('"');
                            i += 2;
                            continue;
                        }
                        closed = true;
                        i++;
                        break;
                    }
                    sb.append(ch);
                    i++;
                }
                if (!closed) {
                    throw new FormatException("line " + lineNo + ", column " + (out.size() + 1)
                            + ": the quote in " + Excerpt.quoted(line.substring(open)) + " is not"
                            + " closed on this line (a field may not span lines).", lineNo,
                            out.size() + 1);
                }
                while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                    i++;
                }
                if (i < n && line.charAt(i) != ',') {
                    throw new FormatException("line " + lineNo + ", column " + (out.size() + 1)
                            + ": text follows the closing quote of " + Excerpt.quoted(
                                    sb.toString()) + "; put the whole field inside the quotes.",
                            lineNo, out.size() + 1);
                }
                out.add(sb.toString().trim());
            } else {
                int start = i;
                while (i < n && line.charAt(i) != ',') {
                    i++;
                }
                out.add(line.substring(start, i).trim());
            }
            if (i >= n) {
                return out;
            }
            i++; // the comma
        }
    }
}
