package scratchnet.app;

import java.util.EnumSet;
import java.util.Set;
import scratchnet.data.Feature;
import scratchnet.data.Task;
import scratchnet.data.TwoD;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Penalty;
import scratchnet.engine.Precision;
import scratchnet.train.OptimizerKind;
import scratchnet.train.Schedule;
import scratchnet.train.TrainSpec;

/**
 * Every setting of a playground run, as one value made of four parts: the data, the network,
 * the training loop and the view. A URL hash holds exactly these (see {@link SettingsHash}), so
 * a link reproduces the run. Each part turns into the spec its layer already has
 * ({@link Net#spec} → {@link NetSpec}, {@link Training#spec} → {@link TrainSpec}).
 *
 * @param data which rows are drawn and how they are split
 * @param net the network's inputs, shape, functions and weight seed
 * @param training the optimisation loop
 * @param view what the page draws (no effect on the numbers)
 */
public record Settings(Data data, Net net, Training training, View view) {
    /** Most hidden layers. */
    public static final int MAX_LAYERS = 6;
    /** Most units per hidden layer for 2-D data (as on TensorFlow Playground). */
    public static final int MAX_UNITS_2D = 8;
    /** Most units per hidden layer for the tabular delivery data. */
    public static final int MAX_UNITS_TABLE = 64;
    /** Columns of the delivery table. */
    public static final int DELIVERY_FEATURES = 4;

    /** The three families of data; a switch between them starts from that family's settings. */
    public enum Family {
        /** The 2-D generators. */
        POINTS,
        /** The tutorial's delivery-time table. */
        DELIVERY,
        /** The handwritten digits (8 × 8 images, 10 classes). */
        DIGITS
    }

    /**
     * The data of a run.
     *
     * @param kind 2-D generator, or null for the tutorial's delivery-time table
     * @param classes K for the K-class generators (3..5)
     * @param noise noise percentage 0..50 (2-D data)
     * @param trainPercent share of rows used for training, 10..90
     * @param seed seed of the data draw and split ("regenerate" changes it)
     * @param standardize whether the delivery table's columns and target are standardised on
     *     the training rows (mean 0, standard deviation 1) as the tutorial does; off, the
     *     network sees kilometres, minutes and rupees as they are (2-D data is never scaled);
     *     for your own data, its feature columns (and a regression target)
     * @param user your own data (a table like the delivery one, kind null), or null
     * @param digits whether this is the handwritten digits (a table too: kind null, no user
     *     data); the seed then only draws the train/test split
     */
    public record Data(TwoD kind, int classes, int noise, int trainPercent, int seed,
            boolean standardize, UserData user, boolean digits) {
        /** Built-in data (no user data, not the digits). */
        public Data(TwoD kind, int classes, int noise, int trainPercent, int seed,
                boolean standardize) {
            this(kind, classes, noise, trainPercent, seed, standardize, null, false);
        }

        /** 2-D points, the delivery table or your own data (not the digits). */
        public Data(TwoD kind, int classes, int noise, int trainPercent, int seed,
                boolean standardize, UserData user) {
            this(kind, classes, noise, trainPercent, seed, standardize, user, false);
        }

        /** Which family of data this is (your own data counts with the delivery table). */
        public Family family() {
            return kind != null ? Family.POINTS : digits ? Family.DIGITS : Family.DELIVERY;
        }

        /**
         * Whether this is a table (the delivery table or your own data) rather than 2-D
         * points or the digits.
         */
        public boolean delivery() {
            return kind == null && !digits;
        }

        /** Whether this is your own data. */
        public boolean userData() {
            return user != null;
        }

        /** What the target encodes. */
        public Task task() {
            return digits ? Task.MULTICLASS : user != null ? user.task
                    : kind == null ? Task.REGRESSION : kind.task();
        }

        /** The same data drawn with another seed. */
        public Data withSeed(int newSeed) {
            return new Data(kind, classes, noise, trainPercent, newSeed, standardize, user, digits);
        }

        /** Feature columns of a table (4 for delivery). */
        public int tableFeatures() {
            return user != null ? user.features.length : DELIVERY_FEATURES;
        }
    }

