package scratchnet.app;

import java.util.List;
import scratchnet.data.Dataset;
import scratchnet.diag.GradientCheck;
import scratchnet.diag.Sharpness;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.engine.PacedForward;
import scratchnet.format.ModelJson;
import scratchnet.labs.Hint;
import scratchnet.math.Rng;
import scratchnet.train.Confusion;
import scratchnet.train.ParameterTrace;
import scratchnet.train.Series;
import scratchnet.train.StepTrace;
import scratchnet.train.Trainer;

/**
 * The playground's single state object: settings, data, network, trainer (optimizer and
 * counters), history and health. The page asks it to run a bounded number of steps per frame, then to
 * {@link #refresh} the numbers it paints; training itself never paints.
 *
 * <p>Changing a setting rebuilds only what depends on it: new data or a new network shape
 * starts the run over; a new learning rate, batch size, optimizer, penalty or clip norm takes
 * effect at the next step and keeps the weights, as on TensorFlow Playground.
 *
 * <p>It is the facade the bridge calls: it runs steps, refreshes and rebuilds itself, and
 * hands the rest to package-private collaborators: {@link SettingsLinks} (links and lessons),
 * {@link Rewinds}, {@link ParameterWatch}, {@link Readouts}, {@link NetworkProbes},
 * {@link ModelTransfer} and {@link DigitViews}.
 */
public final class Session {
    private Settings settings;
    private Problem problem;
    private Network net;
    private Trainer trainer;
    private LastUpdate lastUpdate;
    private Views views;
    private final Health health = new Health();
    /** The refresh under way when the page spreads one over frames ({@link #refreshWork}). */
    private final PacedRefresh paced = new PacedRefresh();
    /** Loss-chart points kept at most (the newest half at full resolution). */
    static final int HISTORY_BUDGET = 1000;
    /** Hessian-vector products a sharpness estimate may use. */
    static final int SHARPNESS_ITERATIONS = 30;
    /** Most multiply-adds a sharpness estimate may cost before it reads a sample of rows. */
    static final double SHARPNESS_WORK = 1e9;
    /** Fewest rows a sampled sharpness estimate reads. */
    static final int SHARPNESS_MIN_ROWS = 256;
    /** The sharpness estimate under way when the page spreads one over frames, or null. */
    private Sharpness.Run sharpRun;
    /** The step {@link #sharpRun} (or the latest one) began at. */
    private long sharpStep = -1;
    /** Loss chart points: (step, training loss, test loss) per refresh, in bounded memory. */
    private Series history;
    /** Checkpoints, the rewind the run stands at, and the chart before the latest rewind. */
    private final Rewinds rewinds = new Rewinds();
    /** The parameter whose optimizer internals are recorded. */
    private final ParameterWatch watcher = new ParameterWatch();
    /** The numbers of the latest refresh. */
    private final Readouts readouts = new Readouts();
    /**
     * What the latest refresh (whole, or a paced cycle's publication) was of, and whether it
     * recomputed the views; see {@link #refreshIfStale}. Null: none yet, or unknown.
     */
    private RefreshKey refreshed;
    private boolean refreshedViews;
    /** The state a paced refresh cycle under way began from. */
    private RefreshKey pacedKey;
    private int dataVersion;
    private double baselineMae;
    /** The latest optimizer race, or null before the first. */
    private Race race;
    /** The lesson and the settings remembered per family of data, read from links. */
    private final SettingsLinks links = new SettingsLinks(this);
    /** The user's own data loaded in this page (a CSV or a drawing), or null. */
    private UserData userData;
    private final CsvUpload upload = new CsvUpload(this);

    /** A session with TensorFlow Playground's opening settings. */
    public Session() {
        this(Settings.defaults());
    }

    /** A session with {@code settings}, ready to train. */
    public Session(Settings settings) {
        this.settings = settings;
        rebuildData();
    }

    /**
     * Replaces all settings by those in a whole link, and the lesson by the link's lesson keys
     * (none: no lesson; see {@link Lesson}); returns messages about bad values.
     */
    public List<String> load(String hash) {
        return links.load(hash);
    }

    /**
     * Changes the settings named in {@code hash}, keeping the others; returns messages. A
     * setting the lesson locks keeps its value (see {@link SettingsLinks#configure}).
     */
    public List<String> configure(String hash) {
        return links.configure(hash);
    }

    /** The lesson the last whole link opened (see {@link Lesson}) as JSON, with its start. */
    public String lessonJson() {
        return links.lessonJson();
    }

    /**
     * Back to the lesson's start: its first settings and fresh weights from its seed; returns
     * messages. Without a lesson nothing changes.
     */
    public List<String> restartLesson() {
        return links.restartLesson();
    }

