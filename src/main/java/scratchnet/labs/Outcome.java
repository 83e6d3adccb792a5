package scratchnet.labs;

import scratchnet.diag.LayerActivity;
import scratchnet.diag.LayerNorms;
import scratchnet.diag.NonFiniteReport;
import scratchnet.engine.Network;

/**
 * The figures of one lab run.
 *
 * @param trainLoss mean training-set loss per epoch: index 0 before training, index e after
 *     epoch e (the history as training saw it)
 * @param testLoss the same on the test set (NaN entries without one)
 * @param endTrainLoss training-set loss of the network the run ends with (after early
 *     stopping this is the restored best epoch's, not the last epoch's)
 * @param endTestLoss the same on the test set (NaN without one)
 * @param steps training steps taken
 * @param nonFinite the first NaN or infinity, which ended the run; null if there was none
 * @param startActivity unit activity on the training set before training
 * @param endActivity unit activity on the training set after training
 * @param startGradNorms per-layer norms of the full training-set gradient before training
 * @param endGradNorms the same after training
 * @param bestEpoch epoch with the lowest monitored loss (test loss if there is a test set)
 * @param stopped whether early stopping ended the run and restored the best epoch's weights
 * @param seconds wall time of the training loop by the caller's clock, NaN without one
 * @param network the trained network as the run left it (live; after a non-finite stop it
 *     holds the failing step's parameters, for inspection)
 */
public record Outcome(double[] trainLoss, double[] testLoss, double endTrainLoss,
        double endTestLoss, long steps,
        NonFiniteReport nonFinite, LayerActivity[] startActivity, LayerActivity[] endActivity,
        LayerNorms[] startGradNorms, LayerNorms[] endGradNorms, int bestEpoch, boolean stopped,
        double seconds, Network network) {
    /** Completed epochs. */
    public int epochs() {
        return trainLoss.length - 1;
    }

    /** Training loss before training. */
    public double startLoss() {
        return trainLoss[0];
    }

    /** The lowest test loss of the history (NaN without a test set). */
    public double minTestLoss() {
        double m = Double.POSITIVE_INFINITY;
        for (double v : testLoss) {
            m = Math.min(m, v);
        }
        return m;
    }

    /** The epoch (0 = before training) of the lowest test loss, the first if tied. */
    public int minTestEpoch() {
        int best = 0;
        for (int e = 1; e < testLoss.length; e++) {
            if (testLoss[e] < testLoss[best]) {
                best = e;
            }
        }
        return best;
    }

    /** True when no value turned non-finite and the end loss is a number. */
    public boolean finite() {
        return nonFinite == null && Double.isFinite(endTrainLoss);
    }
}
