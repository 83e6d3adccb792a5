package scratchnet.train;

import scratchnet.data.Dataset;
import scratchnet.data.Split;
import scratchnet.engine.Network;
import scratchnet.engine.SplitPass;
import scratchnet.math.Rng;

/**
 * The training loop of the tutorial, one batch per {@link #step()}:
 * gather the batch's rows, forward pass with dropout, backward pass (data loss + penalty),
 * clip the gradients' global norm, and let the optimizer update W and b with the scheduled
 * learning rate. A caller that checks the unclipped gradients before the weights move, and may
 * withhold the update, calls the halves {@link #computeGradients()} and {@link #applyUpdate()}
 * itself. {@link #reconfigure} changes the settings mid-run.
 *
 * <p>Data are flat row-major arrays laid out as {@link Rows} says. An epoch ends when a pass
 * over all n rows completes; then, unless epoch evaluation is off, the trainer evaluates the
 * whole training set and the test set (no dropout), records them in the {@link History}, and
 * applies early stopping. Early stopping watches the test loss, or the training loss when
 * there is no test set. With shuffling on, the rows are reshuffled before every epoch, except
 * in full-batch training, where the order cannot change the gradient.
 *
 * <p>The trainer owns an {@link Rng} seeded from the spec, used in a fixed order for the
 * shuffles and the dropout masks, so the same spec, network and data give the same weights
 * bit for bit. After the first epoch a step allocates nothing except the history's amortised
 * growth. The trainer never checks for NaN: diagnostics read {@link #batchInputs()},
 * {@link #lastBatchLoss()}, {@link #lastGradNorm()} and the network after each step. The
 * network's gradients are always the last batch's (clipped once the update is applied); its
 * activations are the last batch's too, except after a step that ended an evaluated epoch,
 * when the evaluation passes have overwritten them ({@code Dense.rows()} then gives the
 * evaluated set's size).
 */
public final class Trainer {
    private final Network net;
    private TrainSpec spec;
    private final double[] trainX;
    private final double[] trainY;
    private final int trainRows;
    private final double[] testX;
    private final double[] testY;
    private final int testRows;
    private final Rng rng;
    private Optimizer optimizer;
    /** The network's parameter and gradient buffers, fetched once (they are live). */
    private final double[][] params;
    private final double[][] grads;
    /** B resolved against the training-set size: 1..n. */
    private int batchSize;
    private BatchCursor batches;
    private boolean shuffling;
    /** Whether an epoch's end evaluates both sets, records them and applies early stopping. */
    private final boolean evaluateEpochs;
    /** Whether gradients were computed and their update not yet applied. */
    private boolean pending;
    /** Whether the pending batch ends a pass over the data. */
    private boolean pendingEndsEpoch;
    private History history = new History();
    private EarlyStop earlyStop;
    private long stepsTaken;
    private int epochsDone;
    private long examplesSeen;
    private double lastBatchLoss = Double.NaN;
    private double lastGradNorm = Double.NaN;
    private double lastLearningRate = Double.NaN;
    /**
     * The next step's passes in parts ({@link #advanceGradients}), on a copy of the network
     * with copies of the batch cursor and the random generator, so that nothing of this
     * trainer changes until they end; null until first used.
     */
    private SplitPass split;
    private BatchCursor splitBatches;
    private Rng splitRng;
    private boolean splitEndsEpoch;
    /** Whether a step's passes are under way in parts. */
    private boolean splitting;
    /** Whether the last step went in parts (until a whole one is taken). */
    private boolean lastInParts;
    /** {@link #stepWork} and the batch size it was worked out for (0: not yet). */
    private double stepWork;
    private int stepWorkRows;

    /** A trainer without test data (early stopping, if on, watches the training loss). */
    public Trainer(Network net, TrainSpec spec, double[] trainX, double[] trainY) {
        this(net, spec, trainX, trainY, null, null);
    }

    /**
     * A trainer for {@code net} on the given training set and optional test set (both null
     * for none). The arrays are read, never written, and must not change during training.
     */
    public Trainer(Network net, TrainSpec spec, double[] trainX, double[] trainY,
            double[] testX, double[] testY) {
        this(net, spec, trainX, trainY, testX, testY, true);
    }

