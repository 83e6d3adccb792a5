package scratchnet.format;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import scratchnet.data.Feature;
import scratchnet.data.TwoD;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.Penalty;
import scratchnet.train.OptimizerKind;
import scratchnet.train.Schedule;

/**
 * The URL-hash format of the playground: {@code #key=value&key=value}, one pair per setting.
 *
 * <p>This is the only place where settings meet their names. A {@link HashReader} turns a hash into
 * typed values (see {@link HashReader}); a value that is malformed, out of range or unknown is replaced by the caller's
 * default and a message saying what was wrong is kept, so a bad link still opens a working page
 * and the user sees why. A {@link Writer} produces the canonical hash: values in a fixed order,
 * numbers in their shortest round-trip form, so the same settings always give the same link.
 */
public final class HashCodec {
    /** The value of the data key that means the tutorial's delivery-time table. */
    public static final String DELIVERY = "delivery";
    /** The value of the data key that means the UCI handwritten digits (8 × 8 images). */
    public static final String DIGITS = "digits";
    /**
     * The value of the data key that means your own data (a CSV or a drawing); the link's
     * {@code csv} key names which, by its fingerprint.
     */
    public static final String USER = "csv";

    static final TwoD[] TWO_D = TwoD.values();
    static final String[] TWO_D_NAMES = names(TWO_D, TwoD.CIRCLE, "circle", TwoD.XOR,
            "xor", TwoD.GAUSSIAN, "gauss", TwoD.SPIRAL, "spiral", TwoD.PLANE, "plane",
            TwoD.MULTI_GAUSSIAN, "multigauss", TwoD.SPIRAL_K, "spiral-k", TwoD.BLOBS_K, "blobs");
    static final Activation[] ACTIVATIONS = Activation.values();
    static final String[] ACTIVATION_NAMES = new String[ACTIVATIONS.length];
    static final Loss[] LOSSES = Loss.values();
    static final String[] LOSS_NAMES = new String[LOSSES.length];
    static final Init[] INITS = Init.values();
    static final String[] INIT_NAMES = new String[INITS.length];
    /** The tutorial's (and earlier links') name for LeCun's rule: read, never written. */
    static final String TUTORIAL_XAVIER = "xavier";
    static final OptimizerKind[] OPTIMIZERS = OptimizerKind.values();
    static final String[] OPTIMIZER_NAMES = new String[OPTIMIZERS.length];
    static final Penalty.Kind[] PENALTIES = Penalty.Kind.values();
    static final String[] PENALTY_NAMES = names(PENALTIES, Penalty.Kind.NONE, "none",
            Penalty.Kind.L1, "l1", Penalty.Kind.L2, "l2");
    static final scratchnet.engine.Precision[] PRECISIONS =
            scratchnet.engine.Precision.values();
    static final String[] PRECISION_NAMES = {Names.of(PRECISIONS[0]), Names.of(PRECISIONS[1])};
    static final Schedule.Kind[] SCHEDULES = Schedule.Kind.values();
    static final String[] SCHEDULE_NAMES = names(SCHEDULES, Schedule.Kind.CONSTANT, "constant",
            Schedule.Kind.STEP, "step", Schedule.Kind.EXPONENTIAL, "exponential",
            Schedule.Kind.COSINE, "cosine");
    static final Feature[] FEATURES = Feature.values();
    static final String[] FEATURE_NAMES = names(FEATURES, Feature.X1, "x1", Feature.X2,
            "x2", Feature.X1_SQUARED, "x1sq", Feature.X2_SQUARED, "x2sq", Feature.X1_TIMES_X2,
            "x1x2", Feature.SIN_X1, "sinx1", Feature.SIN_X2, "sinx2");

    static {
        // Activation, loss, initialiser and optimizer names are shared with model files and
        // the command line: Names holds them once.
        for (Activation a : ACTIVATIONS) {
            ACTIVATION_NAMES[a.ordinal()] = Names.of(a);
        }
        for (Loss l : LOSSES) {
            LOSS_NAMES[l.ordinal()] = Names.of(l);
        }
        for (Init i : INITS) {
            INIT_NAMES[i.ordinal()] = Names.of(i);
        }
        for (OptimizerKind o : OPTIMIZERS) {
            OPTIMIZER_NAMES[o.ordinal()] = Names.of(o);
        }
    }

    private HashCodec() {
    }

