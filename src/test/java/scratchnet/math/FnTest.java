package scratchnet.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
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

    /**
     * The exact value of e^y to 60 digits: e^(y/1024) by its Taylor series, squared ten times.
     * Slow and independent of everything in Fn: the truth tanh is measured against.
     */
    private static BigDecimal expExact(BigDecimal y) {
        MathContext mc = new MathContext(60);
        BigDecimal r = y.divide(BigDecimal.valueOf(1024), mc);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        for (int k = 1; term.abs().compareTo(new BigDecimal("1e-70")) > 0; k++) {
            term = term.multiply(r, mc).divide(BigDecimal.valueOf(k), mc);
            sum = sum.add(term, mc);
        }
        for (int i = 0; i < 10; i++) {
            sum = sum.multiply(sum, mc);
        }
        return sum;
    }

    /** tanh x = (e^2x − 1)/(e^2x + 1), exactly to 60 digits, as the nearest double. */
    private static double tanhExact(double x) {
        MathContext mc = new MathContext(60);
        BigDecimal e = expExact(new BigDecimal(2 * x));
        return e.subtract(BigDecimal.ONE).divide(e.add(BigDecimal.ONE), mc).doubleValue();
    }

    @Test
    void tanhIsWithinOneUlpOfTheExactValue() {
        // StrictMath.tanh (fdlibm) is itself up to 2 ulps off, e.g. at 0.5244795224011263,
        // so the reference is computed exactly.
        Rng rng = new Rng(3);
        for (int i = 0; i < 20_000; i++) {
            double x = rng.uniform(-25, 25);
            close(tanhExact(x), Fn.tanh(x), 1);
            double s = rng.uniform(-1, 1);
            close(tanhExact(s), Fn.tanh(s), 1);
            double t = rng.uniform(-1e-3, 1e-3);
            close(tanhExact(t), Fn.tanh(t), 1);
        }
        for (double edge : new double[] {0.55, Math.nextDown(0.55), 22, Math.nextDown(22.0)}) {
            close(tanhExact(edge), Fn.tanh(edge), 1);
        }
        // Tanh's table: nodes every 1/64, so the reduced argument is largest halfway between
        // two nodes; the node next to 0, where the correction is as large as the result; and
        // both ends of the table at ±19.5.
        for (double edge : new double[] {0.5 / 64, 1.0 / 64, 1.5 / 64, 2.5 / 64, 3.0 + 0.5 / 64,
            19.5, Math.nextDown(19.5), Math.nextUp(19.5), 19.5 - 0.5 / 64}) {
            for (double x : new double[] {edge, Math.nextDown(edge), Math.nextUp(edge)}) {
                close(tanhExact(x), Fn.tanh(x), 1);
                close(tanhExact(-x), Fn.tanh(-x), 1);
            }
        }
        assertEquals(1e-300, Fn.tanh(1e-300)); // tanh x = x − x³/3 + …: x itself when tiny
        assertEquals(-Double.MIN_VALUE, Fn.tanh(-Double.MIN_VALUE));
        assertEquals(-0.0, Fn.tanh(-0.0));
        assertEquals(1.0, Fn.tanh(Double.POSITIVE_INFINITY));
        assertEquals(-1.0, Fn.tanh(-700));
        assertTrue(Double.isNaN(Fn.tanh(Double.NaN)));
    }

    @Test
    void tanhOfAnArrayGivesEachElementsTanhBitForBit() {
        Rng rng = new Rng(5);
        double[] z = new double[30_010];
        for (int i = 0; i < 30_000; i += 3) {
            z[i] = rng.uniform(-25, 25);
            z[i + 1] = rng.uniform(-1, 1);
            z[i + 2] = rng.uniform(-1e-3, 1e-3);
        }
        double[] edges = {0, -0.0, 0.25, Math.nextDown(0.25), 19.5, Math.nextDown(19.5),
            Double.NaN, Double.NEGATIVE_INFINITY, -Double.MIN_VALUE, 1e-300};
        System.arraycopy(edges, 0, z, 30_000, edges.length);
        double[] a = new double[z.length + 1];
        a[z.length] = 42;
        Fn.tanh(z, a, z.length);
        for (int i = 0; i < z.length; i++) {
            assertEquals(Double.doubleToRawLongBits(Fn.tanh(z[i])),
                    Double.doubleToRawLongBits(a[i]), "tanh " + z[i]);
        }
        assertEquals(42, a[z.length], "only n values are written");
    }

    /**
     * Each 2^(j/64) in exp's table is the double nearest the true value: with u = ulp(T),
     * (T − u/2)^64 ≤ 2^j ≤ (T + u/2)^64, checked in exact decimal arithmetic.
     */
    @Test
    void expTableHoldsTheNearestDoublesToTwoToTheJOver64() {
        for (int j = 0; j < 64; j++) {
            double t = Fn.exp2Table(j);
            BigDecimal half = new BigDecimal(Math.ulp(t)).divide(BigDecimal.valueOf(2));
            BigDecimal exact = new BigDecimal(t);
            BigDecimal twoToJ = new BigDecimal(2).pow(j);
            assertTrue(exact.subtract(half).pow(64).compareTo(twoToJ) <= 0, "entry " + j);
            assertTrue(exact.add(half).pow(64).compareTo(twoToJ) >= 0, "entry " + j);
        }
    }

    @Test
    void expm1AndLog1pAgreeWithStrictMath() {
        Rng rng = new Rng(3);
        for (int i = 0; i < 200_000; i++) {
            double e = rng.uniform(-2, 2);
            close(StrictMath.expm1(e), Fn.expm1(e), 3);
            double l = rng.uniform(-0.9, 5);
            close(StrictMath.log1p(l), Fn.log1p(l), 3);
        }
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
