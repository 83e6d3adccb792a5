package scratchnet.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SeriesTest {
    private static Series rows(int n, int budget) {
        Series s = new Series(2, budget);
        for (int r = 0; r < n; r++) {
            s.add(r, 10 * r);
        }
        return s;
    }

    @Test
    void keepsEveryRowWhileTheBudgetLasts() {
        Series s = rows(200, 256);
        assertEquals(200, s.size());
        assertEquals(1990.0, s.get(199, 1));
        assertEquals(199.0, s.column(0)[199]);
        assertEquals(1990.0, s.at(199, 1));
    }

    @Test
    void neverKeepsMoreThanItsBudgetHoweverManyRowsArrive() {
        Series s = new Series(1, 64);
        for (int r = 0; r < 1_000_000; r++) {
            s.add(r);
            assertTrue(s.size() <= 64);
        }
        assertEquals(1_000_000, s.added());
        assertEquals(999_999.0, s.last(0));
    }

    @Test
    void theRecentHalfStaysAtFullResolutionAndTheOlderPartIsThinnedEvenly() {
        Series s = rows(10_000, 100);
        // the newest 50 rows are all there, in order
        for (int i = 0; i < 50; i++) {
            assertEquals(10_000 - 50 + i, s.number(s.size() - 50 + i));
        }
        // the older rows are multiples of one stride, starting with row 0
        int older = s.size() - 50;
        assertEquals(0, s.number(0));
        double stride = s.number(1);
        assertTrue(stride > 1);
        for (int i = 0; i < older; i++) {
            assertTrue(s.number(i) % stride == 0, "row " + s.number(i));
        }
        for (int i = 1; i < s.size(); i++) {
            assertTrue(s.number(i) > s.number(i - 1));
            assertEquals(10 * s.get(i, 0), s.get(i, 1));
        }
    }

    @Test
    void aThinnedAwayRowReadsAsNaN() {
        Series s = rows(10_000, 100);
        assertTrue(Double.isNaN(s.at(1, 0)));
        assertEquals(0.0, s.at(0, 0));
        assertEquals(99_990.0, s.at(9_999, 1));
    }

    @Test
    void setFromOverwritesTheRowsFromANumberOn() {
        Series s = rows(5, 16);
        s.setFrom(3, 1, -1);
        assertArrayEquals(new double[] {0, 10, 20, -1, -1}, s.column(1));
    }

    @Test
    void thinningForTheChartKeepsEveryKthRowAndAlwaysTheLast() {
        assertArrayEquals(new double[] {0, 0, 3, 30, 6, 60, 9, 90}, rows(10, 64).thinned(4));
        assertArrayEquals(new double[] {0, 0, 3, 30, 6, 60, 9, 90, 10, 100},
                rows(11, 64).thinned(4));
        assertArrayEquals(rows(3, 64).toArray(), rows(3, 64).thinned(4));
    }
}
