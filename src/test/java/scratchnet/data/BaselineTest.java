package scratchnet.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.math.Rng;

class BaselineTest {
    private static Dataset targets(double... y) {
        return new Dataset(new double[y.length], y, new String[] {"f"}, "t", Task.REGRESSION, 0);
    }

    @Test
    void maeAveragesAbsoluteErrors() {
        assertEquals(2.0, Baseline.mae(new double[] {1, 5, 0}, new double[] {2, 2, 2}));
    }

    @Test
    void meanPredictorGuessesTheTrainingMeanForEveryTestRow() {
        // training mean 2; |2 − 0| and |2 − 4| average to 2; |2 − 3| alone is 1
        assertEquals(2.0, Baseline.meanPredictorMae(targets(1, 2, 3), targets(0, 4)));
        assertEquals(1.0, Baseline.meanPredictorMae(targets(1, 2, 3), targets(3)));
    }

    @Test
    void deliveryMeanPredictorIsOffByTenToFifteenMinutes() {
        Split s = Split.of(Delivery.generate(new Rng(42)), new Rng(42));
        double mae = Baseline.meanPredictorMae(s.train(), s.test());
        assertTrue(mae > 10 && mae < 15, "baseline MAE " + mae);
    }

    @Test
    void majorityClassAccuracyCountsTheMostFrequentTrainingClass() {
        Dataset train = new Dataset(new double[4], new double[] {1, 1, 1, 0}, new String[] {"f"},
                "label", Task.BINARY, 2);
        Dataset test = new Dataset(new double[4], new double[] {1, 0, 0, 0}, new String[] {"f"},
                "label", Task.BINARY, 2);
        assertEquals(0.25, Baseline.majorityClassAccuracy(train, test));
    }
}
