package scratchnet.app;

import scratchnet.data.Dataset;
import scratchnet.engine.Network;
import scratchnet.engine.Precision;
import scratchnet.math.Rng;
import scratchnet.train.Trainer;

/**
 * The float64 twin of a float32 run, shown side by side on request ({@link Settings.View#twin}):
 * the same network, seed, data and batches trained in double precision, kept at the same
 * number of steps as the run. It starts from step 0 (the run's start: the seed's weights or
 * an imported model's) with the settings as they are when it is made (or when the network is
 * rebuilt), and a training change reaches it as it reaches the run; after a rewind it
 * replays from step 0 to the run's step.
 */
final class Twin {
    private final Network net;
    private final Trainer trainer;
    private final Dataset train;
    private final Dataset test;

    private Twin(Settings s, Problem problem, Network start) {
        train = problem.train;
        test = problem.test;
        net = Network.build(s.net().spec(train.cols(), problem.outputs()),
                new Rng(s.net().seed()), s.net().batchNorm(), Precision.FLOAT64);
        if (start != null) {
            net.copyParametersFrom(start);
        }
        trainer = new Trainer(net, s.trainSpec(), train.x(), train.y(), null, null, false);
    }

    /**
     * The twin {@code s} asks for (null when it asks for none or runs in float64), starting
     * from {@code start}'s parameters (an imported model's, as the run does; null: the seed's).
     */
    static Twin of(Settings s, Problem problem, Network start) {
        return s.view().twin() && s.net().precision() != Precision.FLOAT64
                ? new Twin(s, problem, start) : null;
    }

    /**
     * {@code current} kept when it still fits {@code s}, else a new twin (from {@code start},
     * see {@link #of}) or null.
     */
    static Twin update(Twin current, Settings s, Problem problem, Network start) {
        if (!s.view().twin() || s.net().precision() == Precision.FLOAT64) {
            return null;
        }
        if (current == null) {
            return of(s, problem, start);
        }
        current.trainer.reconfigure(s.trainSpec());
        return current;
    }

    /**
     * Trains until the twin has taken {@code steps} steps (a twin ahead of that, after a
     * rewind, is not touched: {@link #ahead} says so). A non-finite twin keeps going: its
     * numbers say so.
     */
    void catchUp(long steps) {
        if (trainer.stepsTaken() < steps && trainer.endStepUnderWay()) {
            trainer.applyUpdate(); // the step begun in parts, the rest of it at once
        }
        while (trainer.stepsTaken() < steps && trainer.step()) {
            // one step each
        }
    }

    /**
     * As {@link #catchUp}, about {@code work} units of it at most (see
     * {@link Trainer#advanceGradients}): a step too long for a frame goes in parts.
     */
    void catchUpPart(long steps, double work) {
        if (trainer.stepsTaken() < steps && trainer.advanceGradients(work)) {
            trainer.applyUpdate();
        }
    }

    /** Whether the twin has taken fewer steps than {@code steps}. */
    boolean behind(long steps) {
        return trainer.stepsTaken() < steps && !trainer.stopped();
    }

    /** Whether the twin has taken more steps than {@code steps} (a rewind went back). */
    boolean ahead(long steps) {
        return trainer.stepsTaken() > steps;
    }

    long steps() {
        return trainer.stepsTaken();
    }

    double trainLoss() {
        return net.loss(train.x(), train.y(), train.rows());
    }

    double testLoss() {
        return test.rows() == 0 ? Double.NaN : net.loss(test.x(), test.y(), test.rows());
    }
}
