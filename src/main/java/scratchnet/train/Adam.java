package scratchnet.train;

/**
 * Adam (Kingma and Ba, 2015): per-parameter step sizes from running moment estimates.
 *
 * <pre>
 * m ← β1·m + (1 − β1)·g          first moment (mean of g)
 * v ← β2·v + (1 − β2)·g²         second moment (mean of g²)
 * m̂ = m / (1 − β1^t),  v̂ = v / (1 − β2^t)   bias correction, t = 1, 2, …
 * W ← W − lr · m̂ / (√v̂ + ε)
 * </pre>
 *
 * On the first step m̂ = g and v̂ = g², so every parameter moves by lr·g/(|g| + ε) ≈ lr·sign(g).
 * β1^t and β2^t are kept as running products, so no power function is needed.
 */
public final class Adam implements Optimizer {
    /** Default decay of the first moment. */
    public static final double DEFAULT_BETA1 = 0.9;
    /** Default decay of the second moment. */
    public static final double DEFAULT_BETA2 = 0.999;
    /** Default ε, added to √v̂ so a zero gradient history never divides by zero. */
    public static final double DEFAULT_EPSILON = 1e-8;

    private final double beta1;
    private final double beta2;
    private final double epsilon;
    /** m and v, shaped like the parameters; null until the first step. */
    private double[][] firstMoment;
    private double[][] secondMoment;
    /** β1^t and β2^t after t steps. */
    private double beta1Power = 1;
    private double beta2Power = 1;

    /** Adam with the given decays in [0, 1) and ε > 0. */
    public Adam(double beta1, double beta2, double epsilon) {
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("Adam's betas must be in [0, 1): " + beta1 + ", "
                    + beta2);
        }
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("Adam's epsilon must be > 0: " + epsilon);
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
    }

    /** Adam with β1 = 0.9, β2 = 0.999, ε = 1e-8. */
    public Adam() {
        this(DEFAULT_BETA1, DEFAULT_BETA2, DEFAULT_EPSILON);
    }

    @Override
    public void step(double[][] params, double[][] grads, double lr) {
        double[][] fitted = State.fit(firstMoment, params);
        if (fitted != firstMoment) {
            firstMoment = fitted;
            secondMoment = State.fit(null, params);
            beta1Power = 1;
            beta2Power = 1;
        }
        beta1Power *= beta1;
        beta2Power *= beta2;
        double correct1 = 1 / (1 - beta1Power);
        double correct2 = 1 / (1 - beta2Power);
        for (int k = 0; k < params.length; k++) {
            double[] p = params[k];
            double[] g = grads[k];
            double[] m = firstMoment[k];
            double[] v = secondMoment[k];
            for (int i = 0; i < p.length; i++) {
                double gi = g[i];
                double mi = beta1 * m[i] + (1 - beta1) * gi;
                double vi = beta2 * v[i] + (1 - beta2) * gi * gi;
                m[i] = mi;
                v[i] = vi;
                p[i] -= lr * (mi * correct1) / (Math.sqrt(vi * correct2) + epsilon);
            }
        }
    }

    @Override
    public Optimizer copy() {
        Adam a = new Adam(beta1, beta2, epsilon);
        a.firstMoment = State.copy(firstMoment);
        a.secondMoment = State.copy(secondMoment);
        a.beta1Power = beta1Power;
        a.beta2Power = beta2Power;
        return a;
    }

    @Override
    public String[] internalNames() {
        return new String[] {"m", "v", "mHat", "vHat", "update"};
    }

    /**
     * m and v, their bias-corrected m̂ and v̂, and the step −lr·m̂/(√v̂ + ε), each computed
     * as in {@link #step}.
     */
    @Override
    public void internals(int k, int i, double g, double lr, double[] out) {
        if (firstMoment == null) {
            java.util.Arrays.fill(out, 0, 5, 0);
            return;
        }
        double correct1 = 1 / (1 - beta1Power);
        double correct2 = 1 / (1 - beta2Power);
        double mi = firstMoment[k][i];
        double vi = secondMoment[k][i];
        out[0] = mi;
        out[1] = vi;
        out[2] = mi * correct1;
        out[3] = vi * correct2;
        out[4] = -(lr * (mi * correct1) / (Math.sqrt(vi * correct2) + epsilon));
    }

    @Override
    public void reset() {
        firstMoment = null;
        secondMoment = null;
        beta1Power = 1;
        beta2Power = 1;
    }
}
