package scratchnet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.math.Rng;
import scratchnet.train.OptimizerKind;
import scratchnet.train.Schedule;
import scratchnet.train.TrainSpec;
import scratchnet.train.Trainer;

/**
 * The float32 path: its kernels are IEEE single-precision arithmetic, it tracks the float64
 * path within stated tolerances on a training run, and it overflows where float64 does not.
 */
class PrecisionTest {
    /** Every kernel, on shapes that do and do not fill whole blocks, against Java float sums. */
    @Test
    void singleKernelsAreJavaFloatArithmetic() {
        boolean differs = false;
        int seed = 2;
        for (int[] shape : new int[][] {{3, 5, 4}, {1, 1, 1}, {7, 9, 10}, {2, 64, 64}, {10, 2, 8}}) {
            differs |= singleKernels(shape[0], shape[1], shape[2], new Rng(seed++));
        }
        assertTrue(differs, "float32 rounding shows somewhere");
    }

    /**
     * A zero term still counts for the sign of a zero sum: −0 + (+0) is +0 and −0 + (−0) is
     * −0, in every kernel's pass over a zero factor.
     */
    @Test
    void singleKernelsAddZeroTermsWithTheirSigns() {
        double[] z = new double[2];
        Kernels32.affine(new double[] {0.0}, 1, 1, new double[] {1, -1}, new double[] {-0.0,
            -0.0}, 2, z);
        assertSameBits(0.0f, z[0]);
        assertSameBits(-0.0f, z[1]);
        double[] dw = new double[2];
        // rows 0 and 1: x = 1 then 0, d = (−0, −0) then (1, −1)
        Kernels32.weightGrads(new double[] {1, 0}, new double[] {-0.0, -0.0, 1, -1}, 2, 1, 2, dw);
        assertSameBits(0.0f, dw[0]);
        assertSameBits(-0.0f, dw[1]);
        double[] g = new double[2];
        // g[i] = 0 + d·w[i]: with d = −0 the first term is −0 or +0, and +0 + −0 is +0
        Kernels32.inputGrads(new double[] {-0.0}, 1, 1, new double[] {1, -1}, 2, g);
        assertSameBits(0.0f, g[0]);
        assertSameBits(0.0f, g[1]);
    }

