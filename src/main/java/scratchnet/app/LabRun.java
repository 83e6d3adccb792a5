package scratchnet.app;

import scratchnet.data.Dataset;
import scratchnet.diag.DeadUnits;
import scratchnet.diag.GradNorms;
import scratchnet.diag.Histogram;
import scratchnet.diag.LayerActivity;
import scratchnet.diag.LayerNorms;
import scratchnet.diag.NonFinite;
import scratchnet.diag.NonFiniteReport;
import scratchnet.diag.StepReplay;
import scratchnet.engine.Activation;
import scratchnet.engine.Dense;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.labs.Outcome;
import scratchnet.labs.Preset;
import scratchnet.math.Rng;
import scratchnet.train.Trainer;

/**
 * One lab run that trains a bounded slice at a time, so the page can show it live. It runs
 * the same loop as {@link scratchnet.labs.LabRunner} (same network from the preset's seed, same
 * {@link Trainer}, same {@link NonFinite} watch with a {@link StepReplay} on steps that end an
 * epoch), so after all epochs its figures are those of {@code LabRunner.run(preset)}.
 *
 * <p>What it records, all computed here and only read by the page:
 * <ul>
 *   <li>per step: the batch loss and each layer's gradient norm ‖(dW, db)‖ (after clipping);
 *   <li>per epoch (row 0 before training): training and test loss, the wall time the page
 *       reported for the run so far, each hidden layer's dead share (for leaky ReLU: the share
 *       of units that are off on every row, which still learn) and each layer's norm of the
 *       full training-set gradient.
 * </ul>
 * The run stops at the preset's last epoch, when early stopping ends it, or at the first NaN or
 * infinity, which it keeps as a {@link NonFiniteReport}: the run pauses with the model exactly
 * as the failing step left it.
 *
 * <p>A run without instruments records only losses once training starts (its per-layer columns
 * are NaN after epoch 0 and its activity and gradient norms stay those before training), so
 * that the time the page measures around {@link #advance} is the training loop's alone, as in
 * {@code GdVariants.compare}.
 */
final class LabRun {
    /** Hidden-unit state codes of {@link #unitStates()}. */
    static final int ALIVE = 0;
    static final int DEAD = 1;
    static final int OFF = 2;
    /** Bins of the pre-activation histogram. */
    static final int BINS = 40;
    private static final int FIXED_COLUMNS = 4;

    private final Preset preset;
    private final boolean watch;
    private final boolean instruments;
    private final Network net;
    private final Trainer trainer;
    private final Dataset train;
    private final Penalty penalty;
    private final NonFinite probe = new NonFinite();
    private final StepReplay replay = new StepReplay();
    private final DeadUnits units = new DeadUnits();
    private final Histogram histogram = new Histogram();
    private final LayerActivity[] startActivity;
    private final LayerNorms[] startNorms;
    /** Per hidden layer: half-width of the histogram range and the counts before training. */
    private final double[] histRange;
    private final int[][] startCounts;
    private final Table epochs;
    private final Table steps;
    private final double[] unitStates;
    private LayerActivity[] activity;
    private LayerNorms[] norms;
    private NonFiniteReport report;
    private double endTrain;
    private double endTest;
    private double wallMs;
    private int firstUntimed = 1;

