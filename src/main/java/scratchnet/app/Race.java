package scratchnet.app;

import scratchnet.data.Dataset;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Network;
import scratchnet.engine.SlicedLoss;
import scratchnet.engine.SplitPass;
import scratchnet.format.RaceRequest;
import scratchnet.math.Rng;
import scratchnet.train.OptimizerKind;
import scratchnet.train.Series;
import scratchnet.train.TrainSpec;
import scratchnet.train.Trainer;

/**
 * An optimizer race: the same network (same shape, same seed, so the same starting weights),
 * the same data and the same batch order trained side by side by 2 to 4 racers, each with its
 * own optimizer and learning rate, everything else as the playground's settings when the race
 * started. Each racer is exactly a {@link Trainer} on the playground's training rows: the
 * race adds nothing to a step, so racer r's weights after s steps are, bit for bit, those of
 * a lone trainer with r's optimizer and rate after s steps.
 *
 * <p>Lockstep: {@link #advance} never takes a racer more than the asked number of steps past
 * the slowest racer still running, so a page that advances every racer by n in turn keeps
 * them all on the same step. After every step the racer's training loss on all training rows
 * is recorded (a bounded {@link Series} of (step, loss) for the chart) and checked against
 * the target, so "steps to the target" is exact. A racer whose loss stops being finite stops
 * there ("diverged at step s") and no longer holds the others back. Wall time is measured by
 * the page around its {@link #advance} calls and reported with {@link #addTime}: nothing here
 * reads a clock.
 *
 * <p>In parts ({@link #advance(int, int, double)}, {@link #refresh(double)}): on a large
 * network or data a racer's step, or the loss over all training rows after it, is longer
 * than a frame, so the page gives each call a budget of work (in {@link SplitPass}'s units)
 * and the race does about that much: a step's passes in parts ({@link Trainer#advanceGradients}),
 * the losses a slice of rows at a time ({@link SlicedLoss}), the boundaries a slice of grid
 * points at a time; every value is the same bits as when done at once. The starting loss is
 * measured the same way by the first calls, so even starting a race on 20,000 rows takes
 * no long frame.
 */
public final class Race {
    /** Fewest and most racers. */
    static final int MIN_RACERS = 2;
    static final int MAX_RACERS = 4;
    /** The race's length when the request names none, and the longest allowed, in steps. */
    static final int DEFAULT_STEPS = 1000;
    static final int MAX_STEPS = 1_000_000;
    /** The target when the request names none: this share of the starting training loss. */
    static final double DEFAULT_TARGET_SHARE = 0.25;
    /** Steps each racer takes per animation frame on the page (8: the playground's pace). */
    static final int STEPS_PER_FRAME = 8;
    /** Loss points kept per racer (the newest half at full resolution). */
    static final int HISTORY_BUDGET = 1000;
    /** Loss points per racer sent to the chart at most. */
    static final int CHART_POINTS = 500;
    /** What the page calls each optimizer, by {@link OptimizerKind} ordinal. */
    private static final String[] LABELS = {"SGD", "Momentum", "Adam", "RMSprop"};

    private final Settings settings;
    private final Problem problem;
    private final Racer[] racers;
    private final int steps;
    /** The target the request named (0: a share of the starting loss). */
    private final double requestedTarget;
    /** NaN until the starting loss is measured (see {@link #started}). */
    private double target = Double.NaN;
    private double startLoss = Double.NaN;
    /** The starting loss's pass over the training rows, on racer 0's network. */
    private final SlicedLoss startPass = new SlicedLoss();
    private boolean started;
    /**
     * Work of one row of an inference pass and its loss, in SplitPass's units; a heatmap
     * grid point counts as one row too.
     */
    private final double rowWork;
    /** The racer whose test loss or boundary a refresh is computing, −1 between refreshes. */
    private int refreshing = -1;
    /** Whether that racer's test loss is done and its boundary under way. */
    private boolean refreshingGrid;

