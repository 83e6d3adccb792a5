package scratchnet.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import scratchnet.data.Dataset;
import scratchnet.data.Delivery;
import scratchnet.data.Task;
import scratchnet.data.TwoD;
import scratchnet.math.Rng;

class DatasetCsvTest {
    @Test
    void readsAHandWrittenBinaryFile() {
        Dataset d = DatasetCsv.read("x1,x2,label\n1,2,0\n3.5,-4e-1,1\n");
        assertEquals(Task.BINARY, d.task());
        assertEquals(2, d.classes());
        assertArrayEquals(new String[] {"x1", "x2"}, d.featureNames());
        assertEquals("label", d.targetName());
        assertArrayEquals(new double[] {1, 2, 3.5, -0.4}, d.x());
        assertArrayEquals(new double[] {0, 1}, d.y());
    }

    @Test
    void aTargetOtherThanZeroOrOneMakesTheInferredTaskRegression() {
        Dataset d = DatasetCsv.read("a,y\n1,0\n2,0.5\n3,1\n");
        assertEquals(Task.REGRESSION, d.task());
        assertEquals(0, d.classes());
    }

    @Test
    void integerLabelsAreOnlyClassesWhenMulticlassIsAskedFor() {
        String text = "a,k\n1,0\n2,2\n3,1\n";
        assertEquals(Task.REGRESSION, DatasetCsv.read(text).task());
        Dataset d = DatasetCsv.read(text, Task.MULTICLASS);
        assertEquals(3, d.classes());
        assertEquals(5, DatasetCsv.read(text, Task.MULTICLASS, 5).classes());
    }

    @Test
    void toleratesCrlfCrBomSpacesQuotedHeadersAndTrailingBlankLines() {
        String[] variants = {
            "\uFEFFa,b\r\n1,2\r\n3,4\r\n\r\n  \r\n",
            "a,b\r1,2\r3,4",
            "\"a\", \"b\"\n 1 , 2\n3,\"4\"\n\n",
        };
        for (String text : variants) {
            Dataset d = DatasetCsv.read(text, Task.REGRESSION);
            assertArrayEquals(new String[] {"a"}, d.featureNames());
            assertEquals("b", d.targetName());
            assertArrayEquals(new double[] {1, 3}, d.x());
            assertArrayEquals(new double[] {2, 4}, d.y());
        }
    }

    @Test
    void writeThenReadGivesBackExactlyTheSameRegressionData() {
        Rng rng = new Rng(5);
        int n = 500;
        double[] x = new double[2 * n];
        double[] y = new double[n];
        for (int i = 0; i < 2 * n; i++) {
            long bits = ((long) rng.nextInt() << 32) ^ (rng.nextInt() & 0xFFFFFFFFL);
            double v = Double.longBitsToDouble(bits);
            x[i] = Double.isFinite(v) ? v : rng.normal(0, 1);
        }
        for (int i = 0; i < n; i++) {
            y[i] = rng.uniform(-1, 1) / 3;
        }
        double[] special = {0.1, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MIN_NORMAL,
            1e-300, 2e-3, 1e7, 123456789012345678.0, 2e23, 1e23};
        System.arraycopy(special, 0, x, 0, special.length);
        Dataset d = new Dataset(x, y, new String[] {"p", "q"}, "t", Task.REGRESSION, 0);
        Dataset back = DatasetCsv.read(DatasetCsv.write(d), Task.REGRESSION);
        assertArrayEquals(d.x(), back.x());
        assertArrayEquals(d.y(), back.y());
        assertArrayEquals(d.featureNames(), back.featureNames());
    }

    @Test
    void deliveryAndClassificationDataRoundTripExactly() {
        Dataset delivery = Delivery.generate(new Rng(42));
        Dataset back = DatasetCsv.read(DatasetCsv.write(delivery));
        assertArrayEquals(delivery.x(), back.x());
        assertArrayEquals(delivery.y(), back.y());
        Dataset circle = TwoD.CIRCLE.generate(100, 20, new Rng(1));
        Dataset circleBack = DatasetCsv.read(DatasetCsv.write(circle));
        assertEquals(Task.BINARY, circleBack.task());
        assertArrayEquals(circle.x(), circleBack.x());
        Dataset blobs = TwoD.BLOBS_K.generate(90, 10, 4, new Rng(2));
        Dataset blobsBack = DatasetCsv.read(DatasetCsv.write(blobs), Task.MULTICLASS, 4);
        assertArrayEquals(blobs.y(), blobsBack.y());
        assertEquals(4, blobsBack.classes());
    }

    @Test
    void labelsAreWrittenAsIntegers() {
        Dataset d = new Dataset(new double[] {0.5, 1.5}, new double[] {1, 0}, new String[] {"f"},
                "label", Task.BINARY, 2);
        assertEquals("f,label\n0.5,1\n1.5,0\n", DatasetCsv.write(d));
    }

    @Test
    void namesThatCouldNotBeReadBackAreRefusedOnWrite() {
        Dataset d = new Dataset(new double[] {1}, new double[] {2}, new String[] {"a,b"}, "t",
                Task.REGRESSION, 0);
        assertThrows(IllegalArgumentException.class, () -> DatasetCsv.write(d));
    }
}