    /** The link of the current settings followed by the lesson's keys: the page's address. */
    public String fullHash() {
        return links.fullHash();
    }

    /** Your own data's upload and console loader. */
    public CsvUpload upload() {
        return upload;
    }

    /** The user's own data loaded in this page, or null. */
    UserData userData() {
        return userData;
    }

    /**
     * Makes {@code data} the page's own data (null forgets it) and, unless null, trains on
     * it; forgetting the data in use goes back to the opening circle. Returns messages.
     */
    List<String> useUserData(UserData data) {
        userData = data;
        if (data != null) {
            return configure("#data=" + scratchnet.format.HashCodec.USER + "&csv=" + data.id);
        }
        links.forgetUserTable();
        return settings.data().userData() ? configure("#data=circle")
                : new java.util.ArrayList<>();
    }

    /**
     * Applies checked settings; should a combination still be refused further down (a bug in
     * the checks), the previous settings stay and the refusal is reported, so the page never
     * breaks.
     */
    List<String> applyAll(SettingsHash.Result r) {
        List<String> problems = new java.util.ArrayList<>(r.problems());
        Settings before = settings;
        try {
            apply(r.settings());
        } catch (IllegalArgumentException e) {
            problems.add("These settings could not be used (" + e.getMessage()
                    + "); the previous ones are kept.");
            settings = before;
            rebuildData();
        }
        return problems;
    }

    /** Switches to {@code next}, rebuilding only what it changes. */
    public void apply(Settings next) {
        paced.cancel();
        sharpRun = null; // any settings change abandons an estimate under way
        Settings before = settings;
        settings = next;
        if (!before.sameData(next) || !before.net().features().equals(next.net().features())) {
            rebuildData();
        } else if (rewinds.scrubbing() && onlyActivationDiffers(before, next)) {
            newHeatmapAxes(before, next); // a link may change both (the swap keeps the views)
            swapActivation();
        } else if (!before.sameNetwork(next)) {
            rebuildNetwork();
        } else {
            newHeatmapAxes(before, next);
            trainer.reconfigure(next.trainSpec());
            twin = Twin.update(twin, next, problem, twinStart);
        }
    }

    /** New views over {@code next}'s heatmap axes if they are not {@code before}'s. */
    private void newHeatmapAxes(Settings before, Settings next) {
        if (!before.sameHeatmap(next)) {
            views = new Views(problem, next.view().heatX(), next.view().heatY());
            dataVersion++;
        }
    }

    /** Whether the two differ in the hidden layers' activation only (same shapes, same start). */
    private static boolean onlyActivationDiffers(Settings before, Settings next) {
        Settings.Net b = before.net();
        Settings.Net n = next.net();
        return before.sameData(next) && b.activation() != n.activation()
                && n.with(n.layers(), b.activation(), n.loss(), n.output()).equals(b);
    }

    /**
     * At a checkpoint the user rewound to, a new hidden activation keeps the run's whole state
     * (weights, optimizer, batch order, counters, checkpoints, chart), so the replay continues
     * from the same point and seed with only the activation changed.
     */
    private void swapActivation() {
        Trainer.Checkpoint state = trainer.checkpoint();
        Network old = net;
        NetSpec spec = settings.net().spec(problem.train.cols(), problem.outputs());
        net = Network.build(spec, new Rng(settings.net().seed()), settings.net().batchNorm(),
                settings.net().precision());
        net.copyParametersFrom(old);
        Dataset train = problem.train;
        trainer = new Trainer(net, settings.trainSpec(), train.x(), train.y(), null, null, false);
        trainer.restore(state);
        trainer.reconfigure(settings.trainSpec());
        lastUpdate = new LastUpdate(net);
        twin = Twin.of(settings, problem, twinStart); // it replays with the new activation
        health.reset(net);
        watcher.rebind(net, true);
        refresh();
    }

    private void rebuildData() {
        problem = Problem.of(settings);
        baselineMae = Scores.baselineMae(problem.raw);
        views = new Views(problem, settings.view().heatX(), settings.view().heatY());
        dataVersion++;
        rebuildNetwork();
    }

    private void rebuildNetwork() {
        rebuildNetwork(null);
    }

    /** Starts the run over; with {@code model}, from its parameters instead of the seed's. */
    private void rebuildNetwork(Network model) {
        sharpRun = null;
        NetSpec spec = settings.net().spec(problem.train.cols(), problem.outputs());
        net = Network.build(spec, new Rng(settings.net().seed()), settings.net().batchNorm(),
                settings.net().precision());
        if (model != null) {
            net.copyParametersFrom(model);
        }
        Dataset train = problem.train;
        // The session scores both sets itself in refresh, so the trainer need not per epoch.
        trainer = new Trainer(net, settings.trainSpec(), train.x(), train.y(), null, null, false);
        lastUpdate = new LastUpdate(net);
        twinStart = model == null ? null : model.copy();
        twin = Twin.of(settings, problem, twinStart);
        health.reset(net);
        history = new Series(3, HISTORY_BUDGET);
        if (!watcher.rebind(net, false)) {
            watcher.watch(net, 0, 0, 0, false);
        }
        refresh();
        rewinds.start(trainer, history);
    }

