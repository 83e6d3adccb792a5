package scratchnet.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import scratchnet.data.Feature;
import scratchnet.data.TwoD;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.Penalty;
import scratchnet.train.OptimizerKind;

/**
 * Reads typed values from a playground hash (see {@link HashCodec}), collecting one message for
 * every value it had to replace: each getter takes the caller's default and returns it, with a
 * message saying what was wrong and what was expected, when the hash gives a value that is
 * malformed, out of range or unknown. Keys no getter asked for are reported as unknown.
 */
public final class HashReader {
    private final Map<String, String> pairs;
    private final Set<String> read = new java.util.HashSet<>();
    private final List<String> problems = new ArrayList<>();

    /** A reader over {@code hash}; a malformed hash is reported and read as empty. */
    public HashReader(String hash) {
        Map<String, String> p;
        try {
            p = HashCodec.pairs(hash);
        } catch (FormatException e) {
            problems.add("The link could not be read (" + Excerpt.of(e.getMessage(), 200)
                    + "); all settings are at their defaults.");
            p = Collections.emptyMap();
        }
        this.pairs = p;
    }

    /** Marks {@code keys} as read by another reader, so they are not reported as unknown. */
    public void skip(String... keys) {
        for (String key : keys) {
            read.add(key);
        }
    }

    /** Whether the hash gives {@code key}. */
    public boolean has(String key) {
        return pairs.containsKey(key);
    }

    /** The value of {@code key} as given (null if absent), without counting it as read. */
    public String peek(String key) {
        return pairs.get(key);
    }

    /** The value of {@code key} as given (null if absent), counted as read. */
    public String word(String key) {
        return raw(key);
    }

    private String raw(String key) {
        read.add(key);
        return pairs.get(key);
    }

    private void reject(String key, String value, String expected, String def) {
        problems.add(Excerpt.of(key) + "=" + Excerpt.of(value) + " is not valid (expected "
                + expected + "); using " + def + ".");
    }

    /** An integer in [min, max]. */
    public int integer(String key, int def, int min, int max) {
        String v = raw(key);
        if (v == null) {
            return def;
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        reject(key, v, "a whole number from " + min + " to " + max, Integer.toString(def));
        return def;
    }

    /** A finite number in [min, max]. */
    public double number(String key, double def, double min, double max) {
        String v = raw(key);
        if (v == null) {
            return def;
        }
        String text = v.trim();
        if (PlainNumber.problem(text) == null) {
            double x = PlainNumber.parse(text);
            if (x >= min && x <= max) {
                return x;
            }
        }
        String range = "from " + HashCodec.number(min) + " to " + HashCodec.number(max);
        reject(key, v, text.length() > DecimalParser.MAX_LENGTH ? "a number of at most "
                + DecimalParser.MAX_LENGTH + " characters " + range : "a number " + range,
                HashCodec.number(def));
        return def;
    }

    /** A flag written as 1 or 0. */
    public boolean flag(String key, boolean def) {
        String v = raw(key);
        if (v == null) {
            return def;
        }
        if (v.equals("1") || v.equals("0")) {
            return v.equals("1");
        }
        reject(key, v, "1 or 0", def ? "1" : "0");
        return def;
    }

    /** A list of whole numbers in [min, max] separated by commas; empty means no numbers. */
    public int[] integers(String key, int[] def, int min, int max, int maxCount) {
        String v = raw(key);
        if (v == null) {
            return def.clone();
        }
        // Empty means no numbers; otherwise every piece must be a number: "8," and ",,," are
        // refused, not read as 8 and nothing (split with -1 keeps trailing empty pieces).
        String[] parts = v.isEmpty() ? new String[0] : v.split(",", -1);
        boolean ok = parts.length <= maxCount;
        int[] out = new int[ok ? parts.length : 0];
        for (int i = 0; ok && i < parts.length; i++) {
            try {
                out[i] = Integer.parseInt(parts[i].trim());
                ok = out[i] >= min && out[i] <= max;
            } catch (NumberFormatException e) {
                ok = false;
            }
        }
        if (ok) {
            return out;
        }
        reject(key, v, "up to " + maxCount + " numbers from " + min + " to " + max
                + " separated by commas", HashCodec.joinInts(def));
        return def.clone();
    }

    private <E extends Enum<E>> E choice(String key, E def, E[] all, String[] names) {
        String v = raw(key);
        if (v == null) {
            return def;
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(v)) {
                return all[i];
            }
        }
        reject(key, v, "one of " + String.join(", ", names), names[def.ordinal()]);
        return def;
    }

    /** A 2-D data kind, or null when the hash names {@link HashCodec#DELIVERY}. */
    public TwoD data(String key, TwoD def) {
        return data(key, def, false);
    }

