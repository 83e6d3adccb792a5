package scratchnet.engine;

import scratchnet.math.Fn;

/**
 * The non-linearity a layer applies to its pre-activation: a = f(z).
 *
 * <p>Each constant is one function, written in one place: its value f(z) for one unit and for a
 * whole layer, its derivative f′(z), and the backward loop that multiplies dL/da by f′ to give
 * dL/dz. The layer loops are plain loops over the flat buffers, so choosing the function costs
 * one call per layer, not one per value. Derivatives are taken at the pre-activation z; at
 * exactly z = 0 the left derivative is used, so ReLU has slope 0 there and leaky ReLU its small
 * slope (a unit whose z is exactly 0 counts as off).
 *
 * <p>Softmax couples the units of a row, so it has no element-wise derivative: it is only
 * allowed on the output layer together with {@link Loss#SOFTMAX_CE}, whose gradient with
 * respect to z is fused and simple (p − onehot).
 */
public enum Activation {
    /** Identity: f(z) = z, f′(z) = 1. */
    LINEAR {
        @Override
        public double value(double z, double slope) {
            return z;
        }

        @Override
        void forward(double[] z, double[] a, int rows, int units, double slope) {
            System.arraycopy(z, 0, a, 0, rows * units);
        }

        @Override
        public double derivative(double z, double slope) {
            return 1;
        }

        @Override
        void backward(double[] z, double[] a, double[] grad, int n, double slope) {
            // f′ = 1: dL/dz is dL/da as it stands.
        }
    },

    /** ReLU: f(z) = max(0, z); f′(z) = 1 for z &gt; 0, else 0. */
    RELU {
        @Override
        public double value(double z, double slope) {
            return z > 0 ? z : 0.0;
        }

        @Override
        void forward(double[] z, double[] a, int rows, int units, double slope) {
            for (int i = 0, n = rows * units; i < n; i++) {
                double v = z[i];
                a[i] = v > 0 ? v : 0.0;
            }
        }

        @Override
        public double derivative(double z, double slope) {
            return z > 0 ? 1 : 0;
        }

        @Override
        void backward(double[] z, double[] a, double[] grad, int n, double slope) {
            for (int i = 0; i < n; i++) {
                if (!(z[i] > 0)) {
                    grad[i] = 0.0; // left derivative at 0; no gradient through a dead unit
                }
            }
        }
    },

    /**
     * Leaky ReLU: f(z) = z for z &gt; 0, slope·z otherwise; f′(z) = 1 for z &gt; 0, slope
     * otherwise (slope 0.01 unless the network says otherwise).
     */
    LEAKY_RELU {
        @Override
        public double value(double z, double slope) {
            return z > 0 ? z : slope * z;
        }

        @Override
        void forward(double[] z, double[] a, int rows, int units, double slope) {
            for (int i = 0, n = rows * units; i < n; i++) {
                double v = z[i];
                a[i] = v > 0 ? v : slope * v;
            }
        }

        @Override
        public double derivative(double z, double slope) {
            return z > 0 ? 1 : slope;
        }

        @Override
        void backward(double[] z, double[] a, double[] grad, int n, double slope) {
            for (int i = 0; i < n; i++) {
                if (!(z[i] > 0)) {
                    grad[i] *= slope;
                }
            }
        }
    },

    /**
     * Logistic sigmoid: f(z) = σ(z) = 1 / (1 + e^−z), computed without overflow;
     * f′(z) = σ(z)(1 − σ(z)), which the backward pass reads from the stored a = σ(z).
     */
    SIGMOID {
        @Override
        public double value(double z, double slope) {
            return Fn.sigmoid(z);
        }

        @Override
        void forward(double[] z, double[] a, int rows, int units, double slope) {
            for (int i = 0, n = rows * units; i < n; i++) {
                a[i] = Fn.sigmoid(z[i]);
            }
        }

        @Override
        public double derivative(double z, double slope) {
            double s = Fn.sigmoid(z);
            return s * (1 - s);
        }

        @Override
        void backward(double[] z, double[] a, double[] grad, int n, double slope) {
            for (int i = 0; i < n; i++) {
                double s = a[i];
                grad[i] *= s * (1 - s);
            }
        }
    },

    /**
     * Hyperbolic tangent: f(z) = tanh z; f′(z) = 1 − tanh² z, which the backward pass reads
     * from the stored a = tanh z.
     */
    TANH {
        @Override
        public double value(double z, double slope) {
            return Fn.tanh(z);
        }

        @Override
        void forward(double[] z, double[] a, int rows, int units, double slope) {
            Fn.tanh(z, a, rows * units);
        }

        @Override
        public double derivative(double z, double slope) {
            double t = Fn.tanh(z);
            return 1 - t * t;
        }

        @Override
        void backward(double[] z, double[] a, double[] grad, int n, double slope) {
            for (int i = 0; i < n; i++) {
                double t = a[i];
                grad[i] *= 1 - t * t;
            }
        }
    },

    /**
     * Softmax over each row: a_j = e^(z_j − max z) / Σ_k e^(z_k − max z). Its Jacobian
     * ∂a_j/∂z_k = a_j(δ_jk − a_k) is not element-wise, so it has no f′ here: the backward pass
     * refuses, {@link #derivative} is NaN, and {@link Loss#SOFTMAX_CE} supplies dL/dz directly.
     * The value of a single unit, alone in its row, is 1.
     */
    SOFTMAX {
        @Override
        public double value(double z, double slope) {
            return 1.0;
        }

        @Override
        void forward(double[] z, double[] a, int rows, int units, double slope) {
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

        @Override
        public double derivative(double z, double slope) {
            return Double.NaN;
        }

        @Override
        void backward(double[] z, double[] a, double[] grad, int n, double slope) {
            throw new IllegalStateException(
                    "softmax has no element-wise derivative; use it with SOFTMAX_CE");
        }
    };

    /**
     * f(z) of one unit, for views and tests.
     *
     * @param z the unit's pre-activation
     * @param slope the leaky-ReLU slope (ignored by the others)
     */
    public abstract double value(double z, double slope);

    /**
     * Writes a = f(z) for {@code rows} rows of {@code units} values each.
     *
     * @param z pre-activations, row-major rows × units
     * @param a output, same shape (may not alias z)
     * @param slope the leaky-ReLU slope (ignored by the others)
     */
    abstract void forward(double[] z, double[] a, int rows, int units, double slope);

    /**
     * The derivative f′(z) of one unit, for views and tests (softmax: not defined, NaN).
     *
     * @param z the unit's pre-activation
     * @param slope the leaky-ReLU slope (ignored by the others)
     */
    public abstract double derivative(double z, double slope);

    /**
     * Turns dL/da into dL/dz in place: {@code grad[i] *= f′(z[i])} for i &lt; n.
     *
     * @param z the pre-activations the forward pass saw
     * @param a the activations it produced (used where f′ is cheaper from a)
     * @param slope the leaky-ReLU slope (ignored by the others)
     */
    abstract void backward(double[] z, double[] a, double[] grad, int n, double slope);
}
