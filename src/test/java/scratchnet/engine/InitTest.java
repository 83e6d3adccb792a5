package scratchnet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.math.Rng;

class InitTest {
    /** Population standard deviation of a 200 × 300 layer's weights under {@code init}. */
    private static double[] draw(Init init) {
        double[] w = new double[200 * 300];
        init.fill(w, 200, new Rng(3));
        return w;
    }

    private static double std(double[] w) {
        double sq = 0;
        for (double v : w) {
            sq += v * v;
        }
        return Math.sqrt(sq / w.length);
    }

    @Test
    void eachRuleHasTheSpreadItsFormulaSays() {
        assertEquals(Math.sqrt(2.0 / 200), std(draw(Init.HE)), 0.01 * Math.sqrt(2.0 / 200));
        assertEquals(Math.sqrt(1.0 / 200), std(draw(Init.LECUN)), 0.01 * Math.sqrt(1.0 / 200));
        double glorot = Math.sqrt(2.0 / (200 + 300));
        assertEquals(glorot, std(draw(Init.GLOROT)), 0.01 * glorot);
        assertEquals(glorot, std(draw(Init.GLOROT_UNIFORM)), 0.01 * glorot, "same variance");
        double limit = Math.sqrt(6.0 / 500);
        for (double v : draw(Init.GLOROT_UNIFORM)) {
            assertTrue(Math.abs(v) <= limit);
        }
    }
}
