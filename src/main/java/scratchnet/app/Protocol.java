package scratchnet.app;

import java.util.Collections;
import java.util.List;
import scratchnet.data.TwoD;
import scratchnet.engine.Activation;
import scratchnet.engine.Loss;
import scratchnet.format.FormatException;
import scratchnet.format.HashCodec;
import scratchnet.format.JsonWriter;
import scratchnet.format.SettingsJson;
import scratchnet.labs.Fix;
import scratchnet.labs.Hint;
import scratchnet.labs.LabChart;
import scratchnet.labs.LabId;
import scratchnet.labs.Labs;
import scratchnet.train.Schedule;

/**
 * What crosses the bridge by name: the JSON texts the page parses with {@code JSON.parse}.
 * Every field name the page reads is written here (or, for the settings, by
 * {@link SettingsJson} from the canonical link), and {@code ProtocolTest} pins them. Big
 * numeric buffers (pixels, weights, series) do not come through here: they cross as arrays.
 *
 * <p>Numbers that are NaN or infinite cross as the strings "NaN", "Infinity", "-Infinity"
 * (see {@link JsonWriter}).
 */
public final class Protocol {
    private Protocol() {
    }

    /**
     * The playground's numbers of the latest refresh and the run's health: the {@link Stats}
     * fields, then diverged, firstNonFinite ({step, layer, text} or null), hint ({phenomenon,
     * lab (null when no lab explains it), value, threshold, layer, text: the sentence the
     * panel shows} or null), deadFraction and gradNorm (per layer with weights), and rate: the
     * learning rate the next step uses under the schedule; stepProgress: the share of the next
     * step done while steps go in parts over frames (0..1), null when they do not.
     */
    public static String stats(Session s) {
        JsonWriter w = new JsonWriter().beginObject();
        s.stats().write(w);
        w.field("diverged").bool(s.diverged());
        w.field("stepProgress");
        if (Double.isNaN(s.stepProgress())) {
            w.nul();
        } else {
            w.number(s.stepProgress());
        }
        double[] twin = s.twinLosses();
        w.field("twin");
        if (twin == null) {
            w.nul();
        } else {
            w.beginObject().field("step").number(twin[0]).field("trainLoss").number(twin[1])
                    .field("testLoss").number(twin[2]).endObject();
        }
        w.field("firstNonFinite");
        if (s.nonFiniteStep() < 0) {
            w.nul();
        } else {
            w.beginObject().field("step").number(s.nonFiniteStep())
                    .field("layer").number(s.nonFiniteLayer())
                    .field("text").string(s.nonFiniteText()).endObject();
        }
        w.field("hint");
        Hint h = s.finding();
        if (h == null) {
            w.nul();
        } else {
            w.beginObject().field("phenomenon").string(h.phenomenon().name()).field("lab");
            if (h.lab() == null) {
                w.nul();
            } else {
                w.string(h.lab().id());
            }
            w.field("value").number(h.value()).field("threshold").number(h.threshold())
                    .field("layer").number(h.layer())
                    .field("text").string(h.sentence(s.nonFiniteText())).endObject();
        }
        w.field("deadFraction").numbers(s.deadFraction());
        w.field("gradNorm").numbers(s.gradNorm());
        w.field("rate").number(s.effectiveRate());
        return w.endObject().toString();
    }

    /** The current settings, typed: the canonical link's keys and values (see SettingsJson). */
    public static String settings(Session s) {
        return SettingsJson.of(s.hash());
    }

    /**
     * Replaces all settings by those of a whole link; returns {messages, settings, hash}:
     * one sentence per value that was replaced, the settings now in force and their link.
     */
    public static String load(Session s, String hash) {
        return outcome(s, s.load(hash));
    }

    /**
     * Changes the settings a partial settings object names (e.g. {"lr": 0.1, "layers": [8,
     * 8]}), keeping the others; returns {messages, settings, hash} as {@link #load}.
     */
    public static String change(Session s, String json) {
        List<String> messages;
        try {
            messages = s.configure(SettingsJson.toHash(json));
        } catch (FormatException e) {
            messages = Collections.singletonList("These settings cannot be read ("
                    + e.getMessage() + "); nothing was changed.");
        }
        return outcome(s, messages);
    }