    /**
     * As {@link #Trainer(Network, TrainSpec, double[], double[], double[], double[])}; with
     * {@code evaluateEpochs} false an epoch's end only counts the epoch: nothing is evaluated
     * or recorded per epoch, for a caller that evaluates on its own schedule. Early stopping
     * needs those evaluations, so the spec's patience must then be 0.
     */
    public Trainer(Network net, TrainSpec spec, double[] trainX, double[] trainY,
            double[] testX, double[] testY, boolean evaluateEpochs) {
        if (!evaluateEpochs && spec.patience() > 0) {
            throw new IllegalArgumentException("early stopping (patience " + spec.patience()
                    + ") needs epoch evaluation; set patience to 0 or evaluate epochs");
        }
        this.evaluateEpochs = evaluateEpochs;
        this.net = net;
        this.spec = spec;
        this.trainRows = Rows.count(net, "training", trainX, trainY);
        if (trainRows == 0) {
            throw new IllegalArgumentException("the training set is empty");
        }
        this.trainX = trainX;
        this.trainY = trainY;
        if ((testX == null) != (testY == null)) {
            throw new IllegalArgumentException("give both test inputs and test targets, or "
                    + "neither");
        }
        this.testRows = testX == null ? 0 : Rows.count(net, "test", testX, testY);
        this.testX = testRows > 0 ? testX : null;
        this.testY = testRows > 0 ? testY : null;
        this.rng = new Rng(spec.seed());
        this.optimizer = spec.optimizer().create();
        this.params = net.parameters();
        this.grads = net.gradients();
        this.batchSize = resolve(spec.batchSize());
        this.batches = new BatchCursor(trainRows, batchSize, net.inputs(), Rows.targetWidth(net));
        this.shuffling = shuffles(spec);
        this.earlyStop = new EarlyStop(net, spec.patience());
    }

    /** B of a spec against the training-set size: 0 and anything above n mean n. */
    private int resolve(int b) {
        return b == 0 ? trainRows : Math.min(b, trainRows);
    }

    private boolean shuffles(TrainSpec s) {
        // One batch of all rows is the same gradient in any order; shuffling it would only
        // reorder the sums' rounding and spend random draws.
        return s.shuffle() && resolve(s.batchSize()) < trainRows;
    }

    /**
     * Switches to {@code next} from the next update on, keeping the step and epoch counters,
     * the history, the schedule's position (it keeps counting steps) and, if the optimizer
     * kind is the same, the optimizer's state (velocities, moments, Adam's step count); a new
     * kind starts from a fresh optimizer. A new batch size applies from the next batch: the
     * current pass over the data goes on from where it stands, in its shuffled order, taking
     * batches of the new size (the pass's last batch takes what is left), and the epoch still
     * ends when all n rows have been used. If gradients are pending, their update uses the new
     * rate, clip norm and optimizer. The seed and the patience are fixed at construction, so
     * {@code next} must keep them.
     */
    public void reconfigure(TrainSpec next) {
        if (next.seed() != spec.seed() || next.patience() != spec.patience()) {
            throw new IllegalArgumentException("reconfigure keeps the seed (" + spec.seed()
                    + ") and the patience (" + spec.patience() + "); make a new trainer to "
                    + "change them");
        }
        if (next.optimizer() != spec.optimizer()) {
            optimizer = next.optimizer().create();
        }
        if (resolve(next.batchSize()) != batchSize || shuffles(next) != shuffling
                || !next.penalty().equals(spec.penalty())) {
            splitting = false; // the step under way took the old batch or penalty: start over
        }
        batchSize = resolve(next.batchSize());
        batches.resize(batchSize);
        shuffling = shuffles(next);
        spec = next;
    }

    /**
     * Everything a step reads or writes, copied: the network's parameters and gradients, the
     * optimizer's state, the batch order and position, the random generator, the counters, the
     * history and early stopping. {@link #restore} puts a trainer back into this state, after
     * which it takes exactly the steps it took from here the first time, bit for bit. The
     * spec is part of the state (a checkpoint taken before a {@link #reconfigure} restores the
     * old spec). A checkpoint costs about three copies of the parameters plus the history.
     */
    public static final class Checkpoint {
        private final double[][] params;
        private final double[][] grads;
        private final double[][] running;
        private final TrainSpec spec;
        private final Rng rng;
        private final Optimizer optimizer;
        private final int batchSize;
        private final BatchCursor batches;
        private final boolean shuffling;
        private final boolean pending;
        private final boolean pendingEndsEpoch;
        private final History history;
        private final EarlyStop earlyStop;
        private final long stepsTaken;
        private final int epochsDone;
        private final long examplesSeen;
        private final double lastBatchLoss;
        private final double lastGradNorm;
        private final double lastLearningRate;

