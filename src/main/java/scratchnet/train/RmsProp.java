package scratchnet.train;

/**
 * RMSprop: divides each step by a running root-mean-square of that parameter's gradients.
 *
 * <pre>
 * s ← ρ·s + (1 − ρ)·g²
 * W ← W − lr · g / (√s + ε)
 * </pre>
 *
 * There is no bias correction (as in PyTorch), so the first step is lr·g/(√(1−ρ)·|g| + ε),
 * about 3.16·lr·sign(g) for ρ = 0.9.
 */
public final class RmsProp implements Optimizer {
    /** Default decay ρ of the mean square. */
    public static final double DEFAULT_RHO = 0.9;
    /** Default ε. */
    public static final double DEFAULT_EPSILON = 1e-8;

    private final double rho;
    private final double epsilon;
    /** s, shaped like the parameters; null until the first step. */
    private double[][] meanSquare;

    /** RMSprop with decay {@code rho} in [0, 1) and ε > 0. */
    public RmsProp(double rho, double epsilon) {
        if (!(rho >= 0 && rho < 1)) {
            throw new IllegalArgumentException("RMSprop's rho must be in [0, 1): " + rho);
        }
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("RMSprop's epsilon must be > 0: " + epsilon);
        }
        this.rho = rho;
        this.epsilon = epsilon;
    }

    /** RMSprop with ρ = 0.9, ε = 1e-8. */
    public RmsProp() {
        this(DEFAULT_RHO, DEFAULT_EPSILON);
    }

    @Override
    public void step(double[][] params, double[][] grads, double lr) {
        meanSquare = State.fit(meanSquare, params);
        for (int k = 0; k < params.length; k++) {
            double[] p = params[k];
            double[] g = grads[k];
            double[] s = meanSquare[k];
            for (int i = 0; i < p.length; i++) {
                double gi = g[i];
                double si = rho * s[i] + (1 - rho) * gi * gi;
                s[i] = si;
                p[i] -= lr * gi / (Math.sqrt(si) + epsilon);
            }
        }
    }

    @Override
    public Optimizer copy() {
        RmsProp r = new RmsProp(rho, epsilon);
        r.meanSquare = State.copy(meanSquare);
        return r;
    }

    @Override
    public void reset() {
        meanSquare = null;
    }

    @Override
    public String[] internalNames() {
        return new String[] {"meanSquare", "update"};
    }

    /** s, and the step −lr·g/(√s + ε). */
    @Override
    public void internals(int k, int i, double g, double lr, double[] out) {
        double s = meanSquare == null ? 0 : meanSquare[k][i];
        out[0] = s;
        out[1] = -(lr * g / (Math.sqrt(s) + epsilon));
    }
}
