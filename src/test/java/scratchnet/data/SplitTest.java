package scratchnet.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import scratchnet.math.Rng;

class SplitTest {
    /** n rows whose only feature is the row number, so rows can be traced through a split. */
    private static Dataset numbered(int n) {
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
            y[i] = 10 * i;
        }
        return new Dataset(x, y, new String[] {"id"}, "ten_id", Task.REGRESSION, 0);
    }

    @Test
    void deliveryDataSplitsSixteenHundredToFourHundredByDefault() {
        Split s = Split.of(Delivery.generate(new Rng(42)), new Rng(42));
        assertEquals(1600, s.train().rows());
        assertEquals(400, s.test().rows());
    }

    @Test
    void trainAndTestAreDisjointAndTogetherHoldEveryRowOnce() {
        Split s = Split.of(numbered(2000), 0.8, new Rng(3));
        boolean[] seen = new boolean[2000];
        for (Dataset part : new Dataset[] {s.train(), s.test()}) {
            for (int r = 0; r < part.rows(); r++) {
                int id = (int) part.feature(r, 0);
                assertFalse(seen[id], "row " + id + " appears twice");
                seen[id] = true;
                assertEquals(10.0 * id, part.target(r), "target travels with its row");
            }
        }
        for (boolean b : seen) {
            assertTrue(b);
        }
    }

    @Test
    void splitIsShuffledAndRepeatableForASeed() {
        Split a = Split.of(numbered(100), 0.5, new Rng(5));
        Split b = Split.of(numbered(100), 0.5, new Rng(5));
        Split c = Split.of(numbered(100), 0.5, new Rng(6));
        assertArrayEquals(a.train().x(), b.train().x());
        assertFalse(Arrays.equals(a.train().x(), c.train().x()));
        double[] firstHalf = new double[50];
        for (int i = 0; i < 50; i++) {
            firstHalf[i] = i;
        }
        assertFalse(Arrays.equals(firstHalf, a.train().x()), "rows must be shuffled");
    }

    @Test
    void ratioOutsideZeroToOneIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Split.of(numbered(10), 0, new Rng(1)));
        assertThrows(IllegalArgumentException.class,
                () -> Split.of(numbered(10), 1.5, new Rng(1)));
    }
}
