package scratchnet.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScheduleTest {
    @Test
    void constantKeepsTheBaseRate() {
        assertEquals(0.03, Schedule.constant().rate(0.03, 0));
        assertEquals(0.03, Schedule.constant().rate(0.03, 123_456));
    }

    @Test
    void stepDecayHalvesEveryPeriodExactly() {
        Schedule s = Schedule.step(0.5, 10);
        assertEquals(0.8, s.rate(0.8, 0));
        assertEquals(0.8, s.rate(0.8, 9));
        assertEquals(0.4, s.rate(0.8, 10));
        assertEquals(0.2, s.rate(0.8, 29));
        assertEquals(0.1, s.rate(0.8, 30));
    }

    @Test
    void exponentialIsBaseTimesGammaToTheStep() {
        Schedule s = Schedule.exponential(0.5);
        assertEquals(1.0, s.rate(1.0, 0));
        assertEquals(0.125, s.rate(1.0, 3));
        assertEquals(0x1p-40, s.rate(1.0, 40));
        assertEquals(0.1 * 0.99 * 0.99 * 0.99 * 0.99, Schedule.exponential(0.99).rate(0.1, 4),
                1e-17);
    }

    @Test
    void cosineStartsAtTheBaseIsHalfwayAtHalfTimeAndEndsAtTheFloor() {
        Schedule s = Schedule.cosine(100, 0.01);
        assertEquals(0.1, s.rate(0.1, 0), 1e-17);
        assertEquals(0.055, s.rate(0.1, 50), 1e-17);
        // t = 25: cos(π/4) = √2/2
        assertEquals(0.01 + 0.09 * (1 + Math.sqrt(0.5)) / 2, s.rate(0.1, 25), 1e-16);
        assertEquals(0.01, s.rate(0.1, 100));
        assertEquals(0.01, s.rate(0.1, 5000));
    }

    @Test
    void theCosinePolynomialMatchesMathCosAcrossZeroToPi() {
        for (int i = 0; i <= 1000; i++) {
            double x = Math.PI * i / 1000;
            assertEquals(StrictMath.cos(x), Schedule.cosZeroToPi(x), 4e-16, "x = " + x);
        }
    }

    @Test
    void warmupRampsLinearlyThenHandsOverToTheSchedule() {
        Schedule s = Schedule.step(0.5, 10).withWarmup(4);
        assertEquals(0.25, s.rate(1.0, 0));
        assertEquals(0.5, s.rate(1.0, 1));
        assertEquals(1.0, s.rate(1.0, 3));
        assertEquals(1.0, s.rate(1.0, 4 + 9));
        assertEquals(0.5, s.rate(1.0, 4 + 10));
    }

    @Test
    void impossibleParametersAreRejectedWithTheirName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Schedule.step(1.5, 10));
        assertTrue(e.getMessage().contains("gamma"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Schedule.step(0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> Schedule.cosine(10, -1));
        assertThrows(IllegalArgumentException.class, () -> Schedule.constant().withWarmup(-1));
    }
}
