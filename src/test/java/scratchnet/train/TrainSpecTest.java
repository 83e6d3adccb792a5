package scratchnet.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import scratchnet.engine.Penalty;

class TrainSpecTest {
    private static String rejection(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    void theTutorialDefaultsArePlainShuffledSgd() {
        TrainSpec s = TrainSpec.of(0.005, 64);
        assertEquals(OptimizerKind.SGD, s.optimizer());
        assertEquals(Schedule.constant(), s.schedule());
        assertEquals(Penalty.NONE, s.penalty());
        assertEquals(true, s.shuffle());
        assertEquals(0, s.patience());
    }

    @Test
    void badSettingsAreRejectedWithAMessageNamingTheSetting() {
        assertEquals("learning rate must be a finite number > 0: 0.0",
                rejection(() -> TrainSpec.of(0, 10)));
        assertEquals("learning rate must be a finite number > 0: NaN",
                rejection(() -> TrainSpec.of(Double.NaN, 10)));
        assertEquals("batch size must be >= 0 (0 = full batch): -1",
                rejection(() -> TrainSpec.of(0.1, -1)));
        assertEquals("clip norm must be a finite number >= 0 (0 = off): -1.0",
                rejection(() -> TrainSpec.of(0.1, 1).withClipNorm(-1)));
        assertEquals("patience must be >= 0 epochs (0 = off): -2",
                rejection(() -> TrainSpec.of(0.1, 1).withPatience(-2)));
        assertEquals("optimizer, schedule and penalty must be given",
                rejection(() -> TrainSpec.of(0.1, 1).withOptimizer(null)));
        assertEquals("cosine floor 0.5 is above the learning rate 0.1",
                rejection(() -> TrainSpec.of(0.1, 1).withSchedule(Schedule.cosine(10, 0.5))));
    }
}
