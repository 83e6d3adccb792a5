package scratchnet.engine;

/**
 * Batch normalisation of one hidden layer, placed after the layer's Z = X·W + b and before its
 * activation: y = γ·(z − μ)/√(σ² + ε) + β for every unit, with its own forward and backward
 * pass.
 *
 * <p><b>Train mode</b> (the training forward pass) uses the batch's own statistics per unit:
 * μ = (1/N)·Σ_r z_r and the biased variance σ² = (1/N)·Σ_r (z_r − μ)², and the backward pass
 * goes through them: with x̂ = (z − μ)/√(σ² + ε) and g = dL/dy·γ,
 * dL/dz_r = (1/√(σ² + ε))·(g_r − mean(g) − x̂_r·mean(g·x̂)), dL/dγ = Σ_r dL/dy_r·x̂_r,
 * dL/dβ = Σ_r dL/dy_r. <b>Eval mode</b> (every other forward pass: losses, pictures,
 * predictions) uses the running statistics instead, so a prediction does not depend on the
 * other rows, and its backward pass is the plain affine one.
 *
 * <p>The running statistics follow PyTorch's {@code BatchNorm1d}: they start at mean 0 and
 * variance 1 and each training forward pass moves them by {@link #MOMENTUM} = 0.1 towards the
 * batch's: running = (1 − 0.1)·running + 0.1·batch, the variance with the unbiased batch
 * variance σ²·N/(N − 1) (the biased one for a batch of one row). PyTorch's momentum is the weight
 * of the new value (Keras's 0.99 is the weight of the old one). ε = {@link #EPSILON} = 1e-5,
 * PyTorch's default. γ starts at 1 and β at 0. A batch of one row normalises every z to 0: the
 * layer then passes only β on, and no gradient reaches its weights.
 *
 * <p>With {@link Precision#FLOAT32} every arithmetic result is rounded to single precision.
 */
public final class BatchNorm {
    /** ε added to the variance before the square root (PyTorch's default). */
    public static final double EPSILON = 1e-5;
    /** Weight of the batch's statistics in the running ones (PyTorch's convention). */
    public static final double MOMENTUM = 0.1;

    final int units;
    final boolean single;
    /** γ, one per unit, a trained parameter. */
    final double[] gamma;
    /** β, one per unit, a trained parameter. */
    final double[] beta;
    final double[] gammaGrads;
    final double[] betaGrads;
    /** Running mean per unit (eval mode's μ). */
    final double[] runningMean;
    /** Running (unbiased) variance per unit (eval mode's σ²). */
    final double[] runningVar;
    /** μ of the last forward pass: the batch's (train mode) or the running one (eval mode). */
    final double[] mean;
    /** σ² of the last forward pass: the batch's biased variance (train mode) or the running one. */
    final double[] variance;
    /** 1/√(σ² + ε) of the last forward pass. */
    final double[] inverse;
    /** The layer's Z before normalisation, rows × units. */
    double[] input = new double[0];
    /** x̂ = (z − μ)/√(σ² + ε), rows × units. */
    double[] normalized = new double[0];
    private final double[] sumG;
    private final double[] sumGx;
    /** Whether the last forward pass used the batch's statistics. */
    boolean batchStatistics;
    int rows;

    BatchNorm(int units, boolean single) {
        this.units = units;
        this.single = single;
        gamma = new double[units];
        beta = new double[units];
        gammaGrads = new double[units];
        betaGrads = new double[units];
        runningMean = new double[units];
        runningVar = new double[units];
        mean = new double[units];
        variance = new double[units];
        inverse = new double[units];
        sumG = new double[units];
        sumGx = new double[units];
        java.util.Arrays.fill(gamma, 1.0);
        java.util.Arrays.fill(runningVar, 1.0);
    }

    void ensureCapacity(int n) {
        if (input.length < n * units) {
            input = new double[n * units];
            normalized = new double[n * units];
        }
    }

    private double r(double v) {
        return single ? Single.round(v) : v;
    }

    /**
     * y from the Z in {@link #input}, into {@code y} (rows × units).
     *
     * @param train whether to use the batch's statistics (train mode)
     * @param update whether to move the running statistics towards the batch's (train mode)
     */
    void forward(double[] y, int rows, boolean train, boolean update) {
        forwardUnits(y, rows, train, update, 0, units);
    }

    /**
     * {@link #forward} for units {@code from} to {@code to} (exclusive) only: each unit's
     * statistics, running statistics and outputs depend on that unit's column alone, so the
     * units can be done in parts, in any grouping, with the same results.
     */
    void forwardUnits(double[] y, int rows, boolean train, boolean update, int from, int to) {
        this.rows = rows;
        this.batchStatistics = train;
        double[] z = input;
        int n = units;
        for (int j = from; j < to; j++) {
            double mu;
            double var;
            if (train) {
                double s = 0;
                for (int i = 0; i < rows; i++) {
                    s = r(s + z[i * n + j]);
                }
                mu = rows > 0 ? r(s / rows) : 0;
                double q = 0;
                for (int i = 0; i < rows; i++) {
                    double d = r(z[i * n + j] - mu);
                    q = r(q + r(d * d));
                }
                var = rows > 0 ? r(q / rows) : 0;
                if (update && rows > 0) {
                    double unbiased = rows > 1 ? r(q / (rows - 1)) : var;
                    runningMean[j] = r(r((1 - MOMENTUM) * runningMean[j])
                            + r(MOMENTUM * mu));
                    runningVar[j] = r(r((1 - MOMENTUM) * runningVar[j])
                            + r(MOMENTUM * unbiased));
                }
            } else {
                mu = runningMean[j];
                var = runningVar[j];
            }
            double inv = r(1.0 / r(Math.sqrt(r(var + EPSILON))));
            mean[j] = mu;
            variance[j] = var;
            inverse[j] = inv;
            double g = gamma[j];
            double b = beta[j];
            for (int i = 0; i < rows; i++) {
                int k = i * n + j;
                double xh = r(r(z[k] - mu) * inv);
                normalized[k] = xh;
                y[k] = r(r(g * xh) + b);
            }
        }
    }