        private Checkpoint(Trainer t) {
            params = copyOf(t.params);
            grads = copyOf(t.grads);
            running = copyOf(t.net.runningStatistics());
            spec = t.spec;
            rng = t.rng.copy();
            optimizer = t.optimizer.copy();
            batchSize = t.batchSize;
            batches = t.batches.copy();
            shuffling = t.shuffling;
            pending = t.pending;
            pendingEndsEpoch = t.pendingEndsEpoch;
            history = t.history.copy();
            earlyStop = t.earlyStop.copy();
            stepsTaken = t.stepsTaken;
            epochsDone = t.epochsDone;
            examplesSeen = t.examplesSeen;
            lastBatchLoss = t.lastBatchLoss;
            lastGradNorm = t.lastGradNorm;
            lastLearningRate = t.lastLearningRate;
        }

        /** Steps the trainer had taken when the checkpoint was made. */
        public long step() {
            return stepsTaken;
        }

        /** Epochs the trainer had completed when the checkpoint was made. */
        public int epoch() {
            return epochsDone;
        }

        private static double[][] copyOf(double[][] buffers) {
            double[][] out = new double[buffers.length][];
            for (int k = 0; k < buffers.length; k++) {
                out[k] = buffers[k].clone();
            }
            return out;
        }
    }

    /** The optimizer in use, to read its {@link Optimizer#internals}; stepping it is the trainer's. */
    public Optimizer optimizer() {
        return optimizer;
    }

    /** This trainer's whole state now; see {@link Checkpoint}. */
    public Checkpoint checkpoint() {
        return new Checkpoint(this);
    }

    /**
     * Puts this trainer (and its network) back into the state of {@code c}, which must come
     * from this trainer. The checkpoint stays usable: it can be restored again.
     */
    public void restore(Checkpoint c) {
        splitting = false;
        for (int k = 0; k < params.length; k++) {
            System.arraycopy(c.params[k], 0, params[k], 0, params[k].length);
            System.arraycopy(c.grads[k], 0, grads[k], 0, grads[k].length);
        }
        double[][] running = net.runningStatistics();
        for (int k = 0; k < running.length; k++) {
            System.arraycopy(c.running[k], 0, running[k], 0, running[k].length);
        }
        spec = c.spec;
        rng.copyFrom(c.rng);
        optimizer = c.optimizer.copy();
        batchSize = c.batchSize;
        batches = c.batches.copy();
        shuffling = c.shuffling;
        pending = c.pending;
        pendingEndsEpoch = c.pendingEndsEpoch;
        history = c.history.copy();
        earlyStop = c.earlyStop.copy();
        stepsTaken = c.stepsTaken;
        epochsDone = c.epochsDone;
        examplesSeen = c.examplesSeen;
        lastBatchLoss = c.lastBatchLoss;
        lastGradNorm = c.lastGradNorm;
        lastLearningRate = c.lastLearningRate;
    }

    /**
     * A trainer on a split's training rows, tested on its test rows (none if the test part is
     * empty). Dataset targets are one value per row, so an MSE network must have one output.
     */
    public static Trainer on(Network net, TrainSpec spec, Split split) {
        Dataset train = split.train();
        Dataset test = split.test();
        if (test.rows() == 0) {
            return new Trainer(net, spec, train.x(), train.y());
        }
        return new Trainer(net, spec, train.x(), train.y(), test.x(), test.y());
    }

    /**
     * One training step on the next batch; returns false (and does nothing) once early
     * stopping has ended training.
     */
    public boolean step() {
        if (!computeGradients()) {
            return false;
        }
        applyUpdate();
        return true;
    }

