package scratchnet.labs;

/**
 * A learning-rate sweep: the same preset trained once per rate (same seed, same data), each
 * run with the non-finite watch, recording its end training loss (+∞ for a run that hit a NaN
 * or infinity). It advances a slice at a time, so the page can spread it over animation
 * frames; {@link TinyLearningRate#sweep} runs one to the end.
 */
public final class RateSweep {
    private final Preset preset;
    private final double[] rates;
    private final double[] losses;
    private int done;
    private LabRun current;

    /** A sweep of {@code preset} over {@code rates}, in that order. */
    public RateSweep(Preset preset, double[] rates) {
        this.preset = preset;
        this.rates = rates.clone();
        this.losses = new double[rates.length];
    }

    /**
     * Trains up to {@code steps} more steps of the sweep, finishing rates as it goes; returns
     * false (and does nothing) once every rate is done.
     */
    public boolean next(int steps) {
        int left = steps;
        while (left > 0 && done < rates.length) {
            if (current == null) {
                Preset p = preset.withTraining(Specs.learningRate(preset.training(),
                        rates[done]));
                current = new LabRun(p, true, false);
            }
            left -= Math.max(1, current.advance(left));
            if (current.finished()) {
                Outcome o = current.outcome();
                losses[done++] = o.finite() ? o.endTrainLoss() : Double.POSITIVE_INFINITY;
                current = null;
            }
        }
        return done < rates.length || left < steps;
    }

    /** Rates in the sweep. */
    public int size() {
        return rates.length;
    }

    /** The rates, in the order they are tried (a copy). */
    public double[] rates() {
        return rates.clone();
    }

    /** Rates done so far. */
    public int done() {
        return done;
    }

    /** End training loss of rate {@code i} (done), +∞ where the run blew up. */
    public double loss(int i) {
        return losses[i];
    }

    /** (rate, end training loss) pairs of the rates done so far. */
    public double[] pairs() {
        double[] out = new double[2 * done];
        for (int i = 0; i < done; i++) {
            out[2 * i] = rates[i];
            out[2 * i + 1] = losses[i];
        }
        return out;
    }
}
