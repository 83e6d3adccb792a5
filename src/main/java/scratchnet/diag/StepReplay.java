package scratchnet.diag;

import scratchnet.engine.Network;
import scratchnet.engine.Penalty;

/**
 * Recovers the exact forward values and raw gradients of a training step on a private copy of
 * the network, for loops that overwrite the live buffers before diagnostics can read them (a
 * trainer that evaluates the whole training and test sets when an epoch ends runs forward
 * passes after its update, so the network's z and a then belong to that evaluation).
 *
 * <p>Use: {@link #before} just before the step (copies W and b into the shadow network, no
 * allocation after the first call), then after the step {@link #replay} with the step's
 * batch; {@link #network()} then holds that step's z, a, dW and db as backpropagation produced
 * them (before any clipping), ready for {@link NonFinite#beforeUpdate}. The trained network is
 * only read. The replay runs without dropout, so for a network with dropout the layers after
 * the first see unmasked inputs and their values differ from the training pass.
 */
public final class StepReplay {
    private Network source;
    private Network shadow;

    /** Copies {@code net}'s parameters as they are before the step. */
    public void before(Network net) {
        if (net != source) {
            source = net;
            shadow = net.copy();
        } else {
            shadow.copyParametersFrom(net);
        }
    }

    /**
     * Forward and backward on the shadow with the pre-step parameters; returns the batch's
     * mean data loss, which equals the loss the step itself saw (bit for bit without dropout).
     *
     * @param x the step's batch, rows × inputs
     * @param y its targets
     */
    public double replay(double[] x, double[] y, int rows, Penalty penalty) {
        if (shadow == null) {
            throw new IllegalStateException("call before(net) ahead of the step");
        }
        shadow.forwardBatch(x, rows);
        return shadow.backward(y, penalty);
    }

    /** The shadow network holding the replayed step's buffers (read only, please). */
    public Network network() {
        return shadow;
    }
}
