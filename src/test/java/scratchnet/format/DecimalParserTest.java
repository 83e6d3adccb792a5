package scratchnet.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
}
