package scratchnet.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import scratchnet.data.Dataset;
import scratchnet.data.Task;
import scratchnet.engine.Loss;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.format.DatasetCsv;
import scratchnet.format.FormatException;
import scratchnet.format.ModelJson;
import scratchnet.format.Names;
import scratchnet.train.OptimizerKind;
import scratchnet.train.Schedule;
import scratchnet.train.TrainSpec;
import scratchnet.train.Trainer;

/**
 * {@code scratchnet train}: trains a model file on a CSV file with the {@link Trainer} and
 * writes the result. The model keeps its own loss and activations; the CSV's last column is
 * the target and must mean what the loss expects (a real value for mse, 0/1 for bce, a class
 * index for softmax-ce).
 *
 * <p>With {@code --no-shuffle} the batches follow file order: step k takes the next B rows,
 * the last batch of a pass takes what is left, and the next pass starts again at row 1. With
 * plain SGD that is exactly the hand-written NumPy loop
 * {@code for start in range(0, n, B): W -= lr * grad(X[start:start+B])}.
 */
final class TrainCommand implements Command {
    /** Epochs run when neither --epochs nor --steps is given. */
    static final int DEFAULT_EPOCHS = 10;
    /** Rows per batch when --batch is not given (the tutorial's 64). */
    static final int DEFAULT_BATCH = 64;
    /**
     * Most activations held at once, rows × units over all layers: the training-set loss is
     * evaluated on every row at once, and a batch is at most every row.
     */
    static final long MAX_ACTIVATIONS = 30_000_000;

    static final String HELP = String.join("\n",
            "usage: scratchnet train --model FILE --data FILE --lr RATE --out FILE [options]",
            "",
            "Trains a model JSON file on a CSV file (header line; last column is the target)",
            "with the model's own loss, and writes the trained model.",
            "",
            "  --model FILE        model to start from (made by scratchnet init) (required)",
            "  --data FILE         training data CSV (required)",
            "  --lr RATE           learning rate, > 0 (required)",
            "  --out FILE          where to write the trained model (required)",
            "  --batch B           rows per step (default " + DEFAULT_BATCH + "; 1 = stochastic,",
            "                      0 = all rows, full-batch gradient descent)",
            "  --epochs E          passes over the data (default " + DEFAULT_EPOCHS + ")",
            "  --steps K           train exactly K batches instead of whole epochs",
            "  --no-shuffle        batches in file order, wrapping to row 1 after the last row",
            "                      (default: reshuffle the rows before every epoch)",
            "  --seed N            seed of the shuffling (default 42)",
            "  --optimizer NAME    " + Names.OPTIMIZER_CHOICES + " (default sgd)",
            "  --schedule NAME     how the rate changes with the step t: " + Names.scheduleChoices(),
            "                      (default constant). step: lr·gamma^floor(t/period);",
            "                      exponential: lr·gamma^t; cosine: floor + (lr − floor)·",
            "                      (1 + cos(π·t/period))/2 for t <= period, then floor",
            "  --gamma G           decay factor in (0, 1] (step 0.5, exponential 0.999)",
            "  --period P          steps per decay (step, default 250) or cosine length (1000)",
            "  --floor F           the rate the cosine ends at, 0 <= F <= lr (default 0)",
            "  --warmup W          W first steps ramp the rate up linearly: lr·(t+1)/W (default 0)",
            "  --help              this text",
            "",
            "A line starting \"warning:\" on stderr says the loss grew to "
                    + (int) TrainProgress.BLOW_UP + " times its start",
            "or more: training is diverging (the model is still written while its weights are",
            "finite).",
            "",
            "Exit codes: 0 trained, 1 training diverged (NaN or infinite weights; nothing",
            "written), 2 bad arguments or files.",
            "");

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String summary() {
        return "train a model JSON file on a CSV file and write the trained model";
    }

    @Override
    public int run(List<String> args, PrintStream out) throws UsageException, Diverged {
        return run(args, out, System.err);
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err)
            throws UsageException, Diverged {
        Flags f = Flags.parse("train", args, new String[] {"model", "data", "lr", "out", "batch",
            "epochs", "steps", "seed", "optimizer", "schedule", "gamma", "period", "floor",
            "warmup"}, new String[] {"no-shuffle"});
        if (f.has("help")) {
            out.print(HELP);
            return 0;
        }
        return train(f, out, err);
    }