    /**
     * Back to the lesson's start (see {@link Session#restartLesson}); returns {messages,
     * settings, hash} as {@link #load}.
     */
    public static String restartLesson(Session s) {
        return outcome(s, s.restartLesson());
    }

    /** hash: the page's address, the settings' link followed by the lesson's keys. */
    private static String outcome(Session s, List<String> messages) {
        return new JsonWriter().beginObject()
                .field("messages").strings(messages.toArray(new String[0]))
                .field("settings").raw(SettingsJson.of(s.hash()))
                .field("hash").string(s.fullHash()).endObject().toString();
    }

    /**
     * Every limit and choice the page's controls offer: maxLayers, minUnits, newLayerUnits,
     * maxUnits (by data name), ranges ({min, max} by link key), learningRates (the presets),
     * speeds ([{steps, label}], steps per frame, 0 = full speed), defaultSpeed (steps per
     * frame the page starts at), recentEpochs (the loss chart's recent window),
     * choices (the names each menu may offer, by link key) and tableData (the data name of the
     * tabular set, whose controls differ), imageData (the data name of the digits, whose views
     * differ).
     */
    public static String limits() {
        JsonWriter w = new JsonWriter().beginObject()
                .field("maxLayers").number(Settings.MAX_LAYERS)
                .field("minUnits").number(Limits.MIN_UNITS)
                .field("newLayerUnits").number(Limits.NEW_LAYER_UNITS);
        w.field("maxUnits").beginObject();
        for (TwoD kind : TwoD.values()) {
            w.field(HashCodec.name(kind)).number(Settings.defaultsFor(kind).maxUnits());
        }
        w.field(HashCodec.DELIVERY).number(Settings.defaultsFor(null).maxUnits());
        w.field(HashCodec.DIGITS).number(Settings.digitsDefaults().maxUnits());
        w.field(HashCodec.USER).number(Settings.MAX_UNITS_TABLE).endObject();
        w.field("ranges").beginObject();
        for (Limits.Range r : Limits.RANGES) {
            w.field(r.key()).beginObject().field("min").number(r.min())
                    .field("max").number(r.max()).endObject();
        }
        w.endObject();
        w.field("learningRates").numbers(Limits.LEARNING_RATES);
        w.field("speeds").beginArray();
        for (int steps : Limits.SPEEDS) {
            w.beginObject().field("steps").number(steps).field("label").string(steps == 0
                    ? "full speed" : "up to " + steps + (steps == 1 ? " step" : " steps") + " / frame")
                    .endObject();
        }
        w.endArray();
        w.field("defaultSpeed").number(Limits.DEFAULT_SPEED);
        w.field("recentEpochs").number(Limits.RECENT_EPOCHS);
        w.field("choices").beginObject()
                .field("data").strings(dataChoices())
                .field("f").strings(HashCodec.featureNames())
                .field("act").strings(HashCodec.activationNames(true))
                .field("loss").strings(HashCodec.lossNames())
                .field("out").strings(HashCodec.activationNames(false))
                .field("init").strings(HashCodec.initNames())
                .field("opt").strings(HashCodec.optimizerNames())
                .field("reg").strings(HashCodec.penaltyNames())
                .field("sched").strings(HashCodec.scheduleNames())
                .field("prec").strings(HashCodec.precisionNames()).endObject();
        w.field("tableData").string(HashCodec.DELIVERY);
        w.field("imageData").string(HashCodec.DIGITS);
        w.field("scheduleParams").beginObject();
        for (Schedule.Kind k : Schedule.Kind.values()) {
            w.field(HashCodec.name(k)).strings(SettingsHash.scheduleParams(k));
        }
        w.endObject();
        w.field("userData");
        CsvUpload.limits(w);
        unfit(w);
        return w.endObject().toString();
    }

    /** The data menu's names: the built-in data, then your own. */
    private static String[] dataChoices() {
        String[] builtIn = HashCodec.dataNames();
        String[] out = java.util.Arrays.copyOf(builtIn, builtIn.length + 1);
        out[builtIn.length] = HashCodec.USER;
        return out;
    }

