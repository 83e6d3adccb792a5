package scratchnet.data;

import java.util.Arrays;

/**
 * Z-score scaling fitted on training rows: {@code x' = (x − mean) / std} per feature column,
 * and optionally the same for a regression target.
 *
 * <p>As in the tutorial, {@code std} is the population standard deviation (divide by n, NumPy's
 * default) plus 1e-8, so a constant column maps to 0 instead of dividing by zero. Fit only on
 * the training part of a {@link Split} and apply the same numbers to the test part: fitting on
 * all rows would leak test statistics into training. Predictions made on the scaled target are
 * mapped back to real units with {@link #inverseTarget(double)}.
 */
public final class Standardizer {
    /** Added to every standard deviation, as the tutorial does. */
    public static final double EPSILON = 1e-8;

    private final double[] mean;
    private final double[] std;
    private final boolean scalesTarget;
    private final double targetMean;
    private final double targetStd;

    private Standardizer(double[] mean, double[] std, boolean scalesTarget, double targetMean,
            double targetStd) {
        this.mean = mean;
        this.std = std;
        this.scalesTarget = scalesTarget;
        this.targetMean = targetMean;
        this.targetStd = targetStd;
    }

    /** Fits feature means and stds on {@code train}; the target is left as it is. */
    public static Standardizer fit(Dataset train) {
        return fit(train, false);
    }

    /**
     * Fits feature means and stds on {@code train}, and the target's too when
     * {@code scaleTarget} (regression only: class labels must stay class indices).
     */
    public static Standardizer fit(Dataset train, boolean scaleTarget) {
        if (train.rows() == 0) {
            throw new IllegalArgumentException("cannot fit a standardizer on zero rows");
        }
        if (scaleTarget && train.task() != Task.REGRESSION) {
            throw new IllegalArgumentException("only regression targets can be standardised");
        }
        int cols = train.cols();
        double[] mean = new double[cols];
        double[] std = new double[cols];
        for (int c = 0; c < cols; c++) {
            double[] column = train.column(c);
            mean[c] = Baseline.mean(column);
            std[c] = populationStd(column, mean[c]) + EPSILON;
        }
        double yMean = 0;
        double yStd = 1;
        if (scaleTarget) {
            yMean = Baseline.mean(train.y());
            yStd = populationStd(train.y(), yMean) + EPSILON;
        }
        return new Standardizer(mean, std, scaleTarget, yMean, yStd);
    }

    /** A standardizer that changes nothing, for runs with normalisation switched off. */
    public static Standardizer identity(int cols) {
        double[] mean = new double[cols];
        double[] std = new double[cols];
        Arrays.fill(std, 1.0);
        return new Standardizer(mean, std, false, 0, 1);
    }

    /** sqrt((1/n)·Σ(v − mean)²), two-pass for accuracy. */
    static double populationStd(double[] v, double mean) {
        double sum = 0;
        for (double e : v) {
            double d = e - mean;
            sum += d * d;
        }
        return Math.sqrt(sum / v.length);
    }

    /** {@code data} with features scaled (and the target, if this scales targets). */
    public Dataset apply(Dataset data) {
        checkCols(data.cols());
        double[] x = data.x().clone();
        for (int r = 0; r < data.rows(); r++) {
            transformRow(x, r * mean.length);
        }
        Dataset scaled = data.withFeatures(x, data.featureNames());
        if (!scalesTarget) {
            return scaled;
        }
        double[] y = data.y().clone();
        for (int r = 0; r < y.length; r++) {
            y[r] = transformTarget(y[r]);
        }
        return scaled.withTargets(y);
    }

    /** Scales one row in place: {@code row[offset + c] = (row[offset + c] − mean_c) / std_c}. */
    public void transformRow(double[] row, int offset) {
        for (int c = 0; c < mean.length; c++) {
            row[offset + c] = (row[offset + c] - mean[c]) / std[c];
        }
    }

    /** A target in real units → scaled units (identity when targets are not scaled). */
    public double transformTarget(double y) {
        return (y - targetMean) / targetStd;
    }

    /** A scaled prediction → real units: {@code y·std + mean} (identity when not scaled). */
    public double inverseTarget(double yScaled) {
        return yScaled * targetStd + targetMean;
    }

    /** {@link #inverseTarget(double)} applied in place to every element of {@code ys}. */
    public void inverseTargets(double[] ys) {
        for (int i = 0; i < ys.length; i++) {
            ys[i] = inverseTarget(ys[i]);
        }
    }

    private void checkCols(int cols) {
        if (cols != mean.length) {
            throw new IllegalArgumentException("fitted on " + mean.length + " columns, got "
                    + cols);
        }
    }

    /** Fitted feature means (a copy, length cols). */
    public double[] mean() {
        return mean.clone();
    }

    /** Fitted feature stds including the 1e-8 (a copy, length cols). */
    public double[] std() {
        return std.clone();
    }

    /** Whether {@link #apply} also scales the target. */
    public boolean scalesTarget() {
        return scalesTarget;
    }

    /** Training target mean (0 when targets are not scaled). */
    public double targetMean() {
        return targetMean;
    }

    /** Training target std including the 1e-8 (1 when targets are not scaled). */
    public double targetStd() {
        return targetStd;
    }
}
