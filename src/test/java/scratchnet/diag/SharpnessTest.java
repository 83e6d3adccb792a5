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
}