    /**
     * A run of {@code preset}, ready at epoch 0.
     *
     * @param watch whether to check every step for NaN and infinity (off for timing runs)
     * @param instruments whether to measure gradient norms per step and unit activity and the
     *     full gradient per epoch (off for timing runs and the sweep)
     */
    LabRun(Preset preset, boolean watch, boolean instruments) {
        this.preset = preset;
        this.watch = watch;
        this.instruments = instruments;
        this.train = preset.trainSet();
        this.penalty = preset.training().penalty();
        this.net = Network.build(preset.net(), new Rng(preset.seed()));
        Dataset test = preset.testSet();
        this.trainer = test == null
                ? new Trainer(net, preset.training(), train.x(), train.y())
                : new Trainer(net, preset.training(), train.x(), train.y(), test.x(), test.y());
        int depth = net.depth();
        this.unitStates = new double[hiddenUnits(net)];
        this.epochs = new Table(FIXED_COLUMNS + (depth - 1) + depth);
        this.steps = new Table(2 + depth);
        this.histRange = new double[depth - 1];
        this.startCounts = new int[depth - 1][];
        units.evaluate(net, train.x(), train.rows());
        for (int l = 0; l < depth - 1; l++) {
            histRange[l] = spread(net.layer(l));
            startCounts[l] = histogram.histogram(net, l, BINS, -histRange[l], histRange[l])
                    .clone();
        }
        endTrain = trainer.trainLoss();
        endTest = trainer.testLoss();
        measure(0, endTrain, endTest, true);
        startActivity = activity;
        startNorms = norms;
        epochs.set(0, 3, 0);
    }

    private static int hiddenUnits(Network net) {
        int n = 0;
        for (int l = 0; l < net.depth() - 1; l++) {
            n += net.layer(l).outputs();
        }
        return n;
    }

    /** Three standard deviations of a layer's z over the last forward pass (≥ 1e-6). */
    private static double spread(Dense d) {
        double[] z = d.preActivations();
        int n = d.rows() * d.outputs();
        double sum = 0;
        double sq = 0;
        for (int i = 0; i < n; i++) {
            sum += z[i];
            sq += z[i] * z[i];
        }
        double mean = sum / n;
        double std = Math.sqrt(Math.max(0, sq / n - mean * mean));
        return Double.isFinite(std) ? Math.max(1e-6, 3 * std) : 1;
    }

    /** Runs up to {@code n} steps; returns the steps taken (0 once the run has finished). */
    int advance(int n) {
        int done = 0;
        while (done < n && !finished() && stepOnce()) {
            done++;
        }
        return done;
    }

    private boolean stepOnce() {
        if (watch) {
            replay.before(net);
        }
        int epochBefore = trainer.epochsDone();
        if (!trainer.step()) {
            return false;
        }
        long step = trainer.stepsTaken();
        boolean endedEpoch = trainer.epochsDone() != epochBefore;
        if (watch) {
            report = check(step, endedEpoch);
        }
        if (instruments) {
            LayerNorms[] stepNorms = GradNorms.read(net, null);
            double[] row = new double[steps.width()];
            row[0] = step;
            row[1] = trainer.lastBatchLoss();
            for (int l = 0; l < stepNorms.length; l++) {
                row[2 + l] = stepNorms[l].gradNorm();
            }
            steps.add(row);
        }
        if (endedEpoch && report == null) {
            int e = trainer.epochsDone();
            endTrain = trainer.stopped() ? trainer.trainLoss() : trainer.history().trainLoss(e);
            endTest = trainer.stopped() ? trainer.testLoss() : trainer.history().testLoss(e);
            measure(e, trainer.history().trainLoss(e), trainer.history().testLoss(e),
                    instruments);
        }
        return true;
    }

    /** The watch of {@code LabRunner}: the step's own buffers, or its replay at an epoch end. */
    private NonFiniteReport check(long step, boolean endedEpoch) {
        double[] x = trainer.batchInputs();
        int rows = trainer.batchRows();
        NonFiniteReport r;
        if (!endedEpoch) {
            r = probe.beforeUpdate(step, net, x, rows, trainer.lastBatchLoss());
        } else {
            double loss = replay.replay(x, trainer.batchTargets(), rows, penalty);
            r = probe.beforeUpdate(step, replay.network(), x, rows, loss);
        }
        return r != null ? r : probe.afterUpdate(step, net);
    }

