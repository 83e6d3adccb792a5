package scratchnet.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * First steps of every optimizer against hand computations on two tiny buffers, plus the
 * factory. The gradients are fixed numbers, so each expected value is a line of arithmetic.
 */
class OptimizerTest {
    private static double[][] params() {
        return new double[][] {{1.0, -2.0}, {0.5}};
    }

    private static double[][] grads() {
        return new double[][] {{0.2, -4.0}, {0.0}};
    }

    @Test
    void sgdMovesAgainstTheGradientByLearningRateTimesGradient() {
        double[][] p = params();
        new Sgd().step(p, grads(), 0.1);
        assertEquals(1.0 - 0.02, p[0][0], 1e-15);
        assertEquals(-2.0 + 0.4, p[0][1], 1e-15);
        assertEquals(0.5, p[1][0]);
    }

    @Test
    void momentumsSecondStepAddsTheDecayedFirstStep() {
        double[][] p = params();
        Momentum m = new Momentum(0.9);
        m.step(p, grads(), 0.1);
        // v1 = −lr·g = (−0.02, 0.4); W = (0.98, −1.6)
        assertEquals(0.98, p[0][0], 1e-15);
        assertEquals(-1.6, p[0][1], 1e-15);
        m.step(p, grads(), 0.1);
        // v2 = 0.9·v1 − lr·g = (−0.038, 0.76); W = (0.942, −0.84)
        assertEquals(0.942, p[0][0], 1e-15);
        assertEquals(-0.84, p[0][1], 1e-15);
        assertEquals(0.5, p[1][0]);
    }

    @Test
    void adamsFirstStepMovesEveryParameterByLearningRateTimesSignOfGradient() {
        double[][] p = params();
        Adam adam = new Adam();
        adam.step(p, grads(), 0.01);
        // m̂ = g, v̂ = g², so the step is lr·g/(|g| + 1e-8).
        assertEquals(1.0 - 0.01 * 0.2 / (0.2 + 1e-8), p[0][0], 1e-15);
        assertEquals(-2.0 + 0.01 * 4.0 / (4.0 + 1e-8), p[0][1], 1e-15);
        assertEquals(0.5, p[1][0], "a zero gradient does not move its parameter");
    }

    @Test
    void adamsSecondStepUsesBiasCorrectedMoments() {
        double[][] p = {{0.0}};
        Adam adam = new Adam();
        adam.step(p, new double[][] {{1.0}}, 0.1);
        adam.step(p, new double[][] {{3.0}}, 0.1);
        // m = 0.9·0.1 + 0.1·3 = 0.39; v = 0.999·0.001 + 0.001·9 = 0.009999
        // m̂ = 0.39/0.19 ; v̂ = 0.009999/0.001999
        double mHat = 0.39 / 0.19;
        double vHat = 0.009999 / 0.001999;
        double expected = -0.1 * (1 / (1 + 1e-8)) - 0.1 * mHat / (Math.sqrt(vHat) + 1e-8);
        assertEquals(expected, p[0][0], 1e-12);
    }

    @Test
    void rmspropsFirstStepIsLearningRateTimesGradientOverRootOfTenthOfItsSquare() {
        double[][] p = params();
        RmsProp rms = new RmsProp();
        rms.step(p, grads(), 0.01);
        // s = 0.1·g², step = lr·g/(√0.1·|g| + ε) ≈ 0.0316·sign(g)
        assertEquals(1.0 - 0.01 * 0.2 / (Math.sqrt(0.1 * 0.04) + 1e-8), p[0][0], 1e-15);
        assertEquals(-2.0 + 0.01 * 4.0 / (Math.sqrt(0.1 * 16) + 1e-8), p[0][1], 1e-15);
        rms.step(p, grads(), 0.01);
        // s = 0.9·0.1·g² + 0.1·g² = 0.19·g²
        double second = 0.01 * 0.2 / (Math.sqrt(0.19 * 0.04) + 1e-8);
        assertEquals(1.0 - 0.01 * 0.2 / (Math.sqrt(0.1 * 0.04) + 1e-8) - second, p[0][0], 1e-15);
    }

    @Test
    void resetForgetsTheStateSoTheNextStepIsAFirstStepAgain() {
        double[][] a = params();
        double[][] b = params();
        Adam adam = new Adam();
        adam.step(a, grads(), 0.01);
        adam.reset();
        adam.step(b, grads(), 0.01);
        assertEquals(a[0][1], b[0][1]);
    }

    @Test
    void stateFollowsANetworkOfANewShape() {
        Momentum m = new Momentum();
        m.step(params(), grads(), 0.1);
        double[][] other = {{0.0, 0.0, 0.0}};
        m.step(other, new double[][] {{1.0, 1.0, 1.0}}, 0.1);
        assertEquals(-0.1, other[0][2], 1e-15);
    }

    @Test
    void eachKindMakesItsOwnOptimizerClass() {
        assertInstanceOf(Sgd.class, OptimizerKind.SGD.create());
        assertInstanceOf(Momentum.class, OptimizerKind.MOMENTUM.create());
        assertInstanceOf(Adam.class, OptimizerKind.ADAM.create());
        assertInstanceOf(RmsProp.class, OptimizerKind.RMSPROP.create());
        assertTrue(OptimizerKind.ADAM.create() != OptimizerKind.ADAM.create());
    }

    @Test
    void impossibleCoefficientsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Momentum(1.0));
        assertThrows(IllegalArgumentException.class, () -> new Adam(0.9, 1.0, 1e-8));
        assertThrows(IllegalArgumentException.class, () -> new RmsProp(0.9, 0));
    }
}