    /** Starts the run over with weights from {@code seed} (negative: the current seed). */
    public void reset(int seed) {
        Settings next = settings.withSeed(seed < 0 ? settings.net().seed() : seed);
        settings = next;
        rebuildNetwork();
    }

    /** Draws new data (the next data seed) and starts over. */
    public void regenerate() {
        settings = settings.withDataSeed((settings.data().seed() + 1) % SettingsHash.MAX_SEED);
        rebuildData();
    }

    /**
     * Runs up to {@code n} training steps (one batch each); stops early, and stays stopped, once
     * a loss or weight is not finite. A step whose input, loss or gradients are not finite is
     * not applied, so the weights stay the last finite ones; an update that makes a weight
     * non-finite is found right after it. The last step of the call keeps its gradient norms
     * and its changes for the page. Returns the steps attempted, the stopping one included.
     */
    public int step(int n) {
        int done = 0;
        while (done < n && !health.diverged()) {
            boolean keep = done == n - 1;
            done++;
            if (!trainer.endStepUnderWay()) {
                trainer.computeGradients();
            }
            finishStep(keep);
        }
        if (twin != null) {
            twin.catchUp(trainer.stepsTaken());
        }
        return done;
    }

    /** The checks and the update of a step whose gradients are pending, as {@link #step}. */
    private void finishStep(boolean keep) {
        rewinds.beforeStep(); // a replay starts: the checkpoints of the run left behind go
        long step = trainer.stepsTaken() + 1;
        if (health.beforeUpdate(step, net, trainer.batchInputs(), trainer.batchRows(),
                trainer.lastBatchLoss(), keep)) {
            if (keep) {
                lastUpdate.keep();
            }
            trainer.applyUpdate();
            watcher.trace().record(step, trainer.lastLearningRate(), trainer.optimizer());
            health.afterUpdate(step, net);
            rewinds.afterStep(trainer, history);
        }
    }

    /**
     * Works about {@code work} units (see {@link #stepWork}) on the next training step, for a
     * step too long for one animation frame: the step's passes run in parts on copies, so the
     * run and everything the page shows stay as they were until the part that ends them, when
     * the step is checked and applied as {@link #step} does, the same bits. A float32 run's
     * twin then takes its step in parts too. Returns 1 when a step of the run was applied (or
     * stopped, as in step), else 0; 0 once the run diverged.
     */
    public int stepPart(double work) {
        if (health.diverged()) {
            return 0;
        }
        if (twin != null && twin.behind(trainer.stepsTaken())) {
            twin.catchUpPart(trainer.stepsTaken(), work);
            return 0;
        }
        if (!trainer.advanceGradients(work)) {
            return 0;
        }
        finishStep(true);
        return 1;
    }

    /**
     * The work of one training step in {@link #stepPart}'s units (the twin's step included):
     * multiply-adds of the matrix products and an estimate for the rest.
     */
    public double stepWork() {
        return trainer.stepWork() * (twin != null ? 2 : 1);
    }

    /**
     * The share of the next step done in parts so far, 0..1 (the twin's not counted), or NaN
     * when steps do not go in parts.
     */
    public double stepProgress() {
        return trainer.inParts() ? trainer.stepProgress() : Double.NaN;
    }

    /**
     * Goes back to the latest checkpoint at or before step {@code step} (see {@link Timeline}):
     * weights, optimizer state, batch order, counters and the loss chart as they were there;
     * the settings stay those the page shows, so a replay runs with them. Until the next
     * step the run can be scrubbed back and forth over all its checkpoints (the state just
     * before the first rewind is one of them); the first step replays from the checkpoint and
     * drops those after it. The chart before the first rewind stays available as
     * {@link #ghostHistory()}, so a replay with changed settings can be compared with it.
     * Returns the step landed on.
     */
    public long rewind(long step) {
        Timeline.Mark m = rewinds.land(step, trainer, history);
        sharpRun = null;
        trainer.restore(m.checkpoint());
        trainer.reconfigure(settings.trainSpec());
        history = m.history().copy();
        health.reset(net);
        lastUpdate = new LastUpdate(net);
        watcher.trace().keepUntil(m.step());
        if (twin != null && twin.ahead(trainer.stepsTaken())) {
            twin = Twin.of(settings, problem, twinStart);
        }
        if (twin != null) {
            twin.catchUp(trainer.stepsTaken());
        }
        refresh();
        return trainer.stepsTaken();
    }

