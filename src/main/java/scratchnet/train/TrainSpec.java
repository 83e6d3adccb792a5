package scratchnet.train;

import scratchnet.engine.Penalty;

/**
 * How to train: every setting of the training loop, checked when made.
 *
 * @param learningRate base step size lr, finite and &gt; 0 (the schedule scales it per step)
 * @param batchSize rows per step B: 1 is stochastic, 0 or ≥ n (the training rows) is full
 *     batch; the last batch of an epoch may be shorter
 * @param optimizer which update rule turns gradients into steps
 * @param schedule how lr changes with the step count
 * @param penalty L1/L2 weight penalty added to the loss
 * @param clipNorm maximum global L2 norm of the gradients, 0 for no clipping
 * @param shuffle whether the rows are reshuffled (Fisher–Yates, seeded) before each epoch;
 *     without it the batches follow file order
 * @param seed seeds the trainer's own generator, used for shuffling and dropout
 * @param patience early stopping: stop after this many epochs without a new best validation
 *     loss and restore the best weights; 0 = never stop
 */
public record TrainSpec(double learningRate, int batchSize, OptimizerKind optimizer,
        Schedule schedule, Penalty penalty, double clipNorm, boolean shuffle, long seed,
        int patience) {
    /** Checks every setting and says which is wrong and why. */
    public TrainSpec {
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be a finite number > 0: "
                    + learningRate);
        }
        if (batchSize < 0) {
            throw new IllegalArgumentException("batch size must be >= 0 (0 = full batch): "
                    + batchSize);
        }
        if (optimizer == null || schedule == null || penalty == null) {
            throw new IllegalArgumentException("optimizer, schedule and penalty must be given");
        }
        if (!(clipNorm >= 0) || Double.isInfinite(clipNorm)) {
            throw new IllegalArgumentException("clip norm must be a finite number >= 0 "
                    + "(0 = off): " + clipNorm);
        }
        if (patience < 0) {
            throw new IllegalArgumentException("patience must be >= 0 epochs (0 = off): "
                    + patience);
        }
        if (schedule.kind() == Schedule.Kind.COSINE && schedule.floor() > learningRate) {
            throw new IllegalArgumentException("cosine floor " + schedule.floor()
                    + " is above the learning rate " + learningRate);
        }
    }

    /**
     * The tutorial's loop: plain SGD at a constant rate, no penalty, no clipping, shuffled
     * every epoch, seed 42, no early stopping.
     */
    public static TrainSpec of(double learningRate, int batchSize) {
        return new TrainSpec(learningRate, batchSize, OptimizerKind.SGD, Schedule.constant(),
                Penalty.NONE, 0, true, 42, 0);
    }

    /** This spec with another base learning rate. */
    public TrainSpec withLearningRate(double lr) {
        return new TrainSpec(lr, batchSize, optimizer, schedule, penalty, clipNorm, shuffle,
                seed, patience);
    }

    /** This spec with another batch size (0 = full batch). */
    public TrainSpec withBatchSize(int rows) {
        return new TrainSpec(learningRate, rows, optimizer, schedule, penalty, clipNorm, shuffle,
                seed, patience);
    }

        /** This spec with another optimizer. */
    public TrainSpec withOptimizer(OptimizerKind kind) {
        return new TrainSpec(learningRate, batchSize, kind, schedule, penalty, clipNorm, shuffle,
                seed, patience);
    }

    /** This spec with another schedule. */
    public TrainSpec withSchedule(Schedule s) {
        return new TrainSpec(learningRate, batchSize, optimizer, s, penalty, clipNorm, shuffle,
                seed, patience);
    }

    /** This spec with another penalty. */
    public TrainSpec withPenalty(Penalty p) {
        return new TrainSpec(learningRate, batchSize, optimizer, schedule, p, clipNorm, shuffle,
                seed, patience);
    }

    /** This spec with another clip norm (0 = off). */
    public TrainSpec withClipNorm(double maxNorm) {
        return new TrainSpec(learningRate, batchSize, optimizer, schedule, penalty, maxNorm,
                shuffle, seed, patience);
    }

    /** This spec with shuffling on or off. */
    public TrainSpec withShuffle(boolean on) {
        return new TrainSpec(learningRate, batchSize, optimizer, schedule, penalty, clipNorm, on,
                seed, patience);
    }

    /** This spec with another seed. */
    public TrainSpec withSeed(long s) {
        return new TrainSpec(learningRate, batchSize, optimizer, schedule, penalty, clipNorm,
                shuffle, s, patience);
    }

    /** This spec with another early-stopping patience (0 = off). */
    public TrainSpec withPatience(int epochs) {
        return new TrainSpec(learningRate, batchSize, optimizer, schedule, penalty, clipNorm,
                shuffle, seed, epochs);
    }
}