    /** Names indexed by ordinal from (constant, name) pairs; every constant must be named. */
    private static String[] names(Enum<?>[] all, Object... pairs) {
        String[] out = new String[all.length];
        for (int i = 0; i < pairs.length; i += 2) {
            out[((Enum<?>) pairs[i]).ordinal()] = (String) pairs[i + 1];
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                throw new IllegalStateException("no hash name for " + all[i]);
            }
        }
        return out;
    }

    /**
     * Splits a hash into its pairs, in order; a leading {@code #} is optional, empty pieces are
     * skipped and {@code %XX} escapes are decoded.
     *
     * @throws FormatException for a piece without {@code =} or a key given twice
     */
    public static Map<String, String> pairs(String hash) {
        Map<String, String> out = new LinkedHashMap<>();
        String text = hash == null ? "" : hash.startsWith("#") ? hash.substring(1) : hash;
        for (String piece : text.split("&")) {
            if (piece.isEmpty()) {
                continue;
            }
            int eq = piece.indexOf('=');
            if (eq <= 0) {
                throw new FormatException("'" + Excerpt.of(decode(piece)) + "' is not key=value");
            }
            String key = decode(piece.substring(0, eq));
            if (out.put(key, decode(piece.substring(eq + 1))) != null) {
                throw new FormatException("'" + Excerpt.of(key) + "' is given twice; keep one");
            }
        }
        return out;
    }

    /**
     * {@code text} with every character but letters, digits and {@code -._~} percent-encoded
     * as UTF-8, so it reads back unchanged through {@link #pairs}.
     */
    public static String encode(String text) {
        StringBuilder b = new StringBuilder();
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (byte raw : bytes) {
            int c = raw & 0xff;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
            if (plain) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.toString();
    }

    /**
     * Decodes {@code %XX} escapes: each run of escaped bytes is read as UTF-8 (as browsers write
     * a link's non-ASCII characters), a byte that is not part of well-formed UTF-8 becomes
     * U+FFFD, and a {@code %} not followed by two hex digits stays as it is.
     */
    static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        byte[] bytes = new byte[s.length() / 3 + 1];
        int i = 0;
        while (i < s.length()) {
            int n = 0;
            while (escapeAt(s, i)) {
                bytes[n++] = (byte) (hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 3;
            }
            if (n > 0) {
                utf8(bytes, n, sb);
            } else {
                sb.append(s.charAt(i++));
            }
        }
        return sb.toString();
    }

    private static boolean escapeAt(String s, int i) {
        return i + 2 < s.length() && s.charAt(i) == '%' && hex(s.charAt(i + 1)) >= 0
                && hex(s.charAt(i + 2)) >= 0;
    }

    /**
     * Appends the UTF-8 text in {@code bytes[0..n)}. Each maximal ill-formed part (a byte that
     * cannot start a sequence, or the start of a sequence cut short; overlong forms, surrogates
     * and code points past U+10FFFF are ill-formed) becomes one U+FFFD, as browsers decode it
     * (the WHATWG Encoding Standard; the JDK differs only in how many U+FFFD a surrogate gives).
     */
    private static void utf8(byte[] bytes, int n, StringBuilder sb) {
        int i = 0;
        while (i < n) {
            int b = bytes[i] & 0xFF;
            int need = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2
                    : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
            if (b < 0x80 || need == 0) {
                sb.append(b < 0x80 ? (char) b : '\uFFFD');
                i++;
                continue;
            }
            int cp = b & (0x3F >> need);
            int lower = b == 0xE0 ? 0xA0 : b == 0xF0 ? 0x90 : 0x80;
            int upper = b == 0xED ? 0x9F : b == 0xF4 ? 0x8F : 0xBF;
            int j = i + 1;
            while (need > 0 && j < n && (bytes[j] & 0xFF) >= lower && (bytes[j] & 0xFF) <= upper) {
                cp = (cp << 6) | (bytes[j] & 0x3F);
                lower = 0x80;
                upper = 0xBF;
                need--;
                j++;
            }
            if (need == 0) {
                sb.appendCodePoint(cp);
            } else {
                sb.append('\uFFFD');
            }
            i = j;
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    /**
     * A number in its shortest form that parses back to the same double: {@code 3}, {@code 0.03},
     * {@code 1e-5}.
     */
    public static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = Double.toString(v);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        if (mantissa.endsWith(".0")) {
            mantissa = mantissa.substring(0, mantissa.length() - 2);
        }
        return mantissa + "e" + s.substring(e + 1);
    }

    /** The hash name of a 2-D data kind, or {@link #DELIVERY} for null. */
    public static String name(TwoD kind) {
        return kind == null ? DELIVERY : TWO_D_NAMES[kind.ordinal()];
    }

    /** The hash name of an activation, e.g. {@code leaky-relu}. */
    public static String name(Activation a) {
        return ACTIVATION_NAMES[a.ordinal()];
    }

    /** The hash name of a loss. */
    public static String name(Loss l) {
        return LOSS_NAMES[l.ordinal()];
    }

    /** The hash name of an initialiser. */
    public static String name(Init i) {
        return INIT_NAMES[i.ordinal()];
    }

    /** The hash name of an optimizer. */
    public static String name(OptimizerKind o) {
        return OPTIMIZER_NAMES[o.ordinal()];
    }

    /** The hash name of a penalty kind. */
    public static String name(Penalty.Kind k) {
        return PENALTY_NAMES[k.ordinal()];
    }

    /** The hash name of a learning-rate schedule's shape, e.g. {@code cosine}. */
    public static String name(Schedule.Kind k) {
        return SCHEDULE_NAMES[k.ordinal()];
    }

    /** Every schedule shape's name. */
    public static String[] scheduleNames() {
        return SCHEDULE_NAMES.clone();
    }

    /** The hash name of an input feature, e.g. {@code sinx1}. */
    public static String name(Feature f) {
        return FEATURE_NAMES[f.ordinal()];
    }

    /** Every data name a link may give: the 2-D kinds, {@link #DELIVERY}, {@link #DIGITS}. */
    public static String[] dataNames() {
        String[] out = java.util.Arrays.copyOf(TWO_D_NAMES, TWO_D_NAMES.length + 2);
        out[TWO_D_NAMES.length] = DELIVERY;
        out[TWO_D_NAMES.length + 1] = DIGITS;
        return out;
    }

    /** Every activation name; with {@code hidden}, only those a hidden layer may use. */
    public static String[] activationNames(boolean hidden) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Activation a : ACTIVATIONS) {
            if (!hidden || a != Activation.SOFTMAX) {
                out.add(name(a));
            }
        }
        return out.toArray(new String[0]);
    }

    /** Every loss name. */
    public static String[] lossNames() {
        return LOSS_NAMES.clone();
    }

    /** Every initialiser name. */
    public static String[] initNames() {
        return INIT_NAMES.clone();
    }

    /** Every optimizer name. */
    public static String[] optimizerNames() {
        return OPTIMIZER_NAMES.clone();
    }

    /** Every precision name (float64, float32). */
    public static String[] precisionNames() {
        return PRECISION_NAMES.clone();
    }

    /** Penalty names in menu order. */
    public static String[] penaltyNames() {
        return PENALTY_NAMES.clone();
    }

    /** Every input feature name, in the order a link lists them. */
    public static String[] featureNames() {
        return FEATURE_NAMES.clone();
    }

    static int indexOf(String[] names, String v) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(v)) {
                return i;
            }
        }
        return -1;
    }

    static String joinInts(int[] v) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            sb.append(i > 0 ? "," : "").append(v[i]);
        }
        return sb.toString();
    }

    static String features(Set<Feature> set) {
        StringBuilder sb = new StringBuilder();
        for (Feature f : FEATURES) {
            if (set.contains(f)) {
                sb.append(sb.length() > 0 ? "," : "").append(name(f));
            }
        }
        return sb.toString();
    }

    /** Builds a canonical hash; pairs appear in the order they are put. */
    public static final class Writer {
        private final StringBuilder sb = new StringBuilder("#");

        private Writer put(String key, String value) {
            sb.append(sb.length() > 1 ? "&" : "").append(key).append('=').append(value);
            return this;
        }

        /** Puts a number in its shortest form. */
        public Writer number(String key, double v) {
            return put(key, HashCodec.number(v));
        }

        /** Puts a flag as 1 or 0. */
        public Writer flag(String key, boolean v) {
            return put(key, v ? "1" : "0");
        }

        /** Puts whole numbers separated by commas. */
        public Writer integers(String key, int[] v) {
            return put(key, joinInts(v));
        }

        /** Puts activations by their hash names, separated by commas. */
        public Writer activations(String key, Activation[] v) {
            StringBuilder list = new StringBuilder();
            for (Activation a : v) {
                list.append(list.length() > 0 ? "," : "").append(name(a));
            }
            return put(key, list.toString());
        }

        /** Puts a set of features in declaration order. */
        public Writer features(String key, Set<Feature> set) {
            return put(key, HashCodec.features(set));
        }

        /** Puts a word made of letters and digits as it is (a fingerprint). */
        public Writer word(String key, String value) {
            return put(key, value);
        }

        /** Puts a 2-D data kind, or {@link #DELIVERY} for null. */
        public Writer data(String key, TwoD kind) {
            return put(key, name(kind));
        }

        /** Puts {@link #DIGITS}: the handwritten digits. */
        public Writer digits(String key) {
            return put(key, DIGITS);
        }

        /** Puts an enum value by its hash name. */
        public Writer choice(String key, Enum<?> v) {
            if (v instanceof Activation a) {
                return put(key, name(a));
            } else if (v instanceof Loss l) {
                return put(key, name(l));
            } else if (v instanceof Init i) {
                return put(key, name(i));
            } else if (v instanceof OptimizerKind o) {
                return put(key, name(o));
            } else if (v instanceof Penalty.Kind k) {
                return put(key, name(k));
            } else if (v instanceof scratchnet.engine.Precision p) {
                return put(key, Names.of(p));
            } else if (v instanceof Schedule.Kind k) {
                return put(key, name(k));
            }
            throw new IllegalArgumentException("no hash names for " + v);
        }

        /** The hash, starting with {@code #}. */
        @Override
        public String toString() {
            return sb.toString();
        }
    }
}
