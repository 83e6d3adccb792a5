package scratchnet.app;

import java.util.Arrays;

/**
 * A growable table of numbers with a fixed number of columns, stored row after row in one
 * array (capacity doubles when full). Lab runs keep one row per epoch or per step in it.
 */
final class Table {
    private final int width;
    private double[] cells;
    private int rows;

    /** An empty table whose rows have {@code width} columns. */
    Table(int width) {
        this.width = width;
        this.cells = new double[Math.max(1, width) * 64];
    }

    /** Appends a row; {@code row} must have {@link #width()} values. */
    void add(double... row) {
        if (row.length != width) {
            throw new IllegalArgumentException("row of " + row.length + ", table of " + width);
        }
        if ((rows + 1) * width > cells.length) {
            cells = Arrays.copyOf(cells, cells.length * 2);
        }
        System.arraycopy(row, 0, cells, rows * width, width);
        rows++;
    }

    /** Value in column {@code c} of row {@code r}. */
    double get(int r, int c) {
        return cells[r * width + c];
    }

    /** Overwrites the value in column {@code c} of row {@code r}. */
    void set(int r, int c, double v) {
        cells[r * width + c] = v;
    }

    /** Column {@code c} of every row (a copy). */
    double[] column(int c) {
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) {
            out[r] = cells[r * width + c];
        }
        return out;
    }

    /** Columns per row. */
    int width() {
        return width;
    }

    /** Rows so far. */
    int rows() {
        return rows;
    }

    /** Every row, flattened (a copy). */
    double[] toArray() {
        return Arrays.copyOf(cells, rows * width);
    }

    /**
     * At most about {@code limit} rows, flattened: every k-th row with the smallest k that
     * fits, always ending with the last row, so a long run's chart stays cheap to send.
     */
    double[] thinned(int limit) {
        int stride = Math.max(1, (rows + limit - 1) / Math.max(1, limit));
        if (stride == 1) {
            return toArray();
        }
        int kept = (rows - 1) / stride + 1;
        boolean lastKept = (rows - 1) % stride == 0;
        double[] out = new double[(kept + (lastKept ? 0 : 1)) * width];
        for (int i = 0; i < kept; i++) {
            System.arraycopy(cells, i * stride * width, out, i * width, width);
        }
        if (!lastKept) {
            System.arraycopy(cells, (rows - 1) * width, out, kept * width, width);
        }
        return out;
    }
}
