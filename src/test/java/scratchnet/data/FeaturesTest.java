package scratchnet.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.math.Rng;
import scratchnet.math.Trig;

class FeaturesTest {
    @Test
    void allSevenFeaturesOfAPointInPlaygroundOrder() {
        Features all = Features.all();
        assertArrayEquals(new String[] {"x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)"},
                all.names());
        double[] out = new double[7];
        all.fill(2, -3, out, 0);
        assertArrayEquals(new double[] {2, -3, 4, 9, -6, Trig.sin(2), Trig.sin(-3)}, out);
    }

    @Test
    void columnOrderFollowsTheFeatureListNotTheOrderOfChoosing() {
        Features f = Features.of(Feature.SIN_X2, Feature.X1, Feature.X1_TIMES_X2);
        assertArrayEquals(new String[] {"x1", "x1*x2", "sin(x2)"}, f.names());
        assertEquals(f, Features.of(Feature.X1, Feature.X1_TIMES_X2, Feature.SIN_X2));
        assertTrue(f.contains(Feature.X1));
        assertFalse(f.contains(Feature.X2));
    }

    @Test
    void applyMapsEveryRowAndKeepsTheTargets() {
        Dataset d = TwoD.XOR.generate(50, 10, new Rng(1));
        Features f = Features.of(Feature.X1_SQUARED, Feature.X2);
        Dataset e = f.apply(d);
        assertEquals(50, e.rows());
        assertEquals(2, e.cols());
        assertArrayEquals(d.y(), e.y());
        for (int r = 0; r < 50; r++) {
            assertEquals(d.feature(r, 1), e.feature(r, 0));
            assertEquals(d.feature(r, 0) * d.feature(r, 0), e.feature(r, 1));
        }
    }

    @Test
    void plainSelectionReproducesTheInput() {
        Dataset d = TwoD.SPIRAL.generate(30, 0, new Rng(2));
        assertArrayEquals(d.x(), Features.plain().apply(d).x());
    }

    @Test
    void onlyTwoColumnDataCanBeExpanded() {
        Dataset d = Delivery.generate(10, new Rng(3));
        assertThrows(IllegalArgumentException.class, () -> Features.all().apply(d));
    }
}
