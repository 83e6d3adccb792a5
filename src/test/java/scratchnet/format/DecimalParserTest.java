package scratchnet.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import scratchnet.math.Rng;

/** The JVM's Double.parseDouble is correctly rounded by specification: it is the truth here. */
class DecimalParserTest {
    private static void assertReadsLikeTheJvm(String s) {
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(s)),
                Double.doubleToRawLongBits(DecimalParser.parse(s)), s);
    }

    @Test
    void hardCasesRoundToNearestEven() {
        String[] cases = {"0", "-0", "0.0", "1", "-1", "0.1", "1e23", "8.41e21", "5e-324",
            "2.4703282292062327e-324", "2.4703282292062328e-324", "4.9406564584124654e-324",
            "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
            "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
            "9007199254740993", "9007199254740995", "1e-400", "1e400", "123456789012345678901",
            "0.000001", "1e-7", "13.54", "-0.5", "3.0000000000000004", "1E+5", "7e22",
            "0.30000000000000004", "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124",
            "1.00000000000000011102230246251565404236316680908203126"};
        for (String s : cases) {
            assertReadsLikeTheJvm(s);
        }
    }

    @Test
    void randomDecimalsReadLikeTheJvm() {
        Rng rng = new Rng(12);
        for (int i = 0; i < 50000; i++) {
            StringBuilder sb = new StringBuilder();
            if (rng.nextInt(2) == 0) {
                sb.append('-');
            }
            sb.append(1 + rng.nextInt(9));
            int digits = rng.nextInt(i % 10 == 0 ? 40 : 18);
            int point = rng.nextInt(digits + 1);
            for (int k = 0; k < digits; k++) {
                if (k == point) {
                    sb.append('.');
                }
                sb.append(rng.nextInt(10));
            }
            if (rng.nextInt(3) > 0) {
                sb.append('e').append(rng.nextInt(660) - 340);
            }
            assertReadsLikeTheJvm(sb.toString());
        }
    }

    @Test
    void everyGoldenShortestDecimalReadsBackToItsBits() throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/format/shortest-doubles.txt"),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.startsWith("#")) {
                    int space = line.indexOf(' ');
                    long bits = Long.parseUnsignedLong(line.substring(0, space), 16);
                    String python = line.substring(space + 1).replace("e+", "e");
                    assertEquals(bits, Double.doubleToRawLongBits(DecimalParser.parse(python)),
                            python);
                }
            }
        }
    }

    private static void assertParses(double expected, String s) {
        assertEquals(Double.doubleToRawLongBits(expected),
                Double.doubleToRawLongBits(DecimalParser.parse(s)),
                s.length() <= 80 ? s : s.substring(0, 60) + "… (" + s.length() + " chars)");
    }

    /** The exact value halfway between d and the next double up. */
    private static BigDecimal halfwayAbove(double d) {
        return new BigDecimal(d).add(new BigDecimal(Math.nextUp(d)))
                .divide(BigDecimal.valueOf(2));
    }

    @Test
    void aMillionDigitsParseInWellUnderASecondAndRoundCorrectly() {
        String ones = "1".repeat(800);
        String s = "0." + ones + "0".repeat(1_000_000) + "1";
        // The value lies strictly between the 800-ones prefix and the prefix + 10^-800; both
        // round to the same double, which BigDecimal computes exactly.
        double expected = new BigDecimal("0." + ones).doubleValue();
        assertEquals(expected, new BigDecimal("0." + ones + "1").doubleValue());
        long t0 = System.nanoTime();
        double got = DecimalParser.parse(s);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(got));
        assertTrue(ms < 500, "1,000,802 digits took " + ms + " ms");
        assertReadsLikeTheJvm(s);
        assertParses(0.0, "0." + "0".repeat(1_000_000) + "1");
        assertParses(Double.POSITIVE_INFINITY, "1" + "0".repeat(1_000_000));
        assertParses(1.0, "1" + "0".repeat(1_000_000) + "e-1000000");
        assertParses(1.5, "0." + "0".repeat(1_000_000) + "15e1000001");
        assertParses(-0.0, "-0." + "0".repeat(1_000_000));
    }

    @Test
    void aNonZeroDigitFarBeyondAHalfwayPointStillDecidesTheRounding() {
        String half = "1.00000000000000011102230246251565404236316680908203125"; // 1 + 2^-53
        assertEquals(0, new BigDecimal(half).compareTo(halfwayAbove(1.0)));
        String zeros = "0".repeat(1_000_000);
        assertParses(1.0, half); // a tie goes to the even neighbour, 1
        assertParses(1.0, half + zeros);
        assertParses(Math.nextUp(1.0), half + zeros + "1");
        assertParses(1.0, half.substring(0, half.length() - 1) + "4" + "9".repeat(1_000_000));
        // Halfway below 2^-1022: 768 significant digits, the most a halfway point has.
        BigDecimal low = halfwayAbove(Math.nextDown(Double.MIN_NORMAL));
        assertEquals(768, low.precision());
        assertParses(Double.MIN_NORMAL, low.toPlainString()); // tie to even
        assertParses(Double.MIN_NORMAL, low.toPlainString() + zeros + "1");
        assertParses(Math.nextDown(Double.MIN_NORMAL), low.subtract(
                BigDecimal.ONE.movePointLeft(low.scale() + 5000)).toPlainString());
        BigDecimal tiny = halfwayAbove(2 * Double.MIN_VALUE); // 2.5 · 2^-1074, a tie to 2
        assertParses(2 * Double.MIN_VALUE, tiny.toPlainString() + zeros);
        assertParses(3 * Double.MIN_VALUE, tiny.toPlainString() + zeros + "1");
    }

    /**
     * Random doubles' halfway points, exact and moved up or down by one unit 1 to 2,500
     * digits further on: the truth is known from BigDecimal without any parser.
     */
    @Test
    void digitsAroundTheEightHundredthDecideHalfwayCasesLikeExactArithmetic() {
        SplittableRandom rng = new SplittableRandom(2024);
        for (int i = 0; i < 3000; i++) {
            double d;
            do {
                d = Math.abs(Double.longBitsToDouble(rng.nextLong()));
            } while (!(d < Double.MAX_VALUE));
            double up = Math.nextUp(d);
            BigDecimal mid = halfwayAbove(d);
            String u = mid.unscaledValue().toString();
            int z = rng.nextInt(i % 3 == 0 ? 2500 : 60);
            long exponent = -(long) mid.scale() - z - 1;
            boolean evenBelow = (Double.doubleToRawLongBits(d) & 1) == 0;
            assertParses(evenBelow ? d : up, u + "e" + (-mid.scale()));
            assertParses(up, u + "0".repeat(z) + "1e" + exponent);
            String below = mid.unscaledValue().subtract(java.math.BigInteger.ONE).toString();
            assertParses(d, below + "9".repeat(z + 1) + "e" + exponent);
        }
    }

    @Test
    void everyDoubleWrittenOutInFullFitsTheTokenLimit() {
        String longest = new BigDecimal(-Math.nextDown(Double.MIN_NORMAL)).toPlainString();
        assertEquals(1077, longest.length());
        assertTrue(longest.length() <= DecimalParser.MAX_LENGTH);
        assertParses(-Math.nextDown(Double.MIN_NORMAL), longest);
        assertEquals(309, new BigDecimal(Double.MAX_VALUE).toPlainString().length());
    }
}
