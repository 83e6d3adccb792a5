package scratchnet.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FnTest {
    private static void close(double expected, double actual, double ulps) {
        double tol = ulps * Math.ulp(expected);
        assertTrue(Math.abs(expected - actual) <= tol,
                () -> "expected " + expected + " got " + actual);
    }

    @Test
    void expAgreesWithStrictMathToAFewUlps() {
        Rng rng = new Rng(1);
        for (int i = 0; i < 200_000; i++) {
            double x = rng.uniform(-700, 700);
            close(StrictMath.exp(x), Fn.exp(x), 2);
            double y = rng.uniform(-3, 3);
            close(StrictMath.exp(y), Fn.exp(y), 2);
        }
        assertEquals(1.0, Fn.exp(0.0));
        assertEquals(Double.POSITIVE_INFINITY, Fn.exp(710));
        assertEquals(0.0, Fn.exp(-746));
        assertTrue(Double.isNaN(Fn.exp(Double.NaN)));
        close(StrictMath.exp(-740), Fn.exp(-740), 1);
    }

    @Test
    void logAgreesWithStrictMathToAFewUlps() {
        Rng rng = new Rng(2);
        for (int i = 0; i < 200_000; i++) {
            double x = Fn.exp(rng.uniform(-700, 700));
            close(StrictMath.log(x), Fn.log(x), 2);
            double y = rng.uniform(0.01, 3);
            close(StrictMath.log(y), Fn.log(y), 2);
        }
        assertEquals(0.0, Fn.log(1.0));
        assertEquals(Double.NEGATIVE_INFINITY, Fn.log(0.0));
        assertTrue(Double.isNaN(Fn.log(-1)));
        close(StrictMath.log(Double.MIN_VALUE), Fn.log(Double.MIN_VALUE), 1);
        close(StrictMath.log(Double.MAX_VALUE), Fn.log(Double.MAX_VALUE), 1);
    }

    @Test
    void tanhAndExpm1AndLog1pAgreeWithStrictMath() {
        Rng rng = new Rng(3);
        for (int i = 0; i < 200_000; i++) {
            double x = rng.uniform(-25, 25);
            close(StrictMath.tanh(x), Fn.tanh(x), 3);
            double t = rng.uniform(-1e-3, 1e-3);
            close(StrictMath.tanh(t), Fn.tanh(t), 3);
            double e = rng.uniform(-2, 2);
            close(StrictMath.expm1(e), Fn.expm1(e), 3);
            double l = rng.uniform(-0.9, 5);
            close(StrictMath.log1p(l), Fn.log1p(l), 3);
        }
        assertEquals(-0.0, Fn.tanh(-0.0));
        assertEquals(1.0, Fn.tanh(Double.POSITIVE_INFINITY));
    }

    @Test
    void sigmoidAndSoftplusStayFiniteForHugeArguments() {
        assertEquals(1.0, Fn.sigmoid(1000));
        assertEquals(0.0, Fn.sigmoid(-1000));
        assertEquals(0.5, Fn.sigmoid(0));
        assertEquals(1000.0, Fn.softplus(1000));
        close(StrictMath.log(2), Fn.softplus(0), 1);
    }
}