    /**
     * Starts an optimizer race from the current settings and data (see {@link Race}),
     * replacing the previous race; the playground's own run is not touched.
     *
     * @throws IllegalArgumentException if the request is out of range (the old race stays)
     */
    public Race startRace(scratchnet.format.RaceRequest request) {
        race = new Race(settings, problem, request);
        return race;
    }

    /** The latest race, or null before the first. */
    public Race race() {
        return race;
    }

    /** Whether the run stands at a checkpoint it was rewound to, no step taken since. */
    public boolean scrubbing() {
        return rewinds.scrubbing();
    }

    /** The step the latest rewind of this run landed on (-1 if none). */
    public long replayFrom() {
        return rewinds.replayFrom();
    }

    /**
     * Records the optimizer internals of one parameter from the next step on: the weight from
     * unit {@code from} of the previous layer (−1: the bias) to unit {@code to} of weight layer
     * {@code layer} (0-based). Returns false, changing nothing, if there is no such parameter.
     */
    public boolean watch(int layer, int from, int to) {
        return watcher.watch(net, layer, from, to, false);
    }

    /** The watched parameter's record (see {@link ParameterTrace}). */
    public ParameterTrace trace() {
        return watcher.trace();
    }

    /** The watched parameter: {layer, from (−1 = bias), to}. */
    public int[] watched() {
        return watcher.watched();
    }

    /** Steps of the checkpoints a rewind can land on, oldest first. */
    public long[] checkpoints() {
        return rewinds.checkpoints();
    }

    /** The loss chart before the latest rewind, as (step, train, test) triples; empty if none. */
    public double[] ghostHistory() {
        return rewinds.ghostHistory();
    }

    /**
     * The trainer's next step opened up (see {@link StepTrace}): every matrix of its forward
     * and backward pass and the update, exactly as the step will compute them, the batch's
     * matrices for its first {@code maxRows} rows (at most {@link Limits#EXPLAIN_MAX_ROWS});
     * nothing changes. Null once the run has stopped at a non-finite value.
     */
    public StepTrace explain(int maxRows) {
        int rows = Math.max(1, Math.min(maxRows, Limits.EXPLAIN_MAX_ROWS));
        return health.diverged() ? null : StepTrace.next(trainer, rows);
    }

    /**
     * Backpropagation's gradient against the central difference for layer {@code layer}'s
     * weights, biases and (under batch norm) γ and β, on the whole training set with the run's
     * penalty; see {@link NetworkProbes#gradCheck}.
     */
    public GradientCheck.Entry[] gradCheck(int layer, double h) {
        return NetworkProbes.gradCheck(net, problem.train, settings.trainSpec().penalty(), layer,
                h);
    }

    /**
     * The work of {@link #gradCheck} on weight layer {@code layer} in multiply-adds: two
     * forward passes over every training row for each of its weights and biases (and γ, β).
     */
    public double gradCheckWork(int layer) {
        int[] sizes = net.sizes();
        double parameters = (double) sizes[layer] * sizes[layer + 1] + sizes[layer + 1]
                + 2 * normUnits()[layer];
        return 2 * parameters * scratchnet.engine.SplitPass.forwardWork(net, problem.train.rows());
    }

    /**
     * The sharpness of the training loss where the network stands now, and the stability
     * limit 2/λ of plain gradient descent's rate there (see {@link Sharpness}).
     */
    public Sharpness.Estimate sharpness() {
        Dataset train = sharpnessRows();
        return Sharpness.estimate(net, train.x(), train.y(), train.rows(),
                settings.trainSpec().penalty(), SHARPNESS_ITERATIONS,
                new Rng(settings.net().seed()));
    }

    /**
     * {@link #sharpness()} spread over calls, for frames with little time (issue 16). With
     * {@code restart} a new estimate begins at the current step (abandoning any under way);
     * then the one under way, if any, does about {@code multiplyAdds} more multiply-adds of
     * work (≤ 0: all that is left). Returns that run (finished or not), or null when none is
     * under way: none was started, or it was abandoned because the network changed under it
     * (settings, reset, new data, rewind). Training steps do not abandon it: it finishes on the
     * copy of the parameters it took, and the estimate is for the step it began at
     * ({@link #sharpnessStep()}). A finished run is returned once, then forgotten. Same data,
     * penalty, seed and chunks as {@link #sharpness()}, so it ends with the same numbers.
     */
    public Sharpness.Run sharpnessWork(long multiplyAdds, boolean restart) {
        if (restart) {
            Dataset train = sharpnessRows();
            sharpRun = new Sharpness.Run(net, train.x(), train.y(), train.rows(),
                    settings.trainSpec().penalty(), SHARPNESS_ITERATIONS,
                    new Rng(settings.net().seed()));
            sharpStep = trainer.stepsTaken();
        }
        Sharpness.Run run = sharpRun;
        if (run != null && run.advance(multiplyAdds)) {
            sharpRun = null;
        }
        return run;
    }

