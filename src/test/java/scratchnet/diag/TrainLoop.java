package scratchnet.diag;

import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.train.Sgd;

/**
 * A Trainer-like loop for diag tests: full-batch forward, backward, SGD update, then the
 * non-finite probe, one step at a time. Stops at the first report.
 */
final class TrainLoop {
    private TrainLoop() {
    }

    /** Steps {@code first}..{@code last} inclusive; the report, or null if all were clean. */
    static NonFiniteReport run(Network net, double[] x, double[] y, int rows, double lr,
            long first, long last, NonFinite probe) {
        Sgd sgd = new Sgd();
        for (long step = first; step <= last; step++) {
            net.forward(x, rows);
            double loss = net.backward(y, Penalty.NONE);
            sgd.step(net.parameters(), net.gradients(), lr);
            NonFiniteReport r = probe.check(step, net, x, rows, loss);
            if (r != null) {
                return r;
            }
        }
        return null;
    }
}
