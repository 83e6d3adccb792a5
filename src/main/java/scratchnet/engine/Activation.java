package scratchnet.engine;

import scratchnet.math.Fn;

/**
 * The non-linearity a layer applies to its pre-activation: a = f(z).
 *
 * <p>Each constant keeps its value and its derivative side by side. Derivatives are taken at
 * the pre-activation z; at exactly z = 0 the left derivative is used, so ReLU has slope 0
 * there and leaky ReLU its small slope (a unit whose z is exactly 0 counts as off).
 *
 * <p>Softmax couples the units of a row, so it has no element-wise derivative: it is only
 * allowed on the output layer together with {@link Loss#SOFTMAX_CE}, whose gradient with
 * respect to z is fused and simple (p − onehot).
 */
public enum Activation {
    /** a = z. */
    LINEAR,
    /** a = max(0, z). */
    RELU,
    /** a = z for z > 0, slope·z otherwise (slope 0.01 unless the network says otherwise). */
    LEAKY_RELU,
    /** a = 1 / (1 + e^−z), computed without overflow. */
    SIGMOID,
    /** a = tanh z. */
    TANH,
    /** a_j = e^(z_j − max z) / Σ_k e^(z_k − max z), row by row. */
    SOFTMAX;

    /**
     * Writes a = f(z) for {@code rows} rows of {@code units} values each.
     *
     * @param z pre-activations, row-major rows × units
     * @param a output, same shape (may not alias z)
     * @param slope the leaky-ReLU slope (ignored by the others)
     */
    void forward(double[] z, double[] a, int rows, int units, double slope) {
        int n = rows * units;
        switch (this) {
            case LINEAR:
                System.arraycopy(z, 0, a, 0, n);
                break;
            case RELU:
                for (int i = 0; i < n; i++) {
                    double v = z[i];
                    a[i] = v > 0 ? v : 0.0;
                }
                break;
            case LEAKY_RELU:
                for (int i = 0; i < n; i++) {
                    double v = z[i];
                    a[i] = v > 0 ? v : slope * v;
                }
                break;
            case SIGMOID:
                for (int i = 0; i < n; i++) {
                    a[i] = Fn.sigmoid(z[i]);
                }
                break;
            case TANH:
                Fn.tanh(z, a, n);
                break;
            case SOFTMAX:
                softmaxRows(z, a, rows, units);
                break;
            default:
                throw new AssertionError(this);
        }
    }

    private static void softmaxRows(double[] z, double[] a, int rows, int units) {
        for (int r = 0; r < rows; r++) {
            int o = r * units;
            double max = z[o];
            for (int j = 1; j < units; j++) {
                max = Math.max(max, z[o + j]);
            }
            // Subtracting the row maximum keeps every exponent <= 0, so nothing overflows.
            double sum = 0;
            for (int j = 0; j < units; j++) {
                double e = Fn.exp(z[o + j] - max);
                a[o + j] = e;
                sum += e;
            }
            for (int j = 0; j < units; j++) {
                a[o + j] /= sum;
            }
        }
    }

    /**
     * Turns dL/da into dL/dz in place: {@code grad[i] *= f'(z[i])}.
     *
     * @param z the pre-activations the forward pass saw
     * @param a the activations it produced (used where f' is cheaper from a)
     */
    void backward(double[] z, double[] a, double[] grad, int n, double slope) {
        switch (this) {
            case LINEAR:
                break;
            case RELU:
                for (int i = 0; i < n; i++) {
                    if (!(z[i] > 0)) {
                        grad[i] = 0.0; // left derivative at 0; no gradient through a dead unit
                    }
                }
                break;
            case LEAKY_RELU:
                for (int i = 0; i < n; i++) {
                    if (!(z[i] > 0)) {
                        grad[i] *= slope;
                    }
                }
                break;
            case SIGMOID:
                for (int i = 0; i < n; i++) {
                    double s = a[i];
                    grad[i] *= s * (1 - s);
                }
                break;
            case TANH:
                for (int i = 0; i < n; i++) {
                    double t = a[i];
                    grad[i] *= 1 - t * t;
                }
                break;
            case SOFTMAX:
                throw new IllegalStateException(
                        "softmax has no element-wise derivative; use it with SOFTMAX_CE");
            default:
                throw new AssertionError(this);
        }
    }

    /** The derivative f'(z) of one unit, for views and tests (softmax: not defined, NaN). */
    public double derivative(double z, double slope) {
        switch (this) {
            case LINEAR:
                return 1;
            case RELU:
                return z > 0 ? 1 : 0;
            case LEAKY_RELU:
                return z > 0 ? 1 : slope;
            case SIGMOID: {
                double s = Fn.sigmoid(z);
                return s * (1 - s);
            }
            case TANH: {
                double t = Fn.tanh(z);
                return 1 - t * t;
            }
            default:
                return Double.NaN;
        }
    }

    /** f(z) of one unit (softmax of a single unit is 1). */
    public double value(double z, double slope) {
        switch (this) {
            case LINEAR:
                return z;
            case RELU:
                return z > 0 ? z : 0.0;
            case LEAKY_RELU:
                return z > 0 ? z : slope * z;
            case SIGMOID:
                return Fn.sigmoid(z);
            case TANH:
                return Fn.tanh(z);
            default:
                return 1.0;
        }
    }
}
