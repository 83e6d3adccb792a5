package scratchnet.labs;

import java.util.List;
import scratchnet.data.Split;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.math.Fn;
import scratchnet.train.TrainSpec;

/**
 * {@code tiny-learning-rate}: the tutorial's delivery network with a rate of 1e-5; each step
 * moves the weights by a hundred-thousandth of the gradient and after 20 epochs the loss has
 * hardly changed.
 *
 * <p>Preset: the tutorial's delivery split (seed 42), features and target standardised;
 * network 4-16-8-1, ReLU, He (seed 1), MSE; plain SGD at {@value #LEARNING_RATE} on batches of
 * 64 for 20 epochs. Detector: the symptom value is end training loss / starting loss, present
 * at ≥ {@value #THRESHOLD} (the loss fell by less than 10 %). Fix: the rate times 100.
 * {@link #sweep} shows the whole picture: final loss against rate on a log grid, from too
 * small through just right to divergent.
 */
public final class TinyLearningRate implements Lab {
    /** The preset's learning rate. */
    public static final double LEARNING_RATE = 1e-5;
    /** End-over-start loss ratio at which the symptom counts as present. */
    public static final double THRESHOLD = 0.9;
    private static final double LN10 = 2.302585092994046;

    @Override
    public LabId id() {
        return LabId.TINY_LEARNING_RATE;
    }

    @Override
    public Preset preset() {
        Split data = LabData.deliveryStandardised();
        NetSpec net = NetSpec.of(new int[] {4, 16, 8, 1}, Activation.RELU, Loss.MSE, Init.HE);
        return new Preset(data.train(), data.test(), net, TrainSpec.of(LEARNING_RATE, 64), 1,
                20, LabData.standardisedMinutes());
    }

    @Override
    public List<Fix> fixes() {
        return Fix.list(Fix.LARGER_LEARNING_RATE);
    }

    @Override
    public Preset apply(Fix fix) {
        if (fix != Fix.LARGER_LEARNING_RATE) {
            throw new IllegalArgumentException(fix + " is not a fix of " + id().id());
        }
        Preset p = preset();
        return p.withTraining(Specs.learningRate(p.training(), LEARNING_RATE * 100));
    }

    @Override
    public Symptom symptom(Outcome outcome) {
        double ratio = outcome.endTrainLoss() / outcome.startLoss();
        return new Symptom(ratio >= THRESHOLD, ratio, THRESHOLD, -1, -1);
    }

    /**
     * Rates on a log grid: lo·10^(k/perDecade) for k = 0, 1, … up to and including
     * {@code hi} (allowing for rounding). Whole decades are exact multiplications by 10; the
     * steps in between use {@link Fn#exp}, so the grid is the same on every runtime.
     */
    public static double[] logGrid(double lo, double hi, int perDecade) {
        if (!(lo > 0 && hi >= lo) || perDecade < 1 || Double.isInfinite(hi)) {
            throw new IllegalArgumentException("need 0 < lo <= hi < infinity and perDecade >= 1");
        }
        double limit = hi * (1 + 1e-9);
        int n = 0;
        while (gridPoint(lo, n, perDecade) <= limit) {
            n++;
        }
        double[] rates = new double[n];
        for (int k = 0; k < n; k++) {
            rates[k] = gridPoint(lo, k, perDecade);
        }
        return rates;
    }

    private static double gridPoint(double lo, int k, int perDecade) {
        double v = lo;
        for (int d = 0; d < k / perDecade; d++) {
            v *= 10;
        }
        int part = k % perDecade;
        return part == 0 ? v : v * Fn.exp(part * LN10 / perDecade);
    }

    /**
     * Trains {@code preset} once per rate (same seed, same data) and returns the end training
     * loss of each; a run that hit a NaN or infinity gives +∞.
     */
    public static double[] sweep(Preset preset, double[] rates) {
        RateSweep sweep = new RateSweep(preset, rates);
        while (sweep.next(Integer.MAX_VALUE)) {
            // each call finishes at least one rate
        }
        double[] out = new double[rates.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = sweep.loss(i);
        }
        return out;
    }

    /** The page's sweep of {@code preset}: {@link #logGrid}(1e-5, 1, 2), two rates a decade. */
    public static RateSweep pageSweep(Preset preset) {
        return new RateSweep(preset, logGrid(1e-5, 1, 2));
    }
}
