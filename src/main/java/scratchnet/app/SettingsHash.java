package scratchnet.app;

import java.util.List;
import scratchnet.data.Task;
import scratchnet.data.TwoD;
import scratchnet.engine.Activation;
import scratchnet.engine.Loss;
import scratchnet.engine.Precision;
import scratchnet.format.HashCodec;
import scratchnet.format.HashReader;
import scratchnet.train.Schedule;

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
        Settings.Data d = s.data();
        Settings.Net n = s.net();
        Settings.Training t = s.training();
        Settings.View v = s.view();
        HashCodec.Writer w = new HashCodec.Writer();
        if (d.userData()) {
            w.word("data", HashCodec.USER).word("csv", d.user().id);
        } else if (d.digits()) {
            w.digits("data");
        } else {
            w.data("data", d.kind());
        }
        if (d.task() == Task.MULTICLASS && !d.digits()) {
            w.number("k", d.classes());
        }
        if (!d.digits()) {
            w.number("noise", d.noise());
        }
        w.number("train", d.trainPercent()).number("dseed", d.seed());
        if (d.delivery()) {
            w.flag("std", d.standardize());
        }
        if (d.kind() != null) {
            w.features("f", n.features());
        }
        w.integers("layers", n.layers()).choice("act", n.activation());
        if (n.mixed()) {
            w.activations("acts", n.activations());
        }
        w.choice("loss", n.loss()).choice("out", n.output()).choice("init", n.init())
                .number("lr", t.learningRate());
        writeSchedule(w, t.schedule());
        w.number("batch", t.batchSize())
                .choice("opt", t.optimizer()).choice("reg", t.penalty())
                .number("rate", t.penaltyRate()).number("dropout", n.dropout())
                .number("clip", t.clipNorm()).number("seed", n.seed())
                .flag("bn", n.batchNorm()).choice("prec", n.precision())
                .flag("twin", v.twin()).flag("test", v.showTest())
                .flag("discrete", v.discrete()).flag("ylog", v.logScale());
        if (d.delivery()) {
            w.number("hx", v.heatX()).number("hy", v.heatY());
        }
        return w.toString();
    }

    /**
     * The schedule's keys, only for a schedule that changes the rate: {@code sched}, the
     * parameters its shape uses ({@code gamma}, {@code period}, {@code floor}) and
     * {@code warmup} when there is one. A constant rate writes nothing, so links stay as they
     * were before schedules existed.
     */
    private static void writeSchedule(HashCodec.Writer w, Schedule s) {
        if (s.kind() == Schedule.Kind.CONSTANT && s.warmup() == 0) {
            return;
        }
        w.choice("sched", s.kind());
        if (s.kind() == Schedule.Kind.STEP || s.kind() == Schedule.Kind.EXPONENTIAL) {
            w.number("gamma", s.gamma());
        }
        if (s.kind() == Schedule.Kind.STEP || s.kind() == Schedule.Kind.COSINE) {
            w.number("period", s.period());
        }
        if (s.kind() == Schedule.Kind.COSINE) {
            w.number("floor", s.floor());
        }
        if (s.warmup() > 0) {
            w.number("warmup", s.warmup());
        }
    }

    /** The link keys of the parameters schedule shape {@code kind} uses, warm-up last. */
    public static String[] scheduleParams(Schedule.Kind kind) {
        switch (kind) {
            case STEP:
                return new String[] {"gamma", "period", "warmup"};
            case EXPONENTIAL:
                return new String[] {"gamma", "warmup"};
            case COSINE:
                return new String[] {"period", "floor", "warmup"};
            default:
                return new String[] {"warmup"};
        }
    }

    /**
     * The schedule of a link: a shape given without its parameters takes that shape's
     * defaults ({@link Settings#scheduleFor}), parameters not given keep their values.
     */
    private static Schedule readSchedule(HashReader r, Schedule current) {
        boolean given = r.has("sched");
        Schedule.Kind kind = r.schedule("sched", current.kind());
        Schedule base = kind == current.kind() ? current : Settings.scheduleFor(kind);
        double gamma = number(r, "gamma", base.gamma());
        int period = integer(r, "period", base.period());
        double floor = number(r, "floor", base.floor());
        int warmup = integer(r, "warmup", given && !r.has("warmup") && kind != current.kind()
                ? 0 : base.warmup());
        return new Schedule(kind, gamma, period, floor, warmup);
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
        return read(hash, current, null);
    }

    /**
     * As {@link #read(String, Settings)}, but a switch between 2-D points and the delivery
     * table starts from {@code remembered}, the settings last used on the data family switched
     * to (null: that data's defaults), and says in a message what changed, so nothing changes
     * behind the user's back.
     */
    public static Result read(String hash, Settings current, Settings remembered) {
        return read(hash, current, remembered, null);
    }

    /**
     * As {@link #read(String, Settings, Settings)}, with {@code available} the user's own data
     * loaded in this page (null if none): a link asking for own data ({@code data=csv&csv=id})
     * uses it when the fingerprints agree, and otherwise says plainly that the data is missing
     * and what is shown instead.
     */
    static Result read(String hash, Settings current, Settings remembered, UserData available) {
        HashReader r = new HashReader(hash);
        r.skip(Lesson.KEYS); // a lesson's keys: Session reads them from whole links
        Settings fallback = current == null ? Settings.defaults() : current;
        UserData currentUser = current == null ? null : current.data().user();
        UserData user = null;
        TwoD data;
        boolean digits = false;
        if (HashCodec.USER.equals(r.peek("data"))) {
            r.word("data");
            String id = r.word("csv");
            if (available != null && (id == null || id.equals(available.id))) {
                user = available;
                data = null;
            } else {
                user = currentUser;
                data = fallback.data().kind();
                r.report("This link trains on someone's own data (csv=" + (id == null ? "?"
                        : scratchnet.format.Excerpt.of(id)) + "), which "
                        + (available == null ? "this browser does not have"
                                : "is not the data loaded here (" + available.name + ", csv="
                                        + available.id + ")")
                        + ": load the same CSV file under Data → Your own data to see it. Until"
                        + " then this shows " + (user != null ? "your data (" + user.name + ")"
                                : HashCodec.name(data)) + " instead.");
            }
        } else {
            if (!r.has("data")) {
                user = currentUser;
            }
            data = r.data("data", fallback.data().kind(), fallback.data().digits());
            digits = data == null && user == null
                    && r.digits("data", fallback.data().digits());
            r.word("csv");
        }
        boolean userSwitch = data == null && (user != null || currentUser != null)
                && !java.util.Objects.equals(user, currentUser);
        Settings base = fallback;
        Settings.Family family = data != null ? Settings.Family.POINTS
                : digits ? Settings.Family.DIGITS : Settings.Family.DELIVERY;
        boolean familySwitch = current != null && family != current.family();
        if (user != null) {
            if (current == null || userSwitch) {
                base = Settings.userDefaults(user);
            }
        } else if (userSwitch) {
            base = remembered != null && remembered.delivery() && !remembered.data().userData()
                    ? remembered : Settings.deliveryDefaults();
        } else if (current == null || familySwitch
                || (data != null && data.task() != current.task())) {
            base = data == null ? Settings.defaultsOf(family) : Settings.defaultsFor(data);
            if (current != null && data != null
                    && current.family() == Settings.Family.POINTS) {
                base = current.withData(data, Settings.lossFor(data.task()),
                        Settings.lossFor(data.task()).defaultOutput());
            }
            if (familySwitch && remembered != null && remembered.family() == family
                    && !remembered.data().userData()) {
                base = data == null || data.task() == remembered.task() ? remembered
                        : remembered.withData(data, Settings.lossFor(data.task()),
                                Settings.lossFor(data.task()).defaultOutput());
                if (data != null) {
                    base = base.withData(data, base.net().loss(), base.net().output());
                }
            }
            if (familySwitch && !describe(current).equals(describe(base))) {
                r.report(switchTitle(family) + ": " + describe(base) + " (was "
                        + describe(current) + "). " + (remembered != null
                                && remembered.family() == family
                                ? "These are the settings you last used on this data; "
                                : "")
                        + "your settings for " + familyName(current.family())
                        + " come back when you switch back.");
            }
        }
        Settings.Data d = base.data();
        Settings.Net n = base.net();
        Settings.Training t = base.training();
        Settings.View v = base.view();
        // Read in the order of the canonical hash, so messages come in that order.
        Settings.Data drawn = new Settings.Data(data,
                integer(r, "k", d.classes()),
                integer(r, "noise", d.noise()),
                integer(r, "train", d.trainPercent()),
                integer(r, "dseed", d.seed()),
                r.flag("std", d.standardize()), user, digits);
        var features = r.features("f", n.features());
        int[] layers = r.integers("layers", n.layers(), 1, Settings.MAX_UNITS_TABLE,
                Settings.MAX_LAYERS);
        boolean actGiven = r.has("act");
        Activation act = r.activation("act", n.activation());
        Activation[] acts = r.activations("acts", HashCodec.name(act) + " for every layer");
        if (acts == null) {
            // "act" alone sets every layer; neither keeps each layer's own
            acts = actGiven ? null : n.activations();
        } else if (acts.length != layers.length) {
            r.report("acts names " + acts.length + " activation" + (acts.length == 1 ? "" : "s")
                    + " for " + layers.length + " hidden layer" + (layers.length == 1 ? "" : "s")
                    + "; " + (acts.length > layers.length ? "the extra ones are dropped."
                            : "the last one is repeated."));
        }
        Loss loss = r.loss("loss", n.loss());
        Activation out = r.activation("out", n.output());
        var init = r.init("init", n.init());
        double lr = number(r, "lr", t.learningRate());
        Schedule schedule = readSchedule(r, t.schedule());
        int batch = integer(r, "batch", t.batchSize());
        var opt = r.optimizer("opt", t.optimizer());
        var reg = r.penalty("reg", t.penalty());
        double rate = number(r, "rate", t.penaltyRate());
        double dropout = number(r, "dropout", n.dropout());
        double clip = number(r, "clip", t.clipNorm());
        int seed = integer(r, "seed", n.seed());
        boolean bn = r.flag("bn", n.batchNorm());
        Precision prec = r.precision("prec", n.precision());
        Settings s = new Settings(drawn,
                new Settings.Net(features, layers, act, loss, out, init, dropout, seed, acts, bn,
                        prec),
                new Settings.Training(lr, batch, opt, reg, rate, clip, schedule),
                new Settings.View(r.flag("test", v.showTest()), r.flag("discrete", v.discrete()),
                        r.flag("ylog", v.logScale()),
                        integer(r, "hx", v.heatX()),
                        integer(r, "hy", v.heatY()), r.flag("twin", v.twin())));
        return new Result(consistent(s, base, r), r.problems());
    }

    private static String switchTitle(Settings.Family family) {
        switch (family) {
            case DELIVERY:
                return "The delivery table has its own network";
            case DIGITS:
                return "The digits have their own network";
            default:
                return "Back on 2-D points";
        }
    }

    private static String familyName(Settings.Family family) {
        switch (family) {
            case DELIVERY:
                return "the delivery table";
            case DIGITS:
                return "the digits";
            default:
                return "2-D points";
        }
    }

    /** Integer setting {@code key} of the link, within its {@link Limits} range. */
    private static int integer(HashReader r, String key, int current) {
        Limits.Range range = Limits.range(key);
        return r.integer(key, current, (int) range.min(), (int) range.max());
    }

    /** Numeric setting {@code key} of the link, within its {@link Limits} range. */
    private static double number(HashReader r, String key, double current) {
        Limits.Range range = Limits.range(key);
        return r.number(key, current, range.min(), range.max());
    }

    /** Replaces values that contradict each other, reporting each replacement. */
    private static Settings consistent(Settings s, Settings base, HashReader r) {
        Settings.Net n = s.net();
        Activation act = n.activation();
        Activation baseAct = base.net().activation();
        if (act == Activation.SOFTMAX) {
            r.report("softmax is only for the output layer; hidden layers use "
                    + HashCodec.name(baseAct) + ".");
            act = baseAct == Activation.SOFTMAX ? Activation.TANH : baseAct;
        }
        Loss loss = n.loss();
        if (!suits(loss, s.task())) {
            Loss fix = Settings.lossFor(s.task());
            r.report("The " + HashCodec.name(loss) + " loss does not fit this data; using "
                    + HashCodec.name(fix) + ".");
            loss = fix;
        }
        Activation out = n.output();
        Activation required = loss.requiredOutput();
        if ((required != null && out != required)
                || (required == null && out == Activation.SOFTMAX)) {
            Activation fix = loss.defaultOutput();
            r.report("The " + HashCodec.name(loss) + " loss needs a " + HashCodec.name(fix)
                    + " output, not " + HashCodec.name(out) + ".");
            out = fix;
        }
        int[] layers = n.layers();
        for (int i = 0; i < layers.length; i++) {
            if (layers[i] > s.maxUnits()) {
                r.report("Layer " + (i + 1) + " had " + layers[i] + " units; this data allows "
                        + s.maxUnits() + ".");
                layers[i] = s.maxUnits();
            }
        }
        Settings.Training t = s.training();
        Schedule sc = t.schedule();
        if (sc.kind() == Schedule.Kind.COSINE && sc.floor() > t.learningRate()) {
            r.report("The cosine schedule's floor " + HashCodec.number(sc.floor())
                    + " is above the rate " + HashCodec.number(t.learningRate())
                    + "; the floor is set to the rate.");
            t = new Settings.Training(t.learningRate(), t.batchSize(), t.optimizer(),
                    t.penalty(), t.penaltyRate(), t.clipNorm(), new Schedule(sc.kind(),
                            sc.gamma(), sc.period(), t.learningRate(), sc.warmup()));
        }
        Settings.View v = s.view();
        // 2-D data keeps the delivery table's axes for when the table comes back
        int columns = s.delivery() ? s.data().tableFeatures() : Settings.DELIVERY_FEATURES;
        if (v.heatX() >= columns || v.heatY() >= columns) {
            r.report("The heatmap's features are columns 0 to " + (columns - 1) + " of this"
                    + " data; using the first " + (columns == 1 ? "one." : "two."));
            v = new Settings.View(v.showTest(), v.discrete(), v.logScale(), 0,
                    Math.min(1, columns - 1));
        } else if (s.delivery() && columns == 1) {
            v = new Settings.View(v.showTest(), v.discrete(), v.logScale(), 0, 0);
        } else if (v.heatX() == v.heatY()) {
            r.report("The heatmap needs two different features; using the first two.");
            v = new Settings.View(v.showTest(), v.discrete(), v.logScale(), 0, 1, v.twin());
        }
        return new Settings(s.data(), n.with(layers, act, loss, out), t, v);
    }

    /**
     * Why {@code loss} cannot be used on data of {@code task}, in words for a disabled menu
     * entry; "" when it can.
     */
    public static String lossUnfit(Loss loss, Task task) {
        if (suits(loss, task)) {
            return "";
        }
        switch (task) {
            case BINARY:
                return "two classes: use binary cross-entropy or mean squared error";
            case MULTICLASS:
                return "3 or more classes: only softmax cross-entropy";
            default:
                return "a number to predict: mean squared error or Huber";
        }
    }

    /** Why output {@code out} cannot follow {@code loss}; "" when it can. */
    public static String outputUnfit(Loss loss, Activation out) {
        Activation required = loss.requiredOutput();
        if (required != null && out != required) {
            return "this loss needs a " + HashCodec.name(required) + " output";
        }
        if (required == null && out == Activation.SOFTMAX) {
            return "softmax belongs with softmax cross-entropy";
        }
        return "";
    }

    /** "layers 4,2 · tanh · rate 0.03": what a switch between data families may change. */
    static String describe(Settings s) {
        StringBuilder b = new StringBuilder("layers ");
        int[] layers = s.net().layers();
        for (int i = 0; i < layers.length; i++) {
            b.append(i == 0 ? "" : ",").append(layers[i]);
        }
        if (layers.length == 0) {
            b.append("none");
        }
        return b.append(" · ").append(HashCodec.name(s.net().activation())).append(" · rate ")
                .append(HashCodec.number(s.training().learningRate())).toString();
    }

    private static boolean suits(Loss loss, Task task) {
        switch (task) {
            case BINARY:
                return loss == Loss.BCE || loss == Loss.MSE;
            case MULTICLASS:
                return loss == Loss.SOFTMAX_CE;
            default:
                return loss.realTargets();
        }
    }
}