    /**
     * Why a menu entry cannot be chosen, for the page to disable it with the reason:
     * {unfit: {loss: {data name: {loss name: reason}}, out: {loss name: {output name: reason}}}},
     * listing only entries that cannot be used.
     */
    private static void unfit(JsonWriter w) {
        w.field("unfit").beginObject().field("loss").beginObject();
        TwoD[] kinds = java.util.Arrays.copyOf(TwoD.values(), TwoD.values().length + 1);
        for (TwoD kind : kinds) { // the last, null, is the delivery table
            scratchnet.data.Task task = kind == null ? scratchnet.data.Task.REGRESSION : kind.task();
            w.field(HashCodec.name(kind)).beginObject();
            for (Loss loss : Loss.values()) {
                String why = SettingsHash.lossUnfit(loss, task);
                if (!why.isEmpty()) {
                    w.field(HashCodec.name(loss)).string(why);
                }
            }
            w.endObject();
        }
        w.field(HashCodec.DIGITS).beginObject();
        for (Loss loss : Loss.values()) {
            String why = SettingsHash.lossUnfit(loss, scratchnet.data.Task.MULTICLASS);
            if (!why.isEmpty()) {
                w.field(HashCodec.name(loss)).string(why);
            }
        }
        w.endObject();
        w.endObject().field("out").beginObject();
        for (Loss loss : Loss.values()) {
            w.field(HashCodec.name(loss)).beginObject();
            for (Activation a : Activation.values()) {
                String why = SettingsHash.outputUnfit(loss, a);
                if (!why.isEmpty()) {
                    w.field(HashCodec.name(a)).string(why);
                }
            }
            w.endObject();
        }
        w.endObject().endObject();
    }

    /**
     * Every lab, in menu order: {labs: [{id, title, shortTitle, link, fixable, fixes: [{id,
     * label, link}], charts: [{id, title}], shared: [{id, title}]}], watching: [the playground's
     * checks, one line each, see Hint#watching]}. {@code fixable} is false for gd-variants,
     * whose "fixes" are the variants it runs side by side.
     */
    public static String labCatalog() {
        JsonWriter w = new JsonWriter().beginObject().field("labs").beginArray();
        for (LabId id : LabId.values()) {
            w.beginObject().field("id").string(id.id()).field("title").string(id.title())
                    .field("shortTitle").string(id.shortTitle())
                    .field("link").string(LabNames.link(id))
                    .field("fixable").bool(id != LabId.GD_VARIANTS);
            w.field("fixes").beginArray();
            for (Fix f : Labs.of(id).fixes()) {
                w.beginObject().field("id").string(LabNames.name(f))
                        .field("label").string(f.label())
                        .field("link").string(LabNames.link(id, f)).endObject();
            }
            w.endArray();
            charts(w.field("charts"), id.charts());
            charts(w.field("shared"), id.shared());
            w.endObject();
        }
        return w.endArray().field("watching").strings(Hint.watching()).endObject().toString();
    }

    private static void charts(JsonWriter w, LabChart[] charts) {
        w.beginArray();
        for (LabChart c : charts) {
            w.beginObject().field("id").string(LabNames.name(c)).field("title").string(c.title())
                    .endObject();
        }
        w.endArray();
    }

    /**
     * gd-variants' timing: {epochs, repeats, next (the run to time next, −1 when done), runs:
     * [{name, timed, medianMs}], sentence}.
     */
    public static String labTiming(LabSession l) {
        JsonWriter w = new JsonWriter().beginObject()
                .field("epochs").number(scratchnet.labs.GdVariants.TIMING_EPOCHS)
                .field("repeats").number(scratchnet.labs.GdVariants.TIMING_REPEATS)
                .field("next").number(l.timingNext())
                .field("runs").beginArray();
        for (int r = 0; r < l.runs(); r++) {
            w.beginObject().field("name").string(l.runName(r)).field("timed")
                    .number(l.timedCount(r)).field("medianMs").number(l.timedMedian(r))
                    .endObject();
        }
        return w.endArray().field("sentence").string(l.timingSentence()).endObject().toString();
    }

    /** The labs page's open lab: {lab, fix, runs: [run names], finished}. */
    public static String labState(LabSession l) {
        return labState(new JsonWriter().beginObject(), l).endObject().toString();
    }

