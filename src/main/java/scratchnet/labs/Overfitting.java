package scratchnet.labs;

import java.util.List;
import scratchnet.data.Dataset;
import scratchnet.data.Split;
import scratchnet.data.TwoD;
import scratchnet.engine.Activation;
import scratchnet.engine.Init;
import scratchnet.engine.Loss;
import scratchnet.engine.NetSpec;
import scratchnet.engine.Penalty;
import scratchnet.math.Rng;
import scratchnet.train.OptimizerKind;
import scratchnet.train.TrainSpec;

/**
 * {@code overfitting}: 30 noisy training points and a network with 700 parameters. The
 * training loss falls towards zero while the test loss, after an early minimum, climbs as the
 * network memorises the noise.
 *
 * <p>Preset: circle data with 40 % noise: 570 points (data seed 7) split into 300 candidate
 * training rows and 270 test rows (split seed 8); the preset trains on the first 30 candidates.
 * Network 2-24-24-1, ReLU, He (seed 1), binary cross-entropy; Adam at 0.01 on batches of 10
 * for 150 epochs. Detector: the test-loss history; the symptom value is the end model's test
 * loss over the lowest test loss of the run, present at ≥ {@value #THRESHOLD} when the
 * training loss also fell after the test minimum.
 *
 * <p>Fixes: L2 penalty λ = {@value #L2_RATE}; dropout p = {@value #DROPOUT}; early stopping
 * with patience {@value #PATIENCE} epochs, which restores the best epoch's weights; all 300
 * candidate rows for training. Each ends with a clearly lower test loss than the preset;
 * dropout and early stopping remove the rise, while with L2 and with more data the test loss
 * still climbs somewhat after its minimum (an L2 gradient is rescaled by Adam like any other,
 * which weakens it; decoupled weight decay would not be).
 */
public final class Overfitting implements Lab {
    /** End-over-best test-loss ratio at which the symptom counts as present. */
    public static final double THRESHOLD = 1.1;
    /** λ of the L2 fix. */
    public static final double L2_RATE = 0.03;
    /** Dropout rate of the dropout fix. */
    public static final double DROPOUT = 0.5;
    /** Early-stopping patience in epochs. */
    public static final int PATIENCE = 20;
    /** Training rows of the preset; the more-data fix uses all candidates. */
    public static final int FEW_ROWS = 30;

    @Override
    public LabId id() {
        return LabId.OVERFITTING;
    }

    private static Split candidates() {
        Dataset all = TwoD.CIRCLE.generate(570, 40, new Rng(7));
        return Split.of(all, 300.0 / 570, new Rng(8));
    }

    @Override
    public Preset preset() {
        Split split = candidates();
        int[] first = new int[FEW_ROWS];
        for (int i = 0; i < FEW_ROWS; i++) {
            first[i] = i;
        }
        NetSpec net = NetSpec.of(new int[] {2, 24, 24, 1}, Activation.RELU, Loss.BCE, Init.HE);
        TrainSpec train = TrainSpec.of(0.01, 10).withOptimizer(OptimizerKind.ADAM);
        return new Preset(split.train().subset(first), split.test(), net, train, 1, 150);
    }

    @Override
    public List<Fix> fixes() {
        return Fix.list(Fix.L2_PENALTY, Fix.DROPOUT, Fix.EARLY_STOPPING, Fix.MORE_DATA);
    }

    @Override
    public Preset apply(Fix fix) {
        Preset p = preset();
        switch (fix) {
            case L2_PENALTY:
                return p.withTraining(p.training().withPenalty(
                        new Penalty(Penalty.Kind.L2, L2_RATE)));
            case DROPOUT:
                return p.withNet(Specs.dropout(p.net(), DROPOUT));
            case EARLY_STOPPING:
                return p.withTraining(p.training().withPatience(PATIENCE));
            case MORE_DATA:
                return p.withData(candidates().train(), p.testSet());
            default:
                throw new IllegalArgumentException(fix + " is not a fix of " + id().id());
        }
    }

    @Override
    public Symptom symptom(Outcome outcome) {
        int best = outcome.minTestEpoch();
        double ratio = outcome.endTestLoss() / outcome.minTestLoss();
        boolean trainFell = outcome.endTrainLoss() < outcome.trainLoss()[best];
        return new Symptom(ratio >= THRESHOLD && trainFell, ratio, THRESHOLD, -1, -1);
    }
}