    /**
     * The training rows a sharpness estimate reads: all of them while an estimate of
     * {@value #SHARPNESS_ITERATIONS} Hessian-vector products (two gradients each) over all of
     * them costs at most {@value #SHARPNESS_WORK} multiply-adds, otherwise an evenly spaced
     * sample as large as that allows (at least {@value #SHARPNESS_MIN_ROWS} rows): on the
     * largest data and network an estimate over every row would take minutes of frame slices.
     * The page says how many rows it read.
     */
    public Dataset sharpnessRows() {
        Dataset train = problem.train;
        int n = train.rows();
        int m = sharpnessRowCount();
        if (m >= n) {
            return train;
        }
        int[] rows = new int[m];
        for (int i = 0; i < m; i++) {
            rows[i] = (int) ((long) i * n / m); // evenly spaced, first row included
        }
        return train.subset(rows);
    }

    /** Rows of the training set. */
    public int trainRows() {
        return problem.train.rows();
    }

    /** How many training rows {@link #sharpnessRows} reads for the network as it is. */
    public int sharpnessRowCount() {
        int n = problem.train.rows();
        // per row and gradient: forward and backward (3 multiply-adds a weight), and adding
        // the row's share of the gradient (a chunk is a row or two on the largest networks)
        double perRow = 2.0 * SHARPNESS_ITERATIONS
                * (3.0 * PacedForward.cost(net) + net.parameterCount());
        long fit = (long) Math.floor(SHARPNESS_WORK / Math.max(1, perRow));
        return (int) Math.min(n, Math.max(SHARPNESS_MIN_ROWS, fit));
    }

    /** The step the latest estimate of {@link #sharpnessWork} began at (-1: none yet). */
    public long sharpnessStep() {
        return sharpStep;
    }

    /**
     * The run taken away: a NumPy or PyTorch script training the current weights on the
     * training rows for {@code epochs} epochs, or model JSON; see {@link ModelTransfer#export}.
     */
    public String export(ExportKind kind, int epochs) {
        return ModelTransfer.export(kind, net, settings, problem.train, epochs);
    }

    /**
     * Starts the run over from a loaded model's parameters (see {@link ModelJson#read}): the
     * hidden layers, activations and loss become the model's, the data and training settings
     * stay. The model must fit the data (inputs, outputs) and be one the settings can
     * describe, and the lesson must not lock what it changes (a setting, or the weight seed);
     * otherwise nothing changes.
     *
     * @throws IllegalArgumentException saying why the model does not fit
     */
    public void importModel(Network model) {
        Settings next = ModelTransfer.settingsFor(model, settings, problem);
        String refused = links.refusesModel(next);
        if (refused != null) {
            throw new IllegalArgumentException(refused);
        }
        settings = next;
        rebuildNetwork(model);
    }

    /**
     * One neuron of the network on training row {@code row}: unit {@code unit} of weight layer
     * {@code layer} (0-based) with its inputs; see {@link NetworkProbes#neuronAt}.
     */
    public NeuronView neuronAt(int layer, int unit, int row) {
        return NetworkProbes.neuronAt(net, problem.train, layer, unit, row);
    }

    /**
     * A neuron as {@link #neuronAt} finds it.
     *
     * @param x the previous layer's outputs (or the inputs) for the row
     * @param w the unit's incoming weights
     * @param b its bias
     * @param activation its function
     * @param slope the leaky-ReLU slope
     * @param a its output as the network's forward pass computed it
     * @param inputNames the features' names for the first layer, else null
     * @param rows training rows there are
     * @param batchNorm for a layer with batch normalisation, {z, μ, σ², γ, β, ẑ, y} as the
     *     forward pass computed them (running statistics; a = f(y)), else null
     */
    public record NeuronView(double[] x, double[] w, double b,
            scratchnet.engine.Activation activation, double slope, double a,
            String[] inputNames, int rows, double[] batchNorm) {
    }

    /** What {@link #export} writes. */
    public enum ExportKind { NUMPY, PYTORCH, MODEL_JSON }

    /** Runs steps until the current epoch ends (at most one epoch); returns steps taken. */
    public int stepEpoch() {
        long epoch = trainer.epochsDone();
        int done = 0;
        while (trainer.epochsDone() == epoch && !health.diverged()) {
            done += step(1);
        }
        return done;
    }

    /** {@link #refresh(boolean)} with the heatmap and thumbnails. */
    public void refresh() {
        refresh(true);
    }

