package scratchnet.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import scratchnet.data.TwoD;
import scratchnet.format.Excerpt;
import scratchnet.format.HashCodec;
import scratchnet.format.JsonWriter;
import scratchnet.train.Schedule;

/**
 * Teacher mode: what a lesson link adds to the settings. {@code hide=lr,act} hides controls,
 * {@code lock=data,layers} shows them but keeps their values, {@code prompt=…} is the teacher's
 * text shown above the page. The session also keeps the lesson's start (the settings the link
 * opened with) so a student can go back to it.
 *
 * <p>A control is named by its link key (every key of {@link SettingsHash#write}, e.g. lr, act,
 * layers, f for the input features) or by one of {@link #PAGE_CONTROLS} (buttons and menus
 * that are not settings). Hiding or locking is for teaching, not security: the console API
 * still works, but the session itself keeps a locked setting's value (see
 * {@link Session#configure}).
 *
 * @param hidden controls hidden, in the link's order
 * @param locked controls locked, in the link's order
 * @param prompt the teacher's text ("" none)
 */
public record Lesson(List<String> hidden, List<String> locked, String prompt) {
    /** The link keys a lesson uses. */
    static final String[] KEYS = {"hide", "lock", "prompt"};
    /** Longest prompt kept, in characters. */
    static final int MAX_PROMPT = 600;
    /** No lesson: nothing hidden or locked, no prompt. */
    static final Lesson NONE = new Lesson(List.of(), List.of(), "");

    /** Controls that are not settings, by name: what each one is on the page. */
    static final Map<String, String> PAGE_CONTROLS = pageControls();

    /** What the settings' link keys are called on the page, for messages and the lesson box. */
    static final Map<String, String> SETTING_NAMES = settingNames();

    private static Map<String, String> settingNames() {
        Map<String, String> m = new LinkedHashMap<>();
        String[] pairs = {"data", "the dataset", "k", "the number of classes", "noise", "the noise",
            "train", "the training share", "dseed", "the data seed", "std", "standardisation",
            "f", "the input features", "layers", "the hidden layers", "act", "the activation",
            "acts", "each hidden layer's activation",
            "loss", "the loss", "out", "the output activation", "init", "the initialisation",
            "lr", "the learning rate", "sched", "the rate schedule", "gamma",
            "the schedule's factor", "period", "the schedule's period", "floor",
            "the cosine schedule's floor", "warmup", "the warm-up steps", "batch", "the batch size", "opt", "the optimizer",
            "reg", "the regularisation", "rate", "the regularisation rate",
            "dropout", "the dropout", "clip", "the gradient clipping", "seed", "the weight seed",
            "test", "Show test data", "discrete", "Discretise output",
            "ylog", "the loss chart's log scale", "hx", "the heatmap's x feature",
            "hy", "the heatmap's y feature"};
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** What control {@code key} is called on the page (a key without a name: the key). */
    static String nameOf(String key) {
        return PAGE_CONTROLS.getOrDefault(key, SETTING_NAMES.getOrDefault(key, key));
    }

    private static Map<String, String> pageControls() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("play", "the Play button (and the space key)");
        m.put("step", "the Step button (and the → key)");
        m.put("epoch", "the Epoch button");
        m.put("reset", "the Reset button (and the r key)");
        m.put("reseed", "the New seed button");
        m.put("regenerate", "the Regenerate button");
        m.put("speed", "the speed menu and Full speed");
        m.put("learn", "the Learn button");
        m.put("race", "the Race button (the optimizer race)");
        m.put("labs", "the Labs menu");
        return Collections.unmodifiableMap(m);
    }

    /** Whether this lesson changes anything on the page. */
    boolean active() {
        return !hidden.isEmpty() || !locked.isEmpty() || !prompt.isEmpty();
    }

    /** Whether setting or control {@code key} is locked (act also locks acts). */
    boolean locks(String key) {
        return lockedAll().contains(key);
    }

    /** The locked controls with those they imply: act, every layer's activation, implies acts. */
    List<String> lockedAll() {
        return withImplied(locked);
    }