    /**
     * A 2-D data kind, or null when the hash names {@link HashCodec#DELIVERY} or
     * {@link HashCodec#DIGITS}; {@code defDigits} says the default is the digits (for the
     * message about a bad value).
     */
    public TwoD data(String key, TwoD def, boolean defDigits) {
        String v = raw(key);
        if (v == null) {
            return def;
        }
        if (HashCodec.DELIVERY.equals(v) || HashCodec.DIGITS.equals(v)) {
            return null;
        }
        int i = HashCodec.indexOf(HashCodec.TWO_D_NAMES, v);
        if (i >= 0) {
            return HashCodec.TWO_D[i];
        }
        reject(key, v, "one of " + String.join(", ", HashCodec.dataNames()),
                defDigits ? HashCodec.DIGITS : HashCodec.name(def));
        return def;
    }

    /**
     * Whether the hash names {@link HashCodec#DIGITS} (then {@link #data} gives null); without
     * the key or with a value that is no data name, {@code def} (as {@link #data} keeps its
     * default then).
     */
    public boolean digits(String key, boolean def) {
        String v = raw(key);
        if (v == null || HashCodec.indexOf(HashCodec.dataNames(), v) < 0) {
            return def;
        }
        return HashCodec.DIGITS.equals(v);
    }

    /** An activation. */
    public Activation activation(String key, Activation def) {
        return choice(key, def, HashCodec.ACTIVATIONS, HashCodec.ACTIVATION_NAMES);
    }

    /**
     * A list of hidden-layer activations separated by commas (softmax is not one); null when
     * the hash does not give {@code key} or the list is not valid (then with a message).
     */
    public Activation[] activations(String key, String def) {
        String v = raw(key);
        if (v == null) {
            return null;
        }
        String[] parts = v.isEmpty() ? new String[0] : v.split(",", -1);
        Activation[] out = new Activation[parts.length];
        for (int i = 0; i < parts.length; i++) {
            int found = HashCodec.indexOf(HashCodec.ACTIVATION_NAMES, parts[i].trim());
            if (found < 0 || HashCodec.ACTIVATIONS[found] == Activation.SOFTMAX) {
                reject(key, v, "hidden-layer activations (" + String.join(", ",
                        HashCodec.activationNames(true)) + ") separated by commas", def);
                return null;
            }
            out[i] = HashCodec.ACTIVATIONS[found];
        }
        return out;
    }

    /** A learning-rate schedule's shape. */
    public scratchnet.train.Schedule.Kind schedule(String key,
            scratchnet.train.Schedule.Kind def) {
        return choice(key, def, HashCodec.SCHEDULES, HashCodec.SCHEDULE_NAMES);
    }

    /** A loss. */
    public Loss loss(String key, Loss def) {
        return choice(key, def, HashCodec.LOSSES, HashCodec.LOSS_NAMES);
    }

    /** An initialiser; "xavier", the tutorial's name for LeCun's rule, reads as lecun. */
    public Init init(String key, Init def) {
        if (HashCodec.TUTORIAL_XAVIER.equals(raw(key))) {
            return Init.LECUN;
        }
        return choice(key, def, HashCodec.INITS, HashCodec.INIT_NAMES);
    }

    /** An optimizer. */
    public OptimizerKind optimizer(String key, OptimizerKind def) {
        return choice(key, def, HashCodec.OPTIMIZERS, HashCodec.OPTIMIZER_NAMES);
    }

    /** A precision: float64 or float32. */
    public scratchnet.engine.Precision precision(String key, scratchnet.engine.Precision def) {
        return choice(key, def, HashCodec.PRECISIONS, HashCodec.PRECISION_NAMES);
    }

    /** A penalty kind. */
    public Penalty.Kind penalty(String key, Penalty.Kind def) {
        return choice(key, def, HashCodec.PENALTIES, HashCodec.PENALTY_NAMES);
    }

    /** A non-empty set of input features separated by commas. */
    public Set<Feature> features(String key, Set<Feature> def) {
        String v = raw(key);
        if (v == null) {
            return EnumSet.copyOf(def);
        }
        Set<Feature> out = EnumSet.noneOf(Feature.class);
        for (String part : v.split(",", -1)) {
            int found = HashCodec.indexOf(HashCodec.FEATURE_NAMES, part.trim());
            if (found < 0) {
                out.clear();
                break;
            }
            out.add(HashCodec.FEATURES[found]);
        }
        if (!out.isEmpty()) {
            return out;
        }
        reject(key, v, "some of " + String.join(", ", HashCodec.FEATURE_NAMES) + " separated by commas",
                HashCodec.features(def));
        return EnumSet.copyOf(def);
    }

    /** Adds a message of the caller's own, e.g. about settings that contradict each other. */
    public void report(String message) {
        problems.add(message);
    }

    /** Every message so far, plus one for each key that no reader method asked for. */
    public List<String> problems() {
        List<String> out = new ArrayList<>(problems);
        for (String key : pairs.keySet()) {
            if (!read.contains(key)) {
                out.add("Unknown setting '" + Excerpt.of(key) + "' was ignored.");
            }
        }
        return out;
    }
}