    /**
     * Everything a refresh reads: the run (network, trainer, its step, the twin), the data,
     * the settings and the views. Two equal keys mean a refresh would publish the same.
     */
    private record RefreshKey(Network net, Trainer trainer, long steps, Twin twin,
            Problem problem, Settings settings, Views views, Series history) {
    }

    private RefreshKey key() {
        return new RefreshKey(net, trainer, trainer.stepsTaken(), twin, problem, settings, views,
                history);
    }

    /**
     * {@link #refresh(boolean)} unless the latest refresh was of the very same state (and
     * recomputed the views, if {@code views}): a page that refreshes after every change would
     * otherwise score all rows again for nothing (on 20,000 rows under six layers of 64,
     * 200 ms a time), after a change that refreshed already. Returns whether it refreshed.
     */
    public boolean refreshIfStale(boolean views) {
        if (published(views)) {
            return false;
        }
        refresh(views);
        return true;
    }

    /**
     * Whether the latest refresh, whole or paced, was of the state now (and recomputed the
     * views, if {@code views}).
     */
    private boolean published(boolean views) {
        return key().equals(refreshed) && (refreshedViews || !views);
    }

    /**
     * Evaluates the network on all training and test rows (losses, accuracy, dead units) and
     * appends to the loss history; with {@code views} also recomputes the heatmap and the
     * thumbnails, the costliest part (one forward pass over every grid point).
     */
    public void refresh(boolean views) {
        paced.cancel();
        Dataset train = problem.train;
        Dataset test = problem.test;
        double trainLoss = net.loss(train.x(), train.y(), train.rows());
        health.readActivity(net);
        // Test rows are scored from one forward pass; with none, the train rows stand in.
        double testLoss = test.rows() == 0 ? Double.NaN
                : net.loss(test.x(), test.y(), test.rows());
        double[] out = test.rows() > 0 ? net.layer(net.depth() - 1).activations()
                : net.forward(train.x(), train.rows());
        publish(epoch(), steps(), trainLoss, testLoss, out);
        if (views) {
            this.views.update(net, settings.view().discrete());
        }
        refreshed = key();
        refreshedViews = views;
    }

    /**
     * The classification scores of the latest refresh as JSON (see {@link Classification#json}):
     * confusion matrix (rows = true class), accuracy, per-class precision and recall; "null"
     * for regression.
     */
    public String metrics() {
        return readouts.metrics();
    }

    /** The confusion matrix of the latest refresh, or null for regression. */
    public Confusion confusion() {
        return readouts.confusion();
    }

    /** The digits gallery of the latest refresh as JSON; see {@link DigitViews#gallery}. */
    public String digitGallery() {
        return DigitViews.gallery(problem, readouts.classification());
    }

    /** The scored digit images as pictures; see {@link DigitViews#images}. */
    public int[] digitImages() {
        return DigitViews.images(problem);
    }

    /** The first weight layer's units as digit pictures; see {@link DigitViews#weights}. */
    public int[] digitWeights() {
        return DigitViews.weights(problem, net);
    }

    /**
     * A drawing on the digit pad classified; see
     * {@link DigitViews#pad(Problem, Network, double[])}.
     */
    public String digitPad(double[] bitmap) {
        return DigitViews.pad(problem, net, bitmap);
    }

    /** The drawing whose block counts are {@code pixels}; see {@link DigitViews#bitmap}. */
    public static String digitBitmap(String pixels) {
        return DigitViews.bitmap(pixels);
    }

    /**
     * A drawing given as 1,024 characters '0' or '1' classified; see
     * {@link DigitViews#pad(Problem, Network, String)}.
     */
    public String digitPad(String drawing) {
        return DigitViews.pad(problem, net, drawing);
    }

    /**
     * The numbers of a refresh: losses, accuracy and MAE from {@code out} (the scored rows'
     * outputs), one point of the loss chart at {@code step}, the hint's reading.
     */
    private void publish(long epoch, long step, double trainLoss, double testLoss,
            double[] out) {
        Stats stats = readouts.read(problem, net, trainer, twin, baselineMae, epoch, step,
                trainLoss, testLoss, out);
        if (history.size() == 0 || step > 0) {
            Dataset scored = problem.test.rows() > 0 ? problem.test : problem.train;
            history.add(step, trainLoss, testLoss);
            double accuracy = stats.accuracy();
            health.observe(net, history.column(1), history.column(2), accuracy,
                    Scores.chance(scored, net.outputs()), lastUpdate.ratio());
        }
    }

    /**
     * The float64 twin of a float32 run at the latest refresh: {step, train loss, test loss}
     * (mean data loss on all training and test rows, as the run's own), or null when no twin
     * is shown.
     */
    public double[] twinLosses() {
        return readouts.twinLosses();
    }

