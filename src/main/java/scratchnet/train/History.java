package scratchnet.train;

/**
 * What training has recorded so far: the loss of every step's batch, and after every epoch
 * the mean loss on the whole training set and on the test set (evaluated without dropout).
 *
 * <p>Epochs and steps are numbered from 1: {@code trainLoss(1)} is the loss after the first
 * pass over the data. Memory is bounded: each record is a {@link Series} of
 * {@value #BUDGET} rows, the recent half at full resolution and the older part thinned
 * evenly, so a run of any length can go on (a thinned-away step or epoch reads as NaN). The best epoch is the one with the lowest monitored loss: the test loss
 * when the trainer has test data, otherwise the training loss. A non-finite loss is never best.
 */
public final class History {
    /** Rows each record keeps at most. */
    public static final int BUDGET = 2048;
    private final Series batchLoss;
    /** Per epoch: training loss, test loss. */
    private final Series epochLoss;
    private int epochs;
    private int bestEpoch;
    private double bestLoss = Double.POSITIVE_INFINITY;

    History() {
        this(new Series(1, BUDGET), new Series(2, BUDGET));
    }

    private History(Series batchLoss, Series epochLoss) {
        this.batchLoss = batchLoss;
        this.epochLoss = epochLoss;
    }

    /** An independent history with the same records. */
    History copy() {
        History h = new History(batchLoss.copy(), epochLoss.copy());
        h.epochs = epochs;
        h.bestEpoch = bestEpoch;
        h.bestLoss = bestLoss;
        return h;
    }

    void recordStep(double loss) {
        batchLoss.add(loss);
    }

    /** Records one epoch; returns true if its monitored loss is a new best. */
    boolean recordEpoch(double train, double test, boolean monitorTest) {
        epochLoss.add(train, test);
        epochs++;
        double monitored = monitorTest ? test : train;
        if (monitored < bestLoss) {
            bestLoss = monitored;
            bestEpoch = epochs;
            return true;
        }
        return false;
    }

    /** Steps recorded. */
    public long steps() {
        return batchLoss.added();
    }

    /** Epochs completed. */
    public int epochs() {
        return epochs;
    }

    /** Mean data loss of step {@code step}'s batch (1-based), before that step's update. */
    public double batchLoss(long step) {
        return batchLoss.at(step - 1, 0);
    }

    /** Mean training-set loss after epoch {@code epoch} (1-based). */
    public double trainLoss(int epoch) {
        return epochLoss.at(epoch - 1, 0);
    }

    /** Mean test-set loss after epoch {@code epoch} (1-based); NaN without test data. */
    public double testLoss(int epoch) {
        return epochLoss.at(epoch - 1, 1);
    }

    /** The epoch with the lowest monitored loss so far, 0 before the first epoch ends. */
    public int bestEpoch() {
        return bestEpoch;
    }

    /** The lowest monitored loss so far (+∞ before the first epoch ends). */
    public double bestLoss() {
        return bestLoss;
    }

    /** The kept batch losses, oldest first (a copy; every step's while there are few). */
    public double[] batchLosses() {
        return batchLoss.column(0);
    }

    /** The kept training losses per epoch, oldest first (a copy). */
    public double[] trainLosses() {
        return epochLoss.column(0);
    }

    /** The kept test losses per epoch (a copy; NaN entries without test data). */
    public double[] testLosses() {
        return epochLoss.column(1);
    }
}
