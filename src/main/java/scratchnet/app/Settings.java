package scratchnet.app;

import java.util.EnumSet;
import java.util.Set;
import scratchnet.data.Feature;
import scratchnet.data.Task;
import scratchnet.data.TwoD;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.Penalty;
import scratchnet.train.OptimizerKind;

/**
 * Every setting of a playground run, as one value. A URL hash holds exactly these (see
 * {@link SettingsHash}), so a link reproduces the run.
 *
 * @param data 2-D generator, or null for the tutorial's delivery-time table
 * @param classes K for the K-class generators (3..5)
 * @param noise noise percentage 0..50 (2-D data)
 * @param trainPercent share of rows used for training, 10..90
 * @param dataSeed seed of the data draw and split ("regenerate" changes it)
 * @param features input features for 2-D data (never empty)
 * @param layers units per hidden layer, 0..6 layers
 * @param activation hidden-layer activation
 * @param loss what training minimises; must suit the data's task
 * @param output output activation; must suit the loss
 * @param init weight initialiser
 * @param learningRate step size, &gt; 0
 * @param batchSize rows per step; ≥ the training rows means full batch
 * @param optimizer update rule
 * @param penalty L1/L2 weight penalty kind
 * @param penaltyRate λ of the penalty
 * @param dropout probability of dropping a hidden unit while training, 0..0.9
 * @param clipNorm largest global gradient norm, 0 = no clipping
 * @param seed seed of the weights, batch order and dropout ("reset" may change it)
 * @param showTest whether test points are drawn
 * @param discrete whether the output heatmap shows only the decided class
 * @param logScale whether the loss chart has a logarithmic axis
 * @param heatX delivery feature on the heatmap's horizontal axis
 * @param heatY delivery feature on the heatmap's vertical axis
 */
public record Settings(TwoD data, int classes, int noise, int trainPercent, int dataSeed,
        Set<Feature> features, int[] layers, Activation activation, Loss loss, Activation output,
        Init init, double learningRate, int batchSize, OptimizerKind optimizer,
        Penalty.Kind penalty, double penaltyRate, double dropout, double clipNorm, int seed,
        boolean showTest, boolean discrete, boolean logScale, int heatX, int heatY) {
    /** Most hidden layers. */
    public static final int MAX_LAYERS = 6;
    /** Most units per hidden layer for 2-D data (as on TensorFlow Playground). */
    public static final int MAX_UNITS_2D = 8;
    /** Most units per hidden layer for the tabular delivery data. */
    public static final int MAX_UNITS_TABLE = 64;
    /** Columns of the delivery table. */
    public static final int DELIVERY_FEATURES = 4;

    /** Copies the mutable components so a Settings value never changes. */
    public Settings {
        features = EnumSet.copyOf(features);
        layers = layers.clone();
    }

    /** TensorFlow Playground's opening run: circle, x1 and x2, 4-2 tanh, rate 0.03, batch 10. */
    public static Settings defaults() {
        return new Settings(TwoD.CIRCLE, 3, 0, 50, 1, EnumSet.of(Feature.X1, Feature.X2),
                new int[] {4, 2}, Activation.TANH, Loss.BCE, Activation.SIGMOID, Init.XAVIER,
                0.03, 10, OptimizerKind.SGD, Penalty.Kind.NONE, 0.001, 0, 0, 1, false, false,
                false, 0, 1);
    }

    /**
     * The tutorial's delivery-time run: 4-16-8-1 ReLU with He weights, linear output and MSE,
     * rate 0.005, batches of 64, 80 % of the rows for training.
     */
    public static Settings deliveryDefaults() {
        return new Settings(null, 3, 0, 80, 1, EnumSet.of(Feature.X1, Feature.X2),
                new int[] {16, 8}, Activation.RELU, Loss.MSE, Activation.LINEAR, Init.HE, 0.005,
                64, OptimizerKind.SGD, Penalty.Kind.NONE, 0.001, 0, 0, 1, true, false, false, 0,
                2);
    }

    /** Defaults suited to data of {@code kind} (null = delivery). */
    public static Settings defaultsFor(TwoD kind) {
        if (kind == null) {
            return deliveryDefaults();
        }
        Settings d = defaults();
        Loss loss = lossFor(kind.task());
        return d.with(kind, loss, loss.defaultOutput());
    }

    /** Whether this run uses the delivery table rather than 2-D points. */
    public boolean delivery() {
        return data == null;
    }

    /** What the target encodes. */
    public Task task() {
        return data == null ? Task.REGRESSION : data.task();
    }

    /** Most units a hidden layer may have for this data. */
    public int maxUnits() {
        return delivery() ? MAX_UNITS_TABLE : MAX_UNITS_2D;
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

    /** These settings with another data kind, loss and output. */
    public Settings with(TwoD kind, Loss newLoss, Activation newOutput) {
        return new Settings(kind, classes, noise, trainPercent, dataSeed, features, layers,
                activation, newLoss, newOutput, init, learningRate, batchSize, optimizer, penalty,
                penaltyRate, dropout, clipNorm, seed, showTest, discrete, logScale, heatX, heatY);
    }

    /** These settings with another weight seed. */
    public Settings withSeed(int newSeed) {
        return new Settings(data, classes, noise, trainPercent, dataSeed, features, layers,
                activation, loss, output, init, learningRate, batchSize, optimizer, penalty,
                penaltyRate, dropout, clipNorm, newSeed, showTest, discrete, logScale, heatX,
                heatY);
    }

    /** These settings with another data seed. */
    public Settings withDataSeed(int newSeed) {
        return new Settings(data, classes, noise, trainPercent, newSeed, features, layers,
                activation, loss, output, init, learningRate, batchSize, optimizer, penalty,
                penaltyRate, dropout, clipNorm, seed, showTest, discrete, logScale, heatX, heatY);
    }

    /** Whether {@code other} draws different data rows (so the network must start over). */
    boolean sameData(Settings other) {
        return data == other.data && classes == other.classes && noise == other.noise
                && trainPercent == other.trainPercent && dataSeed == other.dataSeed;
    }

    /** Whether {@code other} builds the same network from the same seed. */
    boolean sameNetwork(Settings other) {
        return sameData(other) && features.equals(other.features)
                && java.util.Arrays.equals(layers, other.layers) && activation == other.activation
                && loss == other.loss && output == other.output && init == other.init
                && dropout == other.dropout && seed == other.seed;
    }

    /** Whether the delivery heatmap needs new axes. */
    boolean sameHeatmap(Settings other) {
        return heatX == other.heatX && heatY == other.heatY;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Settings s && sameNetwork(s) && sameHeatmap(s)
                && learningRate == s.learningRate && batchSize == s.batchSize
                && optimizer == s.optimizer && penalty == s.penalty
                && penaltyRate == s.penaltyRate && clipNorm == s.clipNorm
                && showTest == s.showTest && discrete == s.discrete && logScale == s.logScale;
    }

    @Override
    public int hashCode() {
        return SettingsHash.write(this).hashCode();
    }

    @Override
    public String toString() {
        return SettingsHash.write(this);
    }
}
