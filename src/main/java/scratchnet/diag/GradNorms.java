package scratchnet.diag;

import scratchnet.engine.Dense;
import scratchnet.engine.Network;

/**
 * Per-layer weight norms, gradient norms and update ratios, read from a network's live
 * buffers after a step. The gradient norms are those of the last backward pass.
 */
public final class GradNorms {
    private GradNorms() {
    }

    /**
     * One {@link LayerNorms} per layer, first layer first.
     *
     * @param before the weights recorded before the update, or null (update ratios are NaN)
     */
    public static LayerNorms[] read(Network net, Snapshot before) {
        LayerNorms[] out = new LayerNorms[net.depth()];
        for (int l = 0; l < out.length; l++) {
            Dense d = net.layer(l);
            double ratio = before == null ? Double.NaN : before.updateRatio(net, l);
            out[l] = new LayerNorms(l, Norms.l2(d.weights()),
                    Norms.l2(d.weightGrads(), d.biasGrads()), ratio);
        }
        return out;
    }

    /**
     * How much smaller the first layer's gradient is than the last's:
     * gradNorm(last layer) / gradNorm(first layer). Around 1 when gradients flow; ≥ 100 is
     * what {@code vanishing-gradients} shows. +∞ when the first layer gets no gradient at all.
     */
    public static double lastOverFirst(LayerNorms[] norms) {
        return norms[norms.length - 1].gradNorm() / norms[0].gradNorm();
    }

    /** The largest gradient norm over the layers. */
    public static double maxGradNorm(LayerNorms[] norms) {
        double m = 0;
        for (LayerNorms n : norms) {
            m = Math.max(m, n.gradNorm());
        }
        return m;
    }
}
