package scratchnet.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.engine.Activation;
import scratchnet.engine.Loss;
import scratchnet.engine.Network;
import scratchnet.engine.Penalty;
import scratchnet.math.Rng;

class SharpnessTest {
    private static final double[] X = {1, 2, -1, 0.5, 3, -2, 0, 1, -0.5, -1.5};
    private static final double[] Y = {1, -1, 2, 0.5, -3};
    private static final int ROWS = 5;

    /** One linear unit on two inputs: L = (1/n) Σ (x·w + b − y)², a quadratic in (w, b). */
    private static Network linear() {
        return Network.of(Loss.MSE, new int[] {2, 1}, new Activation[] {Activation.LINEAR},
                new double[][] {{0.3, -0.2}}, new double[][] {{0.1}}, 0.01);
    }

    /** λmax of H = (2/n) Σ [x; 1][x; 1]ᵀ by many plain power iterations on the 3 × 3 matrix. */
    private static double exactLambda() {
        double[][] h = new double[3][3];
        for (int r = 0; r < ROWS; r++) {
            double[] u = {X[2 * r], X[2 * r + 1], 1};
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    h[i][j] += 2.0 / ROWS * u[i] * u[j];
                }
            }
        }
        double[] v = {1, 1, 1};
        double lambda = 0;
        for (int it = 0; it < 10_000; it++) {
            double[] w = new double[3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    w[i] += h[i][j] * v[j];
                }
            }
            double n = Math.sqrt(w[0] * w[0] + w[1] * w[1] + w[2] * w[2]);
            lambda = (v[0] * w[0] + v[1] * w[1] + v[2] * w[2]);
            for (int i = 0; i < 3; i++) {
                v[i] = w[i] / n;
            }
        }
        return lambda;
    }

    @Test
    void findsTheLargestEigenvalueOfAQuadraticsHessian() {
        Sharpness.Estimate e = Sharpness.estimate(linear(), X, Y, ROWS, Penalty.NONE, 200,
                new Rng(1));
        double exact = exactLambda();
        assertEquals(exact, e.lambdaMax(), 1e-6 * exact);
        assertEquals(2 / exact, e.lrLimit(), 1e-6 * (2 / exact));
    }

    @Test
    void gradientDescentConvergesJustBelowTheLimitAndDivergesJustAbove() {
        double limit = Sharpness.estimate(linear(), X, Y, ROWS, Penalty.NONE, 200, new Rng(1))
                .lrLimit();
        assertTrue(finalLoss(0.95 * limit) < 1.0, "below the limit the loss falls");
        assertTrue(finalLoss(1.05 * limit) > 1e3, "above it the loss grows without bound");
    }

    /** Full-batch gradient descent for 400 steps at rate {@code lr}; the final loss. */
    private static double finalLoss(double lr) {
        Network net = linear();
        for (int step = 0; step < 400; step++) {
            net.forward(X, ROWS);
            net.backward(Y, Penalty.NONE);
            double[][] p = net.parameters();
            double[][] g = net.gradients();
            for (int k = 0; k < p.length; k++) {
                for (int i = 0; i < p[k].length; i++) {
                    p[k][i] -= lr * g[k][i];
                }
            }
        }
        return net.loss(X, Y, ROWS);
    }

    @Test
    void theL2PenaltyAddsTwiceItsRateToEveryEigenvalue() {
        double plain = Sharpness.estimate(linear(), X, Y, ROWS, Penalty.NONE, 200, new Rng(1))
                .lambdaMax();
        double withL2 = Sharpness.estimate(linear(), X, Y, ROWS,
                new Penalty(Penalty.Kind.L2, 0.1), 200, new Rng(1)).lambdaMax();
        // L2 adds λ‖W‖² (weights only, not the bias): between +0 and +2·0.1 on the top value
        assertTrue(withL2 > plain && withL2 <= plain + 0.2 + 1e-6, plain + " → " + withL2);
    }

    /** {@code rows} rows of inputs in [-2, 2) and [-1, 1) (distinct curvatures) and a noisy linear target, from {@code seed}. */
    private static double[][] manyRows(int rows, int seed) {
        Rng rng = new Rng(seed);
        double[] x = new double[2 * rows];
        double[] y = new double[rows];
        for (int r = 0; r < rows; r++) {
            x[2 * r] = 4 * rng.nextDouble() - 2;
            x[2 * r + 1] = 2 * rng.nextDouble() - 1;
            y[r] = 0.7 * x[2 * r] - 0.3 * x[2 * r + 1] + 0.1 * rng.nextGaussian();
        }
        return new double[][] {x, y};
    }

    /** λmax of (2/n) Σ [x; 1][x; 1]ᵀ + l2·diag(1, 1, 0) over {@code rows} rows of {@code x}. */
    private static double exactLambda(double[] x, int rows, double l2) {
        double[][] h = new double[3][3];
        for (int r = 0; r < rows; r++) {
            double[] u = {x[2 * r], x[2 * r + 1], 1};
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    h[i][j] += 2.0 / rows * u[i] * u[j];
                }
            }
        }
        h[0][0] += l2;
        h[1][1] += l2;
        double[] v = {1, 0.5, 0.25};
        double lambda = 0;
        for (int it = 0; it < 10_000; it++) {
            double[] w = new double[3];
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    w[i] += h[i][j] * v[j];
                }
            }
            double n = Math.sqrt(w[0] * w[0] + w[1] * w[1] + w[2] * w[2]);
            lambda = v[0] * w[0] + v[1] * w[1] + v[2] * w[2];
            for (int i = 0; i < 3; i++) {
                v[i] = w[i] / n;
            }
        }
        return lambda;
    }

    @Test
    void gradientsSummedOverChunksGiveTheWholeSetsHessianWithThePenaltyAddedOnce() {
        int rows = 50_000;
        double[][] data = manyRows(rows, 3);
        Network net = linear();
        assertTrue(Sharpness.chunkRows(net, rows) < rows / 2, "several chunks");
        for (double l2 : new double[] {0, 0.1}) {
            Penalty penalty = l2 == 0 ? Penalty.NONE : new Penalty(Penalty.Kind.L2, l2);
            Sharpness.Estimate e = Sharpness.estimate(net, data[0], data[1], rows, penalty, 200,
                    new Rng(1));
            double exact = exactLambda(data[0], rows, l2);
            assertEquals(exact, e.lambdaMax(), 1e-6 * exact, "L2 " + l2);
        }
    }

    /** A 2-16-8-3 tanh network with softmax cross-entropy and its 3,000 rows, classes 0..2. */
    private static Network classifier() {
        return Network.build(scratchnet.engine.NetSpec.of(new int[] {2, 16, 8, 3},
                Activation.TANH, Loss.SOFTMAX_CE, scratchnet.engine.Init.GLOROT), new Rng(5));
    }

    private static double[][] classes(int rows) {
        double[][] data = manyRows(rows, 9);
        for (int r = 0; r < rows; r++) {
            data[1][r] = data[1][r] < -0.3 ? 0 : data[1][r] < 0.3 ? 1 : 2;
        }
        return data;
    }

    /** A float32 network's estimate is its float64 twin's (same float32 parameters), bit for bit. */
    @Test
    void aFloat32NetworksCurvatureIsTakenInFloat64() {
        int rows = 600;
        double[][] data = classes(rows);
        Network net32 = Network.withOptions(classifier(), false,
                scratchnet.engine.Precision.FLOAT32);
        Network net64 = Network.withOptions(net32, false, scratchnet.engine.Precision.FLOAT64);
        assertEquals(scratchnet.engine.Precision.FLOAT64,
                Sharpness.shadowOf(net32).precision());
        Sharpness.Estimate e32 = Sharpness.estimate(net32, data[0], data[1], rows, Penalty.NONE,
                30, new Rng(3));
        Sharpness.Estimate e64 = Sharpness.estimate(net64, data[0], data[1], rows, Penalty.NONE,
                30, new Rng(3));
        assertTrue(e64.lambdaMax() > 0, e64.toString());
        assertEquals(Double.doubleToLongBits(e64.lambdaMax()),
                Double.doubleToLongBits(e32.lambdaMax()));
    }

    @Test
    void aRunAdvancedInSlicesOfAnySizeEndsWithTheOneShotEstimateBitForBit() {
        int rows = 3000;
        double[][] data = classes(rows);
        Network net = classifier();
        Penalty penalty = new Penalty(Penalty.Kind.L2, 0.01);
        int chunk = Sharpness.chunkRows(net, rows);
        assertTrue(chunk < rows / 4, "several chunks: " + chunk);
        Sharpness.Estimate once = Sharpness.estimate(net, data[0], data[1], rows, penalty, 30,
                new Rng(2));
        assertTrue(once.lambdaMax() > 0 && once.iterations() > 1, once.toString());
        long perRow = 3 * scratchnet.engine.PacedForward.cost(net);
        long unit = chunk * perRow + 6L * net.parameterCount(); // the largest single piece
        for (long budget : new long[] {1, unit, 5 * unit, 123_457}) {
            Sharpness.Run run = new Sharpness.Run(net, data[0], data[1], rows, penalty, 30,
                    new Rng(2));
            int calls = 0;
            while (!run.advance(budget)) {
                calls++;
                assertTrue(run.lastWork() <= Math.max(budget, unit),
                        budget + ": a call did " + run.lastWork());
                assertTrue(run.lastWork() > 0);
                net.forward(data[0], 5); // the live network may be used between calls
            }
            assertTrue(run.lastWork() <= Math.max(budget, unit));
            assertEquals(calls + 1, run.advances());
            Sharpness.Estimate paced = run.estimate();
            assertEquals(Double.doubleToLongBits(once.lambdaMax()),
                    Double.doubleToLongBits(paced.lambdaMax()), budget + ": " + paced);
            assertEquals(once.iterations(), paced.iterations());
            assertTrue(calls > 2 || budget > unit, "spread over calls at " + budget);
            // every gradient's work: 3·cost per row, and the per-parameter passes
            assertTrue(run.work() >= 2L * paced.iterations() * rows * perRow, "" + run.work());
        }
    }

    @Test
    void batchNormalisedNetworksKeepWholeSetGradients() {
        Network bn = Network.withOptions(classifier(), true,
                scratchnet.engine.Precision.FLOAT64);
        assertEquals(3000, Sharpness.chunkRows(bn, 3000));
        assertTrue(Sharpness.chunkRows(classifier(), 3000) < 3000);
    }
}
