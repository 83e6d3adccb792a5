package scratchnet.engine;

import scratchnet.math.Fn;

/**
 * What training minimises, averaged over the n rows of a batch.
 *
 * <p>Each constant is one loss, written in one place: its value summed over the rows and the
 * gradient that starts backpropagation. Targets are stored one row per example: for
 * {@link #MSE} the {@code outputs} real values, for {@link #BCE} a single 0 or 1, for
 * {@link #SOFTMAX_CE} the integer class 0..K−1 stored as a double. Every loss divides by n, the
 * number of rows actually in the batch, so a short last batch is averaged over its own size.
 */
public enum Loss {
    /**
     * Mean squared error as the tutorial writes it: L = (1/n) Σ_rows Σ_outputs (ŷ − y)², so
     * ∂L/∂ŷ = 2(ŷ − y)/n. With one output this is exactly NumPy's {@code mean((ŷ − y)²)}.
     */
    MSE(null) {
        @Override
        double sum(double[] z, double[] a, double[] y, int rows, int outputs) {
            double sum = 0;
            for (int i = 0, n = rows * outputs; i < n; i++) {
                double d = a[i] - y[i];
                sum += d * d;
            }
            return sum;
        }

        @Override
        boolean outputGradient(double[] a, double[] y, double[] grad, int rows, int outputs) {
            double scale = 1.0 / rows;
            for (int i = 0, n = rows * outputs; i < n; i++) {
                grad[i] = 2 * (a[i] - y[i]) * scale;
            }
            return false;
        }
    },

    /**
     * Huber loss with δ = {@link #HUBER_DELTA} (PyTorch's {@code HuberLoss(delta=1.0)}): for
     * d = ŷ − y, h(d) = ½d² when |d| ≤ δ, else δ(|d| − ½δ); L = (1/n) Σ_rows Σ_outputs h(d).
     * Quadratic near the target like MSE/2, linear far from it, so an outlier pulls with a
     * bounded force: ∂L/∂ŷ = clip(d, −δ, δ)/n.
     */
    HUBER(null) {
        @Override
        double sum(double[] z, double[] a, double[] y, int rows, int outputs) {
            double sum = 0;
            for (int i = 0, n = rows * outputs; i < n; i++) {
                double d = a[i] - y[i];
                double m = Math.abs(d);
                sum += m <= HUBER_DELTA ? 0.5 * d * d : HUBER_DELTA * (m - 0.5 * HUBER_DELTA);
            }
            return sum;
        }

        @Override
        boolean outputGradient(double[] a, double[] y, double[] grad, int rows, int outputs) {
            double scale = 1.0 / rows;
            for (int i = 0, n = rows * outputs; i < n; i++) {
                double d = a[i] - y[i];
                double clipped = d < -HUBER_DELTA ? -HUBER_DELTA : d > HUBER_DELTA ? HUBER_DELTA
                        : d; // also NaN stays NaN
                grad[i] = clipped * scale;
            }
            return false;
        }
    },

    /**
     * Binary cross-entropy on a sigmoid output: L = −(1/n) Σ [y log p + (1−y) log(1−p)].
     * It is evaluated from the logit z as softplus(z) − y·z, which never takes log 0, and its
     * gradient is fused with the sigmoid: ∂L/∂z = (p − y)/n.
     */
    BCE(Activation.SIGMOID) {
        @Override
        double sum(double[] z, double[] a, double[] y, int rows, int outputs) {
            double sum = 0;
            for (int r = 0; r < rows; r++) {
                double logit = z[r];
                sum += Fn.softplus(logit) - y[r] * logit;
            }
            return sum;
        }

        @Override
        boolean outputGradient(double[] a, double[] y, double[] grad, int rows, int outputs) {
            double scale = 1.0 / rows;
            for (int r = 0; r < rows; r++) {
                grad[r] = (a[r] - y[r]) * scale;
            }
            return true;
        }
    },

    /**
     * Softmax cross-entropy on integer labels: L = (1/n) Σ [logΣ_k e^(z_k) − z_label], evaluated
     * with the row maximum subtracted; fused gradient ∂L/∂z = (p − onehot(label))/n.
     */
    SOFTMAX_CE(Activation.SOFTMAX) {
        @Override
        double sum(double[] z, double[] a, double[] y, int rows, int outputs) {
            double sum = 0;
            for (int r = 0; r < rows; r++) {
                sum += crossEntropyRow(z, r * outputs, outputs, (int) y[r]);
            }
            return sum;
        }

        /** logΣ_k e^(z_k) − z_label for the k logits of one row starting at {@code o}. */
        private double crossEntropyRow(double[] z, int o, int k, int label) {
            double max = z[o];
            for (int j = 1; j < k; j++) {
                max = Math.max(max, z[o + j]);
            }
            double sum = 0;
            for (int j = 0; j < k; j++) {
                sum += Fn.exp(z[o + j] - max);
            }
            return max + Fn.log(sum) - z[o + label];
        }

        @Override
        boolean outputGradient(double[] a, double[] y, double[] grad, int rows, int outputs) {
            double scale = 1.0 / rows;
            for (int r = 0; r < rows; r++) {
                int o = r * outputs;
                int label = (int) y[r];
                for (int j = 0; j < outputs; j++) {
                    grad[o + j] = (a[o + j] - (j == label ? 1.0 : 0.0)) * scale;
                }
            }
            return true;
        }
    };

    /** δ of {@link #HUBER}: where its square turns into a straight line, in target units. */
    public static final double HUBER_DELTA = 1.0;

    /** The output activation this loss's fused gradient assumes; null when any will do. */
    private final Activation requiredOutput;

    Loss(Activation requiredOutput) {
        this.requiredOutput = requiredOutput;
    }

    /** The output activation this loss requires, or null when any element-wise one will do. */
    public Activation requiredOutput() {
        return requiredOutput;
    }

    /**
     * Whether targets are real values, one per output (MSE, Huber), rather than class labels
     * (the cross-entropies, which fuse their output activation).
     */
    public boolean realTargets() {
        return requiredOutput == null;
    }

    /** The output activation used when none is chosen: linear, sigmoid or softmax. */
    public Activation defaultOutput() {
        Activation a = requiredOutput();
        return a == null ? Activation.LINEAR : a;
    }

    /**
     * The mean loss over {@code rows} rows.
     *
     * @param z output pre-activations, rows × outputs
     * @param a output activations, rows × outputs
     * @param y targets (see the class comment for their shape)
     */
    public double value(double[] z, double[] a, double[] y, int rows, int outputs) {
        return sum(z, a, y, rows, outputs) / rows;
    }

    /** The loss summed over the rows, in row order: {@link #value} times n. */
    abstract double sum(double[] z, double[] a, double[] y, int rows, int outputs);

    /**
     * Writes the gradient that starts backpropagation into {@code grad} (rows × outputs):
     * ∂L/∂a for MSE (the output activation's derivative is applied afterwards), and the fused
     * ∂L/∂z for BCE and softmax cross-entropy (returns true in that case).
     */
    abstract boolean outputGradient(double[] a, double[] y, double[] grad, int rows, int outputs);
}