    /** Checks the float32 kernels on one shape; true if float32 differed from float64. */
    private static boolean singleKernels(int rows, int nIn, int nOut, Rng rng) {
        double[] x = new double[rows * nIn];
        double[] w = new double[nIn * nOut];
        double[] b = new double[nOut];
        for (double[] a : new double[][] {x, w, b}) {
            for (int i = 0; i < a.length; i++) {
                a[i] = (float) rng.uniform(-3, 3);
            }
        }
        // zeros of both signs, which the kernels add without rounding (biases too, so that
        // a sum can stand at ±0 when a zero term arrives)
        for (double[] a : new double[][] {x, b}) {
            for (int i = 0; i < a.length; i += 3) {
                a[i] = i % 2 == 0 ? 0.0 : -0.0;
            }
        }
        double[] z = new double[rows * nOut];
        Kernels32.affine(x, rows, nIn, w, b, nOut, z);
        double[] z64 = new double[rows * nOut];
        Kernels.affine(x, rows, nIn, w, b, nOut, z64);
        boolean differs = false;
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < nOut; j++) {
                float s = (float) b[j];
                for (int i = 0; i < nIn; i++) {
                    s += (float) x[r * nIn + i] * (float) w[i * nOut + j];
                }
                assertSameBits(s, z[r * nOut + j]);
                differs |= z[r * nOut + j] != z64[r * nOut + j];
            }
        }
        double[] d = z.clone();
        for (int i = 1; i < d.length; i += 4) {
            d[i] = i % 3 == 0 ? 0.0 : -0.0;
        }
        double[] db = new double[nOut];
        Kernels32.biasGrads(d, rows, nOut, db);
        for (int j = 0; j < nOut; j++) {
            float s = (float) d[j];
            for (int r = 1; r < rows; r++) {
                s += (float) d[r * nOut + j];
            }
            assertSameBits(s, db[j]);
        }
        double[] dw = new double[nIn * nOut];
        Kernels32.weightGrads(x, d, rows, nIn, nOut, dw);
        for (int i = 0; i < nIn; i++) {
            for (int j = 0; j < nOut; j++) {
                float s = (float) x[i] * (float) d[j];
                for (int r = 1; r < rows; r++) {
                    s += (float) x[r * nIn + i] * (float) d[r * nOut + j];
                }
                assertSameBits(s, dw[i * nOut + j]);
            }
        }
        double[] g = new double[rows * nIn];
        Kernels32.inputGrads(d, rows, nOut, w, nIn, g);
        for (int r = 0; r < rows; r++) {
            for (int i = 0; i < nIn; i++) {
                float s = 0;
                for (int j = 0; j < nOut; j++) {
                    s += (float) d[r * nOut + j] * (float) w[i * nOut + j];
                }
                assertSameBits(s, g[r * nIn + i]);
            }
        }
        return differs;
    }

    /** The kernel's double holds exactly the float sum, zeros with their sign. */
    private static void assertSameBits(float want, double got) {
        assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got),
                want + " vs " + got);
    }

    /** Two noisy rings, 2-D, labels 0/1. */
    static double[][] rings(int rows, Rng rng) {
        double[] x = new double[rows * 2];
        double[] y = new double[rows];
        for (int r = 0; r < rows; r++) {
            double radius = r % 2 == 0 ? rng.uniform(0, 2) : rng.uniform(3, 5);
            double angle = rng.uniform(0, 6.283185307179586);
            x[2 * r] = radius * Math.cos(angle);
            x[2 * r + 1] = radius * Math.sin(angle);
            y[r] = r % 2;
        }
        return new double[][] {x, y};
    }

    static Trainer train(Precision p, boolean bn, OptimizerKind opt, double[][] data) {
        NetSpec spec = NetSpec.of(new int[] {2, 8, 8, 1}, Activation.TANH, Loss.BCE,
                Init.LECUN);
        Network net = Network.build(spec, new Rng(1), bn, p);
        TrainSpec ts = new TrainSpec(0.03, 10, opt, Schedule.constant(), Penalty.NONE, 0, true,
                1, 0);
        Trainer t = new Trainer(net, ts, data[0], data[1]);
        t.steps(1000);
        return t;
    }

    /**
     * 1000 steps of batches of 10 on 200 rows (2-8-8-1 tanh, BCE), SGD and Adam, with and
     * without batch normalisation: float32's training loss ends within 2 % of float64's and
     * every weight within 1e-4; every float32 parameter is a float, and the runs do differ.
     * Measured: SGD 0.1145603 vs 0.1145602 (weights within 3.0e-6), with batch norm 0.0627754
     * vs 0.0627752 (6.2e-6); Adam 2.89377e-4 both (2.3e-6), with batch norm 0.03783 vs 0.03721
     * (5.0e-6: the running statistics amplify the tiny weight differences).
     */
    @Test
    void float32TracksFloat64OnATrainingRun() {
        double[][] data = rings(200, new Rng(7));
        for (OptimizerKind opt : new OptimizerKind[] {OptimizerKind.SGD, OptimizerKind.ADAM}) {
            for (boolean bn : new boolean[] {false, true}) {
                Trainer t64 = train(Precision.FLOAT64, bn, opt, data);
                Trainer t32 = train(Precision.FLOAT32, bn, opt, data);
                double l64 = t64.trainLoss();
                double l32 = t32.trainLoss();
                assertTrue(l64 < 0.5, opt + " bn " + bn + " learns: " + l64);
                assertEquals(l64, l32, 0.02 * l64, opt + " bn " + bn);
                assertEquals((float) l32, l32, 0.0);
                double[] w64 = t64.network().allWeights();
                double[] w32 = t32.network().allWeights();
                double worst = 0;
                for (int i = 0; i < w64.length; i++) {
                    worst = Math.max(worst, Math.abs(w64[i] - w32[i]));
                }
                assertTrue(worst < 1e-4, opt + " bn " + bn + " weights differ by " + worst);
                assertTrue(worst > 0, "the runs differ");
                for (double[] p : t32.network().parameters()) {
                    for (double v : p) {
                        assertEquals((float) v, v, 0.0);
                    }
                }
            }
        }
    }

    static double maxDiff(double[] a, double[] b) {
        double worst = 0;
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]));
        }
        return worst;
    }

    @Test
    void float32OverflowsWhereFloat64DoesNot() {
        NetSpec spec = NetSpec.of(new int[] {1, 2, 1}, Activation.LINEAR, Loss.MSE, Init.LECUN);
        Network n64 = Network.build(spec, new Rng(3), false, Precision.FLOAT64);
        Network n32 = Network.build(spec, new Rng(3), false, Precision.FLOAT32);
        double[] y = {0};
        // x = 1e20: the output is about 1e20 in both, its square (the loss) 1e40 > 3.4e38
        double[] x = {1e20};
        double l64 = n64.loss(x, y, 1);
        double l32 = n32.loss(x, y, 1);
        assertTrue(Double.isFinite(l64) && l64 > 1e38, "float64: " + l64);
        assertEquals(Double.POSITIVE_INFINITY, l32);
        // the gradient overflows too, and one update turns the weights into ∞ − ∞ = NaN
        n32.forwardTrain(x, 1, null);
        n32.backward(y, Penalty.NONE);
        double[] dw = n32.layer(0).weightGrads();
        assertTrue(Double.isInfinite(dw[0]) || Double.isNaN(dw[0]), "dW " + dw[0]);
        n64.forwardTrain(x, 1, null);
        n64.backward(y, Penalty.NONE);
        assertTrue(Double.isFinite(n64.layer(0).weightGrads()[0]));
        // an input beyond 3.4e38 is already ∞ in float32
        double[] huge = {1e39};
        assertTrue(Double.isFinite(n64.forward(huge, 1)[0]));
        assertTrue(!Double.isFinite(n32.forward(huge, 1)[0]));
    }

    /** fround is the (float) cast, on random doubles of every size and on the edge cases. */
    @Test
    void froundIsTheFloatCast() {
        Rng rng = new Rng(1);
        for (int i = 0; i < 200_000; i++) {
            double v = rng.uniform(-1, 1) * Math.pow(2, rng.nextInt(300) - 160);
            assertEquals((double) (float) v, Precision.fround(v), 0.0, "v = " + v);
            // products of two floats are exact in double: their ties must go to even too
            double a = (float) rng.uniform(-4, 4);
            double b = (float) rng.uniform(-4, 4);
            assertEquals((double) (float) (a * b), Precision.fround(a * b), 0.0);
        }
        double[] edge = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Float.MIN_VALUE,
            Float.MIN_VALUE / 2, Float.MIN_VALUE * 1.5, Float.MIN_NORMAL, 3.4028235e38,
            3.4028235677973366e38, 3.4028235677973362e38, 3.5e38, -3.5e38, 1e300,
            Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1 + 0x1p-24,
            1 + 0x1p-23 + 0x1p-24, 0x1p-149 * 2.5, 0x1p-149 * 3.5};
        for (double v : edge) {
            assertEquals(Double.doubleToRawLongBits((double) (float) v),
                    Double.doubleToRawLongBits(Precision.fround(v)), "v = " + v);
        }
        assertTrue(Double.isNaN(Precision.fround(Double.NaN)));
    }

    /**
     * The fast path (Veltkamp's split) on the values where a rounding method goes wrong if it
     * can: exact midpoints between neighbouring singles (ties, which go to the even one), the
     * doubles right beside them, and the edges of the normal range, where it hands over to the
     * slow path. Both paths are checked against the cast bit for bit.
     */
    @Test
    void froundRoundsTiesToEvenAtEverySize() {
        java.util.SplittableRandom bits = new java.util.SplittableRandom(2);
        for (int i = 0; i < 300_000; i++) {
            float f = Float.intBitsToFloat(bits.nextInt());
            if (Float.isNaN(f) || Float.isInfinite(f)) {
                continue;
            }
            double mid = ((double) f + (double) Math.nextUp(f)) / 2; // exact in double
            for (double v : new double[] {mid, Math.nextUp(mid), Math.nextDown(mid), f}) {
                long want = Double.doubleToRawLongBits((double) (float) v);
                assertEquals(want, Double.doubleToRawLongBits(Precision.fround(v)), "v = " + v);
                assertEquals(want, Double.doubleToRawLongBits(Precision.slow(v)), "slow, v = " + v);
            }
        }
        double[] edge = {0x1p-126, Math.nextDown(0x1p-126), 0x1p-126 - 0x1p-150,
            0x1p-126 - 0x1p-151, Math.nextDown(0x1p-126 - 0x1p-151), 0x1p128,
            Math.nextDown(0x1p128), 0x1p128 - 0x1p103, Math.nextDown(0x1p128 - 0x1p103), 0x1p994,
            0x1p1000};
        for (double e : edge) {
            for (double v : new double[] {e, -e}) {
                assertEquals(Double.doubleToRawLongBits((double) (float) v),
                        Double.doubleToRawLongBits(Precision.fround(v)), "v = " + v);
            }
        }
    }

    @Test
    void float32RoundsASmallUpdateAway() {
        // 1 + 1e-8 is 1 in float32 (its spacing at 1 is 1.2e-7) but not in float64
        assertEquals(1.0, Precision.FLOAT32.round(1 + 1e-8));
        assertNotEquals(1.0, Precision.FLOAT64.round(1 + 1e-8));
        assertEquals(0x1.fffffep127, Precision.FLOAT32.round(3.4028234e38));
        assertEquals(Double.POSITIVE_INFINITY, Precision.FLOAT32.round(3.5e38));
    }
}
