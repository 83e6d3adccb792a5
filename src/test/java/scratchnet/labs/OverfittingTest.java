package scratchnet.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OverfittingTest {
    private final Overfitting lab = new Overfitting();

    @Test
    void testLossRisesWhileTrainingLossKeepsFalling() {
        Outcome o = LabRunner.run(lab.preset());
        int best = o.minTestEpoch();
        assertTrue(best > 0 && best < o.epochs() / 2, "test minimum at epoch " + best);
        assertTrue(o.endTestLoss() > 2 * o.minTestLoss());
        assertTrue(o.endTrainLoss() < o.trainLoss()[best] / 5);
        assertTrue(lab.symptom(o).present());
    }

    @Test
    void earlyStoppingRestoresTheBestEpochsWeights() {
        Outcome preset = LabRunner.run(lab.preset());
        Outcome o = LabRunner.run(lab.apply(Fix.EARLY_STOPPING));
        assertTrue(o.stopped());
        assertEquals(preset.minTestEpoch(), o.bestEpoch(), "same seed, same path until the stop");
        assertEquals(o.bestEpoch() + Overfitting.PATIENCE, o.epochs());
        assertEquals(o.testLoss()[o.bestEpoch()], o.endTestLoss(), 0);
        assertEquals(o.trainLoss()[o.bestEpoch()], o.endTrainLoss(), 0);
        assertEquals(1.0, lab.symptom(o).value(), 0);
    }

    @Test
    void everyFixEndsWithALowerTestLossThanThePreset() {
        double preset = LabRunner.run(lab.preset()).endTestLoss();
        for (Fix fix : lab.fixes()) {
            double end = LabRunner.run(lab.apply(fix)).endTestLoss();
            assertTrue(end < 0.7 * preset, fix + ": " + end + " vs " + preset);
        }
    }
}