    /** One racer: its trainer, its own network and its record. */
    static final class Racer {
        final OptimizerKind optimizer;
        final double learningRate;
        final Network net;
        final Trainer trainer;
        final Views views;
        /** (step, training loss on all training rows) after every step, step 0 first. */
        final Series losses = new Series(2, HISTORY_BUDGET);
        double trainLoss = Double.NaN;
        double testLoss = Double.NaN;
        /** The first step after which the training loss was at or below the target, or −1. */
        long reachedAt = -1;
        /** The step whose batch loss or training loss was not finite, or −1. */
        long divergedAt = -1;
        double wallMs;
        /** The training loss after the last step, under way in slices (see {@link #measuring}). */
        final SlicedLoss lossPass = new SlicedLoss();
        /** Whether a step is applied and its training loss still being measured. */
        boolean measuring;
        /** Steps ended: measured, or stopped by a batch loss that was not finite. */
        long stepsEnded;
        final SlicedLoss testPass = new SlicedLoss();

        Racer(OptimizerKind optimizer, double learningRate, Network net, Trainer trainer,
                Views views) {
            this.optimizer = optimizer;
            this.learningRate = learningRate;
            this.net = net;
            this.trainer = trainer;
            this.views = views;
        }

        /** Steps taken and measured (a step whose training loss is under way is not yet). */
        long step() {
            return measuring ? trainer.stepsTaken() - 1 : trainer.stepsTaken();
        }

        boolean running(int steps) {
            return divergedAt < 0 && step() < steps;
        }
    }

    /**
     * A race from {@code settings} (the data of {@code problem}, drawn from them) with the
     * racers of {@code request}.
     *
     * @throws IllegalArgumentException naming what is out of range (racers, rates, steps)
     */
    Race(Settings settings, Problem problem, RaceRequest request) {
        int k = request.optimizers().length;
        if (k < MIN_RACERS || k > MAX_RACERS) {
            throw new IllegalArgumentException("a race needs " + MIN_RACERS + " to " + MAX_RACERS
                    + " racers, not " + k);
        }
        Limits.Range lr = Limits.range("lr");
        for (int r = 0; r < k; r++) {
            double rate = request.learningRates()[r];
            if (!(rate >= lr.min() && rate <= lr.max())) {
                throw new IllegalArgumentException("racer " + (r + 1) + "'s learning rate must be "
                        + "from " + lr.min() + " to " + lr.max() + ", not " + rate);
            }
        }
        if (request.steps() > MAX_STEPS) {
            throw new IllegalArgumentException("a race lasts at most " + MAX_STEPS + " steps, not "
                    + request.steps());
        }
        this.settings = settings;
        this.problem = problem;
        this.steps = request.steps() == 0 ? DEFAULT_STEPS : request.steps();
        this.requestedTarget = request.target();
        this.racers = new Racer[k];
        for (int r = 0; r < k; r++) {
            racers[r] = racer(request.optimizers()[r], request.learningRates()[r]);
        }
        Dataset train = problem.train;
        Network first = racers[0].net;
        this.rowWork = SplitPass.forwardWork(first, 1);
        startPass.begin(first, train.x(), train.y(), train.rows());
    }

    /** The network every racer starts from, as the playground builds it from its settings. */
    static Network network(Settings settings, Problem problem) {
        NetSpec spec = settings.net().spec(problem.train.cols(), problem.outputs());
        return Network.build(spec, new Rng(settings.net().seed()), settings.net().batchNorm(),
                settings.net().precision());
    }

    /** The training settings of a racer: the playground's, with this optimizer and rate. */
    static TrainSpec spec(Settings settings, OptimizerKind optimizer, double learningRate) {
        return settings.trainSpec().withOptimizer(optimizer).withLearningRate(learningRate);
    }

    private Racer racer(OptimizerKind optimizer, double learningRate) {
        Network net = network(settings, problem);
        Dataset train = problem.train;
        Trainer trainer = new Trainer(net, spec(settings, optimizer, learningRate), train.x(),
                train.y(), null, null, false);
        return new Racer(optimizer, learningRate, net, trainer,
                new Views(problem, settings.view().heatX(), settings.view().heatY()));
    }

    /**
     * Runs racer {@code r} for up to {@code n} steps, but never past step (slowest running
     * racer's step + n) nor past the race's length; returns the steps taken (each with its
     * training loss measured).
     */
    public int advance(int r, int n) {
        Racer x = racers[r];
        long before = x.stepsEnded;
        advance(r, n, Double.POSITIVE_INFINITY);
        return (int) (x.stepsEnded - before);
    }

