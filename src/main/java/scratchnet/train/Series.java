package scratchnet.train;

import java.util.Arrays;

/**
 * A record of rows of numbers (a fixed number of columns each) kept in a fixed budget of
 * memory, however long the run: every recorder of the project (the trainer's losses, the
 * playground's loss chart, the labs' per-step and per-epoch tables) keeps its rows here.
 *
 * <p>Rows are numbered 0, 1, 2, … in the order they are added. The newest half of the budget
 * is a ring kept at full resolution. A row leaving the ring is kept only if its number is a
 * multiple of the current stride s, so the older part is thinned evenly (one row in s, always
 * including row 0); when the older half is full, s doubles and the older rows not on the new
 * stride are dropped, freeing about half of it. Adding a row costs amortised O(columns), and
 * memory never grows after the constructor.
 */
public final class Series {
    private final int width;
    private final int recent;
    /** The newest rows, a ring of {@code recent} rows starting at {@code ringStart}. */
    private final double[] ring;
    private int ringStart;
    private int ringRows;
    /** Older rows, oldest first: those whose number is a multiple of {@code stride}. */
    private final double[] old;
    /**
     * The number of each older row. Row numbers, the count and the stride are doubles (exact
     * integers below 2^53) because TeaVM's JavaScript emulates {@code long} with objects.
     */
    private final double[] oldNumbers;
    private int oldRows;
    private double added;
    private double stride = 1;

    /**
     * An empty series of rows of {@code width} columns that keeps at most {@code budget} rows,
     * the newest {@code budget / 2} at full resolution.
     */
    public Series(int width, int budget) {
        if (width < 1 || budget < 4) {
            throw new IllegalArgumentException("a series needs ≥ 1 column and a budget of ≥ 4 rows: "
                    + width + ", " + budget);
        }
        this.width = width;
        this.recent = budget / 2;
        this.ring = new double[width * recent];
        this.old = new double[width * (budget - recent)];
        this.oldNumbers = new double[budget - recent];
    }

    /** Appends a one-column row (the series must have one column). */
    public void add(double value) {
        if (width != 1) {
            throw new IllegalArgumentException("row of 1 value, series of " + width);
        }
        ring[nextSlot()] = value;
    }

    /** Appends a row; {@code row} must have {@link #width()} values. */
    public void add(double... row) {
        if (row.length != width) {
            throw new IllegalArgumentException("row of " + row.length + " values, series of "
                    + width);
        }
        System.arraycopy(row, 0, ring, nextSlot() * width, width);
    }

    /** The ring slot of a new row, after moving the oldest ring row out if the ring is full. */
    private int nextSlot() {
        added++;
        if (ringRows < recent) {
            return (ringStart + ringRows++) % recent;
        }
        int slot = ringStart;
        retire(slot, added - 1 - recent);
        ringStart = (ringStart + 1) % recent;
        return slot;
    }

    /** Moves row number {@code n} (in ring slot {@code slot}) to the older rows if it is kept. */
    private void retire(int slot, double n) {
        if (n % stride != 0) {
            return;
        }
        if (oldRows == oldNumbers.length) {
            stride *= 2;
            keepMultiplesOfStride();
            if (n % stride != 0) {
                return;
            }
        }
        System.arraycopy(ring, slot * width, old, oldRows * width, width);
        oldNumbers[oldRows++] = n;
    }

    /** Keeps only the older rows whose number is a multiple of the stride (row 0 always is). */
    private void keepMultiplesOfStride() {
        int to = 0;
        for (int from = 0; from < oldRows; from++) {
            if (oldNumbers[from] % stride == 0) {
                System.arraycopy(old, from * width, old, to * width, width);
                oldNumbers[to++] = oldNumbers[from];
            }
        }
        oldRows = to;
    }

    /** Where the {@code i}-th kept row's first cell is: in {@code old} or (negated − 1) the ring. */
    private int offset(int i) {
        if (i < 0 || i >= oldRows + ringRows) {
            throw new IndexOutOfBoundsException("row " + i + " of " + (oldRows + ringRows));
        }
        return i < oldRows ? i * width : -1 - ((ringStart + i - oldRows) % recent) * width;
    }

