package scratchnet.data;

/**
 * A table of examples: a feature matrix {@code x} (rows × cols, row-major) and one target per
 * row {@code y} (length rows), with column names and the {@link Task} the target encodes.
 *
 * <p>Targets always occupy a single column: a real value for regression, 0/1 for binary
 * classification, and the class index (as a double) for K-class classification, with
 * {@link #classes()} = K. A network with K softmax outputs one-hot encodes it itself.
 *
 * <p>Immutable by contract: the constructor copies its arrays, and {@link #x()} / {@link #y()}
 * expose the internal storage for allocation-free training loops, which must only read it.
 */
public final class Dataset {
    private final double[] x;
    private final double[] y;
    private final int rows;
    private final int cols;
    private final String[] featureNames;
    private final String targetName;
    private final Task task;
    private final int classes;

    /**
     * Builds a dataset, checking shapes and labels.
     *
     * @param x            features, row-major, length {@code rows * featureNames.length}
     * @param y            targets, one per row
     * @param featureNames one name per feature column
     * @param targetName   name of the target column
     * @param task         what the target means
     * @param classes      0 for regression, 2 for binary, K ≥ 2 for multiclass
     * @throws IllegalArgumentException if shapes disagree or a label is invalid for the task
     */
    public Dataset(double[] x, double[] y, String[] featureNames, String targetName, Task task,
            int classes) {
        this.cols = featureNames.length;
        this.rows = y.length;
        if (cols == 0) {
            throw new IllegalArgumentException("a dataset needs at least one feature column");
        }
        if (x.length != rows * cols) {
            throw new IllegalArgumentException("x has " + x.length + " values but rows × cols = "
                    + rows + " × " + cols);
        }
        checkClasses(task, classes);
        for (int r = 0; r < rows; r++) {
            checkLabel(task, classes, y[r], r);
        }
        this.x = x.clone();
        this.y = y.clone();
        this.featureNames = featureNames.clone();
        this.targetName = targetName;
        this.task = task;
        this.classes = classes;
    }

    private static void checkClasses(Task task, int classes) {
        boolean ok = task == Task.REGRESSION ? classes == 0
                : task == Task.BINARY ? classes == 2 : classes >= 2;
        if (!ok) {
            throw new IllegalArgumentException(task + " cannot have " + classes + " classes");
        }
    }

    private static void checkLabel(Task task, int classes, double label, int row) {
        if (task == Task.REGRESSION) {
            return;
        }
        if (!(label >= 0 && label < classes && label == Math.floor(label))) {
            throw new IllegalArgumentException("row " + row + ": label " + label
                    + " is not a class index in 0.." + (classes - 1));
        }
    }

    /** Number of examples. */
    public int rows() {
        return rows;
    }

    /** Number of feature columns. */
    public int cols() {
        return cols;
    }

    /** The feature matrix, row-major, length rows × cols. Shared storage: read only. */
    public double[] x() {
        return x;
    }

    /** The targets, length rows. Shared storage: read only. */
    public double[] y() {
        return y;
    }

    /** Feature {@code c} of row {@code r}. */
    public double feature(int r, int c) {
        return x[r * cols + c];
    }

    /** Target of row {@code r}. */
    public double target(int r) {
        return y[r];
    }

    /** A fresh copy of row {@code r}'s features (length cols). */
    public double[] row(int r) {
        double[] out = new double[cols];
        copyRow(r, out, 0);
        return out;
    }

    /** Copies row {@code r}'s features into {@code out[offset .. offset + cols)}. */
    public void copyRow(int r, double[] out, int offset) {
        System.arraycopy(x, r * cols, out, offset, cols);
    }

    /** A fresh copy of feature column {@code c} (length rows). */
    public double[] column(int c) {
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) {
            out[r] = x[r * cols + c];
        }
        return out;
    }

    /** A copy of the feature names (length cols). */
    public String[] featureNames() {
        return featureNames.clone();
    }

    /** Name of feature column {@code c}. */
    public String featureName(int c) {
        return featureNames[c];
    }

    /** Name of the target column. */
    public String targetName() {
        return targetName;
    }

    /** What the target encodes. */
    public Task task() {
        return task;
    }

    /** 0 for regression, 2 for binary, K for K-class. */
    public int classes() {
        return classes;
    }

    /** The rows listed in {@code idx}, in that order (repeats allowed), as a new dataset. */
    public Dataset subset(int[] idx) {
        double[] sx = new double[idx.length * cols];
        double[] sy = new double[idx.length];
        for (int i = 0; i < idx.length; i++) {
            System.arraycopy(x, idx[i] * cols, sx, i * cols, cols);
            sy[i] = y[idx[i]];
        }
        return new Dataset(sx, sy, featureNames, targetName, task, classes);
    }

    /** The same targets and task with a new feature matrix (rows × names.length). */
    public Dataset withFeatures(double[] newX, String[] names) {
        return new Dataset(newX, y, names, targetName, task, classes);
    }

    /** The same features with new targets (same task; e.g. standardised regression targets). */
    public Dataset withTargets(double[] newY) {
        return new Dataset(x, newY, featureNames, targetName, task, classes);
    }

    /** Number of rows whose label is class {@code k} (classification only). */
    public int count(int k) {
        int n = 0;
        for (int r = 0; r < rows; r++) {
            if (y[r] == k) {
                n++;
            }
        }
        return n;
    }
}
