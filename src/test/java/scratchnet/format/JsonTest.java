package scratchnet.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {
    private static String error(String text) {
        return assertThrows(FormatException.class, () -> Json.parse(text)).getMessage();
    }

    @Test
    void readsEveryKindOfValue() {
        Object v = Json.parse(" {\"a\": [1, -2.5e3, 0.1], \"b\": \"x\\\"\\u00e9\\n\", "
                + "\"c\": true, \"d\": false, \"e\": null, \"f\": {}, \"g\": []}\r\n");
        Map<?, ?> m = (Map<?, ?>) v;
        assertEquals(List.of(1.0, -2500.0, 0.1), m.get("a"));
        assertEquals("x\"\u00e9\n", m.get("b"));
        assertEquals(Boolean.TRUE, m.get("c"));
        assertEquals(Boolean.FALSE, m.get("d"));
        assertSame(Json.NULL, m.get("e"));
        assertEquals(Map.of(), m.get("f"));
        assertEquals(List.of(), m.get("g"));
        assertEquals(List.of("a", "b", "c", "d", "e", "f", "g"), List.copyOf(m.keySet()));
    }

    @Test
    void aNumberTokenMayHaveAtMost1100Characters() {
        String longest = new java.math.BigDecimal(-Math.nextDown(Double.MIN_NORMAL))
                .toPlainString(); // 1,077 characters
        assertEquals(List.of(-Math.nextDown(Double.MIN_NORMAL)), Json.parse("[" + longest + "]"));
        assertEquals(List.of(0.1), Json.parse("[0.1" + "0".repeat(1097) + "]"));
        assertEquals("JSON syntax error at line 1, column 2: a number of 1000002 characters;"
                + " numbers may have at most 1100 (enough to write any double out in full)",
                error("[0." + "1".repeat(1_000_000) + "]"));
    }

    @Test
    void readsNegativeZeroAsNegativeZero() {
        Object v = Json.parse("-0");
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits((Double) v));
    }

    @Test
    void syntaxErrorsNameLineAndColumn() {
        assertEquals("JSON syntax error at line 3, column 10: expected ',' or ']' after an array "
                + "element but found '4'", error("{\n  \"a\": [1,\n    2, 3 4]\n}"));
        assertEquals("JSON syntax error at line 1, column 8: expected a quoted key but found "
                + "'}' (remove the trailing comma)", error("{\"a\":1,}"));
        assertEquals("JSON syntax error at line 1, column 4: expected a value but found ']' "
                + "(remove the trailing comma)", error("[1,]"));
    }

    @Test
    void syntaxErrorsCarryLineAndColumnForThePage() {
        FormatException e = assertThrows(FormatException.class,
                () -> Json.parse("{\n  \"a\": [1,\n    2, 3 4]\n}"));
        assertEquals(3, e.line());
        assertEquals(10, e.column());
    }

    @Test
    void rejectsWhatLenientParsersAccept() {
        assertEquals("JSON syntax error at line 1, column 2: expected a quoted key but found "
                + "'''", error("{'a': 1}"));
        assertEquals("JSON syntax error at line 1, column 2: numbers may not have leading zeros",
                error("01"));
        assertEquals("JSON syntax error at line 1, column 1: expected a value (object, array, "
                + "string, number, true, false or null) but found '.'", error(".5"));
        assertEquals("JSON syntax error at line 1, column 3: expected a digit after the decimal "
                + "point", error("1."));
        assertEquals("JSON syntax error at line 1, column 1: expected a value (object, array, "
                + "string, number, true, false or null) but found 'N'", error("NaN"));
        assertEquals("JSON syntax error at line 1, column 1: expected a value (object, array, "
                + "string, number, true, false or null) but found '/'", error("// note\n{}"));
        assertEquals("JSON syntax error at line 1, column 3: unexpected '{' after the end of "
                + "the JSON value", error("{}{}"));
    }

    @Test
    void rejectsDuplicateKeys() {
        assertEquals("JSON syntax error at line 2, column 1: duplicate key \"a\"; each key may "
                + "appear once", error("{\"a\": 1,\n\"a\": 2}"));
    }

    @Test
    void rejectsNumbersBeyondDoubleRange() {
        assertEquals("JSON syntax error at line 1, column 2: number 1e999 is too large for a "
                + "double (limit about 1.8e308)", error("[1e999]"));
    }

    @Test
    void rejectsBrokenStrings() {
        assertEquals("JSON syntax error at line 1, column 5: unterminated string; add the "
                + "closing '\"'", error("\"abc"));
        assertEquals("JSON syntax error at line 1, column 3: raw control character in a "
                + "string; write it as an escape like \\n", error("\"a\tb\""));
        assertEquals("JSON syntax error at line 1, column 3: invalid escape \\x in a string; "
                + "valid are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", error("\"\\x\""));
    }

    @Test
    void rejectsEmptyInputAndDeepNesting() {
        assertEquals("JSON syntax error at line 2, column 1: the file is empty; expected a JSON "
                + "object", error("  \n"));
        String deep = "[".repeat(100000);
        assertEquals("JSON syntax error at line 1, column 513: nesting deeper than 512 levels",
                error(deep));
    }

    @Test
    void quoteEscapesWhatJsonRequires() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", Json.quote("a\"b\\c\nd\u0001"));
        assertEquals("a\"b\\c\nd\u0001", Json.parse(Json.quote("a\"b\\c\nd\u0001")));
    }
}