    /** Appends an epoch row; with {@code diagnose}, unit activity and the full gradient too. */
    private void measure(int epoch, double trainLoss, double testLoss, boolean diagnose) {
        double[] row = new double[epochs.width()];
        row[0] = epoch;
        row[1] = trainLoss;
        row[2] = testLoss;
        row[3] = Double.NaN;
        if (!diagnose) {
            java.util.Arrays.fill(row, FIXED_COLUMNS, row.length, Double.NaN);
            epochs.add(row);
            return;
        }
        activity = units.evaluate(net, train.x(), train.rows());
        readUnitStates();
        replay.before(net);
        replay.replay(train.x(), train.y(), train.rows(), penalty);
        norms = GradNorms.read(replay.network(), null);
        int depth = net.depth();
        for (int l = 0; l < depth - 1; l++) {
            row[FIXED_COLUMNS + l] = share(activity[l]);
        }
        for (int l = 0; l < depth; l++) {
            row[FIXED_COLUMNS + depth - 1 + l] = norms[l].gradNorm();
        }
        epochs.add(row);
    }

    /** Dead share of a ReLU layer, off share of a leaky-ReLU layer, as the lab measures it. */
    private static double share(LayerActivity a) {
        return a.activation() == Activation.RELU ? a.deadFraction() : a.offFraction();
    }

    /** Per hidden unit: dead, off or alive, from the z of the training-set pass just made. */
    private void readUnitStates() {
        int u = 0;
        for (int l = 0; l < net.depth() - 1; l++) {
            Dense d = net.layer(l);
            int width = d.outputs();
            double[] z = d.preActivations();
            boolean rectifier = d.activation() == Activation.RELU
                    || d.activation() == Activation.LEAKY_RELU;
            for (int j = 0; j < width; j++) {
                boolean off = rectifier;
                for (int r = 0; off && r < d.rows(); r++) {
                    off = !(z[r * width + j] > 0);
                }
                unitStates[u++] = !off ? ALIVE
                        : d.activation() == Activation.RELU ? DEAD : OFF;
            }
        }
    }

    /**
     * Adds the wall time the page measured around its latest {@link #advance} calls; epochs
     * that ended since the previous call are stamped with the new total (so a stamp is late by
     * at most one slice).
     */
    void addTime(double ms) {
        wallMs += ms;
        for (int r = firstUntimed; r < epochs.rows(); r++) {
            epochs.set(r, 3, wallMs);
        }
        firstUntimed = epochs.rows();
    }

    /** True once all epochs ran, early stopping ended the run, or a value went non-finite. */
    boolean finished() {
        return report != null || trainer.stopped() || trainer.epochsDone() >= preset.epochs();
    }

    /** The run's figures so far in the form the lab's detector reads. */
    Outcome outcome() {
        return new Outcome(epochs.column(1), epochs.column(2), endTrain, endTest,
                trainer.stepsTaken(), report, startActivity, activity, startNorms, norms,
                trainer.bestEpoch(), trainer.stopped(), wallMs / 1000, net);
    }

    /**
     * Pre-activation histogram of hidden layer {@code l} on the training set: lo, hi, then
     * {@link #BINS} counts before training, then {@link #BINS} counts now. Values outside
     * [lo, hi) are counted in the edge bins; NaNs are left out.
     */
    double[] histogram(int l) {
        units.evaluate(net, train.x(), train.rows());
        int[] now = histogram.histogram(net, l, BINS, -histRange[l], histRange[l]);
        double[] out = new double[2 + 2 * BINS];
        out[0] = -histRange[l];
        out[1] = histRange[l];
        for (int k = 0; k < BINS; k++) {
            out[2 + k] = startCounts[l][k];
            out[2 + BINS + k] = now[k];
        }
        return out;
    }

    Preset preset() {
        return preset;
    }

    Network network() {
        return net;
    }

    Trainer trainer() {
        return trainer;
    }

    NonFiniteReport report() {
        return report;
    }

    double wallMs() {
        return wallMs;
    }

    Table epochs() {
        return epochs;
    }

    Table steps() {
        return steps;
    }

    /** Per hidden unit, layer after layer: {@link #ALIVE}, {@link #DEAD} or {@link #OFF}. */
    double[] unitStates() {
        return unitStates.clone();
    }

    /** Latest per-layer norms of the full training-set gradient. */
    LayerNorms[] gradNorms() {
        return norms;
    }

    /** Latest per-layer unit activity on the training set. */
    LayerActivity[] activity() {
        return activity;
    }
}
