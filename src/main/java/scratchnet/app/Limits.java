package scratchnet.app;

import scratchnet.data.TwoD;

/**
 * The range of every numeric setting a link may carry, and the learning rates the page offers
 * as presets: the one place they are written. {@link SettingsHash#read} checks links against
 * them and the page reads them through {@link Protocol#limits()}.
 */
final class Limits {
    /** A numeric setting's accepted values, both ends included. */
    record Range(String key, double min, double max) {
    }

    /** Ranges by link key, in the link's order. */
    static final Range[] RANGES = {
        new Range("k", TwoD.DEFAULT_CLASSES, TwoD.MAX_CLASSES),
        new Range("noise", 0, TwoD.MAX_NOISE),
        new Range("train", 10, 90),
        new Range("dseed", 0, SettingsHash.MAX_SEED),
        new Range("lr", 1e-7, 100),
        new Range("gamma", 1e-4, 1),
        new Range("period", 1, 10_000_000),
        new Range("floor", 0, 100),
        new Range("warmup", 0, 10_000_000),
        new Range("batch", 1, 100_000),
        new Range("rate", 0, 10),
        new Range("dropout", 0, 0.9),
        new Range("clip", 0, 1e6),
        new Range("seed", 0, SettingsHash.MAX_SEED),
        new Range("hx", 0, Limits.USER_MAX_COLUMNS - 2),
        new Range("hy", 0, Limits.USER_MAX_COLUMNS - 2),
    };

    /** The learning rates of the page's preset menu, smallest first. */
    static final double[] LEARNING_RATES = {1e-5, 1e-4, 1e-3, 3e-3, 0.01, 0.03, 0.1, 0.3, 1, 3,
        10};

    /**
     * Training steps per animation frame the speed menu offers; 0 is "full speed" (as many
     * steps as fit a frame's time budget). At 60 frames a second the default circle (batch
     * 10, 25 steps an epoch) takes about 1,500 steps to 95 % test accuracy: ~3 s at the
     * default {@value #DEFAULT_SPEED} steps a frame, the pace of TensorFlow Playground's
     * boundary forming, against a fraction of a second at full speed.
     */
    static final int[] SPEEDS = {1, 8, 40, 0};

    /** The speed the page starts at, in steps per frame (one of {@link #SPEEDS}). */
    static final int DEFAULT_SPEED = 8;

    /** Epochs the loss chart's "recent" view shows. */
    static final int RECENT_EPOCHS = 50;

    /** Units of a hidden layer the page's "+ layer" button adds when there is none to copy. */
    static final int NEW_LAYER_UNITS = 4;

    /**
     * Your own data (a CSV file, an upload or a drawing): the longest text read, in characters
     * (a file's size in bytes is at least this; the page refuses bigger files before reading
     * them), the most data rows and columns, and the most classes of a classification target.
     * Small enough that the text fits the browser's storage and trains live.
     */
    static final int USER_MAX_CHARS = 4_000_000;
    static final int USER_MAX_ROWS = 20_000;
    static final int USER_MAX_COLUMNS = 50;
    static final int USER_MAX_CLASSES = 10;
    /** Data lines the page parses per slice (one slice per animation frame). */
    static final int USER_SLICE_ROWS = 2_000;
    /**
     * Batch rows a step's walk-through ({@link Session#explain}) copies out at most: a full
     * batch of 16,000 rows under six layers of 64 would otherwise be 43 million numbers of
     * JSON. Every value shown is still the real step's; the rest are not written.
     */
    static final int EXPLAIN_MAX_ROWS = 128;
    /**
     * The most work (multiply-adds, as {@link scratchnet.engine.SplitPass#forwardWork} counts
     * them) a gradient check the page runs on a click may take: two forward passes over the
     * training rows per checked parameter, all in one frame: about a second in the WebAssembly
     * build (the default digits network's output layer, 3.3 billion, took 0.95 s on an AMD
     * EPYC). Larger checks are left to the console.
     */
    static final double GRAD_CHECK_PAGE_WORK = 4e9;

    /** Fewest units of a hidden layer. */
    static final int MIN_UNITS = 1;

    private Limits() {
    }

    /** The range of link key {@code key}. */
    static Range range(String key) {
        for (Range r : RANGES) {
            if (r.key().equals(key)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no range for " + key);
    }
}