    /**
     * The network of a run.
     *
     * @param features input features for 2-D data (never empty)
     * @param layers units per hidden layer, 0..6 layers
     * @param activation the hidden-layer activation chosen for all layers (the page's menu)
     * @param loss what training minimises; must suit the data's task
     * @param output output activation; must suit the loss
     * @param init weight initialiser
     * @param dropout probability of dropping a hidden unit while training, 0..0.9
     * @param seed seed of the weights, batch order and dropout ("reset" may change it)
     * @param activations each hidden layer's activation, one per layer; null means
     *     {@code activation} for all. A list of another length is cut, or padded with its last
     *     entry (a layer added at the end copies the layer before it, as its units do)
     * @param batchNorm whether every hidden layer normalises its Z over the batch before its
     *     activation ({@link scratchnet.engine.BatchNorm})
     * @param precision the floating-point format the engine computes in
     */
    public record Net(Set<Feature> features, int[] layers, Activation activation, Loss loss,
            Activation output, Init init, double dropout, int seed, Activation[] activations,
            boolean batchNorm, Precision precision) {
        /** Copies the mutable components so a value never changes. */
        public Net {
            features = EnumSet.copyOf(features);
            layers = layers.clone();
            activations = fit(activations, activation, layers.length);
            if (precision == null) {
                precision = Precision.FLOAT64;
            }
        }

        /** A network whose hidden layers all use {@code activation}. */
        public Net(Set<Feature> features, int[] layers, Activation activation, Loss loss,
                Activation output, Init init, double dropout, int seed) {
            this(features, layers, activation, loss, output, init, dropout, seed, null);
        }

        /** A network without batch normalisation, in double precision. */
        public Net(Set<Feature> features, int[] layers, Activation activation, Loss loss,
                Activation output, Init init, double dropout, int seed,
                Activation[] activations) {
            this(features, layers, activation, loss, output, init, dropout, seed, activations,
                    false, Precision.FLOAT64);
        }

        /** This network with or without batch normalisation, in {@code newPrecision}. */
        public Net withNumerics(boolean newBatchNorm, Precision newPrecision) {
            return new Net(features, layers, activation, loss, output, init, dropout, seed,
                    activations, newBatchNorm, newPrecision);
        }

        private static Activation[] fit(Activation[] given, Activation all, int n) {
            Activation[] out = new Activation[n];
            for (int l = 0; l < n; l++) {
                out[l] = given == null || given.length == 0 ? all
                        : given[Math.min(l, given.length - 1)];
            }
            return out;
        }

        /** Each hidden layer's activation (a copy). */
        @Override
        public Activation[] activations() {
            return activations.clone();
        }

        /** Whether some hidden layer uses another activation than {@link #activation}. */
        public boolean mixed() {
            for (Activation a : activations) {
                if (a != activation) {
                    return true;
                }
            }
            return false;
        }

        /** Units per hidden layer (a copy). */
        @Override
        public int[] layers() {
            return layers.clone();
        }

        /** The chosen features (a copy). */
        @Override
        public Set<Feature> features() {
            return EnumSet.copyOf(features);
        }

        /** The engine's spec for {@code inputs} inputs and {@code outputs} outputs. */
        public NetSpec spec(int inputs, int outputs) {
            int[] sizes = new int[layers.length + 2];
            sizes[0] = inputs;
            System.arraycopy(layers, 0, sizes, 1, layers.length);
            sizes[sizes.length - 1] = outputs;
            return new NetSpec(sizes, activation, output, loss, init,
                    NetSpec.DEFAULT_LEAKY_SLOPE, dropout, mixed() ? activations.clone() : null);
        }

        /**
         * This network with other hidden layers and functions; another {@code newActivation}
         * applies to every layer, the same one keeps each layer's own.
         */
        public Net with(int[] newLayers, Activation newActivation, Loss newLoss,
                Activation newOutput) {
            return new Net(features, newLayers, newActivation, newLoss, newOutput, init, dropout,
                    seed, newActivation == activation ? activations : null, batchNorm,
                    precision);
        }

        /** This network with each hidden layer's activation given. */
        public Net withActivations(Activation[] perLayer) {
            return new Net(features, layers, activation, loss, output, init, dropout, seed,
                    perLayer, batchNorm, precision);
        }

        /** This network drawn from another seed. */
        public Net withSeed(int newSeed) {
            return new Net(features, layers, activation, loss, output, init, dropout, newSeed,
                    activations, batchNorm, precision);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Net n && features.equals(n.features)
                    && java.util.Arrays.equals(layers, n.layers) && activation == n.activation
                    && loss == n.loss && output == n.output && init == n.init
                    && dropout == n.dropout && seed == n.seed
                    && java.util.Arrays.equals(activations, n.activations)
                    && batchNorm == n.batchNorm && precision == n.precision;
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(layers) * 31 + seed;
        }
    }

