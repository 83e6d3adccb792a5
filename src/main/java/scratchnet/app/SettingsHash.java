package scratchnet.app;

import java.util.List;
import scratchnet.data.Task;
import scratchnet.data.TwoD;
import scratchnet.engine.Activation;
import scratchnet.engine.Loss;
import scratchnet.format.HashCodec;
import scratchnet.format.HashReader;

/**
 * Which hash key holds which {@link Settings} component, and the checks that span several
 * components (a loss must suit the task, an output must suit the loss). Names of values live
 * in {@link HashCodec}; this class only lays the settings out.
 */
public final class SettingsHash {
    /** Largest seed a link may carry. */
    static final int MAX_SEED = 999_999_999;

    private SettingsHash() {
    }

    /**
     * Settings read from {@code hash} and the messages about values that were replaced.
     *
     * @param settings always valid
     * @param problems one user-facing sentence per replaced or ignored value
     */
    public record Result(Settings settings, List<String> problems) {
    }

    /** The canonical hash of {@code s}. */
    public static String write(Settings s) {
        HashCodec.Writer w = new HashCodec.Writer().data("data", s.data());
        if (s.task() == Task.MULTICLASS) {
            w.number("k", s.classes());
        }
        w.number("noise", s.noise()).number("train", s.trainPercent())
                .number("dseed", s.dataSeed());
        if (!s.delivery()) {
            w.features("f", s.features());
        }
        w.integers("layers", s.layers()).choice("act", s.activation()).choice("loss", s.loss())
                .choice("out", s.output()).choice("init", s.init())
                .number("lr", s.learningRate()).number("batch", s.batchSize())
                .choice("opt", s.optimizer()).choice("reg", s.penalty())
                .number("rate", s.penaltyRate()).number("dropout", s.dropout())
                .number("clip", s.clipNorm()).number("seed", s.seed())
                .flag("test", s.showTest()).flag("discrete", s.discrete())
                .flag("ylog", s.logScale());
        if (s.delivery()) {
            w.number("hx", s.heatX()).number("hy", s.heatY());
        }
        return w.toString();
    }

    /** Settings from a whole link: every key not given takes the default for its data. */
    public static Result read(String hash) {
        return read(hash, null);
    }

    /**
     * Settings from {@code hash} on top of {@code current} (null = defaults): keys not given keep
     * their current values, except that changing between 2-D and delivery data, or to data of
     * another task, starts from that data's defaults.
     */
    public static Result read(String hash, Settings current) {
        HashReader r = new HashReader(hash);
        Settings fallback = current == null ? Settings.defaults() : current;
        TwoD data = r.data("data", fallback.data());
        Settings base = fallback;
        if (current == null || (data == null) != current.delivery()
                || (data != null && data.task() != current.task())) {
            base = Settings.defaultsFor(data);
            if (current != null && data != null && !current.delivery()) {
                base = current.with(data, Settings.lossFor(data.task()),
                        Settings.lossFor(data.task()).defaultOutput());
            }
        }
        Settings s = new Settings(data, r.integer("k", base.classes(), TwoD.DEFAULT_CLASSES,
                TwoD.MAX_CLASSES), r.integer("noise", base.noise(), 0, (int) TwoD.MAX_NOISE),
                r.integer("train", base.trainPercent(), 10, 90),
                r.integer("dseed", base.dataSeed(), 0, MAX_SEED),
                r.features("f", base.features()),
                r.integers("layers", base.layers(), 1, Settings.MAX_UNITS_TABLE,
                        Settings.MAX_LAYERS),
                r.activation("act", base.activation()), r.loss("loss", base.loss()),
                r.activation("out", base.output()), r.init("init", base.init()),
                r.number("lr", base.learningRate(), 1e-7, 100),
                r.integer("batch", base.batchSize(), 1, 100_000),
                r.optimizer("opt", base.optimizer()), r.penalty("reg", base.penalty()),
                r.number("rate", base.penaltyRate(), 0, 10),
                r.number("dropout", base.dropout(), 0, 0.9),
                r.number("clip", base.clipNorm(), 0, 1e6),
                r.integer("seed", base.seed(), 0, MAX_SEED), r.flag("test", base.showTest()),
                r.flag("discrete", base.discrete()), r.flag("ylog", base.logScale()),
                r.integer("hx", base.heatX(), 0, Settings.DELIVERY_FEATURES - 1),
                r.integer("hy", base.heatY(), 0, Settings.DELIVERY_FEATURES - 1));
        return new Result(consistent(s, base, r), r.problems());
    }

    /** Replaces values that contradict each other, reporting each replacement. */
    private static Settings consistent(Settings s, Settings base, HashReader r) {
        Activation act = s.activation();
        if (act == Activation.SOFTMAX) {
            r.report("softmax is only for the output layer; hidden layers use "
                    + HashCodec.name(base.activation()) + ".");
            act = base.activation() == Activation.SOFTMAX ? Activation.TANH : base.activation();
        }
        Loss loss = s.loss();
        if (!suits(loss, s.task())) {
            Loss fix = Settings.lossFor(s.task());
            r.report("The " + HashCodec.name(loss) + " loss does not fit this data; using "
                    + HashCodec.name(fix) + ".");
            loss = fix;
        }
        Activation out = s.output();
        Activation required = loss.requiredOutput();
        if ((required != null && out != required)
                || (required == null && out == Activation.SOFTMAX)) {
            Activation fix = loss.defaultOutput();
            r.report("The " + HashCodec.name(loss) + " loss needs a " + HashCodec.name(fix)
                    + " output, not " + HashCodec.name(out) + ".");
            out = fix;
        }
        int[] layers = s.layers();
        for (int i = 0; i < layers.length; i++) {
            if (layers[i] > s.maxUnits()) {
                r.report("Layer " + (i + 1) + " had " + layers[i] + " units; this data allows "
                        + s.maxUnits() + ".");
                layers[i] = s.maxUnits();
            }
        }
        int hx = s.heatX();
        int hy = s.heatY();
        if (hx == hy) {
            r.report("The heatmap needs two different features; using the first two.");
            hx = 0;
            hy = 1;
        }
        return new Settings(s.data(), s.classes(), s.noise(), s.trainPercent(), s.dataSeed(),
                s.features(), layers, act, loss, out, s.init(), s.learningRate(), s.batchSize(),
                s.optimizer(), s.penalty(), s.penaltyRate(), s.dropout(), s.clipNorm(), s.seed(),
                s.showTest(), s.discrete(), s.logScale(), hx, hy);
    }

    private static boolean suits(Loss loss, Task task) {
        switch (task) {
            case BINARY:
                return loss == Loss.BCE || loss == Loss.MSE;
            case MULTICLASS:
                return loss == Loss.SOFTMAX_CE;
            default:
                return loss == Loss.MSE;
        }
    }
}
