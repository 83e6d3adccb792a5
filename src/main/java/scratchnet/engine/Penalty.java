package scratchnet.engine;

/**
 * A weight penalty added to the data loss. Biases are never penalised.
 *
 * <p>L1: λ Σ|w|, gradient λ·sign(w) (0 at w = 0). L2: (λ/2) Σw², gradient λ·w — the same
 * update as PyTorch's {@code weight_decay = λ} on plain SGD. The penalty is not divided by the
 * batch size.
 */
public record Penalty(Kind kind, double rate) {
    /** No penalty. */
    public static final Penalty NONE = new Penalty(Kind.NONE, 0);

    /** Which norm is penalised. */
    public enum Kind { NONE, L1, L2 }

    /** Validates the rate. */
    public Penalty {
        if (kind == null) {
            throw new IllegalArgumentException("penalty kind must be given");
        }
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException("penalty rate must be a finite number >= 0: " + rate);
        }
    }

    /** The penalty's value for one weight matrix. */
    public double value(double[] weights) {
        if (kind == Kind.NONE || rate == 0) {
            return 0;
        }
        double sum = 0;
        if (kind == Kind.L1) {
            for (double w : weights) {
                sum += Math.abs(w);
            }
            return rate * sum;
        }
        for (double w : weights) {
            sum += w * w;
        }
        return 0.5 * rate * sum;
    }

    /** Adds the penalty's gradient at {@code weights} to {@code grad}. */
    public void addGradient(double[] weights, double[] grad) {
        if (kind == Kind.NONE || rate == 0) {
            return;
        }
        if (kind == Kind.L1) {
            for (int i = 0; i < weights.length; i++) {
                double w = weights[i];
                grad[i] += w > 0 ? rate : w < 0 ? -rate : 0.0;
            }
        } else {
            for (int i = 0; i < weights.length; i++) {
                grad[i] += rate * weights[i];
            }
        }
    }
}
