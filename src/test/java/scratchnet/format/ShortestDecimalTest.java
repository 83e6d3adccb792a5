package scratchnet.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import scratchnet.math.Rng;

class ShortestDecimalTest {
    @Test
    void everyDoubleReadsBackBitForBit() {
        Rng rng = new Rng(7);
        for (int i = 0; i < 20000; i++) {
            long bits = ((long) rng.nextInt() << 32) | (rng.nextInt() & 0xFFFFFFFFL);
            double d = Double.longBitsToDouble(i % 4 == 0 ? bits >>> 12 : bits); // 1/4 subnormal
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                continue;
            }
            String s = ShortestDecimal.of(d);
            assertEquals(Double.doubleToRawLongBits(d),
                    Double.doubleToRawLongBits(Double.parseDouble(s)), s);
        }
    }

    @Test
    void schubfachGivesTheDigitsOfTheBigDecimalSearch() {
        java.util.List<Double> cases = new java.util.ArrayList<>();
        for (int e = -1074; e <= 1023; e++) { // every power of two (the lopsided intervals)
            double p = Math.scalb(1.0, e);
            cases.add(p);
            cases.add(Math.nextUp(p));
            cases.add(Math.nextDown(p));
        }
        for (int e = -323; e <= 308; e++) {
            double p = Double.parseDouble("1e" + e);
            cases.add(p);
            cases.add(Math.nextUp(p));
            cases.add(Math.nextDown(p));
        }
        for (long c = 1; c < 200; c++) {
            cases.add(Double.longBitsToDouble(c)); // the smallest subnormals: 5e-324, 6e-323, …
        }
        cases.add(Double.MAX_VALUE);
        cases.add(9007199254740993.0);
        Rng rng = new Rng(11);
        for (int i = 0; i < 60000; i++) {
            long bits = ((long) rng.nextInt() << 32) | (rng.nextInt() & 0xFFFFFFFFL);
            cases.add(Double.longBitsToDouble(i % 3 == 0 ? bits >>> 12 : bits >>> 1));
            cases.add(rng.nextGaussian());
        }
        int checked = 0;
        for (double d : cases) {
            if (d == 0 || Double.isNaN(d) || Double.isInfinite(d)) {
                continue;
            }
            assertEquals(ShortestDecimal.reference(d), ShortestDecimal.of(d),
                    Long.toHexString(Double.doubleToRawLongBits(d)));
            assertEquals(ShortestDecimal.reference(-d), ShortestDecimal.of(-d));
            checked++;
        }
        assertEquals(true, checked > 120000, "checked " + checked);
    }

    @Test
    void theLogarithmsAreExactOverTheDoublesRange() {
        for (int e = -1200; e <= 1200; e++) {
            int k = ShortestDecimal.flog10pow2(e); // 10^k ≤ 2^e < 10^(k+1)
            assertEquals(true, compare(k, 1, e) <= 0 && compare(k + 1, 1, e) > 0, "e " + e);
            int k34 = ShortestDecimal.flog10threeQuartersPow2(e); // the same for ¾·2^e = 3·2^(e−2)
            assertEquals(true, compare(k34, 3, e - 2) <= 0 && compare(k34 + 1, 3, e - 2) > 0,
                    "¾ e " + e);
        }
        for (int k = -400; k <= 400; k++) {
            int e = ShortestDecimal.flog2pow10(k); // 2^e ≤ 10^k < 2^(e+1)
            assertEquals(true, compare(k, 1, e) >= 0 && compare(k, 1, e + 1) < 0, "k " + k);
        }
    }

    /** The sign of 10^k − m·2^e, exactly. */
    private static int compare(int k, int m, int e) {
        java.math.BigInteger left = java.math.BigInteger.ONE;
        java.math.BigInteger right = java.math.BigInteger.valueOf(m);
        if (k >= 0) {
            left = left.multiply(java.math.BigInteger.TEN.pow(k));
        } else {
            right = right.multiply(java.math.BigInteger.TEN.pow(-k));
        }
        if (e >= 0) {
            right = right.shiftLeft(e);
        } else {
            left = left.shiftLeft(-e);
        }
        return left.compareTo(right);
    }

    @Test
    void digitsAreThoseOfPythonsShortestRepr() throws IOException {
        InputStream in = getClass().getResourceAsStream("/format/shortest-doubles.txt");
        int checked = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                double d = Double.longBitsToDouble(Long.parseUnsignedLong(line.substring(0, space),
                        16));
                String python = line.substring(space + 1);
                String ours = ShortestDecimal.of(d);
                assertEquals(0, new BigDecimal(python).compareTo(new BigDecimal(ours)),
                        "python " + python + " vs ours " + ours);
                checked++;
            }
        }
        assertEquals(2825, checked);
    }

    @Test
    void writesPlainNotationForModerateMagnitudesAndExponentsBeyond() {
        assertEquals("0.1", ShortestDecimal.of(0.1));
        assertEquals("13.54", ShortestDecimal.of(13.54));
        assertEquals("-0.5", ShortestDecimal.of(-0.5));
        assertEquals("1", ShortestDecimal.of(1.0));
        assertEquals("100", ShortestDecimal.of(100.0));
        assertEquals("0.000001", ShortestDecimal.of(1e-6));
        assertEquals("1e-7", ShortestDecimal.of(1e-7));
        assertEquals("100000000000000000000", ShortestDecimal.of(1e20));
        assertEquals("1e21", ShortestDecimal.of(1e21));
        assertEquals("1e-300", ShortestDecimal.of(1e-300));
        assertEquals("5e-324", ShortestDecimal.of(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e308", ShortestDecimal.of(Double.MAX_VALUE));
        assertEquals("0.30000000000000004", ShortestDecimal.of(0.1 + 0.2));
    }

    @Test
    void isShorterThanJava17DoubleToStringWhereThatOneIsNot() {
        // Java 17 prints 9.999999999999999E22 and 5.6843418860808015E-14 for these.
        assertEquals("1e23", ShortestDecimal.of(1e23));
        assertEquals("5.684341886080802e-14", ShortestDecimal.of(Math.scalb(1.0, -44)));
        assertEquals("282879384806159000", ShortestDecimal.of(2.82879384806159E17));
    }

    @Test
    void theAnswerDoesNotDependOnWhereTheSearchStarts() {
        Rng rng = new Rng(9);
        for (int i = 0; i < 2000; i++) {
            double d = rng.normal(0, 1) * Math.pow(10, rng.nextInt(40) - 20);
            String s = ShortestDecimal.of(d);
            for (int hint = 1; hint <= 17; hint += 4) {
                assertEquals(s, ShortestDecimal.search(d, hint), "hint " + hint);
            }
        }
        assertEquals("1e23", ShortestDecimal.search(1e23, 1));
        assertEquals("1e23", ShortestDecimal.search(1e23, 17));
    }

    @Test
    void countsSignificantDigitsOfJavaStrings() {
        assertEquals(5, ShortestDecimal.significantDigits("-1.2345E-5"));
        assertEquals(3, ShortestDecimal.significantDigits("0.00123"));
        assertEquals(1, ShortestDecimal.significantDigits("1.0E10"));
        assertEquals(1, ShortestDecimal.significantDigits("100.0"));
        assertEquals(4, ShortestDecimal.significantDigits("10.01"));
        assertEquals(1, ShortestDecimal.significantDigits("0.0"));
    }

    @Test
    void keepsTheSignOfZero() {
        assertEquals("0", ShortestDecimal.of(0.0));
        assertEquals("-0", ShortestDecimal.of(-0.0));
        assertEquals(Double.doubleToRawLongBits(-0.0),
                Double.doubleToRawLongBits(Double.parseDouble("-0")));
    }

    @Test
    void refusesNanAndInfinity() {
        assertThrows(IllegalArgumentException.class, () -> ShortestDecimal.of(Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> ShortestDecimal.of(Double.NEGATIVE_INFINITY));
    }
}