    private double cell(int i, int c) {
        int at = offset(i);
        return at >= 0 ? old[at + c] : ring[-1 - at + c];
    }

    /** An independent series with the same rows, budget and stride. */
    public Series copy() {
        Series s = new Series(width, recent + oldNumbers.length);
        System.arraycopy(ring, 0, s.ring, 0, ring.length);
        System.arraycopy(old, 0, s.old, 0, old.length);
        System.arraycopy(oldNumbers, 0, s.oldNumbers, 0, oldNumbers.length);
        s.ringStart = ringStart;
        s.ringRows = ringRows;
        s.oldRows = oldRows;
        s.added = added;
        s.stride = stride;
        return s;
    }

    /** Columns per row. */
    public int width() {
        return width;
    }

    /** Rows added so far, kept or not. */
    public long added() {
        return (long) added;
    }

    /** Rows kept now (at most the budget). */
    public int size() {
        return oldRows + ringRows;
    }

    /** Column {@code c} of the {@code i}-th kept row (0 = oldest kept). */
    public double get(int i, int c) {
        if (c < 0 || c >= width) {
            throw new IndexOutOfBoundsException("column " + c + " of " + width);
        }
        return cell(i, c);
    }

    /** The number of the {@code i}-th kept row (its position among all rows added). */
    public double number(int i) {
        offset(i);
        return i < oldRows ? oldNumbers[i] : added - ringRows + (i - oldRows);
    }

    /**
     * Column {@code c} of row number {@code n} (0-based among all rows added), or NaN when
     * that row was thinned away.
     */
    public double at(double n, int c) {
        double firstRecent = added - ringRows;
        if (n >= firstRecent && n < added) {
            return cell(oldRows + (int) (n - firstRecent), c);
        }
        int i = Arrays.binarySearch(oldNumbers, 0, oldRows, n);
        return i < 0 ? Double.NaN : old[i * width + c];
    }

    /** Column {@code c} of the newest row; NaN when the series is empty. */
    public double last(int c) {
        return size() == 0 ? Double.NaN : cell(size() - 1, c);
    }

    /** Overwrites column {@code c} of every kept row numbered {@code from} or later. */
    public void setFrom(double from, int c, double value) {
        for (int i = size() - 1; i >= 0 && number(i) >= from; i--) {
            int at = offset(i);
            if (at >= 0) {
                old[at + c] = value;
            } else {
                ring[-1 - at + c] = value;
            }
        }
    }

    /** Column {@code c} of every kept row, oldest first (a copy). */
    public double[] column(int c) {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = cell(i, c);
        }
        return out;
    }

    /** Every kept row, flattened, oldest first (a copy). */
    public double[] toArray() {
        double[] out = new double[size() * width];
        for (int i = 0; i < size(); i++) {
            copyRow(i, out, i * width);
        }
        return out;
    }

    private void copyRow(int i, double[] out, int to) {
        int at = offset(i);
        if (at >= 0) {
            System.arraycopy(old, at, out, to, width);
        } else {
            System.arraycopy(ring, -1 - at, out, to, width);
        }
    }

    /**
     * At most about {@code limit} of the kept rows, flattened: every k-th with the smallest k
     * that fits, always ending with the newest row, so a chart stays cheap to send.
     */
    public double[] thinned(int limit) {
        int kept = size();
        int step = Math.max(1, (kept + limit - 1) / Math.max(1, limit));
        if (step == 1) {
            return toArray();
        }
        int picked = (kept - 1) / step + 1;
        boolean lastPicked = (kept - 1) % step == 0;
        double[] out = new double[(picked + (lastPicked ? 0 : 1)) * width];
        for (int i = 0; i < picked; i++) {
            copyRow(i * step, out, i * width);
        }
        if (!lastPicked) {
            copyRow(kept - 1, out, picked * width);
        }
        return out;
    }
}
