package scratchnet.labs;

import java.util.List;
import java.util.function.DoubleSupplier;
import scratchnet.data.Split;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.train.TrainSpec;

/**
 * {@code gd-variants}: the tutorial's three flavours of gradient descent on the same network,
 * data and seed. Batch GD takes one exact step per epoch; stochastic GD takes 1600 noisy
 * one-example steps; mini-batch GD takes 25 steps of 64.
 *
 * <p>Preset (mini-batch): the tutorial's delivery split (seed 42), features and target
 * standardised; network 4-16-8-1, ReLU, He (seed 1), MSE; plain SGD at
 * {@value #LEARNING_RATE}, batches of 64, {@value #EPOCHS} epochs. The "fixes" are the three
 * variants. {@link #compare} runs all three and returns their per-epoch loss histories and
 * the wall time of each by the caller's clock. The symptom is the end training loss, for
 * comparison only (never "present").
 */
public final class GdVariants implements Lab {
    /** The learning rate all three variants use, the tutorial's. */
    public static final double LEARNING_RATE = 0.005;
    /** Epochs per variant. */
    public static final int EPOCHS = 20;
    /** Rows per mini-batch, the tutorial's. */
    public static final int MINI_BATCH = 64;
    /** Epochs of one timed workload: long enough (a few hundred ms) for a clock to measure. */
    public static final int TIMING_EPOCHS = 200;
    /** Timed workloads per variant; the page reports their median. */
    public static final int TIMING_REPEATS = 5;

    @Override
    public LabId id() {
        return LabId.GD_VARIANTS;
    }

    @Override
    public Preset preset() {
        Split data = LabData.deliveryStandardised();
        NetSpec net = NetSpec.of(new int[] {4, 16, 8, 1}, Activation.RELU, Loss.MSE, Init.HE);
        return new Preset(data.train(), data.test(), net,
                TrainSpec.of(LEARNING_RATE, MINI_BATCH), 1, EPOCHS, LabData.standardisedMinutes());
    }

    @Override
    public List<Fix> fixes() {
        return Fix.list(Fix.BATCH_GD, Fix.STOCHASTIC_GD, Fix.MINI_BATCH_GD);
    }

    @Override
    public Preset apply(Fix fix) {
        Preset p = preset();
        switch (fix) {
            case BATCH_GD:
                return p.withTraining(Specs.batchSize(p.training(), 0));
            case STOCHASTIC_GD:
                return p.withTraining(Specs.batchSize(p.training(), 1));
            case MINI_BATCH_GD:
                return p;
            default:
                throw new IllegalArgumentException(fix + " is not a fix of " + id().id());
        }
    }

    @Override
    public Symptom symptom(Outcome outcome) {
        return new Symptom(false, outcome.endTrainLoss(), Double.NaN, -1, -1);
    }

    /**
     * Runs batch, stochastic and mini-batch GD, in that order, without the non-finite watch
     * (so the timings compare the training loops alone).
     *
     * @param clock seconds from any origin, or null for no timing
     * @return the three outcomes in the order of {@link #fixes()}
     */
    public Outcome[] compare(DoubleSupplier clock) {
        List<Fix> variants = fixes();
        Outcome[] out = new Outcome[variants.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = LabRunner.run(apply(variants.get(i)), false, clock);
        }
        return out;
    }

    /** A variant's timing workload: its preset run for {@value #TIMING_EPOCHS} epochs. */
    public Preset timingWorkload(Fix variant) {
        return apply(variant).withEpochs(TIMING_EPOCHS);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The median of {@code ms[0..n)} (NaN for n = 0). */
    public static double median(double[] ms, int n) {
        if (n == 0) {
            return Double.NaN;
        }
        double[] s = java.util.Arrays.copyOf(ms, n);
        java.util.Arrays.sort(s);
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /**
     * What the page measured, in words: each variant's median time for
     * {@value #TIMING_EPOCHS} epochs and which was fastest, and why that need not match the
     * tutorial, where mini-batches win because a GPU or a vectorised library multiplies 64 rows
     * at once for about the cost of one.
     *
     * @param names the variants' labels, in the order of {@link #fixes()}
     * @param medianMs each variant's median wall time, NaN if not timed yet
     * @param repeats the workloads timed per variant
     */
    public static String timingSentence(String[] names, double[] medianMs, int repeats) {
        StringBuilder sb = new StringBuilder("Measured in this page: ").append(TIMING_EPOCHS)
                .append(" epochs (").append(repeats).append(" timings each, median) took ");
        int fastest = -1;
        for (int i = 0; i < names.length; i++) {
            sb.append(i == 0 ? "" : i == names.length - 1 ? " and " : ", ").append(names[i])
                    .append(' ').append(Double.isNaN(medianMs[i]) ? "(not timed)"
                            : Math.round(medianMs[i]) + " ms");
            if (!Double.isNaN(medianMs[i]) && (fastest < 0 || medianMs[i] < medianMs[fastest])) {
                fastest = i;
            }
        }
        sb.append('.');
        if (fastest >= 0) {
            sb.append(" Fastest here: ").append(names[fastest]).append('.');
        }
        if (names.length == 3 && !Double.isNaN(medianMs[1]) && !Double.isNaN(medianMs[2])) {
            sb.append(' ').append(capital(names[1])).append(" took ")
                    .append(Hint.figure(medianMs[1] / medianMs[2])).append("× as long as ")
                    .append(names[2]).append('.');
        }
        sb.append(" All three do the same arithmetic per row: this engine computes one row after "
                + "another in plain loops. What differs is the cost of each step (a weight update "
                + "and the call around it), paid 1600 times an epoch by stochastic steps, 25 times "
                + "by mini-batches and once by batch. Stochastic steps also make 64 times as many "
                + "updates per epoch as mini-batches, which is why their loss falls further in 20 "
                + "epochs, noisily. The tutorial's advice is about vectorised hardware (a GPU, or "
                + "NumPy and PyTorch on a CPU), where 64 rows cost about as much as one: there a "
                + "mini-batch epoch is far cheaper than 1600 one-row steps, with less noise.");
        return sb.toString();
    }
}