    /**
     * The first half of a step: gathers the next batch, runs forward (with dropout) and
     * backward, and leaves the unclipped gradients dL/dW, dL/db in the network and the batch
     * loss in {@link #lastBatchLoss()}. Nothing is counted and no weight moves until
     * {@link #applyUpdate()}. Returns false (and does nothing) once early stopping has ended
     * training.
     *
     * @throws IllegalStateException if the previous batch's update is still pending, or a
     *     step is under way in parts
     */
    public boolean computeGradients() {
        if (pending) {
            throw new IllegalStateException("the previous batch's update is still pending; "
                    + "call applyUpdate() first");
        }
        if (earlyStop.stopped()) {
            return false;
        }
        if (splitting) {
            // Kept out of this hot method (the compilers would inline the whole ending here).
            throw new IllegalStateException("a step is under way in parts; end it with "
                    + "advanceGradients first");
        }
        lastInParts = false;
        pendingEndsEpoch = batches.next(trainX, trainY, shuffling ? rng : null);
        net.forwardTrain(batches.x, batches.rows, rng);
        lastBatchLoss = net.backward(batches.y, spec.penalty());
        pending = true;
        return true;
    }

    /**
     * {@link #computeGradients} in parts, for a step too long to do at once: does about
     * {@code work} units of the step's passes (see {@link SplitPass}) and returns whether they
     * are done, the gradients then pending exactly as computeGradients would have left them
     * (the same bits). Until then nothing of the trainer or its network changes: the parts
     * run on copies. While a step is under way ({@link #stepUnderWay}) computeGradients and
     * step refuse: end it first (an infinite {@code work} does the rest at once);
     * {@link #restore}, and a {@link #reconfigure} that changes the batch size, shuffling or
     * penalty, drop it.
     * Returns false (and does nothing) once early stopping has ended training.
     *
     * @throws IllegalStateException if the previous batch's update is still pending
     */
    public boolean advanceGradients(double work) {
        if (pending) {
            throw new IllegalStateException("the previous batch's update is still pending; "
                    + "call applyUpdate() first");
        }
        if (earlyStop.stopped()) {
            return false;
        }
        if (!splitting) {
            beginSplit();
        }
        if (!split.advance(work)) {
            return false;
        }
        finishSplit();
        return true;
    }

    private void beginSplit() {
        if (split == null) {
            split = new SplitPass(net.copy());
            splitBatches = batches.copy();
            splitRng = rng.copy();
        } else {
            splitBatches.copyFrom(batches);
            splitRng.copyFrom(rng);
            split.network().copyParametersFrom(net);
        }
        splitEndsEpoch = splitBatches.next(trainX, trainY, shuffling ? splitRng : null);
        split.begin(splitBatches.x, splitBatches.rows, splitBatches.y, spec.penalty(), splitRng);
        splitting = true;
    }

    /** The passes in parts are done: the trainer takes them over as its own. */
    private void finishSplit() {
        splitting = false;
        lastInParts = true;
        BatchCursor used = batches;
        batches = splitBatches;
        splitBatches = used;
        rng.copyFrom(splitRng);
        net.adoptPass(split.network());
        lastBatchLoss = split.loss();
        pendingEndsEpoch = splitEndsEpoch;
        pending = true;
    }

    /**
     * Ends a step under way in parts at once, leaving its gradients pending as
     * {@link #advanceGradients} does; returns false (and does nothing) when none is under way.
     */
    public boolean endStepUnderWay() {
        return splitting && advanceGradients(Double.POSITIVE_INFINITY);
    }

    /** Whether steps go in parts: one is under way, or the last one went so. */
    public boolean inParts() {
        return splitting || lastInParts;
    }

    /** Whether a step is under way in parts ({@link #advanceGradients}). */
    public boolean stepUnderWay() {
        return splitting;
    }

    /** The share of a step under way in parts that is done (0 when none is). */
    public double stepProgress() {
        return splitting ? split.progress() : 0;
    }

    /**
     * The work of one step on a full batch, in {@link SplitPass}'s units (worked out again
     * only when the batch size changes: the page asks every frame).
     */
    public double stepWork() {
        if (stepWorkRows != batchSize) {
            stepWork = SplitPass.work(net, batchSize);
            stepWorkRows = batchSize;
        }
        return stepWork;
    }

    /**
     * The second half of a step: clips the pending gradients' global norm, lets the optimizer
     * update W and b at the scheduled rate, counts the step and, if the batch ended a pass,
     * the epoch (evaluating it unless epoch evaluation is off).
     *
     * @throws IllegalStateException if no gradients are pending
     */
    public void applyUpdate() {
        if (!pending) {
            throw new IllegalStateException("no gradients to apply; call computeGradients() "
                    + "first");
        }
        pending = false;
        lastGradNorm = GradClip.clip(grads, spec.clipNorm());
        lastLearningRate = spec.schedule().rate(spec.learningRate(), stepsTaken);
        optimizer.step(params, grads, lastLearningRate);
        net.roundParameters();
        stepsTaken++;
        examplesSeen += batches.rows;
        history.recordStep(lastBatchLoss);
        if (pendingEndsEpoch) {
            endEpoch();
        }
    }

