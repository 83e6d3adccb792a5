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

    @Override
    public LabId id() {
        return LabId.GD_VARIANTS;
    }

    @Override
    public Preset preset() {
        Split data = LabData.deliveryStandardised();
        NetSpec net = NetSpec.of(new int[] {4, 16, 8, 1}, Activation.RELU, Loss.MSE, Init.HE);
        return new Preset(data.train(), data.test(), net,
                TrainSpec.of(LEARNING_RATE, MINI_BATCH), 1, EPOCHS);
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
}