    /**
     * As {@link #advance(int, int)}, but doing only about {@code work} units (at least one
     * part) of racer {@code r}'s steps and training-loss passes, or of the starting loss
     * before any racer steps; what is not done stays under way for the next call. Returns
     * the work done.
     */
    public double advance(int r, int n, double work) {
        double left = work;
        if (!started) {
            left -= measure(startPass, left);
            if (!startPass.finished()) {
                return work - left;
            }
            start(startPass.value());
        }
        Racer x = racers[r];
        long bound = Math.min(steps, slowest() + Math.max(0, n));
        Dataset train = problem.train;
        while (left > 0 && x.divergedAt < 0) {
            if (x.measuring) {
                left -= measure(x.lossPass, left);
                if (!x.lossPass.finished()) {
                    break;
                }
                x.measuring = false;
                double loss = x.lossPass.value();
                long step = x.trainer.stepsTaken();
                record(x, step, loss);
                x.stepsEnded++;
                if (!Double.isFinite(loss)) {
                    x.divergedAt = step;
                }
                continue;
            }
            if (x.trainer.stepsTaken() >= bound) {
                break;
            }
            Trainer t = x.trainer;
            double stepWork = t.stepWork();
            if (!t.stepUnderWay() && stepWork <= left) {
                t.computeGradients();
                left -= stepWork;
            } else {
                double before = t.stepProgress();
                boolean ended = t.advanceGradients(left);
                left -= ((ended ? 1 : t.stepProgress()) - before) * stepWork;
                if (!ended) {
                    break;
                }
            }
            if (!Double.isFinite(t.lastBatchLoss())) {
                // not applied: the weights stay the last finite ones
                x.divergedAt = t.stepsTaken() + 1;
                x.stepsEnded++;
                break;
            }
            t.applyUpdate();
            x.lossPass.begin(x.net, train.x(), train.y(), train.rows());
            x.measuring = true;
        }
        return work - left;
    }

    /** The starting loss is known: the target follows and every racer records step 0. */
    private void start(double loss) {
        started = true;
        startLoss = loss;
        target = requestedTarget == 0 ? DEFAULT_TARGET_SHARE * loss : requestedTarget;
        for (Racer x : racers) {
            record(x, 0, loss);
        }
    }

    /** Advances {@code pass} by about {@code work} units' rows (at least one); returns the work. */
    private double measure(SlicedLoss pass, double work) {
        int before = pass.done();
        pass.advance((int) Math.min(Integer.MAX_VALUE, Math.max(1, work / rowWork)));
        return (pass.done() - before) * rowWork;
    }

    private void record(Racer x, long step, double loss) {
        x.losses.add(step, loss);
        x.trainLoss = loss;
        if (x.reachedAt < 0 && loss <= target) {
            x.reachedAt = step;
        }
    }

    /** The step of the slowest racer still running (the race's length when none runs). */
    private long slowest() {
        long min = steps;
        for (Racer x : racers) {
            if (x.divergedAt < 0) {
                min = Math.min(min, x.step());
            }
        }
        return min;
    }

    /** Adds wall time the page measured around racer {@code r}'s advance calls. */
    public void addTime(int r, double ms) {
        if (ms > 0 && Double.isFinite(ms)) {
            racers[r].wallMs += ms;
        }
    }

    /** Scores every racer on the test rows and repaints its boundary, at once. */
    public void refresh() {
        if (refreshing >= 0) {
            refresh(Double.POSITIVE_INFINITY); // ends the refresh under way in parts
        }
        refresh(Double.POSITIVE_INFINITY); // then every racer, now
    }