    /**
     * Training ended with NaN or infinite parameters, which a model file cannot hold. Main
     * prints "scratchnet train: " and this exception, so it reads as its message alone.
     */
    static final class Diverged extends Exception {
        private static final long serialVersionUID = 1L;

        Diverged(String message) {
            super(message);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }

    private static int train(Flags f, PrintStream out, PrintStream err)
            throws UsageException, Diverged {
        String modelFile = f.required("model", "FILE, e.g. --model model.json");
        String dataFile = f.required("data", "FILE, e.g. --data train.csv");
        double lr = f.positive("lr", Double.NaN);
        if (Double.isNaN(lr)) {
            throw f.error("missing --lr RATE, e.g. --lr 0.005");
        }
        String outFile = f.required("out", "FILE, e.g. --out trained.json");
        if (f.has("epochs") && f.has("steps")) {
            throw f.error("give --epochs or --steps, not both");
        }
        int batch = (int) f.integer("batch", DEFAULT_BATCH, 0, Integer.MAX_VALUE);
        long epochs = f.integer("epochs", DEFAULT_EPOCHS, 1, Integer.MAX_VALUE);
        long steps = f.integer("steps", 0, 1, Integer.MAX_VALUE);
        String optName = f.value("optimizer", "sgd");
        OptimizerKind kind = f.choice("optimizer", optName, Names.optimizer(optName),
                Names.OPTIMIZER_CHOICES);
        long seed = f.integer("seed", 42, Long.MIN_VALUE, Long.MAX_VALUE);
        Schedule schedule = schedule(f);

        Network net = readModel(modelFile);
        Dataset data = readData(dataFile, net);
        checkMemory(net, data, dataFile);
        TrainSpec spec;
        try {
            spec = new TrainSpec(lr, batch, kind, schedule, Penalty.NONE, 0,
                    !f.has("no-shuffle"), seed, 0);
        } catch (IllegalArgumentException e) {
            throw f.error(e.getMessage());
        }
        // The trainer does not evaluate epochs: TrainProgress evaluates each one itself.
        Trainer trainer = new Trainer(net, spec, data.x(), data.y(), null, null, false);
        double before = trainer.trainLoss();
        TrainProgress progress = new TrainProgress(trainer, before, out, err);
        if (steps > 0) {
            progress.runSteps((int) steps);
        } else {
            progress.runEpochs((int) epochs);
        }
        double after = trainer.trainLoss();
        String summary = trainer.stepsTaken() + " steps (" + epochsText(trainer) + ", batch "
                + trainer.batchSize() + ", " + Names.of(kind) + ", lr " + lr
                + describe(schedule, trainer) + ") on "
                + data.rows() + " rows: " + Names.of(net.loss()) + " " + num(before) + " -> "
                + num(after);
        String json;
        try {
            json = ModelJson.write(net);
        } catch (IllegalArgumentException e) {
            throw new Diverged("training diverged after " + summary + "; " + e.getMessage()
                    + "; nothing written");
        }
        TextFiles.write(outFile, json);
        out.println("trained " + summary + "; wrote " + outFile);
        return 0;
    }

    /** --schedule and its parameters; a parameter its shape does not use is refused. */
    private static Schedule schedule(Flags f) throws UsageException {
        String name = f.value("schedule", "constant");
        Schedule.Kind shape = f.choice("schedule", name, Names.schedule(name),
                Names.scheduleChoices());
        Schedule base = Schedule.defaultFor(shape);
        boolean decays = shape == Schedule.Kind.STEP || shape == Schedule.Kind.EXPONENTIAL;
        boolean periodic = shape == Schedule.Kind.STEP || shape == Schedule.Kind.COSINE;
        String unused = f.has("gamma") && !decays ? "--gamma"
                : f.has("period") && !periodic ? "--period"
                : f.has("floor") && shape != Schedule.Kind.COSINE ? "--floor" : null;
        if (unused != null) {
            throw f.error("--schedule " + name + " has no " + unused + " (step: --gamma, "
                    + "--period; exponential: --gamma; cosine: --period, --floor; any: --warmup)");
        }
        double gamma = f.has("gamma") ? f.positive("gamma", base.gamma()) : base.gamma();
        if (!(gamma <= 1)) {
            throw f.error("--gamma " + f.value("gamma") + ": a decay factor is at most 1");
        }
        int period = (int) f.integer("period", base.period(), 1, Integer.MAX_VALUE);
        double floor = base.floor();
        if (f.has("floor") && !f.value("floor").trim().equals("0")) {
            floor = f.positive("floor", 0);
        }
        int warmup = (int) f.integer("warmup", 0, 0, Integer.MAX_VALUE);
        return new Schedule(shape, gamma, period, floor, warmup);
    }

