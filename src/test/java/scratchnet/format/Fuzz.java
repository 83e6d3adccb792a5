package scratchnet.format;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Seeded mutations of reader inputs for the fuzz tests, and the contract every case must
 * keep: the reader accepts the text (the caller then checks the result's invariants) or
 * throws a {@link FormatException} with a short one-line message, never anything else, and
 * it returns within a time proportional to the text's length.
 */
final class Fuzz {
    /**
     * Time allowed per case: a fixed part for a GC pause or JIT compilation on a loaded
     * two-core machine, plus 5 µs per character (the readers take well under 1 µs).
     */
    static final long BASE_NANOS = 400_000_000L;
    static final long NANOS_PER_CHAR = 5_000L;
    /** Longest message a rejection may have. */
    static final int MAX_MESSAGE = 600;

    private static final String[] TOKENS = {"NaN", "-NaN", "Infinity", "-Infinity", "+Infinity",
        "inf", "-inf", "nan", "1e999", "-1e999", "1e-999", "4.9e-324", "2.4703282292062328e-324",
        "1.7976931348623159e308", "0x1p3", "1d", "2f", "null", "true", "false", "\"\"", "[]",
        "{}", "[[", "]]", "{\"", "\":", "e", "E+", "--", ".5", "1.", "00", "-0", "+1", "%FF",
        "%00", "%ZZ", "%", "&", "=", "==", "#", ",", ",,", "\"", "\"\"\"", "\n", "\r", "\r\n",
        "\n\n", " ", "\t", "\u0000", "\uFEFF", "\uD800", "\uDC00", "\uD83D\uDE00", "\uFFFD",
        "é", "\u2028", "9".repeat(400), "0." + "1".repeat(1200), "1" + "0".repeat(1101),
        "1e" + "9".repeat(30), "-" + "0".repeat(2000) + "1", "x".repeat(5000)};

    private final SplittableRandom rng;

    Fuzz(long seed) {
        this.rng = new SplittableRandom(seed);
    }

    int nextInt(int bound) {
        return rng.nextInt(bound);
    }

    double nextDouble() {
        return rng.nextDouble();
    }

    long nextLong() {
        return rng.nextLong();
    }

    boolean nextBoolean() {
        return rng.nextBoolean();
    }

    /** One of {@code options}. */
    @SafeVarargs
    final <T> T pick(T... options) {
        return options[rng.nextInt(options.length)];
    }

    /** {@code s} changed by one to three random edits. */
    String mutate(String s) {
        int edits = 1 + rng.nextInt(3);
        for (int i = 0; i < edits; i++) {
            s = edit(s);
        }
        return s;
    }

    private String edit(String s) {
        int n = s.length();
        int a = n == 0 ? 0 : rng.nextInt(n + 1);
        int b = Math.min(n, a + rng.nextInt(Math.min(n, 40) + 1));
        switch (rng.nextInt(9)) {
            case 0: // truncate
                return s.substring(0, a);
            case 1: // delete a range
                return s.substring(0, a) + s.substring(b);
            case 2: // repeat a range
                return s.substring(0, b) + s.substring(a, b) + s.substring(b);
            case 3: // one character replaced
                return a < n ? s.substring(0, a) + pick(TOKENS).charAt(0) + s.substring(a + 1) : s;
            case 4: // a token inserted
            case 5:
                return s.substring(0, a) + pick(TOKENS) + s.substring(a);
            case 6: // a token replacing a range
                return s.substring(0, a) + pick(TOKENS) + s.substring(b);
            case 7: // the bytes read with the wrong encoding, or broken UTF-8
                return rng.nextBoolean() ? new String(s.getBytes(StandardCharsets.UTF_8),
                        StandardCharsets.ISO_8859_1) : brokenUtf8(s);
            default: // two halves swapped
                return s.substring(a) + s.substring(0, a);
        }
    }

    /** {@code s} as UTF-8 with a few bytes overwritten, decoded leniently (U+FFFD appears). */
    private String brokenUtf8(String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int k = 0; k < 3 && bytes.length > 0; k++) {
            bytes[rng.nextInt(bytes.length)] = (byte) (0x80 + rng.nextInt(128));
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Random characters, mostly from {@code alphabet}, sometimes any UTF-16 unit. */
    String noise(String alphabet, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(rng.nextInt(20) == 0 ? (char) rng.nextInt(0x10000)
                    : alphabet.charAt(rng.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /**
     * Runs {@code read} on {@code text} and checks the contract: accepted (then {@code read}
     * has checked the result) or rejected with a short one-line FormatException, in time.
     *
     * @return whether the text was accepted
     */
    static boolean check(String label, String text, Consumer<String> read) {
        long t0 = System.nanoTime();
        boolean accepted;
        try {
            read.accept(text);
            accepted = true;
        } catch (FormatException e) {
            String m = e.getMessage();
            assertTrue(m != null && !m.isEmpty() && m.length() <= MAX_MESSAGE
                    && m.indexOf('\n') < 0 && m.indexOf('\r') < 0, label + ": message " + m);
            assertTrue(e.line() >= 0 && e.column() >= 0, label);
            accepted = false;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            fail(label + ": " + e + " on " + Excerpt.quoted(text), e);
            return false;
        }
        long nanos = System.nanoTime() - t0;
        assertTrue(nanos <= BASE_NANOS + NANOS_PER_CHAR * text.length(), label + ": "
                + text.length() + " characters took " + nanos / 1_000_000 + " ms");
        return accepted;
    }
}
