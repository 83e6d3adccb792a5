package scratchnet.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfusionTest {
    /**
     * Three classes, six rows worked by hand. Softmax outputs (arg-max = predicted):
     * true 0 → 0, true 0 → 1, true 1 → 1, true 1 → 1, true 2 → 0, true 2 → 2.
     */
    private static final double[] Y = {0, 0, 1, 1, 2, 2};
    private static final double[] OUT = {
        0.7, 0.2, 0.1,
        0.3, 0.6, 0.1,
        0.1, 0.8, 0.1,
        0.2, 0.5, 0.3,
        0.5, 0.4, 0.1,
        0.1, 0.2, 0.7,
    };

    @Test
    void countsRowsByTrueClassAndColumnsByPredictedClass() {
        Confusion c = Confusion.of(Y, OUT, 6, 3, 3);
        assertArrayEquals(new int[] {1, 1, 0, 0, 2, 0, 1, 0, 1}, c.counts());
        assertEquals(6, c.rows());
        assertEquals(4.0 / 6, c.accuracy());
    }

    @Test
    void precisionAndRecallPerClassAsWorkedByHand() {
        Confusion c = Confusion.of(Y, OUT, 6, 3, 3);
        // class 0: predicted 0 twice (rows 0 and 4), right once; truly 0 twice, found once
        assertEquals(0.5, c.precision(0));
        assertEquals(0.5, c.recall(0));
        // class 1: predicted 1 three times (rows 1, 2, 3), right twice; truly 1 twice, both found
        assertEquals(2.0 / 3, c.precision(1));
        assertEquals(1.0, c.recall(1));
        // class 2: predicted once (row 5), right; truly 2 twice, one found
        assertEquals(1.0, c.precision(2));
        assertEquals(0.5, c.recall(2));
        assertEquals(2, c.support(1));
        assertEquals(3, c.predictedAs(1));
    }

    @Test
    void aSingleOutputIsClassOneFromOneHalf() {
        double[] y = {1, 1, 0, 0, 1};
        double[] p = {0.5, 0.9, 0.49, 0.7, 0.1};
        Confusion c = Confusion.of(y, p, 5, 1, 2);
        // true 0: one predicted 0 (0.49), one predicted 1 (0.7); true 1: 0.1 → 0, 0.5 and 0.9 → 1
        assertArrayEquals(new int[] {1, 1, 1, 2}, c.counts());
        assertEquals(0.6, c.accuracy());
        assertEquals(2.0 / 3, c.precision(1));
        assertEquals(2.0 / 3, c.recall(1));
        assertEquals(0.5, c.precision(0));
        assertEquals(0.5, c.recall(0));
    }

    @Test
    void aClassNeverPredictedOrAbsentHasNoPrecisionOrRecall() {
        double[] y = {0, 0};
        double[] p = {0.1, 0.2};
        Confusion c = Confusion.of(y, p, 2, 1, 2);
        assertTrue(Double.isNaN(c.precision(1)), "no row predicted 1");
        assertTrue(Double.isNaN(c.recall(1)), "no row truly 1");
        assertEquals(1.0, c.precision(0));
        assertTrue(Double.isNaN(Confusion.of(y, p, 0, 1, 2).accuracy()));
    }

    @Test
    void aMatrixOfTheWrongSizeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Confusion(3, new int[4]));
    }
}