    /**
     * A refresh spread over calls, for frames with little time (issue 16): the numbers and
     * pictures of {@link #refresh()} for the parameters as they were when the cycle began
     * (copied then, so training may go on between calls), computed in slices of at most
     * about {@code multiplyAdds} multiply-adds a call; the last slice publishes them at once
     * (stats, one loss-chart point at the cycle's step, heatmap and thumbnails). With
     * {@code start} false no new cycle begins. A cycle that would begin on the very state
     * the latest refresh was of (see {@link #refreshIfStale}) ends at once: what it would
     * publish is published. Returns 1 if this call published (or found it published), else 0.
     */
    public int refreshWork(int multiplyAdds, boolean start) {
        if (!paced.running()) {
            if (!start) {
                return 0;
            }
            if (published(true)) {
                return 1;
            }
            paced.begin(net, problem, trainer.epochsDone(), trainer.stepsTaken());
            views.begin(net);
            pacedKey = key();
        }
        long budget = Math.max(1, multiplyAdds);
        boolean first = true;
        while (true) {
            int phase = paced.phase();
            if (phase == PacedRefresh.TRAIN || phase == PacedRefresh.TEST) {
                budget = paced.score(budget);
            } else if (phase == PacedRefresh.ACTIVITY) {
                budget = paced.readActivity(health, budget);
            } else if (phase == PacedRefresh.GRID) {
                int points = (int) Math.max(1, Math.min(Integer.MAX_VALUE, budget / paced.cost()));
                int before = views.pointsLeft();
                boolean done = views.advance(points);
                budget -= (long) (before - views.pointsLeft()) * paced.cost();
                if (!done) {
                    return 0;
                }
                paced.next();
            } else {
                // publishing is one piece: only as a call's first work or if the budget covers it
                long cost = views.pixels();
                if (!first && budget < cost) {
                    return 0;
                }
                Dataset test = problem.test;
                publish(paced.epoch(), paced.step(), paced.trainLoss(problem.train),
                        test.rows() == 0 ? Double.NaN : paced.testLoss(test),
                        paced.scoredOutput());
                views.paint(settings.view().discrete());
                paced.cancel();
                refreshed = pacedKey;
                refreshedViews = true;
                return 1;
            }
            first = false;
            if (budget <= 0) {
                return 0;
            }
        }
    }

    /**
     * Predicted and actual test targets in real units, as (actual, predicted) pairs, at the
     * last refresh.
     */
    public double[] predictions() {
        return readouts.predictions();
    }

    /** The current settings. */
    public Settings settings() {
        return settings;
    }

    /** The canonical link of the current settings. */
    public String hash() {
        return SettingsHash.write(settings);
    }

    /** The float64 twin of a float32 run, or null. */
    private Twin twin;
    /** The parameters the run started from when imported (the twin's start too), or null. */
    private Network twinStart;

    /** Numbers of the latest {@link #refresh}; see {@link Stats}. */
    public Stats stats() {
        return readouts.stats();
    }

    /** The learning rate the next step uses: the base rate under the schedule. */
    public double effectiveRate() {
        return settings.training().rateAt(trainer.stepsTaken());
    }

    /** The rate the last step used (NaN before the first), for tests. */
    double lastLearningRate() {
        return trainer.lastLearningRate();
    }

    /** Steps taken so far. */
    public long steps() {
        return trainer.stepsTaken();
    }

    /** Epochs completed since the run started. */
    public long epoch() {
        return trainer.epochsDone();
    }

    /** Whether a non-finite loss or weight stopped the run. */
    public boolean diverged() {
        return health.diverged();
    }

    /** Step of the first non-finite value, or −1. */
    public long nonFiniteStep() {
        return health.nonFinite() == null ? -1 : health.nonFinite().step();
    }

    /**
     * Layer (0 = first hidden) of the first non-finite value, −1 when none was found or when it
     * was not in a layer (the input or the loss).
     */
    public int nonFiniteLayer() {
        return health.nonFinite() == null ? -1 : health.nonFinite().layer();
    }

    /** A one-line account of the first non-finite value, or "" when there is none. */
    public String nonFiniteText() {
        return health.nonFinite() == null ? "" : health.nonFinite().toString();
    }

    /**
     * What went wrong, if anything crosses a threshold: "phenomenon|lab id|value|threshold|
     * layer", e.g. "DEAD_UNITS|dying-relu|0.75|0.5|1"; "" when all looks well.
     */
    public String hint() {
        Hint h = finding();
        if (h == null) {
            return "";
        }
        return h.phenomenon() + "|" + (h.lab() == null ? "" : h.lab().id()) + "|" + h.value()
                + "|" + h.threshold() + "|" + h.layer();
    }

    /** Per layer with weights, the fraction of dead units (diag.UnitState) at the last refresh. */
    public double[] deadFraction() {
        return health.deadFraction();
    }

