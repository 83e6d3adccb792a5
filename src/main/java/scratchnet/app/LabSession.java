package scratchnet.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import scratchnet.diag.GradNorms;
import scratchnet.diag.LayerActivity;
import scratchnet.diag.NonFiniteReport;
import scratchnet.engine.Network;
import scratchnet.format.Excerpt;
import scratchnet.labs.Fix;
import scratchnet.labs.GdVariants;
import scratchnet.labs.Lab;
import scratchnet.labs.LabId;
import scratchnet.labs.LabRun;
import scratchnet.labs.Labs;
import scratchnet.labs.Outcome;
import scratchnet.labs.Preset;
import scratchnet.labs.RateSweep;
import scratchnet.labs.Symptom;
import scratchnet.labs.TargetUnits;
import scratchnet.labs.Verdict;
import scratchnet.labs.TinyLearningRate;
import scratchnet.train.Series;
import scratchnet.view.NetworkPictures;
import scratchnet.view.NodeGrid;
import scratchnet.train.Trainer;

/**
 * The labs page's single state object: which lab is open, which fix is applied, and the runs
 * shown side by side. Run 0 is the lab's preset ("before"), run 1 the preset with the fix
 * ("after"), both from the same seeds, so the difference is the fix alone. The
 * {@code gd-variants} lab instead has three runs, batch, stochastic and mini-batch, without
 * the non-finite watch so their wall times compare the training loops alone.
 *
 * <p>The page advances each run by a bounded number of steps per frame ({@link #advance}),
 * times those calls itself and reports the time back ({@link #addTime}); nothing here reads a
 * clock. {@code tiny-learning-rate} also has a learning-rate sweep, one rate per
 * {@link #sweepNext} call.
 */
public final class LabSession {
    /** Indices into {@link #figures}. */
    static final int EPOCH = 0;
    static final int EPOCHS = 1;
    static final int STEP = 2;
    static final int STEPS_PER_EPOCH = 3;
    static final int TRAIN_LOSS = 4;
    static final int TEST_LOSS = 5;
    static final int BATCH_LOSS = 6;
    static final int FINISHED = 7;
    static final int NON_FINITE = 8;
    static final int BEST_EPOCH = 9;
    static final int STOPPED = 10;
    static final int SYMPTOM = 11;
    static final int THRESHOLD = 12;
    static final int PRESENT = 13;
    static final int SYMPTOM_LAYER = 14;
    static final int WALL_MS = 15;
    static final int START_LOSS = 16;
    static final int MAX_DEAD = 17;
    static final int MAX_DEAD_LAYER = 18;
    static final int GRAD_RATIO = 19;
    static final int LEARNING_RATE = 20;
    static final int TRAIN_ROWS = 21;
    static final int END_TRAIN_LOSS = 22;
    static final int END_TEST_LOSS = 23;
    static final int TEST_MAE = 24;
    static final int BASELINE_MAE = 25;
    static final int FIGURES = 26;
    /** Pixels per side of a lab thumbnail. */
    private static final int THUMB = 16;

    private LabId id;
    private Lab lab;
    private Fix fix;
    private LabRun[] runs;
    private String[] runNames;
    private RateSweep sweep;
    /** gd-variants timing: per run, the milliseconds of each timed workload so far. */
    private double[][] timings;
    private int[] timed;
    private LabRun timing;
    /** Thumbnails of a lab network with inputs (x1, x2), over [−6, 6]², 16 × 16 pixels. */
    private final NetworkPictures pictures = new NetworkPictures(NodeGrid.InputMap.plane(6),
            THUMB, THUMB, THUMB, Integer.MAX_VALUE);

    /** A session with the {@code dying-relu} lab open. */
    public LabSession() {
        open(LabId.DYING_RELU);
    }

    /**
     * Opens the lab called {@code name} with its first fix. Returns problems; on an unknown
     * name the session keeps its lab and says which names exist.
     */
    public List<String> load(String name) {
        LabId next = LabNames.lab(name);
        if (next == null) {
            return Collections.singletonList("There is no lab called \"" + Excerpt.of(name)
                    + "\"; the labs are "
                    + String.join(", ", LabNames.labs()) + ".");
        }
        open(next);
        return Collections.emptyList();
    }

