package scratchnet.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import scratchnet.math.Rng;

class TwoDTest {
    @Test
    void sameSeedGivesIdenticalDataForEveryKind() {
        for (TwoD kind : TwoD.values()) {
            Dataset a = kind.generate(300, 20, 4, new Rng(7));
            Dataset b = kind.generate(300, 20, 4, new Rng(7));
            assertArrayEquals(a.x(), b.x(), kind.name());
            assertArrayEquals(a.y(), b.y(), kind.name());
        }
    }

    @Test
    void differentSeedGivesDifferentPointsForEveryKind() {
        for (TwoD kind : TwoD.values()) {
            Dataset a = kind.generate(300, 20, new Rng(7));
            Dataset b = kind.generate(300, 20, new Rng(8));
            assertFalse(Arrays.equals(a.x(), b.x()), kind.name());
        }
    }

    @Test
    void everyKindHasTwoNamedInputColumnsAndTheRightTask() {
        for (TwoD kind : TwoD.values()) {
            Dataset d = kind.generate(100, 0, new Rng(1));
            assertEquals(100, d.rows());
            assertArrayEquals(new String[] {"x1", "x2"}, d.featureNames());
            assertEquals(kind.task(), d.task());
        }
        assertEquals(2, TwoD.CIRCLE.generate(10, 0, new Rng(1)).classes());
        assertEquals(0, TwoD.PLANE.generate(10, 0, new Rng(1)).classes());
        assertEquals(5, TwoD.BLOBS_K.generate(10, 0, 5, new Rng(1)).classes());
    }

    @Test
    void binaryLabelsAreZeroOrOneNeverMinusOne() {
        for (TwoD kind : new TwoD[] {TwoD.CIRCLE, TwoD.XOR, TwoD.GAUSSIAN, TwoD.SPIRAL}) {
            Dataset d = kind.generate(400, 50, new Rng(3));
            for (double label : d.y()) {
                assertTrue(label == 0 || label == 1, kind + " gave label " + label);
            }
        }
    }

    @Test
    void circleGaussianAndSpiralDrawHalfThePointsPerClass() {
        for (TwoD kind : new TwoD[] {TwoD.CIRCLE, TwoD.GAUSSIAN, TwoD.SPIRAL}) {
            Dataset d = kind.generate(500, 0, new Rng(4));
            assertEquals(250, d.count(1), kind.name());
            assertEquals(250, d.count(0), kind.name());
        }
    }

    @Test
    void xorIsRoughlyBalanced() {
        Dataset d = TwoD.XOR.generate(2000, 0, new Rng(5));
        assertTrue(Math.abs(d.count(1) - 1000) < 120, "class 1 count " + d.count(1));
    }

    @Test
    void kClassKindsDealRowsEvenlyOverTheClasses() {
        for (TwoD kind : new TwoD[] {TwoD.SPIRAL_K, TwoD.BLOBS_K}) {
            for (int k = 3; k <= 5; k++) {
                Dataset d = kind.generate(301, 10, k, new Rng(6));
                assertEquals(k, d.classes());
                int total = 0;
                for (int c = 0; c < k; c++) {
                    int count = d.count(c);
                    assertTrue(count == 301 / k || count == 301 / k + 1, kind + " " + count);
                    total += count;
                }
                assertEquals(301, total);
            }
        }
    }

    @Test
    void circleWithoutNoiseLabelsExactlyThePointsInsideRadiusTwoAndAHalfAsClassOne() {
        Dataset d = TwoD.CIRCLE.generate(1000, 0, new Rng(9));
        for (int r = 0; r < d.rows(); r++) {
            double radius = Math.hypot(d.feature(r, 0), d.feature(r, 1));
            assertEquals(radius < 2.5 ? 1.0 : 0.0, d.target(r));
            assertTrue(radius < 2.5 + 1e-12 || (radius >= 3.5 - 1e-12 && radius <= 5 + 1e-12));
        }
    }