    /**
     * Turns dL/dy in {@code grad} (rows × units) into dL/dz in place and writes dL/dγ and
     * dL/dβ, for the last forward pass's mode.
     */
    void backward(double[] grad) {
        backwardSums(grad, 0, units);
        backwardRows(grad, 0, rows);
    }

    /**
     * The first half of {@link #backward} for units {@code from} to {@code to} (exclusive):
     * dL/dγ, dL/dβ and the sums the second half reads. Every unit's sums are its own.
     */
    void backwardSums(double[] grad, int from, int to) {
        int n = units;
        double[] xh = normalized;
        for (int j = from; j < to; j++) {
            double sb = 0;
            double sg = 0;
            for (int i = 0; i < rows; i++) {
                int k = i * n + j;
                sb = r(sb + grad[k]);
                sg = r(sg + r(grad[k] * xh[k]));
            }
            betaGrads[j] = sb;
            gammaGrads[j] = sg;
            sumG[j] = r(sb * gamma[j]);
            sumGx[j] = r(sg * gamma[j]);
        }
    }

    /**
     * The second half of {@link #backward} for rows {@code from} to {@code to} (exclusive),
     * once {@link #backwardSums} has done every unit: each value of dL/dz depends on its own
     * dL/dy and its unit's sums only.
     */
    void backwardRows(double[] grad, int from, int to) {
        int n = units;
        double[] xh = normalized;
        for (int i = from; i < to; i++) {
            for (int j = 0; j < n; j++) {
                int k = i * n + j;
                double g = r(grad[k] * gamma[j]);
                if (batchStatistics) {
                    double m1 = r(sumG[j] / rows);
                    double m2 = r(sumGx[j] / rows);
                    grad[k] = r(inverse[j] * r(r(g - m1) - r(xh[k] * m2)));
                } else {
                    grad[k] = r(g * inverse[j]);
                }
            }
        }
    }

    /**
     * Takes over the last passes of {@code o} (same units), computed on a copy of this layer:
     * their buffers are exchanged, their statistics, gradients and running statistics copied.
     */
    void adoptPass(BatchNorm o) {
        double[] t = input;
        input = o.input;
        o.input = t;
        t = normalized;
        normalized = o.normalized;
        o.normalized = t;
        System.arraycopy(o.mean, 0, mean, 0, units);
        System.arraycopy(o.variance, 0, variance, 0, units);
        System.arraycopy(o.inverse, 0, inverse, 0, units);
        System.arraycopy(o.sumG, 0, sumG, 0, units);
        System.arraycopy(o.sumGx, 0, sumGx, 0, units);
        System.arraycopy(o.gammaGrads, 0, gammaGrads, 0, units);
        System.arraycopy(o.betaGrads, 0, betaGrads, 0, units);
        System.arraycopy(o.runningMean, 0, runningMean, 0, units);
        System.arraycopy(o.runningVar, 0, runningVar, 0, units);
        batchStatistics = o.batchStatistics;
        rows = o.rows;
    }

    void copyFrom(BatchNorm o) {
        System.arraycopy(o.gamma, 0, gamma, 0, units);
        System.arraycopy(o.beta, 0, beta, 0, units);
        System.arraycopy(o.runningMean, 0, runningMean, 0, units);
        System.arraycopy(o.runningVar, 0, runningVar, 0, units);
    }

    /** Units normalised. */
    public int units() {
        return units;
    }

    /** γ, live. */
    public double[] gamma() {
        return gamma;
    }

    /** β, live. */
    public double[] beta() {
        return beta;
    }

    /** dL/dγ of the last backward pass, live. */
    public double[] gammaGrads() {
        return gammaGrads;
    }

    /** dL/dβ of the last backward pass, live. */
    public double[] betaGrads() {
        return betaGrads;
    }

    /** Running mean per unit, live. */
    public double[] runningMean() {
        return runningMean;
    }

    /** Running variance per unit, live. */
    public double[] runningVar() {
        return runningVar;
    }

    /** μ used by the last forward pass (the batch's in train mode), live. */
    public double[] lastMean() {
        return mean;
    }

    /** σ² used by the last forward pass (the batch's biased variance in train mode), live. */
    public double[] lastVariance() {
        return variance;
    }

    /** Z before normalisation in the last forward pass (first rows × units valid), live. */
    public double[] input() {
        return input;
    }

    /** x̂ of the last forward pass (first rows × units valid), live. */
    public double[] normalized() {
        return normalized;
    }
}
