package scratchnet.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrigTest {
    private static void withinUlps(double expected, double actual, double ulps, double x) {
        double tol = ulps * Math.ulp(expected);
        assertTrue(Math.abs(expected - actual) <= tol,
                () -> "x=" + x + ": expected " + expected + " got " + actual);
    }

    @Test
    void sinAndCosAgreeWithStrictMathWithinTwoUlpsOnMinusFiftyToFifty() {
        Rng rng = new Rng(11);
        for (int i = 0; i < 300_000; i++) {
            double x = rng.uniform(-50, 50);
            withinUlps(StrictMath.sin(x), Trig.sin(x), 2, x);
            withinUlps(StrictMath.cos(x), Trig.cos(x), 2, x);
        }
    }

    @Test
    void sinAndCosAreAccurateNearMultiplesOfHalfPiWhereCancellationIsWorst() {
        for (int k = -31; k <= 31; k++) {
            double centre = k * (Math.PI / 2);
            double x = centre;
            for (int step = 0; step < 40; step++) {
                withinUlps(StrictMath.sin(x), Trig.sin(x), 2, x);
                withinUlps(StrictMath.cos(x), Trig.cos(x), 2, x);
                x = Math.nextUp(x);
            }
        }
    }

    @Test
    void sinAndCosAreAccurateForSmallArguments() {
        Rng rng = new Rng(12);
        for (int i = 0; i < 100_000; i++) {
            double x = rng.uniform(-1, 1) * Fn.exp(rng.uniform(-30, 0));
            withinUlps(StrictMath.sin(x), Trig.sin(x), 2, x);
            withinUlps(StrictMath.cos(x), Trig.cos(x), 2, x);
        }
    }

    @Test
    void sinAndCosAreExactAtZero() {
        assertEquals(0.0, Trig.sin(0.0));
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(Trig.sin(-0.0)));
        assertEquals(1.0, Trig.cos(0.0));
        assertEquals(1.0, Trig.cos(-0.0));
    }

    @Test
    void nonFiniteInputsGiveNaN() {
        assertTrue(Double.isNaN(Trig.sin(Double.NaN)));
        assertTrue(Double.isNaN(Trig.cos(Double.POSITIVE_INFINITY)));
        assertTrue(Double.isNaN(Trig.sin(Double.NEGATIVE_INFINITY)));
    }

    @Test
    void sinAndCosStayAccurateUpToAMillion() {
        Rng rng = new Rng(13);
        for (int i = 0; i < 50_000; i++) {
            double x = rng.uniform(-1e6, 1e6);
            withinUlps(StrictMath.sin(x), Trig.sin(x), 2, x);
            withinUlps(StrictMath.cos(x), Trig.cos(x), 2, x);
        }
    }
}