    @Test
    void circleWithNoiseFlipsSomeLabelsNearTheBoundary() {
        Dataset d = TwoD.CIRCLE.generate(1000, 50, new Rng(9));
        int disagree = 0;
        for (int r = 0; r < d.rows(); r++) {
            double radius = Math.hypot(d.feature(r, 0), d.feature(r, 1));
            if ((radius < 2.5 ? 1.0 : 0.0) != d.target(r)) {
                disagree++;
            }
        }
        assertTrue(disagree > 50 && disagree < 500, "disagreements " + disagree);
    }

    @Test
    void xorWithoutNoiseLabelsBySignOfTheProductAndKeepsClearOfTheAxes() {
        Dataset d = TwoD.XOR.generate(1000, 0, new Rng(10));
        for (int r = 0; r < d.rows(); r++) {
            double x1 = d.feature(r, 0);
            double x2 = d.feature(r, 1);
            assertEquals(x1 * x2 >= 0 ? 1.0 : 0.0, d.target(r));
            assertTrue(Math.abs(x1) >= 0.3 && Math.abs(x2) >= 0.3);
        }
    }

    @Test
    void gaussianClassOneSitsAroundTwoTwo() {
        Dataset d = TwoD.GAUSSIAN.generate(2000, 0, new Rng(11));
        double sum = 0;
        for (int r = 0; r < d.rows(); r++) {
            if (d.target(r) == 1) {
                sum += d.feature(r, 0) + d.feature(r, 1);
            }
        }
        assertEquals(4.0, sum / d.count(1), 0.1);
    }

    @Test
    void inputsStayWithinPlaygroundRangeWithoutNoise() {
        for (TwoD kind : TwoD.values()) {
            Dataset d = kind.generate(1000, 0, new Rng(12));
            for (double v : d.x()) {
                assertTrue(Math.abs(v) <= 6.5, kind + " gave " + v);
            }
        }
    }

    @Test
    void planeTargetIsTheScaledSumWithoutNoise() {
        Dataset d = TwoD.PLANE.generate(200, 0, new Rng(13));
        for (int r = 0; r < d.rows(); r++) {
            assertEquals((d.feature(r, 0) + d.feature(r, 1)) / 10, d.target(r), 1e-15);
            assertTrue(Math.abs(d.target(r)) <= 1.2);
        }
    }

    @Test
    void multiGaussianTargetsLieInMinusOneToOneAndPeakAtTheBumpCentres() {
        Dataset d = TwoD.MULTI_GAUSSIAN.generate(1000, 30, new Rng(14));
        for (double t : d.y()) {
            assertTrue(t >= -1 && t <= 1);
        }
        assertEquals(1.0, Regress2D.bumps(-4, 2.5));
        assertEquals(-1.0, Regress2D.bumps(0, 2.5));
        assertEquals(-0.5, Regress2D.bumps(4, -1.5), 1e-15);
        assertEquals(0.0, Regress2D.bumps(-2, 0));
    }

    @Test
    void spiralArmsStartAtTheCentreAndGrowOutward() {
        Dataset d = TwoD.SPIRAL.generate(200, 0, new Rng(15));
        assertEquals(0.0, Math.hypot(d.feature(0, 0), d.feature(0, 1)));
        assertEquals(5.0 * 99 / 100, Math.hypot(d.feature(99, 0), d.feature(99, 1)), 1e-12);
    }

    @Test
    void badNoiseOrClassCountIsRejected() {
        Rng rng = new Rng(1);
        assertThrows(IllegalArgumentException.class, () -> TwoD.CIRCLE.generate(10, 51, rng));
        assertThrows(IllegalArgumentException.class, () -> TwoD.CIRCLE.generate(10, -1, rng));
        assertThrows(IllegalArgumentException.class, () -> TwoD.CIRCLE.generate(0, 0, rng));
        assertThrows(IllegalArgumentException.class, () -> TwoD.BLOBS_K.generate(10, 0, 2, rng));
        assertThrows(IllegalArgumentException.class, () -> TwoD.SPIRAL_K.generate(10, 0, 6, rng));
    }
}