    private static List<String> withImplied(List<String> names) {
        if (!names.contains("act") || names.contains("acts")) {
            return names;
        }
        List<String> out = new ArrayList<>(names);
        out.add("acts");
        return List.copyOf(out);
    }

    /**
     * The lesson keys of a whole link; each name that is no control, and a prompt that was
     * cut, adds a sentence to {@code problems}.
     */
    static Lesson read(String hash, List<String> problems) {
        Map<String, String> pairs;
        try {
            pairs = HashCodec.pairs(hash);
        } catch (RuntimeException e) {
            return NONE; // SettingsHash already said the link could not be read
        }
        Set<String> known = controls();
        List<String> hidden = names(pairs.get("hide"), "hide", known, problems);
        List<String> locked = names(pairs.get("lock"), "lock", known, problems);
        String prompt = pairs.getOrDefault("prompt", "").strip();
        if (prompt.length() > MAX_PROMPT) {
            problems.add("The lesson's prompt has " + prompt.length() + " characters; the first "
                    + MAX_PROMPT + " are shown.");
            prompt = prompt.substring(0, MAX_PROMPT);
        }
        return new Lesson(hidden, locked, prompt);
    }

    private static List<String> names(String value, String key, Set<String> known,
            List<String> problems) {
        if (value == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (String name : value.split(",")) {
            String n = name.strip();
            if (n.isEmpty()) {
                continue;
            }
            if (known.contains(n)) {
                out.add(n);
            } else {
                problems.add(key + "=" + Excerpt.of(n) + " names no control; the controls are "
                        + String.join(", ", known) + ".");
            }
        }
        return List.copyOf(out);
    }

    /** Every name a lesson may hide or lock: the settings' link keys, then the page's controls. */
    static Set<String> controls() {
        Set<String> out = new LinkedHashSet<>();
        List<Settings> samples = new ArrayList<>();
        samples.add(Settings.defaults());
        for (TwoD kind : TwoD.values()) {
            samples.add(Settings.defaultsFor(kind));
        }
        samples.add(Settings.defaultsFor(null));
        Settings d = Settings.defaults();
        for (Schedule.Kind kind : Schedule.Kind.values()) {
            // a network with layers of their own and each schedule shape, for their keys
            Settings.Training t = d.training();
            samples.add(new Settings(d.data(), d.net().withActivations(
                    new scratchnet.engine.Activation[] {scratchnet.engine.Activation.RELU,
                        d.net().activation()}), new Settings.Training(t.learningRate(),
                    t.batchSize(), t.optimizer(), t.penalty(), t.penaltyRate(), t.clipNorm(),
                    Schedule.defaultFor(kind).withWarmup(1)), d.view()));
        }
        for (Settings s : samples) {
            out.addAll(HashCodec.pairs(SettingsHash.write(s)).keySet());
        }
        out.addAll(PAGE_CONTROLS.keySet());
        return out;
    }

    /** The lesson's own link keys, to follow the settings' link ("" with no lesson). */
    String suffix() {
        StringBuilder b = new StringBuilder();
        if (!hidden.isEmpty()) {
            b.append("&hide=").append(String.join(",", hidden));
        }
        if (!locked.isEmpty()) {
            b.append("&lock=").append(String.join(",", locked));
        }
        if (!prompt.isEmpty()) {
            b.append("&prompt=").append(HashCodec.encode(prompt));
        }
        return b.toString();
    }

    /**
     * {active, prompt, hide, lock, start, controls}: start is the link of the lesson's first
     * settings ("" with no lesson), controls every name a lesson may use with what it is called
     * on the page.
     */
    String json(String start) {
        JsonWriter w = new JsonWriter().beginObject()
                .field("active").bool(active())
                .field("prompt").string(prompt)
                .field("hide").strings(withImplied(hidden).toArray(new String[0]))
                .field("lock").strings(lockedAll().toArray(new String[0]))
                .field("start").string(active() ? start : "")
                .field("controls").beginObject();
        for (String name : controls()) {
            w.field(name).string(nameOf(name));
        }
        return w.endObject().endObject().toString();
    }
}
