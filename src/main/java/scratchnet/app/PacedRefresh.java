package scratchnet.app;

import scratchnet.data.Dataset;
import scratchnet.diag.DeadUnits;
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
    /** The unit-activity reading of the ACTIVITY phase, once begun. */
    private DeadUnits.Reading reading;
    /**
     * Multiply-adds one activation read counts as: the reading tests every value three ways
     * and sums it twice, with branches a forward pass's multiply-adds do not have. Measured on
     * the JVM (20,000 rows under 6 × 64): 2 million multiply-adds of forward pass took 1.6 ms,
     * 500,000 values of reading 2.5 ms, so a value costs about six.
     */
    static final long ACTIVITY_COST = 6;

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
        this.reading = null;
        phase = TRAIN;
    }

    /** Forgets the cycle under way. */
    void cancel() {
        phase = IDLE;
        reading = null;
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

    /**
     * Reads unit activity over the finished training pass ({@link Health#readActivity}, the
     * same result) for up to about {@code multiplyAdds} more multiply-adds (at least one row);
     * returns the budget left, at least 0 once the reading is finished and taken by
     * {@code health} (the phase then moves on), else −1.
     */
    long readActivity(Health health, long multiplyAdds) {
        if (reading == null) {
            reading = health.beginActivity(trainPass.network());
        }
        long before = reading.read();
        boolean done = reading.advance(Math.max(1, multiplyAdds / ACTIVITY_COST));
        long left = multiplyAdds - (reading.read() - before) * ACTIVITY_COST;
        if (!done) {
            return -1;
        }
        health.adoptActivity(reading.result());
        reading = null;
        next();
        return Math.max(0, left);
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