    private void open(LabId next) {
        id = next;
        lab = Labs.of(next);
        fix = id == LabId.GD_VARIANTS ? null : lab.fixes().get(0);
        sweep = id == LabId.TINY_LEARNING_RATE ? TinyLearningRate.pageSweep(lab.preset()) : null;
        restart();
        timings = new double[runs.length][GdVariants.TIMING_REPEATS]; // kept across restarts
        timed = new int[runs.length];
    }

    /**
     * Applies the fix called {@code name} to the "after" run and starts both runs over.
     * Returns problems; on a fix this lab does not offer nothing changes.
     */
    public List<String> applyFix(String name) {
        Fix next = LabNames.fix(name);
        if (id == LabId.GD_VARIANTS) {
            return Collections.singletonList("gd-variants runs all three variants at once; there is no fix to "
                    + "apply.");
        }
        if (next == null || !lab.fixes().contains(next)) {
            return Collections.singletonList("The " + id.id() + " lab has no fix called \""
                    + Excerpt.of(name)
                    + "\"; its fixes are " + String.join(", ", fixes()) + ".");
        }
        fix = next;
        restart();
        return Collections.emptyList();
    }

    /** Starts every run over from its seed (the sweep keeps its results). */
    public void restart() {
        if (id == LabId.GD_VARIANTS) {
            List<Fix> variants = lab.fixes();
            runs = new LabRun[variants.size()];
            runNames = new String[runs.length];
            for (int i = 0; i < runs.length; i++) {
                runs[i] = new LabRun(lab.apply(variants.get(i)), false, false);
                runNames[i] = LabNames.name(variants.get(i));
            }
        } else {
            runs = new LabRun[] {new LabRun(lab.preset(), true, true),
                new LabRun(lab.apply(fix), true, true)};
            runNames = new String[] {"before", LabNames.name(fix)};
        }
    }

    /**
     * gd-variants: the run whose timing workload is next (round robin, so a busy machine slows
     * every variant alike), or −1 when every variant has been timed
     * {@value GdVariants#TIMING_REPEATS} times or this lab has no timing.
     */
    public int timingNext() {
        if (timed == null || id != LabId.GD_VARIANTS) {
            return -1;
        }
        int next = 0;
        for (int r = 1; r < timed.length; r++) {
            if (timed[r] < timed[next]) {
                next = r;
            }
        }
        return timed[next] < GdVariants.TIMING_REPEATS ? next : -1;
    }

    /** Builds run {@code r}'s timing workload, so that {@link #timingRun} is training alone. */
    public void timingPrepare(int r) {
        timing = new LabRun(((GdVariants) lab).timingWorkload(lab.fixes().get(r)), false, false);
    }

    /** Trains the prepared workload to its end (the page times this call); returns its steps. */
    public int timingRun() {
        return timing == null ? 0 : timing.advance(Integer.MAX_VALUE);
    }

    /** Records a timed workload of run {@code r}: {@code ms} as the page measured it. */
    public void addTiming(int r, double ms) {
        if (timed != null && r >= 0 && r < timed.length
                && timed[r] < GdVariants.TIMING_REPEATS && ms >= 0) {
            timings[r][timed[r]++] = ms;
        }
        timing = null;
    }

    /** Workloads timed so far for run {@code r} (0 outside gd-variants). */
    public int timedCount(int r) {
        return timed == null || id != LabId.GD_VARIANTS ? 0 : timed[r];
    }

    /** Median ms of run {@code r}'s timed workloads; NaN before the first. */
    public double timedMedian(int r) {
        return timedCount(r) == 0 ? Double.NaN : GdVariants.median(timings[r], timed[r]);
    }

    /** The timing in words ({@link GdVariants#timingSentence}); "" outside gd-variants. */
    public String timingSentence() {
        if (id != LabId.GD_VARIANTS) {
            return "";
        }
        double[] m = new double[runs.length];
        int fewest = GdVariants.TIMING_REPEATS;
        for (int r = 0; r < m.length; r++) {
            m[r] = timedMedian(r);
            fewest = Math.min(fewest, timed[r]);
        }
        String[] names = new String[runs.length];
        for (int r = 0; r < names.length; r++) {
            names[r] = lab.fixes().get(r).label().toLowerCase(java.util.Locale.ROOT);
        }
        return GdVariants.timingSentence(names, m, fewest);
    }

    /** The open lab's id, e.g. "dying-relu". */
    public String lab() {
        return id.id();
    }

    /** The applied fix's name, or "" for gd-variants. */
    public String fix() {
        return fix == null ? "" : LabNames.name(fix);
    }

