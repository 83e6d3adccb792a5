package scratchnet.labs;

import scratchnet.data.Baseline;
import scratchnet.data.Dataset;
import scratchnet.diag.DeadUnits;
import scratchnet.diag.GradNorms;
import scratchnet.diag.Histogram;
import scratchnet.diag.LayerActivity;
import scratchnet.diag.LayerNorms;
import scratchnet.diag.NonFinite;
import scratchnet.diag.NonFiniteReport;
import scratchnet.diag.StepReplay;
import scratchnet.diag.UnitState;
import scratchnet.engine.Dense;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.math.Rng;
import scratchnet.train.Series;
import scratchnet.train.Trainer;

/**
 * One lab run of a {@link Preset}, advanced a bounded slice at a time so the page can show it
 * live; {@link LabRunner} builds one and advances it to the end. It builds the network from
 * the preset's seed and trains it with the {@link Trainer}. With the watch on, every step is
 * checked by {@link NonFinite} and the run stops at the first NaN or infinity; a step that
 * ends an epoch is checked on a {@link StepReplay}, because the trainer's end-of-epoch
 * evaluation has by then overwritten the step's own forward buffers (there the gradients
 * checked are the raw ones; on other steps they are the network's, after any clipping, which
 * keeps a non-finite gradient non-finite). The watch costs a parameter copy per step and never
 * changes the run.
 *
 * <p>What it records, all computed here and only read by the page:
 * <ul>
 *   <li>per step: the batch loss and each layer's gradient norm ‖(dW, db)‖ (after clipping);
 *   <li>per epoch (row 0 before training): training and test loss, the wall time the page
 *       reported for the run so far, each hidden layer's {@link LayerActivity#silentShare}
 *       and each layer's norm of the full training-set gradient.
 * </ul>
 * Both tables are {@link Series}, so a run of any length records in bounded memory.
 * The run stops at the preset's last epoch, when early stopping ends it, or at the first NaN or
 * infinity, which it keeps as a {@link NonFiniteReport}: the run pauses with the model exactly
 * as the failing step left it.
 *
 * <p>A run without instruments records only losses once training starts, the batch loss of
 * every step included (its per-layer columns
 * are NaN after epoch 0 and its activity and gradient norms stay those before training), so
 * that the time the page measures around {@link #advance} is the training loop's alone, as in
 * {@code GdVariants.compare}.
 */
public final class LabRun {
    /** Bins of the pre-activation histogram. */
    public static final int BINS = 40;
    /** Rows each table keeps at most. */
    static final int BUDGET = 4096;
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
    private final Series epochs;
    private final Series steps;
    private final double[] unitStates;
    /** The per-step row being written (the batch loss is kept even without instruments). */
    private final double[] stepRow;
    private LayerActivity[] activity;
    private LayerNorms[] norms;
    private NonFiniteReport report;
    private double endTrain;
    private double endTest;
    private double wallMs;
    private boolean timed;
    private double firstUntimed = 1;

    /**
     * A run of {@code preset}, ready at epoch 0.
     *
     * @param watch whether to check every step for NaN and infinity (off for timing runs)
     * @param instruments whether to measure gradient norms per step and unit activity and the
     *     full gradient per epoch (off for timing runs and the sweep)
     */
    public LabRun(Preset preset, boolean watch, boolean instruments) {
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
        this.epochs = new Series(FIXED_COLUMNS + (depth - 1) + depth, BUDGET);
        this.steps = new Series(2 + depth, BUDGET);
        this.stepRow = new double[2 + depth];
        java.util.Arrays.fill(stepRow, Double.NaN);
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
        epochs.setFrom(0, 3, 0);
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
    public int advance(int n) {
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
            if (report != null) {
                endTrain = trainer.trainLoss();
                endTest = trainer.testLoss();
            }
        }
        stepRow[0] = step;
        stepRow[1] = trainer.lastBatchLoss();
        if (instruments) {
            LayerNorms[] stepNorms = GradNorms.read(net, null);
            for (int l = 0; l < stepNorms.length; l++) {
                stepRow[2 + l] = stepNorms[l].gradNorm();
            }
        }
        steps.add(stepRow);
        if (endedEpoch && report == null) {
            int e = trainer.epochsDone();
            endTrain = trainer.stopped() ? trainer.trainLoss() : trainer.history().trainLoss(e);
            endTest = trainer.stopped() ? trainer.testLoss() : trainer.history().testLoss(e);
            measure(e, trainer.history().trainLoss(e), trainer.history().testLoss(e),
                    instruments);
        }
        return true;
    }

