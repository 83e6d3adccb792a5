package scratchnet.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.math.Rng;

class DeliveryTest {
    private static final Dataset DATA = Delivery.generate(new Rng(42));

    @Test
    void hasTwoThousandRowsOfFourNamedFeaturesAndARegressionTarget() {
        assertEquals(2000, DATA.rows());
        assertArrayEquals(new String[] {"distance", "traffic", "prep", "value"},
                DATA.featureNames());
        assertEquals("delivery", DATA.targetName());
        assertEquals(Task.REGRESSION, DATA.task());
    }

    @Test
    void everyClipIsRespected() {
        for (int r = 0; r < DATA.rows(); r++) {
            assertBetween(DATA.feature(r, 0), 0.5, 15);
            assertBetween(DATA.feature(r, 2), 5, 35);
            assertBetween(DATA.feature(r, 3), 50, 1200);
            assertBetween(DATA.target(r), 10, 120);
        }
    }

    @Test
    void trafficIsAnIntegerFromOneToTenAndEveryLevelOccurs() {
        int[] counts = new int[11];
        for (int r = 0; r < DATA.rows(); r++) {
            double t = DATA.feature(r, 1);
            assertEquals(Math.floor(t), t);
            assertBetween(t, 1, 10);
            counts[(int) t]++;
        }
        for (int level = 1; level <= 10; level++) {
            assertTrue(counts[level] > 140 && counts[level] < 260, "level " + level);
        }
    }

    @Test
    void columnMeansAndStdsMatchTheClippedFoldedNormalsWithinFourStandardErrors() {
        // Expected values of clip(|N(m, s)|, lo, hi), integrated numerically once:
        // distance 4.0408 / 1.9174, prep 15.0425 / 4.8993, value 351.451 / 146.673.
        assertMoments(DATA.column(0), 4.0408, 1.9174);
        assertMoments(DATA.column(2), 15.0425, 4.8993);
        assertMoments(DATA.column(3), 351.451, 146.673);
        assertMoments(DATA.column(1), 5.5, Math.sqrt(99.0 / 12));
    }

    private static void assertMoments(double[] v, double mean, double std) {
        double n = v.length;
        double sampleMean = Baseline.mean(v);
        double sampleStd = Standardizer.populationStd(v, sampleMean);
        assertEquals(mean, sampleMean, 4 * std / Math.sqrt(n));
        assertEquals(std, sampleStd, 4 * std / Math.sqrt(2 * n) * 1.5);
    }

    @Test
    void leastSquaresRecoversTheRecipeCoefficients() {
        int n = DATA.rows();
        double[][] ata = new double[5][5];
        double[] aty = new double[5];
        for (int r = 0; r < n; r++) {
            double[] a = {1, DATA.feature(r, 0), DATA.feature(r, 1), DATA.feature(r, 2),
                DATA.feature(r, 3)};
            for (int i = 0; i < 5; i++) {
                for (int j = 0; j < 5; j++) {
                    ata[i][j] += a[i] * a[j];
                }
                aty[i] += a[i] * DATA.target(r);
            }
        }
        double[] beta = solve(ata, aty);
        assertEquals(8.6, beta[0], 1.5, "intercept");
        assertEquals(7.3, beta[1], 0.2, "distance");
        assertEquals(1.5, beta[2], 0.15, "traffic");
        assertEquals(0.8, beta[3], 0.1, "prep");
        assertEquals(0.0, beta[4], 0.005, "order value has no effect");
    }

    /** Gaussian elimination with partial pivoting on a small dense system. */
    private static double[] solve(double[][] m, double[] b) {
        int n = b.length;
        for (int p = 0; p < n; p++) {
            int best = p;
            for (int i = p + 1; i < n; i++) {
                if (Math.abs(m[i][p]) > Math.abs(m[best][p])) {
                    best = i;
                }
            }
            double[] row = m[p];
            m[p] = m[best];
            m[best] = row;
            double t = b[p];
            b[p] = b[best];
            b[best] = t;
            for (int i = p + 1; i < n; i++) {
                double f = m[i][p] / m[p][p];
                for (int j = p; j < n; j++) {
                    m[i][j] -= f * m[p][j];
                }
                b[i] -= f * b[p];
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = b[i];
            for (int j = i + 1; j < n; j++) {
                s -= m[i][j] * x[j];
            }
            x[i] = s / m[i][i];
        }
        return x;
    }

    @Test
    void columnsAreDrawnOneAfterAnotherLikeTheNumpyCode() {
        Rng replay = new Rng(42);
        double firstDistance = Delivery.clip(Math.abs(replay.normal(4, 2)), 0.5, 15);
        for (int i = 1; i < 2000; i++) {
            replay.normal(4, 2);
        }
        double firstTraffic = 1 + replay.nextInt(10);
        assertEquals(firstDistance, DATA.feature(0, 0));
        assertEquals(firstTraffic, DATA.feature(0, 1));
    }

    @Test
    void sameSeedGivesTheSameRowsAndAnotherSeedDoesNot() {
        assertArrayEquals(DATA.x(), Delivery.generate(new Rng(42)).x());
        assertTrue(DATA.feature(0, 0) != Delivery.generate(new Rng(43)).feature(0, 0));
    }

    private static void assertBetween(double v, double lo, double hi) {
        assertTrue(v >= lo && v <= hi, v + " outside [" + lo + ", " + hi + "]");
    }
}
