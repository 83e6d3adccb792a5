package scratchnet.app;

import scratchnet.engine.Network;

/**
 * What one step changed: a copy of every parameter buffer taken just before an update, so the
 * page can show Δw = w_after − w_before for a link or a bias. The copy is allocated once and
 * refilled in place.
 */
final class LastUpdate {
    private final Network net;
    /** Parameters just before the latest kept update, laid out as {@code net.parameters()}. */
    private final double[][] before;
    private boolean kept;

    LastUpdate(Network net) {
        this.net = net;
        double[][] params = net.parameters();
        before = new double[params.length][];
        for (int k = 0; k < params.length; k++) {
            before[k] = params[k].clone();
        }
    }

    /** Copies the current parameters; call just before the update to be shown. */
    void keep() {
        double[][] params = net.parameters();
        for (int k = 0; k < params.length; k++) {
            System.arraycopy(params[k], 0, before[k], 0, params[k].length);
        }
        kept = true;
    }

    /** ‖Δθ‖ / ‖θ‖ of the latest kept update over all parameters; NaN before one. */
    double ratio() {
        if (!kept) {
            return Double.NaN;
        }
        double change = 0;
        double size = 0;
        double[][] params = net.parameters();
        for (int k = 0; k < params.length; k++) {
            for (int i = 0; i < params[k].length; i++) {
                double d = params[k][i] - before[k][i];
                change += d * d;
                size += params[k][i] * params[k][i];
            }
        }
        return Math.sqrt(change) / Math.sqrt(size);
    }

    /** What the latest kept update changed weight {@code i} of layer {@code layer} by. */
    double weight(int layer, int i) {
        return kept ? net.parameters()[2 * layer][i] - before[2 * layer][i] : 0;
    }

    /** What the latest kept update changed unit {@code unit}'s bias by. */
    double bias(int layer, int unit) {
        return kept ? net.parameters()[2 * layer + 1][unit] - before[2 * layer + 1][unit] : 0;
    }
}