    /** The non-finite watch: the step's own buffers, or their replay at an epoch end. */
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
        diagnose();
        int depth = net.depth();
        for (int l = 0; l < depth - 1; l++) {
            row[FIXED_COLUMNS + l] = activity[l].silentShare();
        }
        for (int l = 0; l < depth; l++) {
            row[FIXED_COLUMNS + depth - 1 + l] = norms[l].gradNorm();
        }
        epochs.add(row);
    }

    /**
     * Measures unit activity and the full training-set gradient of the network as it is now
     * (on the shadow copy, so the run is only read).
     */
    public void diagnose() {
        activity = units.evaluate(net, train.x(), train.rows());
        int u = 0;
        for (int l = 0; l < net.depth() - 1; l++) {
            for (int j = 0; j < activity[l].units(); j++) {
                unitStates[u++] = activity[l].code(j);
            }
        }
        replay.before(net);
        replay.replay(train.x(), train.y(), train.rows(), penalty);
        norms = GradNorms.read(replay.network(), null);
    }

    /**
     * Adds the wall time the page measured around its latest {@link #advance} calls; epochs
     * that ended since the previous call are stamped with the new total (so a stamp is late by
     * at most one slice).
     */
    public void addTime(double ms) {
        timed = true;
        wallMs += ms;
        epochs.setFrom(firstUntimed, 3, wallMs);
        firstUntimed = epochs.added();
    }

    /** True once all epochs ran, early stopping ended the run, or a value went non-finite. */
    public boolean finished() {
        return report != null || trainer.stopped() || trainer.epochsDone() >= preset.epochs();
    }

    /** The run's figures so far in the form the lab's detector reads. */
    public Outcome outcome() {
        return new Outcome(epochs.column(1), epochs.column(2), endTrain, endTest,
                trainer.stepsTaken(), report, startActivity, activity, startNorms, norms,
                trainer.bestEpoch(), trainer.stopped(), timed ? wallMs / 1000 : Double.NaN, net);
    }

    /**
     * Pre-activation histogram of hidden layer {@code l} on the training set: lo, hi, then
     * {@link #BINS} counts before training, then {@link #BINS} counts now. Values outside
     * [lo, hi) are counted in the edge bins; NaNs are left out.
     */
    public double[] histogram(int l) {
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

    public Preset preset() {
        return preset;
    }

    /**
     * Mean absolute error on the test rows of the network as it is now, in the data's units
     * (say minutes); NaN for a classification lab, without test rows, or when a prediction is
     * not finite.
     */
    public double testMae() {
        Dataset test = preset.testSet();
        TargetUnits u = preset.units();
        if (u == null || test == null) {
            return Double.NaN;
        }
        double[] out = net.forward(test.x(), test.rows());
        double sum = 0;
        for (int i = 0; i < test.rows(); i++) {
            sum += Math.abs(out[i] - test.target(i));
        }
        double mae = sum / test.rows() * u.perUnit();
        return Double.isFinite(mae) ? mae : Double.NaN;
    }

    /**
     * Test MAE in the data's units of always predicting the training rows' mean target, the
     * bar {@link #testMae} must clear; NaN where {@link #testMae} has no meaning.
     */
    public double baselineMae() {
        Dataset test = preset.testSet();
        TargetUnits u = preset.units();
        if (u == null || test == null) {
            return Double.NaN;
        }
        return Baseline.meanPredictorMae(train, test) * u.perUnit();
    }

    public Network network() {
        return net;
    }

    public Trainer trainer() {
        return trainer;
    }

    public NonFiniteReport report() {
        return report;
    }

    public double wallMs() {
        return wallMs;
    }

    /**
     * Per-epoch rows (row 0 before training): epoch, training loss, test loss, wall ms, then
     * each hidden layer's silent share, then each layer's full-gradient norm.
     */
    public Series epochs() {
        return epochs;
    }

    /** Per-step rows: step, batch loss, then each layer's gradient norm after clipping. */
    public Series steps() {
        return steps;
    }

    /** Per hidden unit, layer after layer: 0 alive, 1 dead, 2 off, 3 saturated, 4 exploding ({@code LayerActivity.code}). */
    public double[] unitStates() {
        return unitStates.clone();
    }

    /** Latest per-layer norms of the full training-set gradient. */
    public LayerNorms[] gradNorms() {
        return norms;
    }

    /** Latest per-layer unit activity on the training set. */
    public LayerActivity[] activity() {
        return activity;
    }
}
