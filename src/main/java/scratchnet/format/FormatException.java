package scratchnet.format;

/**
 * Thrown when text handed to ScratchNet (a CSV file, model JSON, URL hash) cannot be read.
 * The message says what was wrong, where (1-based line and column as a text editor shows
 * them, when they apply) and how to fix it; it is meant to be shown to the user as it is.
 */
public final class FormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    /** An error about the input as a whole (no particular line or column). */
    public FormatException(String message) {
        this(message, 0, 0);
    }

    /**
     * An error at a place in the input.
     *
     * @param message full user-facing message, including the place
     * @param line    1-based line number, or 0 if not tied to a line
     * @param column  1-based column number, or 0 if not tied to a column
     */
    public FormatException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    /** 1-based line of the problem, or 0 if the problem is not on one line. */
    public int line() {
        return line;
    }

    /** 1-based column (field) of the problem, or 0 if the problem is not in one field. */
    public int column() {
        return column;
    }
}