    /**
     * A refresh in parts: scores the racers on the test rows and repaints their boundaries,
     * racer by racer, doing about {@code work} units a call (at least one slice); returns
     * true when this call finished a refresh of every racer. Each racer's test loss and
     * boundary are those of its parameters when its turn began (copied then).
     */
    public boolean refresh(double work) {
        double left = work;
        Dataset test = problem.test;
        if (refreshing < 0) {
            refreshing = 0;
            refreshingGrid = false;
            racers[0].testPass.begin(racers[0].net, test.x(), test.y(), test.rows());
        }
        while (true) {
            Racer x = racers[refreshing];
            if (!refreshingGrid) {
                left -= measure(x.testPass, left);
                if (!x.testPass.finished()) {
                    return false;
                }
                x.testLoss = test.rows() == 0 ? Double.NaN : x.testPass.value();
                refreshingGrid = true;
                if (problem.digits) {
                    x.views.update(x.net, settings.view().discrete()); // weight pictures only
                } else {
                    x.views.begin(x.net);
                }
            }
            if (!problem.digits) {
                int points = (int) Math.min(Integer.MAX_VALUE, Math.max(1, left / rowWork));
                int before = x.views.pointsLeft();
                boolean done = x.views.advance(points);
                left -= (before - x.views.pointsLeft()) * rowWork;
                if (!done) {
                    return false;
                }
                x.views.paint(settings.view().discrete());
            }
            refreshing++;
            refreshingGrid = false;
            if (refreshing == racers.length) {
                refreshing = -1;
                return true;
            }
            racers[refreshing].testPass.begin(racers[refreshing].net, test.x(), test.y(),
                    test.rows());
            if (left <= 0) {
                return false;
            }
        }
    }

    /** Whether the starting loss is measured (the racers step only after it). */
    public boolean started() {
        return started;
    }

    /** Whether every racer has run all its steps or stopped at a non-finite value. */
    public boolean finished() {
        if (!started) {
            return false;
        }
        for (Racer x : racers) {
            if (x.running(steps)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The racers that lead on loss: those whose training loss now is the lowest finite one
     * (ties all lead; none when no loss is finite).
     */
    static boolean[] lowestLoss(double[] losses) {
        double best = Double.POSITIVE_INFINITY;
        for (double v : losses) {
            if (Double.isFinite(v) && v < best) {
                best = v;
            }
        }
        boolean[] out = new boolean[losses.length];
        for (int i = 0; i < losses.length; i++) {
            out[i] = Double.isFinite(best) && losses[i] == best;
        }
        return out;
    }

    /**
     * The racers that reached the target in the fewest steps ({@code reachedAt} −1: not
     * reached; ties all lead; none when nobody reached it).
     */
    static boolean[] fewestSteps(long[] reachedAt) {
        long best = Long.MAX_VALUE;
        for (long s : reachedAt) {
            if (s >= 0 && s < best) {
                best = s;
            }
        }
        boolean[] out = new boolean[reachedAt.length];
        for (int i = 0; i < reachedAt.length; i++) {
            out[i] = reachedAt[i] >= 0 && reachedAt[i] == best;
        }
        return out;
    }

    /** Racers in the race. */
    public int size() {
        return racers.length;
    }

    Racer racer(int r) {
        return racers[r];
    }

    /** The page's name for an optimizer. */
    static String label(OptimizerKind kind) {
        return LABELS[kind.ordinal()];
    }

    /** Racer {@code r}'s (step, training loss) pairs, at most about {@link #CHART_POINTS}. */
    public double[] losses(int r) {
        return racers[r].losses.thinned(CHART_POINTS);
    }

    /** Racer {@code r}'s boundary: the output over the input plane, packed RGBA. */
    public int[] pixels(int r) {
        return racers[r].views.output();
    }

    /** Points per side of the racers' boundary pictures. */
    public int resolution() {
        return racers[0].views.resolution();
    }

    /** The data points over the boundary pictures, as {@link Views#points}. */
    public double[] points() {
        return racers[0].views.points(settings.view().heatX(), settings.view().heatY());
    }

    /** The race's length in steps. */
    public int steps() {
        return steps;
    }

    /** The training loss a racer must reach (NaN until the starting loss is measured). */
    public double target() {
        return target;
    }

    /**
     * Every racer's training loss before the first step (the same network for all; NaN until
     * the first advance calls have measured it).
     */
    public double startLoss() {
        return startLoss;
    }

    /** The playground settings the race started from. */
    public Settings settings() {
        return settings;
    }

    /** Training rows the losses are means over. */
    public int trainRows() {
        return problem.train.rows();
    }

    /** Test rows the test losses are means over (0: none). */
    public int testRows() {
        return problem.test.rows();
    }

    /** The step every racer still running has reached (the race's length when none runs). */
    public long step() {
        long min = Long.MAX_VALUE;
        long max = 0;
        for (Racer x : racers) {
            max = Math.max(max, x.step());
            if (x.running(steps)) {
                min = Math.min(min, x.step());
            }
        }
        return min == Long.MAX_VALUE ? max : min;
    }
}