    /** Per unit of every layer with weights (in order), 1 if dead at the last refresh. */
    public double[] deadUnits() {
        return health.dead();
    }

    /**
     * Per unit of every layer with weights (in order) at the last refresh: 0 alive, 1 dead
     * ReLU, 2 off leaky ReLU, 3 saturated sigmoid/tanh hidden unit (see
     * {@code diag.LayerActivity#code}; output units are never marked saturated).
     */
    public double[] unitStates() {
        return health.unitStates();
    }

    /** What each diagram mark means, as JSON; see {@link UnitMarks}. */
    public static String unitMarks() {
        return UnitMarks.json();
    }

    /** Per layer with weights, the gradient norm of the latest step. */
    public double[] gradNorm() {
        return health.gradNorm();
    }

    /** Loss history as (step, train, test) triples. */
    public double[] history() {
        return history.toArray();
    }

    /** Output heatmap, {@link #resolution()}² packed RGBA, top row first. */
    public int[] outputPixels() {
        return views.output();
    }

    /**
     * Node {@code unit} of layer {@code layer} (−1 = inputs, depth−1 = outputs) over the whole
     * heatmap grid of the last refresh, {@link #resolution()}² packed RGBA: what the page shows
     * in the big heatmap while a neuron is hovered.
     */
    public int[] nodePixels(int layer, int unit) {
        return views.nodePicture(net, layer, unit);
    }

    /** What the heatmap's axes and colours mean, as JSON; see {@link HeatmapKey}. */
    public String heatmapKey() {
        return HeatmapKey.json(problem, settings);
    }

    /** Every node's thumbnail (inputs, then each layer), {@link #thumbSize()}² pixels each. */
    public int[] thumbnails() {
        return views.thumbnails();
    }

    /**
     * Points per side of the output heatmap of the last refresh: 96, or 48 for a network too
     * costly to draw that finely every frame (see {@code Views.FINE_BUDGET}).
     */
    public int resolution() {
        return views.resolution();
    }

    /** Pixels per side of a thumbnail. */
    public int thumbSize() {
        return Views.THUMB;
    }

    /** Points over the heatmap: (u, v, RGBA colour, is-test, class) per row; see {@link Views}. */
    public double[] points() {
        return views.points(settings.view().heatX(), settings.view().heatY());
    }

    /** Changes whenever the points or their axes change, so the page can cache them. */
    public int dataVersion() {
        return dataVersion;
    }

    /** Units per layer including inputs. */
    public int[] sizes() {
        return net.sizes();
    }

    /** Every weight, layer after layer, each layer n_in × n_out row-major. */
    public double[] weights() {
        return net.allWeights();
    }

    /** Per weight layer, the length of its γ and β (0 for a layer without batch normalisation). */
    int[] normUnits() {
        int[] out = new int[net.depth()];
        for (int l = 0; l < out.length; l++) {
            out[l] = net.layer(l).norm() == null ? 0 : net.layer(l).norm().units();
        }
        return out;
    }

    /** γ then β of each hidden layer with batch normalisation, first layer first; else empty. */
    public double[] normParameters() {
        double[][] p = net.parameters(); // W and b of every layer, then γ and β, in that order
        int first = 2 * net.depth();
        int n = 0;
        for (int k = first; k < p.length; k++) {
            n += p[k].length;
        }
        double[] out = new double[n];
        for (int k = first, at = 0; k < p.length; at += p[k].length, k++) {
            System.arraycopy(p[k], 0, out, at, p[k].length);
        }
        return out;
    }

    /**
     * One link's weight w, its gradient dL/dw from the latest step and the change the latest
     * step made to it; {@code from} is a unit of layer {@code layer} − 1 (or an input).
     */
    public double[] link(int layer, int from, int to) {
        return NetworkProbes.link(net, lastUpdate, layer, from, to);
    }

    /** One unit's bias, its gradient and the change the latest step made to it. */
    public double[] bias(int layer, int unit) {
        return NetworkProbes.bias(net, lastUpdate, layer, unit);
    }

    /** Names of the network's inputs, e.g. x1, sin(x1), distance. */
    public String[] inputNames() {
        return problem.train.featureNames();
    }

    /**
     * Every weight and bias as the 16 hex digits of its IEEE-754 bits, layer by layer, so two
     * runtimes can be compared exactly without trusting their decimal printing.
     */
    public String parameterBits() {
        return parameterBits(net);
    }

    /** {@code net}'s weights and biases as {@link #parameterBits()} writes them. */
    static String parameterBits(Network net) {
        return NetworkProbes.parameterBits(net);
    }

    /** What went wrong, if anything crosses a threshold (see {@link #hint()}), or null. */
    public Hint finding() {
        return health.hint();
    }
}