    /** ", cosine schedule, last rate 0.0012" (nothing for a constant rate). */
    private static String describe(Schedule s, Trainer t) {
        if (s.kind() == Schedule.Kind.CONSTANT && s.warmup() == 0) {
            return "";
        }
        return ", " + Names.of(s.kind()) + " schedule" + (s.warmup() > 0 ? " after "
                + s.warmup() + " warm-up steps" : "") + ", last rate "
                + num(t.lastLearningRate());
    }

    private static Network readModel(String file) throws UsageException {
        try {
            return ModelJson.read(TextFiles.read(file, "model", ModelJson.MAX_CHARS));
        } catch (FormatException e) {
            throw new UsageException("model file " + file + ": " + e.getMessage());
        }
    }

    /** The CSV read as the task the model's loss needs, checked against the model's shape. */
    private static Dataset readData(String file, Network net) throws UsageException {
        Loss loss = net.loss();
        if (loss.realTargets() && net.outputs() != 1) {
            throw new UsageException("the model has " + net.outputs() + " outputs, but a CSV file "
                    + "has one target column; train a model with 1 output (--arch ...,1)");
        }
        if (loss == Loss.SOFTMAX_CE && net.outputs() > DatasetCsv.MAX_CLASSES) {
            throw new UsageException("the model has " + net.outputs() + " softmax outputs, but a"
                    + " CSV file holds at most " + DatasetCsv.MAX_CLASSES + " classes (labels 0.."
                    + (DatasetCsv.MAX_CLASSES - 1) + "); train a model with at most "
                    + DatasetCsv.MAX_CLASSES + " outputs");
        }
        Task task = loss.realTargets() ? Task.REGRESSION
                : loss == Loss.BCE ? Task.BINARY : Task.MULTICLASS;
        Dataset data;
        try {
            data = DatasetCsv.read(TextFiles.read(file, "data", DatasetCsv.MAX_CHARS), task,
                    net.outputs());
        } catch (FormatException e) {
            throw new UsageException("data file " + file + ": " + e.getMessage());
        }
        if (data.cols() != net.inputs()) {
            throw new UsageException("data file " + file + " has " + data.cols() + " feature "
                    + "columns but the model takes " + net.inputs() + " inputs (the last "
                    + "column is the target, every other column is an input)");
        }
        return data;
    }

    /** Refuses a model and data whose activations would not fit {@link #MAX_ACTIVATIONS}. */
    private static void checkMemory(Network net, Dataset data, String file)
            throws UsageException {
        long units = 0;
        for (int l = 0; l < net.depth(); l++) {
            units += net.layer(l).outputs();
        }
        long held = units * data.rows();
        if (held > MAX_ACTIVATIONS) {
            throw new UsageException("data file " + file + " has " + data.rows() + " rows and"
                    + " the model " + units + " units; training holds rows × units = " + held
                    + " activations at once, more than the limit of " + MAX_ACTIVATIONS
                    + "; use fewer rows or a smaller model");
        }
    }

    /** Passes over the data, counted in rows seen: "50 epochs", "1 epoch", "0.64 epochs". */
    private static String epochsText(Trainer trainer) {
        long seen = trainer.examplesSeen();
        int rows = trainer.trainRows();
        if (seen % rows == 0) {
            long e = seen / rows;
            return e == 1 ? "1 epoch" : e + " epochs";
        }
        return String.format(Locale.ROOT, "%.2f epochs", (double) seen / rows);
    }

    /** A loss for the progress lines: six significant digits. */
    static String num(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
