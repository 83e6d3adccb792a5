package scratchnet.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DatasetTest {
    private static final String[] AB = {"a", "b"};

    private static Dataset three() {
        return new Dataset(new double[] {1, 2, 3, 4, 5, 6}, new double[] {0, 1, 2}, AB, "k",
                Task.MULTICLASS, 3);
    }

    @Test
    void shapeAndCellsAreRowMajor() {
        Dataset d = three();
        assertEquals(3, d.rows());
        assertEquals(2, d.cols());
        assertEquals(4.0, d.feature(1, 1));
        assertArrayEquals(new double[] {5, 6}, d.row(2));
        assertArrayEquals(new double[] {2, 4, 6}, d.column(1));
    }

    @Test
    void subsetTakesRowsInTheGivenOrder() {
        Dataset s = three().subset(new int[] {2, 0});
        assertArrayEquals(new double[] {5, 6, 1, 2}, s.x());
        assertArrayEquals(new double[] {2, 0}, s.y());
        assertEquals(3, s.classes());
    }

    @Test
    void constructorCopiesItsArraysAndRowCopiesAreIndependent() {
        double[] x = {1, 2};
        Dataset d = new Dataset(x, new double[] {0.5}, AB, "t", Task.REGRESSION, 0);
        x[0] = 99;
        d.row(0)[1] = 99;
        assertArrayEquals(new double[] {1, 2}, d.x());
    }

    @Test
    void badShapesAndLabelsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new Dataset(new double[3], new double[2], AB, "t", Task.REGRESSION, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Dataset(new double[2], new double[] {-1}, AB, "t", Task.BINARY, 2));
        assertThrows(IllegalArgumentException.class,
                () -> new Dataset(new double[2], new double[] {0.5}, AB, "t", Task.BINARY, 2));
        assertThrows(IllegalArgumentException.class,
                () -> new Dataset(new double[2], new double[] {3}, AB, "t", Task.MULTICLASS, 3));
        assertThrows(IllegalArgumentException.class,
                () -> new Dataset(new double[2], new double[] {1}, AB, "t", Task.BINARY, 3));
    }
}
