package scratchnet.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ReadsBack must agree with the big-integer DecimalParser on every candidate. */
class ReadsBackTest {
    private static void agree(String s, double v) {
        assertEquals(DecimalParser.parse(s) == v, ReadsBack.exactly(s, v), s + " vs " + v);
    }

    /** Candidates around v: its shortest form, 15 to 18 digits rounded each way, neighbours. */
    private static void candidates(double v) {
        agree(ShortestDecimal.of(v), v);
        String java = Double.toString(v);
        agree(java.replace('E', 'e'), v);
        BigDecimal exact = new BigDecimal(v);
        for (int p = 15; p <= 18; p++) {
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.DOWN, RoundingMode.UP,
                RoundingMode.HALF_EVEN}) {
                BigDecimal r = exact.round(new MathContext(p, mode));
                agree(r.toPlainString(), v);
                agree(r.add(r.ulp()).toPlainString(), v);
                agree(r.subtract(r.ulp()).toPlainString(), v);
            }
        }
    }

    @Test
    void agreesWithTheBigIntegerParserOnRandomDoublesOfEveryScale() {
        Random random = new Random(5);
        for (int i = 0; i < 3000; i++) {
            double v = random.nextDouble() * Math.pow(10, random.nextInt(36) - 28);
            candidates(random.nextBoolean() ? v : -v);
        }
        for (int i = 0; i < 500; i++) {
            double v = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(v)) {
                candidates(v);
            }
        }
    }

    @Test
    void decidesMidpointsByTiesToEven() {
        // Above 2^53 neighbouring doubles are 2, 4, 8 … apart, so midpoints are integers.
        Random random = new Random(9);
        for (int i = 0; i < 2000; i++) {
            long n = (1L << (53 + random.nextInt(6))) + random.nextInt(1 << 20);
            double v = (double) n;
            for (long d = -70; d <= 70; d++) {
                agree(Long.toString((long) v + d), v);
            }
        }
        assertTrue(ReadsBack.exactly("9007199254740993", 9007199254740992.0)); // tie, even
        assertFalse(ReadsBack.exactly("9007199254740995", 9007199254740994.0)); // tie, odd
    }

    @Test
    void handlesSignsZerosAndExponents() {
        assertTrue(ReadsBack.exactly("-0.5", -0.5));
        assertFalse(ReadsBack.exactly("0.5", -0.5));
        assertTrue(ReadsBack.exactly("0", 0.0));
        assertTrue(ReadsBack.exactly("-0.0", -0.0));
        assertTrue(ReadsBack.exactly("1.0e-5", 1e-5));
        assertTrue(ReadsBack.exactly("1e21", 1e21));
        assertTrue(ReadsBack.exactly("4.9e-324", Double.MIN_VALUE));
        agree("0.1", 0.1);
        agree("0.30000000000000004", 0.1 + 0.2);
        agree("0.3", 0.1 + 0.2);
    }
}
