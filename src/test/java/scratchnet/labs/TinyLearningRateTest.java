package scratchnet.labs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TinyLearningRateTest {
    private final TinyLearningRate lab = new TinyLearningRate();

    @Test
    void atOneInAHundredThousandTheLossFallsByLessThanTenPercent() {
        Symptom s = lab.symptom(LabRunner.run(lab.preset()));
        assertTrue(s.present());
        assertTrue(s.value() >= 0.9 && s.value() < 1, "end/start " + s.value());
    }

    @Test
    void aHundredTimesLargerRateCutsTheLossByMoreThanHalf() {
        Symptom s = lab.symptom(LabRunner.run(lab.apply(Fix.LARGER_LEARNING_RATE)));
        assertTrue(!s.present() && s.value() < 0.5, "end/start " + s.value());
    }

    @Test
    void theLogGridHasTheRequestedPointsPerDecade() {
        assertArrayEquals(new double[] {1e-3, 1e-2, 1e-1, 1}, TinyLearningRate.logGrid(1e-3, 1, 1),
                1e-15);
        double[] g = TinyLearningRate.logGrid(1e-4, 1e-2, 2);
        assertEquals(5, g.length);
        assertEquals(Math.sqrt(10) * 1e-4, g[1], 1e-18);
    }

    @Test
    void theSweepShowsTooSmallJustRightAndDivergentRates() {
        double[] rates = TinyLearningRate.logGrid(1e-5, 10, 1);
        double[] loss = TinyLearningRate.sweep(lab.preset().withEpochs(5), rates);
        int best = 0;
        for (int i = 1; i < loss.length; i++) {
            if (loss[i] < loss[best]) {
                best = i;
            }
        }
        assertTrue(best > 0 && best < rates.length - 1, "the best rate is inside the grid");
        assertTrue(loss[0] > 2 * loss[best], "the smallest rate lags");
        assertEquals(Double.POSITIVE_INFINITY, loss[rates.length - 1], "rate 10 diverges");
    }
}
