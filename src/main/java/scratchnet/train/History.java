package scratchnet.train;

/**
 * What training has recorded so far: the loss of every step's batch, and after every epoch
 * the mean loss on the whole training set and on the test set (evaluated without dropout).
 *
 * <p>Epochs and steps are numbered from 1: {@code trainLoss(1)} is the loss after the first
 * pass over the data. The best epoch is the one with the lowest monitored loss: the test loss
 * when the trainer has test data, otherwise the training loss. A non-finite loss is never best.
 */
public final class History {
    private final Series batchLoss = new Series();
    private final Series trainLoss = new Series();
    private final Series testLoss = new Series();
    private int bestEpoch;
    private double bestLoss = Double.POSITIVE_INFINITY;

    History() {
    }

    void recordStep(double loss) {
        batchLoss.add(loss);
    }

    /** Records one epoch; returns true if its monitored loss is a new best. */
    boolean recordEpoch(double train, double test, boolean monitorTest) {
        trainLoss.add(train);
        testLoss.add(test);
        double monitored = monitorTest ? test : train;
        if (monitored < bestLoss) {
            bestLoss = monitored;
            bestEpoch = trainLoss.size();
            return true;
        }
        return false;
    }

    /** Steps recorded. */
    public int steps() {
        return batchLoss.size();
    }

    /** Epochs completed. */
    public int epochs() {
        return trainLoss.size();
    }

    /** Mean data loss of step {@code step}'s batch (1-based), before that step's update. */
    public double batchLoss(int step) {
        return batchLoss.get(step - 1);
    }

    /** Mean training-set loss after epoch {@code epoch} (1-based). */
    public double trainLoss(int epoch) {
        return trainLoss.get(epoch - 1);
    }

    /** Mean test-set loss after epoch {@code epoch} (1-based); NaN without test data. */
    public double testLoss(int epoch) {
        return testLoss.get(epoch - 1);
    }

    /** The epoch with the lowest monitored loss so far, 0 before the first epoch ends. */
    public int bestEpoch() {
        return bestEpoch;
    }

    /** The lowest monitored loss so far (+∞ before the first epoch ends). */
    public double bestLoss() {
        return bestLoss;
    }

    /** Every batch loss, one per step (a copy). */
    public double[] batchLosses() {
        return batchLoss.toArray();
    }

    /** Training loss per epoch (a copy). */
    public double[] trainLosses() {
        return trainLoss.toArray();
    }

    /** Test loss per epoch (a copy; NaN entries without test data). */
    public double[] testLosses() {
        return testLoss.toArray();
    }
}