    /**
     * The training loop of a run.
     *
     * @param learningRate step size, &gt; 0
     * @param batchSize rows per step; ≥ the training rows means full batch
     * @param optimizer update rule
     * @param penalty L1/L2 weight penalty kind
     * @param penaltyRate λ of the penalty
     * @param clipNorm largest global gradient norm, 0 = no clipping
     * @param schedule how the rate changes with the step count (constant: not at all)
     */
    public record Training(double learningRate, int batchSize, OptimizerKind optimizer,
            Penalty.Kind penalty, double penaltyRate, double clipNorm, Schedule schedule) {
        /** A constant-rate loop. */
        public Training(double learningRate, int batchSize, OptimizerKind optimizer,
                Penalty.Kind penalty, double penaltyRate, double clipNorm) {
            this(learningRate, batchSize, optimizer, penalty, penaltyRate, clipNorm,
                    Schedule.constant());
        }

        /**
         * The trainer's spec: the rate schedule, rows shuffled every epoch with {@code seed}
         * (the weight seed), no early stopping.
         */
        public TrainSpec spec(int seed) {
            return new TrainSpec(learningRate, batchSize, optimizer, schedule,
                    new Penalty(penalty, penaltyRate), clipNorm, true, seed, 0);
        }

        /** The rate step {@code step} (0 = the first) uses under the schedule. */
        public double rateAt(long step) {
            return schedule.rate(learningRate, step);
        }
    }

    /**
     * What the page draws.
     *
     * @param showTest whether test points are drawn
     * @param discrete whether the output heatmap shows only the decided class
     * @param logScale whether the loss chart has a logarithmic axis
     * @param heatX delivery feature on the heatmap's horizontal axis
     * @param heatY delivery feature on the heatmap's vertical axis
     * @param twin whether a float32 run is shown beside its float64 twin: the same network,
     *     seed and batches trained in double precision in lockstep (no effect in float64)
     */
    public record View(boolean showTest, boolean discrete, boolean logScale, int heatX,
            int heatY, boolean twin) {
        /** A view without the float64 twin. */
        public View(boolean showTest, boolean discrete, boolean logScale, int heatX,
                int heatY) {
            this(showTest, discrete, logScale, heatX, heatY, false);
        }
    }

    /** TensorFlow Playground's opening run: circle, x1 and x2, 4-2 tanh, rate 0.03, batch 10. */
    public static Settings defaults() {
        return new Settings(new Data(TwoD.CIRCLE, 3, 0, 50, 1, true),
                new Net(EnumSet.of(Feature.X1, Feature.X2), new int[] {4, 2}, Activation.TANH,
                        Loss.BCE, Activation.SIGMOID, Init.LECUN, 0, 1),
                new Training(0.03, 10, OptimizerKind.SGD, Penalty.Kind.NONE, 0.001, 0),
                new View(false, false, false, 0, 1));
    }

    /**
     * The tutorial's delivery-time run: 4-16-8-1 ReLU with He weights, linear output and MSE,
     * rate 0.005, batches of 64, 80 % of the rows for training.
     */
    public static Settings deliveryDefaults() {
        return new Settings(new Data(null, 3, 0, 80, 1, true),
                new Net(EnumSet.of(Feature.X1, Feature.X2), new int[] {16, 8}, Activation.RELU,
                        Loss.MSE, Activation.LINEAR, Init.HE, 0, 1),
                new Training(0.005, 64, OptimizerKind.SGD, Penalty.Kind.NONE, 0.001, 0),
                new View(true, false, false, 0, 2));
    }

