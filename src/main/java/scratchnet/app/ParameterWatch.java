package scratchnet.app;

import scratchnet.engine.Dense;
import scratchnet.engine.Network;
import scratchnet.train.ParameterTrace;

/**
 * The one parameter whose optimizer internals the playground records, and its record
 * ({@link ParameterTrace}): which weight (or bias) is watched, and the trace bound to the
 * current network's buffers, carried over when the network is rebuilt around the same run.
 */
final class ParameterWatch {
    /** The watched parameter: weight layer, from unit (-1: the bias), to unit. */
    private int layer;
    private int from;
    private int to;
    private ParameterTrace trace;

    /**
     * Records the optimizer internals of one parameter of {@code net} from the next step on:
     * the weight from unit {@code from} of the previous layer (−1: the bias) to unit
     * {@code to} of weight layer {@code layer} (0-based); with {@code keepRows}, the rows
     * recorded so far stay if it is the parameter already watched. Returns false, changing
     * nothing, if there is no such parameter.
     */
    boolean watch(Network net, int layer, int from, int to, boolean keepRows) {
        if (layer < 0 || layer >= net.depth()) {
            return false;
        }
        Dense d = net.layer(layer);
        if (from < -1 || from >= d.inputs() || to < 0 || to >= d.outputs()) {
            return false;
        }
        int buffer = from < 0 ? 2 * layer + 1 : 2 * layer;
        int index = from < 0 ? to : from * d.outputs() + to;
        ParameterTrace next = new ParameterTrace(net.parameters()[buffer],
                net.gradients()[buffer], buffer, index);
        if (keepRows && trace != null && layer == this.layer && from == this.from
                && to == this.to) {
            next = trace.rebind(next);
        }
        trace = next;
        this.layer = layer;
        this.from = from;
        this.to = to;
        return true;
    }

    /**
     * Watches the same parameter in {@code net} (see {@link #watch}); returns false, changing
     * nothing, if {@code net} has no such parameter.
     */
    boolean rebind(Network net, boolean keepRows) {
        return watch(net, layer, from, to, keepRows);
    }

    /** The watched parameter's record. */
    ParameterTrace trace() {
        return trace;
    }

    /** The watched parameter: {layer, from (−1 = bias), to}. */
    int[] watched() {
        return new int[] {layer, from, to};
    }
}
