package scratchnet.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Exact values of ELU, GELU (tanh form), SiLU and softplus against CPython's libm (each value
 * within 2 ulps), their derivatives against central differences, and the layer loops against
 * the one-unit functions bit for bit.
 */
class ActivationTest {
    private static final Activation[] SMOOTH = {Activation.ELU, Activation.GELU,
        Activation.SILU, Activation.SOFTPLUS};

    private static void near(double expected, double actual) {
        assertEquals(expected, actual, 2 * Math.ulp(expected), "expected " + expected);
    }

    @Test
    void eluIsExpm1BelowZeroAndTheIdentityAbove() {
        near(-0.6321205588285577, Activation.ELU.value(-1, 0)); // e^−1 − 1
        near(-0.3934693402873666, Activation.ELU.value(-0.5, 0));
        assertEquals(2.5, Activation.ELU.value(2.5, 0));
        assertEquals(0.0, Activation.ELU.value(0, 0));
        near(Math.exp(-1), Activation.ELU.derivative(-1, 0));
        assertEquals(1.0, Activation.ELU.derivative(3, 0));
    }

    @Test
    void geluIsTheTanhFormAsPytorchComputesIt() {
        near(0.7978845608028654, Activation.GELU_BETA); // √(2/π)
        near(0.8411919906082768, Activation.GELU.value(1, 0));
        near(-0.15880800939172324, Activation.GELU.value(-1, 0));
        near(1.954597694087775, Activation.GELU.value(2, 0));
        assertEquals(0.0, Activation.GELU.value(0, 0));
        assertEquals(0.5, Activation.GELU.derivative(0, 0));
        // the exact z·Φ(z) at 1 is 0.8413447460685429: the tanh form is 1.5e-4 below it
        assertTrue(Math.abs(Activation.GELU.value(1, 0) - 0.8413447460685429) < 2e-4);
    }

    @Test
    void siluIsZTimesSigmoid() {
        near(0.7310585786300049, Activation.SILU.value(1, 0));
        near(-0.2384058440442351, Activation.SILU.value(-2, 0));
        assertEquals(0.5, Activation.SILU.derivative(0, 0));
        assertTrue(Activation.SILU.value(-1.2785, 0) < -0.2784);
    }

    @Test
    void softplusIsLogOnePlusExpUpToTwentyThenZ() {
        near(0.6931471805599453, Activation.SOFTPLUS.value(0, 0));
        near(0.04858735157374206, Activation.SOFTPLUS.value(-3, 0));
        near(3.048587351573742, Activation.SOFTPLUS.value(3, 0));
        assertEquals(25.0, Activation.SOFTPLUS.value(25, 0));
        assertEquals(1.0, Activation.SOFTPLUS.derivative(25, 0));
        assertEquals(0.5, Activation.SOFTPLUS.derivative(0, 0));
        assertTrue(Activation.SOFTPLUS.value(-800, 0) >= 0);
    }

    @Test
    void derivativesAgreeWithCentralDifferences() {
        double h = 1e-6;
        for (Activation f : SMOOTH) {
            for (double z = -6; z <= 6; z += 0.37) {
                double numeric = (f.value(z + h, 0) - f.value(z - h, 0)) / (2 * h);
                double analytic = f.derivative(z, 0);
                // relative, or absolute where f′ is tiny: far left, GELU's 1 + tanh u cancels
                double rel = Math.abs(numeric - analytic)
                        / Math.max(1e-2, Math.abs(numeric) + Math.abs(analytic));
                assertTrue(rel < 1e-7, f + " at " + z + ": " + analytic + " vs " + numeric);
            }
        }
    }

    @Test
    void layerLoopsEqualTheOneUnitFunctionsBitForBit() {
        int n = 401;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            z[i] = -30 + 60.0 * i / (n - 1);
        }
        for (Activation f : SMOOTH) {
            double[] a = new double[n];
            f.forward(z, a, 1, n, 0);
            double[] grad = new double[n];
            java.util.Arrays.fill(grad, 1.0);
            f.backward(z, a, grad, n, 0);
            for (int i = 0; i < n; i++) {
                assertEquals(Double.doubleToLongBits(f.value(z[i], 0)),
                        Double.doubleToLongBits(a[i]), f + " value at " + z[i]);
                double d = f.derivative(z[i], 0);
                // ELU's backward reads e^z as a + 1: equal to the derivative within an ulp of 1
                assertEquals(d, grad[i], f == Activation.ELU ? 2.3e-16 : 0.0,
                        f + " derivative at " + z[i]);
            }
        }
    }
}