    private static JsonWriter labState(JsonWriter w, LabSession l) {
        String[] names = new String[l.runs()];
        for (int r = 0; r < names.length; r++) {
            names[r] = l.runName(r);
        }
        return w.field("lab").string(l.lab()).field("fix").string(l.fix())
                .field("runs").strings(names).field("finished").bool(l.finished());
    }

    /**
     * Opens the lab and fix of a labs-page link (see {@link LabSession#openLink}); returns
     * {messages, lab, fix, runs, finished}, the state as {@link #labState}.
     */
    public static String labOpen(LabSession l, String hash) {
        return labOutcome(l, l.openLink(hash));
    }

    /** Opens lab {@code id} with its first fix; returns what {@link #labOpen} does. */
    public static String labLoad(LabSession l, String id) {
        return labOutcome(l, l.load(id));
    }

    /** Applies fix {@code id} and restarts the runs; returns what {@link #labOpen} does. */
    public static String labApplyFix(LabSession l, String id) {
        return labOutcome(l, l.applyFix(id));
    }

    private static String labOutcome(LabSession l, List<String> messages) {
        JsonWriter w = new JsonWriter().beginObject()
                .field("messages").strings(messages.toArray(new String[0]));
        return labState(w, l).endObject().toString();
    }

    /**
     * Run {@code r}'s key numbers by name (see {@link LabSession#figures}); the flags
     * finished, nonFinite, stopped and present as booleans, and firstNonFinite as {step, layer,
     * index, value, quantity, lastFiniteStep, lastFiniteLoss, lastFiniteGradNorm} or null.
     */
    public static String labFigures(LabSession l, int r) {
        double[] f = l.figures(r);
        JsonWriter w = new JsonWriter().beginObject()
                .field("epoch").number(f[LabSession.EPOCH])
                .field("epochs").number(f[LabSession.EPOCHS])
                .field("step").number(f[LabSession.STEP])
                .field("stepsPerEpoch").number(f[LabSession.STEPS_PER_EPOCH])
                .field("trainLoss").number(f[LabSession.TRAIN_LOSS])
                .field("testLoss").number(f[LabSession.TEST_LOSS])
                .field("batchLoss").number(f[LabSession.BATCH_LOSS])
                .field("finished").bool(f[LabSession.FINISHED] == 1)
                .field("nonFinite").bool(f[LabSession.NON_FINITE] == 1)
                .field("bestEpoch").number(f[LabSession.BEST_EPOCH])
                .field("stopped").bool(f[LabSession.STOPPED] == 1)
                .field("symptom").number(f[LabSession.SYMPTOM])
                .field("threshold").number(f[LabSession.THRESHOLD])
                .field("present").bool(f[LabSession.PRESENT] == 1)
                .field("symptomLayer").number(f[LabSession.SYMPTOM_LAYER])
                .field("wallMs").number(f[LabSession.WALL_MS])
                .field("startLoss").number(f[LabSession.START_LOSS])
                .field("maxDead").number(f[LabSession.MAX_DEAD])
                .field("maxDeadLayer").number(f[LabSession.MAX_DEAD_LAYER])
                .field("gradRatio").number(f[LabSession.GRAD_RATIO])
                .field("learningRate").number(f[LabSession.LEARNING_RATE])
                .field("trainRows").number(f[LabSession.TRAIN_ROWS])
                .field("endTrainLoss").number(f[LabSession.END_TRAIN_LOSS])
                .field("endTestLoss").number(f[LabSession.END_TEST_LOSS])
                .field("testMae").number(f[LabSession.TEST_MAE])
                .field("baselineMae").number(f[LabSession.BASELINE_MAE])
                .field("unit").string(l.unit())
                .field("verdict").string(l.verdict(r));
        double[] n = l.nonFinite(r);
        w.field("firstNonFinite");
        if (n.length == 0) {
            w.nul();
        } else {
            w.beginObject().field("step").number(n[0]).field("layer").number(n[1])
                    .field("index").number(n[2]).field("value").number(n[3])
                    .field("quantity").string(l.nonFiniteQuantity(r))
                    .field("lastFiniteStep").number(n[4]).field("lastFiniteLoss").number(n[5])
                    .field("lastFiniteGradNorm").number(n[6]).endObject();
        }
        return w.endObject().toString();
    }
}
