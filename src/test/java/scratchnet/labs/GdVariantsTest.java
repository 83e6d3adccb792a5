package scratchnet.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GdVariantsTest {
    @Test
    void batchStochasticAndMiniBatchGiveThreeHistoriesFromTheSameStart() {
        double[] tick = {0};
        Outcome[] o = new GdVariants().compare(() -> tick[0] += 1);
        Outcome batch = o[0];
        Outcome stochastic = o[1];
        Outcome mini = o[2];
        for (Outcome v : o) {
            assertEquals(GdVariants.EPOCHS + 1, v.trainLoss().length);
            assertEquals(1.0, v.seconds(), 0, "the clock is read once before and once after");
            assertEquals(batch.startLoss(), v.startLoss(), 0);
        }
        assertEquals(20, batch.steps());
        assertEquals(20 * 1600, stochastic.steps());
        assertEquals(20 * 25, mini.steps());
        assertTrue(stochastic.endTrainLoss() < mini.endTrainLoss());
        assertTrue(mini.endTrainLoss() < batch.endTrainLoss());
    }
}