    private void endEpoch() {
        epochsDone++;
        if (!evaluateEpochs) {
            return;
        }
        double train = trainLoss();
        double test = testLoss();
        boolean improved = history.recordEpoch(train, test, testX != null);
        earlyStop.afterEpoch(net, improved);
    }

    /** Up to {@code k} steps (fewer if early stopping ends training); returns steps taken. */
    public int steps(int k) {
        int done = 0;
        while (done < k && step()) {
            done++;
        }
        return done;
    }

    /** Steps until the current epoch ends (a whole epoch if one has just ended). */
    public void epoch() {
        int target = epochsDone + 1;
        boolean running = true;
        while (running && epochsDone < target) {
            running = step();
        }
    }

    /** Runs {@code n} epochs, or until early stopping. */
    public void epochs(int n) {
        for (int e = 0; e < n && !earlyStop.stopped(); e++) {
            epoch();
        }
    }

    /** Mean data loss on the whole training set, no dropout. */
    public double trainLoss() {
        return net.loss(trainX, trainY, trainRows);
    }

    /** Mean data loss on the test set, no dropout; NaN without test data. */
    public double testLoss() {
        return testX == null ? Double.NaN : net.loss(testX, testY, testRows);
    }

    /** Training-set accuracy (classifiers; NaN for MSE). See {@link Metrics}. */
    public double trainAccuracy() {
        return Metrics.accuracy(net, trainX, trainY, trainRows);
    }

    /** Test-set accuracy (classifiers; NaN for MSE or without test data). */
    public double testAccuracy() {
        return testX == null ? Double.NaN : Metrics.accuracy(net, testX, testY, testRows);
    }

    /** Training-set mean absolute error (regression; NaN for classifiers). */
    public double trainMae() {
        return Metrics.meanAbsoluteError(net, trainX, trainY, trainRows);
    }

    /** Test-set mean absolute error (regression; NaN for classifiers or without test data). */
    public double testMae() {
        return testX == null ? Double.NaN
                : Metrics.meanAbsoluteError(net, testX, testY, testRows);
    }

    /** The network being trained (live). */
    public Network network() {
        return net;
    }

    /** The current settings. */
    public TrainSpec spec() {
        return spec;
    }

    /** Everything recorded so far (live). */
    public History history() {
        return history;
    }

    /** Steps taken. */
    public long stepsTaken() {
        return stepsTaken;
    }

    /** Completed passes over the training data. */
    public int epochsDone() {
        return epochsDone;
    }

    /** Training rows processed, counting repeats (sum of batch sizes). */
    public long examplesSeen() {
        return examplesSeen;
    }

    /** Rows in the training set. */
    public int trainRows() {
        return trainRows;
    }

    /** Rows in the test set, 0 without one. */
    public int testRows() {
        return testRows;
    }

    /** Rows per full batch B (the current spec's), resolved against the training-set size. */
    public int batchSize() {
        return batchSize;
    }

    /**
     * The last step's batch inputs, live: the first {@link #batchRows()} rows × inputs are
     * valid; the buffer is reused by the next step (and replaced if a reconfigure grows B).
     */
    public double[] batchInputs() {
        return batches.x;
    }

    /** The last step's batch targets, live, laid out as the training targets. */
    public double[] batchTargets() {
        return batches.y;
    }

    /** Rows in the last step's batch (0 before the first step). */
    public int batchRows() {
        return batches.rows;
    }

    /** Mean data loss of the last step's batch, before its update (NaN before any step). */
    public double lastBatchLoss() {
        return lastBatchLoss;
    }

    /** Global L2 norm of the last step's gradients before clipping (NaN before any step). */
    public double lastGradNorm() {
        return lastGradNorm;
    }

    /** The learning rate the last step used (NaN before any step). */
    public double lastLearningRate() {
        return lastLearningRate;
    }

    /** True once early stopping has ended training and restored the best parameters. */
    public boolean stopped() {
        return earlyStop.stopped();
    }

    /** The epoch with the best monitored loss so far (1-based; 0 before the first epoch). */
    public int bestEpoch() {
        return history.bestEpoch();
    }
}