    /** Names of the open lab's fixes (for gd-variants: its three variants). */
    public String[] fixes() {
        List<String> out = new ArrayList<>();
        for (Fix f : lab.fixes()) {
            out.add(LabNames.name(f));
        }
        return out.toArray(new String[0]);
    }

    /** Ids of every lab. */
    public String[] labs() {
        return LabNames.labs();
    }

    /** Number of runs shown side by side. */
    public int runs() {
        return runs.length;
    }

    /** Run {@code r}'s name: "before", the fix's name, or the gd variant's. */
    public String runName(int r) {
        return runNames[r];
    }

    /** Advances run {@code r} by up to {@code steps} steps; returns the steps taken. */
    public int advance(int r, int steps) {
        return runs[r].advance(steps);
    }

    /** Adds wall time the page measured around run {@code r}'s advance calls. */
    public void addTime(int r, double ms) {
        runs[r].addTime(ms);
    }

    /** Whether every run has finished (all epochs, early stop, or a non-finite pause). */
    public boolean finished() {
        for (LabRun run : runs) {
            if (!run.finished()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Run {@code r}'s key numbers, indexed by the constants of this class: epoch, epochs of
     * the preset, step, steps per epoch, training and test loss of the latest epoch, latest
     * batch loss, finished (1/0), stopped at a non-finite value (1/0), best epoch, early-stopped
     * (1/0), the lab's symptom value, its threshold, present (1/0) and layer, wall time in ms,
     * loss before training, largest dead (or off) share of a hidden layer and that layer, the
     * last-over-first ratio of the full-gradient norms, the learning rate, training rows, and
     * the training and test loss of the model the run holds now (after early stopping: of the
     * restored best epoch), and for a regression lab the test MAE and the mean predictor's
     * test MAE in the data's units (NaN otherwise).
     */
    public double[] figures(int r) {
        LabRun run = runs[r];
        Trainer t = run.trainer();
        Series epochs = run.epochs();
        Outcome o = run.outcome();
        Symptom s = lab.symptom(o);
        double[] f = new double[FIGURES];
        f[EPOCH] = t.epochsDone();
        f[EPOCHS] = run.preset().epochs();
        f[STEP] = t.stepsTaken();
        f[STEPS_PER_EPOCH] = (t.trainRows() + t.batchSize() - 1) / t.batchSize();
        f[TRAIN_LOSS] = epochs.last(1);
        f[TEST_LOSS] = epochs.last(2);
        f[BATCH_LOSS] = t.lastBatchLoss();
        f[FINISHED] = run.finished() ? 1 : 0;
        f[NON_FINITE] = run.report() != null ? 1 : 0;
        f[BEST_EPOCH] = t.bestEpoch();
        f[STOPPED] = t.stopped() ? 1 : 0;
        f[SYMPTOM] = s.value();
        f[THRESHOLD] = s.threshold();
        f[PRESENT] = s.present() ? 1 : 0;
        f[SYMPTOM_LAYER] = s.layer();
        f[WALL_MS] = run.wallMs();
        f[START_LOSS] = epochs.get(0, 1);
        worstLayer(run.activity(), f);
        f[GRAD_RATIO] = GradNorms.lastOverFirst(run.gradNorms());
        f[LEARNING_RATE] = run.preset().training().learningRate();
        f[TRAIN_ROWS] = t.trainRows();
        f[END_TRAIN_LOSS] = o.endTrainLoss();
        f[END_TEST_LOSS] = o.endTestLoss();
        f[TEST_MAE] = run.testMae();
        f[BASELINE_MAE] = run.baselineMae();
        return f;
    }

    /** Run {@code r}'s verdict against the mean baseline ({@link Verdict}); "" if none. */
    public String verdict(int r) {
        return Verdict.of(runs[r]);
    }

    /** The open lab's data unit for errors, e.g. "min"; "" for a classification lab. */
    public String unit() {
        TargetUnits u = runs[0].preset().units();
        return u == null ? "" : u.name();
    }

    private static void worstLayer(LayerActivity[] activity, double[] f) {
        f[MAX_DEAD] = 0;
        f[MAX_DEAD_LAYER] = -1;
        for (int l = 0; l < activity.length - 1; l++) {
            LayerActivity a = activity[l];
            double share = a.silentShare();
            if (f[MAX_DEAD_LAYER] < 0 || share > f[MAX_DEAD]) {
                f[MAX_DEAD] = share;
                f[MAX_DEAD_LAYER] = l;
            }
        }
    }

    /**
     * Run {@code r}'s per-epoch rows, flattened: epoch, training loss, test loss, wall ms, then
     * the dead (or off) share of each hidden layer, then each layer's full-gradient norm.
     */
    public double[] epochSeries(int r) {
        return runs[r].epochs().toArray();
    }

    /** Columns per row of {@link #epochSeries}. */
    public int epochColumns(int r) {
        return runs[r].epochs().width();
    }

    /**
     * Run {@code r}'s per-step rows, thinned to at most about 600: step, batch loss, then each
     * layer's gradient norm (always ending with the latest step).
     */
    public double[] stepSeries(int r) {
        return runs[r].steps().thinned(600);
    }

    /** Columns per row of {@link #stepSeries}. */
    public int stepColumns(int r) {
        return runs[r].steps().width();
    }

    /** Units per layer of run {@code r}'s network, inputs first. */
    public int[] sizes(int r) {
        return runs[r].network().sizes();
    }

    /** Every weight of run {@code r}, layer after layer (n_in × n_out row-major each). */
    public double[] weights(int r) {
        return runs[r].network().allWeights();
    }

    /** Per hidden unit of run {@code r}: 0 alive, 1 dead (ReLU), 2 off (leaky ReLU), 3 saturated. */
    public double[] unitStates(int r) {
        return runs[r].unitStates();
    }

    /** Every node's thumbnail of run {@code r}, or none when its inputs are not x1, x2. */
    public int[] thumbnails(int r) {
        Network net = runs[r].network();
        if (net.inputs() != 2) {
            return new int[0];
        }
        pictures.updateThumbnails(net);
        return pictures.thumbnails().clone();
    }

    /** Pixels per side of a thumbnail. */
    public int thumbSize() {
        return THUMB;
    }

    /** Hidden layer {@code layer}'s pre-activation histogram of run {@code r}; see LabRun. */
    public double[] histogram(int r, int layer) {
        return runs[r].histogram(layer);
    }

    /**
     * Run {@code r}'s first non-finite value as step, layer (−1 for input or loss), index,
     * value, last finite step, its loss and its gradient norm; empty if there is none.
     */
    public double[] nonFinite(int r) {
        NonFiniteReport n = runs[r].report();
        if (n == null) {
            return new double[0];
        }
        return new double[] {n.step(), n.layer(), n.index(), n.value(), n.lastCleanStep(),
            n.lastCleanLoss(), n.lastCleanGradNorm()};
    }

    /** Which quantity went non-finite first in run {@code r}, e.g. "gradient"; "" if none. */
    public String nonFiniteQuantity(int r) {
        NonFiniteReport n = runs[r].report();
        return n == null ? "" : LabNames.name(n.quantity());
    }

    /**
     * Trains the sweep on by up to {@code steps} steps (moving to the next rate when one
     * finishes); false when it is complete or this lab has none.
     */
    public boolean sweepNext(int steps) {
        return sweep != null && sweep.next(steps);
    }

    /** The sweep's (rate, end training loss) pairs so far; empty without a sweep. */
    public double[] sweep() {
        return sweep == null ? new double[0] : sweep.pairs();
    }

    /** Rates the full sweep tries (0 without a sweep). */
    public int sweepSize() {
        return sweep == null ? 0 : sweep.size();
    }

    /** Run {@code r}'s preset, for tests. */
    Preset preset(int r) {
        return runs[r].preset();
    }

    /**
     * Opens the lab and fix a labs-page link names ({@code #lab=<id>&fix=<fix>}): a key the
     * link leaves out keeps the current lab or fix, and the lab is only reopened (with its
     * first fix) when it changes. Returns problems, as {@link #load} and {@link #applyFix}.
     */
    public List<String> openLink(String hash) {
        java.util.Map<String, String> pairs;
        try {
            pairs = scratchnet.format.HashCodec.pairs(hash);
        } catch (scratchnet.format.FormatException e) {
            return Collections.singletonList("This lab link cannot be read: " + e.getMessage()
                    + ".");
        }
        List<String> problems = new ArrayList<>();
        String name = pairs.get(LabNames.LAB_KEY);
        if (name != null && !name.equals(lab())) {
            problems.addAll(load(name));
        }
        String fixName = pairs.get(LabNames.FIX_KEY);
        if (fixName != null && !fixName.equals(fix())) {
            problems.addAll(applyFix(fixName));
        }
        return problems;
    }

    /** The open lab. */
    LabId labId() {
        return id;
    }
}
