package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SessionTest {
    @Test
    void sameSeedGivesIdenticalParameterBits() {
        Session a = new Session(7);
        Session b = new Session(7);
        a.train(50);
        b.train(50);
        assertEquals(a.parameterBits(), b.parameterBits());
    }

    @Test
    void differentSeedsGiveDifferentNetworks() {
        assertNotEquals(new Session(7).parameterBits(), new Session(8).parameterBits());
    }

    @Test
    void trainingLowersTheLossOnTheCircle() {
        Session s = new Session(1);
        double before = s.loss();
        s.train(300);
        assertEquals(300, s.steps());
        assertTrue(s.loss() < 0.5 * before, before + " -> " + s.loss());
    }

    @Test
    void decisionGridHoldsOneProbabilityPerCell() {
        double[] grid = new Session(1).decisionGrid();
        assertEquals(Session.GRID * Session.GRID, grid.length);
        for (double p : grid) {
            assertTrue(p >= 0 && p <= 1, "probability " + p);
        }
    }

    @Test
    void parameterBitsAreSixteenHexDigitsPerValue() {
        String bits = new Session(3).parameterBits();
        // 2-8-8-1: 16 + 8 + 64 + 8 + 8 + 1 weights and biases
        assertEquals(105, bits.trim().split("\\s+").length);
        assertTrue(bits.trim().split("\\s+")[0].matches("[0-9a-f]{16}"));
    }
}
