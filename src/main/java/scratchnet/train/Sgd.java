package scratchnet.train;

/** Plain gradient descent, as in the tutorial: W −= lr·dW, b −= lr·db. */
public final class Sgd implements Optimizer {
    @Override
    public void step(double[][] params, double[][] grads, double lr) {
        for (int k = 0; k < params.length; k++) {
            double[] p = params[k];
            double[] g = grads[k];
            for (int i = 0; i < p.length; i++) {
                p[i] -= lr * g[i];
            }
        }
    }

    @Override
    public Optimizer copy() {
        return new Sgd();
    }

    @Override
    public void reset() {
    }

    @Override
    public String[] internalNames() {
        return new String[] {"update"};
    }

    @Override
    public void internals(int k, int i, double g, double lr, double[] out) {
        out[0] = -(lr * g);
    }
}
