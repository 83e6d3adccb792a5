package scratchnet.app;

import scratchnet.labs.Preset;
import scratchnet.labs.TinyLearningRate;
import scratchnet.train.TrainSpec;

/**
 * The learning-rate sweep of {@code tiny-learning-rate}, trained a slice at a time so the page
 * can spread it over animation frames: the preset once per rate of a log grid (same seed, same
 * data), each run with the non-finite watch; its end training loss is recorded, +∞ for a run
 * that hit a NaN or infinity. The figures equal {@link TinyLearningRate#sweep}'s.
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
    private LabRun current;

    LabSweep(Preset preset) {
        this.preset = preset;
    }

    /**
     * Trains up to {@code steps} more steps of the sweep, finishing rates as it goes; returns
     * false (and does nothing) once every rate is done.
     */
    boolean next(int steps) {
        int left = steps;
        while (left > 0 && done < rates.length) {
            if (current == null) {
                current = new LabRun(withRate(preset, rates[done]), true, false);
            }
            left -= Math.max(1, current.advance(left));
            if (current.finished()) {
                double end = current.outcome().endTrainLoss();
                losses[done++] = current.report() == null && Double.isFinite(end) ? end
                        : Double.POSITIVE_INFINITY;
                current = null;
            }
        }
        return done < rates.length || left < steps;
    }

    /** {@code p} trained at {@code rate}; every other setting kept. */
    static Preset withRate(Preset p, double rate) {
        TrainSpec t = p.training();
        return p.withTraining(new TrainSpec(rate, t.batchSize(), t.optimizer(), t.schedule(),
                t.penalty(), t.clipNorm(), t.shuffle(), t.seed(), t.patience()));
    }

    /** Rates in the sweep. */
    int size() {
        return rates.length;
    }

    /** Rates of the grid, lowest first. */
    double[] rates() {
        return rates.clone();
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
