package scratchnet.app;

import scratchnet.data.Dataset;
import scratchnet.engine.Network;
import scratchnet.engine.PacedForward;

/**
 * Where a {@link Session#refreshWork} cycle stands: the parameters as they were when it began
 * (copied by its passes), its phase, and the forward passes over the training and the test
 * rows, a slice of rows per call ({@link PacedForward}: the same bits as {@link Network#loss}).
 * Work is counted in multiply-adds, the unit of a call's budget.
 */
final class PacedRefresh {
    /** Phases of a cycle, in order. */
    static final int TRAIN = 0;
    static final int ACTIVITY = 1;
    static final int TEST = 2;
    static final int GRID = 3;
    static final int PUBLISH = 4;
    static final int IDLE = 5;

    private final PacedForward trainPass = new PacedForward();
    private final PacedForward testPass = new PacedForward();
    private int phase = IDLE;
    private Dataset test;
    private long epoch;
    private long step;
    private long cost = 1;
    private long units;

    /** Starts a cycle on {@code net}'s current parameters at (epoch, step). */
    void begin(Network net, Problem problem, long epoch, long step) {
        Dataset train = problem.train;
        trainPass.begin(net, train.x(), train.rows());
        test = problem.test;
        this.epoch = epoch;
        this.step = step;
        this.cost = Math.max(1, PacedForward.cost(net));
        long n = 0;
        for (int l = 0; l < net.depth(); l++) {
            n += net.layer(l).outputs();
        }
        this.units = n;
        phase = TRAIN;
    }

    /** Forgets the cycle under way. */
    void cancel() {
        phase = IDLE;
    }

    boolean running() {
        return phase != IDLE;
    }

    int phase() {
        return phase;
    }

    /** Moves to the next phase. */
    void next() {
        phase++;
        if (phase == TEST) {
            testPass.begin(trainPass.network(), test.x(), test.rows());
        }
    }

    /**
     * Scores up to about {@code multiplyAdds} more multiply-adds' worth of rows (at least one
     * row) of the training or test pass; returns the budget left, at least 0 once the pass is
     * finished (the phase then moves on), else −1.
     */
    long score(long multiplyAdds) {
        PacedForward pass = phase == TRAIN ? trainPass : testPass;
        long rows = Math.max(1, multiplyAdds / cost);
        int before = pass.done();
        boolean done = pass.advance((int) Math.min(Integer.MAX_VALUE, rows));
        long left = multiplyAdds - (long) (pass.done() - before) * cost;
        if (!done) {
            return -1;
        }
        next();
        return Math.max(0, left);
    }

    /** The work of reading unit activity over the training pass, in multiply-adds. */
    long activityCost() {
        return (long) trainPass.rows() * units;
    }

    /** Multiply-adds per row of the cycle's network. */
    long cost() {
        return cost;
    }

    long epoch() {
        return epoch;
    }

    long step() {
        return step;
    }

    /** The finished training pass (its activations are what DeadUnits reads). */
    Network trainPass() {
        return trainPass.network();
    }

    double trainLoss(Dataset train) {
        return trainPass.loss(train.y());
    }

    double testLoss(Dataset test) {
        return testPass.loss(test.y());
    }

    /** The scored rows' outputs: the test rows', or with none the training rows'. */
    double[] scoredOutput() {
        return test.rows() > 0 ? testPass.output() : trainPass.output();
    }
}
