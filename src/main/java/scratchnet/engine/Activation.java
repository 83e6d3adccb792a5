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
     * ELU with α = 1: f(z) = z for z &gt; 0, else e^z − 1 (computed as expm1, exact near 0);
     * f′(z) = 1 for z &gt; 0, else e^z, which the backward pass reads from the stored a as a + 1.
     * Smooth at 0 (both sides have slope 1), and bounded below by −1.
     */
    ELU {
        @Override
        public double value(double z, double slope) {
            return z > 0 ? z : Fn.expm1(z);
        }

        @Override
        void forward(double[] z, double[] a, int rows, int units, double slope) {
            for (int i = 0, n = rows * units; i < n; i++) {
                double v = z[i];
                a[i] = v > 0 ? v : Fn.expm1(v);
            }
        }

        @Override
        public double derivative(double z, double slope) {
            return z > 0 ? 1 : Fn.exp(z);
        }

        @Override
        void backward(double[] z, double[] a, double[] grad, int n, double slope) {
            for (int i = 0; i < n; i++) {
                if (!(z[i] > 0)) {
                    grad[i] *= a[i] + 1; // e^z = (e^z − 1) + 1
                }
            }
        }
    },

    /**
     * GELU in its tanh form (Hendrycks and Gimpel; PyTorch's {@code GELU(approximate="tanh")}):
     * f(z) = ½z(1 + tanh u) with u = √(2/π)(z + 0.044715z³);
     * f′(z) = ½(1 + tanh u) + ½z(1 − tanh² u)·√(2/π)(1 + 3·0.044715z²). The tanh form, not
     * the exact z·Φ(z), because it needs only {@link Fn#tanh}, which is within one ulp and the
     * same bits on every runtime; it differs from z·Φ(z) by less than 5e-4 everywhere.
     */
    GELU {
        @Override
        public double value(double z, double slope) {
            return 0.5 * z * (1 + Fn.tanh(geluInner(z)));
        }

        @Override
        void forward(double[] z, double[] a, int rows, int units, double slope) {
            for (int i = 0, n = rows * units; i < n; i++) {
                double v = z[i];
                a[i] = 0.5 * v * (1 + Fn.tanh(geluInner(v)));
            }
        }

        @Override
        public double derivative(double z, double slope) {
            return geluDerivative(z);
        }

        @Override
        void backward(double[] z, double[] a, double[] grad, int n, double slope) {
            for (int i = 0; i < n; i++) {
                grad[i] *= geluDerivative(z[i]);
            }
        }
    },

    /**
     * Swish with β = 1, also called SiLU: f(z) = z·σ(z); f′(z) = σ(z)(1 + z(1 − σ(z))). It
     * dips to about −0.278 near z = −1.28 and is not monotonic there.
     */
    SILU {
        @Override
        public double value(double z, double slope) {
            return z * Fn.sigmoid(z);
        }

        @Override
        void forward(double[] z, double[] a, int rows, int units, double slope) {
            for (int i = 0, n = rows * units; i < n; i++) {
                double v = z[i];
                a[i] = v * Fn.sigmoid(v);
            }
        }

        @Override
        public double derivative(double z, double slope) {
            double s = Fn.sigmoid(z);
            return s * (1 + z * (1 - s));
        }

        @Override
        void backward(double[] z, double[] a, double[] grad, int n, double slope) {
            for (int i = 0; i < n; i++) {
                double v = z[i];
                double s = Fn.sigmoid(v); // recomputed: a/z is undefined at z = 0
                grad[i] *= s * (1 + v * (1 - s));
            }
        }
    },

    /**
     * Softplus as PyTorch's {@code Softplus()} computes it (β = 1, threshold 20):
     * f(z) = log(1 + e^z) for z ≤ 20, and z above (where the two differ by less than 3e-9);
     * f′(z) = σ(z) for z ≤ 20, and 1 above. A smooth ReLU that is never exactly 0.
     */
    SOFTPLUS {
        @Override
        public double value(double z, double slope) {
            return z > SOFTPLUS_THRESHOLD ? z : Fn.log1p(Fn.exp(z));
        }

        @Override
        void forward(double[] z, double[] a, int rows, int units, double slope) {
            for (int i = 0, n = rows * units; i < n; i++) {
                double v = z[i];
                a[i] = v > SOFTPLUS_THRESHOLD ? v : Fn.log1p(Fn.exp(v));
            }
        }

        @Override
        public double derivative(double z, double slope) {
            return z > SOFTPLUS_THRESHOLD ? 1 : Fn.sigmoid(z);
        }

        @Override
        void backward(double[] z, double[] a, double[] grad, int n, double slope) {
            for (int i = 0; i < n; i++) {
                double v = z[i];
                if (!(v > SOFTPLUS_THRESHOLD)) {
                    grad[i] *= Fn.sigmoid(v);
                }
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

    /** Above this softplus is z itself, as in PyTorch's {@code Softplus(threshold=20)}. */
    static final double SOFTPLUS_THRESHOLD = 20;
    /** √(2/π) as PyTorch writes it: √2 · (2/√π) · ½, each factor the nearest double. */
    static final double GELU_BETA = 1.41421356237309504880 * 1.12837916709551257390 * 0.5;
    /** The cubic coefficient of the tanh form of GELU. */
    static final double GELU_KAPPA = 0.044715;

    /** u = √(2/π)(z + 0.044715z³), the argument of GELU's tanh. */
    static double geluInner(double z) {
        return GELU_BETA * (z + GELU_KAPPA * (z * z * z));
    }

    /** GELU′(z), written as PyTorch's backward kernel writes it (left and right factors). */
    static double geluDerivative(double z) {
        double t = Fn.tanh(geluInner(z));
        double left = 0.5 * z;
        double right = 1 + t;
        return 0.5 * right + left * (1 - t * t) * (GELU_BETA * (1 + 3 * GELU_KAPPA * (z * z)));
    }

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
