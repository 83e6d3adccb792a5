package scratchnet.train;

import scratchnet.engine.Network;

/**
 * Early stopping with patience: keeps a copy of the parameters of the best epoch so far and,
 * once {@code patience} epochs in a row bring no new best, puts them back into the network.
 * The copy is made once, from the starting parameters; later bests overwrite it in place. So
 * if no epoch ever improves (say the loss is NaN from the first epoch on), stopping restores
 * the parameters training started from.
 */
final class EarlyStop {
    private final int patience;
    private final Network best;
    private int sinceBest;
    private boolean stopped;

    /** Watches {@code net}; {@code patience} 0 means never stop. */
    EarlyStop(Network net, int patience) {
        this(patience, patience > 0 ? net.copy() : null);
    }

    private EarlyStop(int patience, Network best) {
        this.patience = patience;
        this.best = best;
    }

    /**
     * Called after every epoch with whether it set a new best; returns true when training
     * must stop, after restoring the best parameters into {@code net}.
     */
    boolean afterEpoch(Network net, boolean improved) {
        if (best == null || stopped) {
            return stopped;
        }
        if (improved) {
            best.copyParametersFrom(net);
            sinceBest = 0;
            return false;
        }
        sinceBest++;
        if (sinceBest >= patience) {
            net.copyParametersFrom(best);
            stopped = true;
        }
        return stopped;
    }

    /** An independent watch in this one's state, keeping its own copy of the best weights. */
    EarlyStop copy() {
        EarlyStop e = new EarlyStop(patience, best == null ? null : best.copy());
        e.sinceBest = sinceBest;
        e.stopped = stopped;
        return e;
    }

    boolean stopped() {
        return stopped;
    }
}
