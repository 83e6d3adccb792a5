package scratchnet.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HintWatchTest {
    private static Hint hint(Hint.Phenomenon p, double value) {
        return new Hint(p, LabId.DYING_RELU, value, 0.5, 0);
    }

    @Test
    void aFindingAppearsAfterThreeReadingsInARowAndLeavesAfterThreeWithout() {
        HintWatch w = new HintWatch();
        Hint dead = hint(Hint.Phenomenon.DEAD_UNITS, 0.6);
        assertNull(w.observe(dead));
        assertNull(w.observe(dead));
        assertEquals(dead, w.observe(dead));
        Hint worse = hint(Hint.Phenomenon.DEAD_UNITS, 0.7);
        assertEquals(worse, w.observe(worse), "the same phenomenon updates its figures");
        assertEquals(worse, w.observe(null));
        assertEquals(worse, w.observe(null));
        assertNull(w.observe(null));
    }

    @Test
    void alternatingFindingsNeverShow() {
        HintWatch w = new HintWatch();
        for (int i = 0; i < 20; i++) {
            assertNull(w.observe(i % 2 == 0 ? hint(Hint.Phenomenon.VANISHING_GRADIENTS, 200)
                    : null));
        }
    }

    @Test
    void aNonFiniteValueShowsAtOnce() {
        HintWatch w = new HintWatch();
        Hint nan = new Hint(Hint.Phenomenon.NON_FINITE, LabId.NAN_EXPLOSION, 7, Double.NaN, 1);
        assertEquals(nan, w.observe(nan));
    }

    @Test
    void sentencesGiveTheFiguresWithThreeSignificantDigits() {
        assertEquals("1230", Hint.figure(1234.5));
        assertEquals("0.0123", Hint.figure(0.012345));
        assertEquals("1.2e-5", Hint.figure(0.000012));
        String s = new Hint(Hint.Phenomenon.RATE_TOO_SMALL, LabId.TINY_LEARNING_RATE, 3.2e-6,
                1e-5, -1).sentence("");
        assertEquals(true, s.contains("3.2e-6 of their size"), s);
    }
}
