package scratchnet.diag;

import scratchnet.engine.Network;

/**
 * A copy of every layer's weights W taken just before an optimizer step, so that the step's
 * size can be measured afterwards as ‖W_after − W_before‖ / ‖W_before‖ for any optimizer.
 * (For plain SGD this equals lr·‖dW‖ / ‖W_before‖, up to rounding.)
 *
 * <p>Use: {@code snapshot.record(net)} after backward and before {@code optimizer.step}, then
 * {@link GradNorms#read(Network, Snapshot)}. The copy buffers are allocated on the first
 * record and reused while the network's shape stays the same.
 */
public final class Snapshot {
    private double[][] weights = new double[0][];
    private double[] beforeNorms = new double[0];
    private boolean recorded;

    /** Copies the weights of {@code net} as they are now. */
    public void record(Network net) {
        if (!fits(net)) {
            weights = new double[net.depth()][];
            beforeNorms = new double[net.depth()];
            for (int l = 0; l < net.depth(); l++) {
                weights[l] = new double[net.layer(l).weights().length];
            }
        }
        for (int l = 0; l < net.depth(); l++) {
            double[] w = net.layer(l).weights();
            System.arraycopy(w, 0, weights[l], 0, w.length);
            beforeNorms[l] = Norms.l2(w);
        }
        recorded = true;
    }

    /** Whether a record was taken from a network of {@code net}'s shape. */
    public boolean fits(Network net) {
        if (weights.length != net.depth()) {
            return false;
        }
        for (int l = 0; l < weights.length; l++) {
            if (weights[l].length != net.layer(l).weights().length) {
                return false;
            }
        }
        return true;
    }

    /**
     * ‖W_now − W_recorded‖ / ‖W_recorded‖ for layer {@code l}; NaN if nothing matching was
     * recorded (or both norms are 0).
     */
    public double updateRatio(Network net, int l) {
        if (!recorded || !fits(net)) {
            return Double.NaN;
        }
        double[] now = net.layer(l).weights();
        return Norms.distance(now, weights[l], now.length) / beforeNorms[l];
    }
}
