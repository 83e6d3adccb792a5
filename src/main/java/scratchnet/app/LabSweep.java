package scratchnet.app;

import scratchnet.labs.Preset;
import scratchnet.labs.TinyLearningRate;

/**
 * The learning-rate sweep of {@code tiny-learning-rate}, one rate at a time so the page can
 * spread it over animation frames: each {@link #next} trains the preset once more at the next
 * rate of a log grid (same seed, same data) and records its end training loss, +∞ for a run
 * that hit a NaN or infinity.
 */
final class LabSweep {
    /** The lowest rate tried. */
    static final double LOWEST = 1e-5;
    /** The highest rate tried. */
    static final double HIGHEST = 1;
    /** Rates per factor of ten. */
    static final int PER_DECADE = 2;

    private final Preset preset;
    private final double[] rates = TinyLearningRate.logGrid(LOWEST, HIGHEST, PER_DECADE);
    private final double[] losses = new double[rates.length];
    private int done;

    LabSweep(Preset preset) {
        this.preset = preset;
    }

    /** Trains at the next rate; returns false when every rate is done. */
    boolean next() {
        if (done == rates.length) {
            return false;
        }
        losses[done] = TinyLearningRate.sweep(preset, new double[] {rates[done]})[0];
        done++;
        return true;
    }

    /** Rates in the sweep. */
    int size() {
        return rates.length;
    }

    /** (rate, end training loss) pairs of the rates done so far. */
    double[] pairs() {
        double[] out = new double[2 * done];
        for (int i = 0; i < done; i++) {
            out[2 * i] = rates[i];
            out[2 * i + 1] = losses[i];
        }
        return out;
    }
}