    /**
     * The digits run: 64 pixels, one hidden layer of 32 ReLU units with He weights, 10 softmax
     * outputs and cross-entropy; Adam at rate 0.003, batches of 32; 80 % of the 1,797 images
     * for training.
     */
    public static Settings digitsDefaults() {
        return new Settings(new Data(null, 3, 0, 80, 1, true, null, true),
                new Net(EnumSet.of(Feature.X1, Feature.X2), new int[] {32}, Activation.RELU,
                        Loss.SOFTMAX_CE, Activation.SOFTMAX, Init.HE, 0, 1),
                new Training(0.003, 32, OptimizerKind.ADAM, Penalty.Kind.NONE, 0.001, 0),
                new View(false, false, false, 0, 1));
    }

    /** Defaults of a family of data; for points, those of the circle. */
    public static Settings defaultsOf(Family family) {
        switch (family) {
            case DIGITS:
                return digitsDefaults();
            case DELIVERY:
                return deliveryDefaults();
            default:
                return defaults();
        }
    }

    /**
     * Your own data's run: standardised, 8-8 ReLU with He weights, Adam at 0.01, batches of
     * 32, 80 % of the rows for training, the loss of its task.
     */
    static Settings userDefaults(UserData user) {
        Loss loss = lossFor(user.task);
        return new Settings(new Data(null, 3, 0, 80, 1, true, user),
                new Net(EnumSet.of(Feature.X1, Feature.X2), new int[] {8, 8}, Activation.RELU,
                        loss, loss.defaultOutput(), Init.HE, 0, 1),
                new Training(0.01, 32, OptimizerKind.ADAM, Penalty.Kind.NONE, 0.001, 0),
                new View(true, false, false, 0, Math.min(1, user.features.length - 1)));
    }

    /** Defaults suited to data of {@code kind} (null = delivery). */
    public static Settings defaultsFor(TwoD kind) {
        if (kind == null) {
            return deliveryDefaults();
        }
        Settings d = defaults();
        Loss loss = lossFor(kind.task());
        return d.withData(kind, loss, loss.defaultOutput());
    }

    /**
     * The schedule a shape starts from when a link or the page picks it without parameters
     * ({@link Schedule#defaultFor}).
     */
    public static Schedule scheduleFor(Schedule.Kind kind) {
        return Schedule.defaultFor(kind);
    }

    /** Whether this run uses the delivery table rather than 2-D points. */
    public boolean delivery() {
        return data.delivery();
    }

    /** What the target encodes. */
    public Task task() {
        return data.task();
    }

    /** Which family of data the run uses. */
    public Family family() {
        return data.family();
    }

    /** Most units a hidden layer may have for this data (tables and images: 64). */
    public int maxUnits() {
        return data.kind() == null ? MAX_UNITS_TABLE : MAX_UNITS_2D;
    }

    /** The loss a task uses unless another is chosen. */
    public static Loss lossFor(Task task) {
        switch (task) {
            case BINARY:
                return Loss.BCE;
            case MULTICLASS:
                return Loss.SOFTMAX_CE;
            default:
                return Loss.MSE;
        }
    }

    /** These settings with another data kind, loss and output. */
    public Settings withData(TwoD kind, Loss newLoss, Activation newOutput) {
        Data d = new Data(kind, data.classes(), data.noise(), data.trainPercent(), data.seed(),
                data.standardize(), kind == null ? data.user() : null,
                kind == null && data.digits());
        return new Settings(d, net.with(net.layers(), net.activation(), newLoss, newOutput),
                training, view);
    }

    /** These settings with another weight seed. */
    public Settings withSeed(int newSeed) {
        return new Settings(data, net.withSeed(newSeed), training, view);
    }

    /** These settings with another data seed. */
    public Settings withDataSeed(int newSeed) {
        return new Settings(data.withSeed(newSeed), net, training, view);
    }

    /** The trainer's spec of these settings (shuffling with the weight seed). */
    TrainSpec trainSpec() {
        return training.spec(net.seed());
    }

    /** Whether {@code other} draws different data rows (so the network must start over). */
    boolean sameData(Settings other) {
        return data.equals(other.data);
    }

    /** Whether {@code other} builds the same network from the same seed. */
    boolean sameNetwork(Settings other) {
        return sameData(other) && net.equals(other.net);
    }

    /** Whether the delivery heatmap needs new axes. */
    boolean sameHeatmap(Settings other) {
        return view.heatX() == other.view.heatX() && view.heatY() == other.view.heatY();
    }

    @Override
    public String toString() {
        return SettingsHash.write(this);
    }
}
