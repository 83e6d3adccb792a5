package scratchnet.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 item 5 on the Java side, where links are read: escapes are UTF-8, a bad escape is
 * text, a list with empty pieces is refused, and a message never repeats more than
 * {@link Echo#MAX_CHARS} characters of what it was given.
 */
class HostileHashTest {
    private static String value(String hash, String key) {
        return HashCodec.pairs(hash).get(key);
    }

    @Test
    void escapesAreUtf8() {
        assertEquals("é", value("#data=%C3%A9", "data"));
        assertEquals("€", value("#data=%E2%82%AC", "data"));
        assertEquals("😀", value("#data=%F0%9F%98%80", "data"));
        assertEquals("a b&c", value("#data=a%20b%26c", "data"));
        assertEquals("é", value("#data=é", "data"), "raw characters stay as they are");
    }

    @Test
    void badEscapesAreTextAndBadBytesAreReplacementCharacters() {
        assertEquals("%", value("#lab=%", "lab"));
        assertEquals("%zz", value("#fix=%zz", "fix"));
        assertEquals("\uFFFD%A", value("#lab=%E0%A4%A", "lab"));
        // As browsers decode (WHATWG): one U+FFFD per maximal ill-formed part.
        assertEquals("\uFFFD\uFFFD\uFFFD", value("#seed=%ED%A0%80", "seed"), "no lone surrogate");
        assertEquals("\uFFFD\uFFFD", value("#x=%C0%AF", "x"), "overlong");
        assertEquals("\uFFFDa", value("#x=%FFa", "x"));
        assertEquals("\uFFFD", value("#x=%F4%90%80%80", "x").substring(0, 1), "past U+10FFFF");
    }

    @Test
    void decodingAgreesWithTheJdkOnRandomWellFormedText() {
        Random random = new Random(15);
        for (int n = 0; n < 10_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                int cp;
                do {
                    cp = random.nextInt(4) == 0 ? random.nextInt(0x110000) : random.nextInt(0x800);
                } while (cp >= 0xD800 && cp <= 0xDFFF);
                text.appendCodePoint(cp);
            }
            StringBuilder escaped = new StringBuilder("#k=");
            for (byte b : text.toString().getBytes(StandardCharsets.UTF_8)) {
                escaped.append(String.format("%%%02X", b & 0xFF));
            }
            assertEquals(text.toString(), value(escaped.toString(), "k"));
        }
    }

    @Test
    void decodingRandomBytesNeverLeavesALoneSurrogate() {
        Random random = new Random(5);
        for (int n = 0; n < 10_000; n++) {
            StringBuilder escaped = new StringBuilder("#k=");
            byte[] bytes = new byte[random.nextInt(10)];
            random.nextBytes(bytes);
            for (byte b : bytes) {
                escaped.append(String.format("%%%02x", b & 0xFF));
            }
            String v = value(escaped.toString(), "k");
            if (v == null) {
                continue; // the bytes held & or =
            }
            assertEquals(v, new String(v.getBytes(StandardCharsets.UTF_8),
                    StandardCharsets.UTF_8), "well-formed text, no lone surrogate");
            if (wellFormed(bytes)) {
                assertEquals(new String(bytes, StandardCharsets.UTF_8), v);
            } else {
                assertTrue(v.indexOf('\uFFFD') >= 0, v);
            }
        }
    }

    private static boolean wellFormed(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void listsWithEmptyPiecesAreRefused() {
        for (String bad : new String[] {"8,", ",,,", ",8", "8,,8", " , "}) {
            HashReader r = new HashReader("#layers=" + bad);
            assertArrayEquals(new int[] {4, 2}, r.integers("layers", new int[] {4, 2}, 1, 64, 6),
                    bad);
            assertEquals(1, r.problems().size(), bad);
            assertTrue(r.problems().get(0).startsWith("layers=" + bad + " is not valid"),
                    r.problems().toString());
        }
        HashReader empty = new HashReader("#layers=");
        assertArrayEquals(new int[0], empty.integers("layers", new int[] {4, 2}, 1, 64, 6));
        assertEquals(List.of(), empty.problems());
        HashReader features = new HashReader("#f=x1,");
        assertEquals(1, features.features("f", java.util.EnumSet.of(scratchnet.data.Feature.X1))
                .size());
        assertEquals(1, features.problems().size(), "f=x1, is refused");
    }

    @Test
    void messagesQuoteOnlyTheStartAndLengthOfAHugeValue() {
        String big = "x".repeat(100_000);
        List<String> hashes = List.of("#lr=" + big, "#" + big + "=1", "#" + big,
                "#" + big + "=1&" + big + "=2", "#data=" + big, "#layers=" + big);
        for (String hash : hashes) {
            HashReader r = new HashReader(hash);
            r.number("lr", 0.03, 1e-7, 100);
            r.data("data", scratchnet.data.TwoD.CIRCLE);
            r.integers("layers", new int[] {4, 2}, 1, 64, 6);
            assertFalse(r.problems().isEmpty(), hash.substring(0, 10));
            for (String message : r.problems()) {
                assertTrue(message.length() < 250, message.length() + ": " + message);
                assertTrue(message.contains("x".repeat(32) + "… (100000 characters)"), message);
                assertFalse(message.contains("x".repeat(33)), message);
            }
        }
    }

    @Test
    void excerptsCutLongValuesKeepPairsAndReplaceLoneSurrogates() {
        assertEquals("short", Excerpt.of("short"));
        assertEquals("y".repeat(40), Excerpt.of("y".repeat(40)));
        assertEquals("y".repeat(32) + "… (41 characters)", Excerpt.of("y".repeat(41)));
        assertEquals("y".repeat(31) + "… (43 characters)",
                Excerpt.of("y".repeat(31) + "😀z".repeat(4)), "a pair is never split");
        assertEquals("a\uFFFDb\uFFFD", Excerpt.of("a\uD800b\uDC00"));
        assertEquals("😀", Excerpt.of("😀"));
        assertEquals("", Excerpt.of(null));
    }
}
