package scratchnet.train;

/**
 * Gradient descent with momentum: a velocity v per parameter keeps a decaying sum of past
 * steps, v ← μ·v − lr·g, then W ← W + v. With μ = 0 this is {@link Sgd}.
 */
public final class Momentum implements Optimizer {
    /** The usual momentum coefficient μ. */
    public static final double DEFAULT_MU = 0.9;

    private final double mu;
    /** v, one buffer per parameter buffer, same lengths; null until the first step. */
    private double[][] velocity;

    /** Momentum with coefficient {@code mu} in [0, 1). */
    public Momentum(double mu) {
        if (!(mu >= 0 && mu < 1)) {
            throw new IllegalArgumentException("momentum must be in [0, 1): " + mu);
        }
        this.mu = mu;
    }

    /** Momentum with μ = 0.9. */
    public Momentum() {
        this(DEFAULT_MU);
    }

    @Override
    public void step(double[][] params, double[][] grads, double lr) {
        velocity = State.fit(velocity, params);
        for (int k = 0; k < params.length; k++) {
            double[] p = params[k];
            double[] g = grads[k];
            double[] v = velocity[k];
            for (int i = 0; i < p.length; i++) {
                double vi = mu * v[i] - lr * g[i];
                v[i] = vi;
                p[i] += vi;
            }
        }
    }

    @Override
    public Optimizer copy() {
        Momentum m = new Momentum(mu);
        m.velocity = State.copy(velocity);
        return m;
    }

    @Override
    public void reset() {
        velocity = null;
    }

    @Override
    public String[] internalNames() {
        return new String[] {"velocity", "update"};
    }

    /** The velocity v is the step itself: W ← W + v. */
    @Override
    public void internals(int k, int i, double g, double lr, double[] out) {
        double v = velocity == null ? 0 : velocity[k][i];
        out[0] = v;
        out[1] = v;
    }
}
