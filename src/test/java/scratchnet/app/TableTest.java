package scratchnet.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TableTest {
    private static Table rows(int n) {
        Table t = new Table(2);
        for (int r = 0; r < n; r++) {
            t.add(r, 10 * r);
        }
        return t;
    }

    @Test
    void growsPastItsFirstCapacityAndKeepsRowsInOrder() {
        Table t = rows(200);
        assertEquals(200, t.rows());
        assertEquals(1990.0, t.get(199, 1));
        assertEquals(199.0, t.column(0)[199]);
    }

    @Test
    void thinningKeepsEveryKthRowAndAlwaysTheLast() {
        assertArrayEquals(new double[] {0, 0, 3, 30, 6, 60, 9, 90}, rows(10).thinned(4));
        assertArrayEquals(new double[] {0, 0, 3, 30, 6, 60, 9, 90, 10, 100},
                rows(11).thinned(4));
        assertArrayEquals(rows(3).toArray(), rows(3).thinned(4));
    }
}
