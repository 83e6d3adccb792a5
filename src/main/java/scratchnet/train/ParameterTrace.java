package scratchnet.train;

import java.util.Arrays;

/**
 * One parameter watched step by step, for the optimizer-internals chart: after every applied
 * update, a row of (step, the parameter's value, the gradient the optimizer saw, the rate, then
 * the optimizer's {@link Optimizer#internals} for it: momentum's velocity, Adam's m, v, m̂, v̂,
 * RMSprop's mean square, and the step Δθ it applied). Rows are kept in a {@link Series} of
 * {@value #BUDGET} rows, so memory stays bounded however long the run. A change of optimizer
 * (other internals) starts the record over.
 */
public final class ParameterTrace {
    /** Rows kept at most (the newest half at full resolution). */
    public static final int BUDGET = 600;
    /** The columns before the optimizer's own. */
    private static final String[] FIXED = {"step", "value", "gradient", "lr"};

    private final double[] param;
    private final double[] grad;
    private final int buffer;
    private final int index;
    private String[] names = new String[0];
    private Series rows;
    private double[] row;
    private double[] tail;
    /** The optimizer class the rows are of. */
    private Class<?> kind;

    /**
     * Watches element {@code index} of parameter buffer {@code buffer} (in the order of
     * {@code Network.parameters()}); {@code param} and {@code grad} are that buffer and its
     * gradient buffer, live.
     */
    public ParameterTrace(double[] param, double[] grad, int buffer, int index) {
        if (index < 0 || index >= param.length) {
            throw new IllegalArgumentException("no parameter " + index + " in a buffer of "
                    + param.length);
        }
        this.param = param;
        this.grad = grad;
        this.buffer = buffer;
        this.index = index;
    }

    /**
     * Records the update just applied by {@code optimizer} at step {@code step} with rate
     * {@code lr}: the gradient buffer still holds what the optimizer saw (after clipping).
     */
    public void record(double step, double lr, Optimizer optimizer) {
        if (rows == null || optimizer.getClass() != kind) {
            String[] own = optimizer.internalNames();
            kind = optimizer.getClass();
            names = own;
            rows = new Series(FIXED.length + own.length, BUDGET);
            row = new double[FIXED.length + own.length];
            tail = new double[own.length];
        }
        int own = names.length;
        double g = grad[index];
        row[0] = step;
        row[1] = param[index];
        row[2] = g;
        row[3] = lr;
        optimizer.internals(buffer, index, g, lr, tail);
        System.arraycopy(tail, 0, row, FIXED.length, own);
        rows.add(row);
    }

    /**
     * {@code fresh} (the same parameter of a rebuilt network) carrying on this record: its
     * rows so far are this one's.
     */
    public ParameterTrace rebind(ParameterTrace fresh) {
        fresh.names = names;
        fresh.rows = rows;
        fresh.row = row;
        fresh.tail = tail;
        fresh.kind = kind;
        return fresh;
    }

    /** Drops the rows of steps after {@code step} (the run went back there). */
    public void keepUntil(double step) {
        if (rows == null || rows.size() == 0 || rows.last(0) <= step) {
            return;
        }
        Series kept = new Series(rows.width(), BUDGET);
        for (int i = 0; i < rows.size() && rows.get(i, 0) <= step; i++) {
            for (int c = 0; c < row.length; c++) {
                row[c] = rows.get(i, c);
            }
            kept.add(row);
        }
        rows = kept;
    }

    /** Column names, in order: step, value, gradient, lr, then the optimizer's internals. */
    public String[] columns() {
        String[] out = Arrays.copyOf(FIXED, FIXED.length + names.length);
        System.arraycopy(names, 0, out, FIXED.length, names.length);
        return out;
    }

    /** Column {@code c} of every kept row, oldest first (empty before the first update). */
    public double[] column(int c) {
        return rows == null ? new double[0] : rows.column(c);
    }

    /** Rows kept. */
    public int size() {
        return rows == null ? 0 : rows.size();
    }
}
