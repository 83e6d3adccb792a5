package scratchnet.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import scratchnet.data.Task;

/** Each malformed file is rejected with a message that names the place and the fix. */
class DatasetCsvErrorsTest {
    private static FormatException fails(String text, Task task, int classes) {
        return assertThrows(FormatException.class, () -> DatasetCsv.read(text, task, classes));
    }

    private static FormatException fails(String text) {
        return fails(text, null, 0);
    }

    private static void startsWith(String prefix, FormatException e) {
        assertTrue(e.getMessage().startsWith(prefix), e.getMessage());
    }

    @Test
    void aWordInANumberColumnIsReportedWithLineColumnAndName() {
        String text = "distance,traffic,prep,delivery\n"
                + "1,2,10,30\n1,2,10,30\n1,2,10,30\n1,2,10,30\n1,2,10,30\n"
                + "1,2,abc,30\n";
        FormatException e = fails(text);
        startsWith("line 7, column 3 (\"prep\"): \"abc\" is not a number", e);
        assertEquals(7, e.line());
        assertEquals(3, e.column());
    }

    @Test
    void nanAndInfinityAreRejectedAsNotFinite() {
        startsWith("line 2, column 1 (\"a\"): \"NaN\" is not a finite number",
                fails("a,b\nNaN,1\n"));
        startsWith("line 3, column 2 (\"b\"): \"-Infinity\" is not a finite number",
                fails("a,b\n1,1\n2,-Infinity\n"));
        startsWith("line 2, column 2 (\"b\"): \"1e999\" is too large", fails("a,b\n1,1e999\n"));
    }

    @Test
    void javaOnlyNumberSpellingsAreRejected() {
        for (String bad : new String[] {"0x1p3", "1d", "2f", "1e", ".", "+", "1.2.3", "1 2"}) {
            FormatException e = fails("a,b\n" + bad + ",1\n");
            startsWith("line 2, column 1 (\"a\"): \"" + bad + "\" is not a number", e);
        }
    }

    @Test
    void anEmptyValueNamesItsPlace() {
        FormatException e = fails("a,b,c\n1,,0\n");
        startsWith("line 2, column 2 (\"b\"): the value is empty", e);
    }

    @Test
    void raggedRowsNameTheLineAndBothCounts() {
        FormatException e = fails("a,b,c\n1,2,3\n1,2\n");
        startsWith("Line 3 has 2 values but the header (line 1) has 3 columns", e);
        assertEquals(3, e.line());
        startsWith("Line 2 has 4 values", fails("a,b,c\n1,2,3,\n"));
    }

    @Test
    void emptyInputAndHeaderOnlyAreExplained() {
        startsWith("The file is empty", fails(""));
        startsWith("The file is empty", fails("\n \r\n"));
        FormatException e = fails("a,b\n\n");
        startsWith("The file has a header but no data rows", e);
        assertEquals(1, e.line());
    }

    @Test
    void aBlankLineBetweenRowsIsRejectedButTrailingOnesAreNot() {
        FormatException e = fails("a,b\n1,2\n\n3,4\n");
        startsWith("Line 3 is blank", e);
        assertEquals(3, e.line());
        assertEquals(1, DatasetCsv.read("a,b\n1,2\n\n\n").rows());
    }

    @Test
    void badHeadersAreExplained() {
        startsWith("Line 1 holds numbers, not column names", fails("1,2\n3,4\n"));
        startsWith("Line 1 names only one column", fails("y\n1\n"));
        startsWith("line 1, column 2: the column name is empty", fails("a,,c\n1,2,3\n"));
        startsWith("line 1, column 3: the name \"a\" is already used by column 1",
                fails("a,b,a\n1,2,3\n"));
        startsWith("line 1, column 1: the quote in \"a is not closed", fails("\"a,b\n1,2\n"));
        startsWith("Line 1 is blank", fails("\n1,2\n"));
    }

    @Test
    void binaryLabelsOtherThanZeroOrOneNameTheTargetCell() {
        FormatException e = fails("x,label\n1,0\n2,-1\n", Task.BINARY, 0);
        startsWith("line 3, column 2 (\"label\"): label -1 is not 0 or 1", e);
        assertEquals(3, e.line());
        assertEquals(2, e.column());
    }

    @Test
    void multiclassLabelsMustBeWholeNumbersInRange() {
        startsWith("line 2, column 2 (\"k\"): label 1.5 is not a class index",
                fails("x,k\n1,1.5\n", Task.MULTICLASS, 0));
        startsWith("line 3, column 2 (\"k\"): label -2 is not a class index",
                fails("x,k\n1,1\n1,-2\n", Task.MULTICLASS, 0));
        startsWith("line 3, column 2 (\"k\"): label 3 is out of range: with 3 classes labels"
                + " must be 0..2", fails("x,k\n1,1\n1,3\n", Task.MULTICLASS, 3));
        startsWith("line 2, column 2 (\"k\"): label 100 is too large",
                fails("x,k\n1,100\n", Task.MULTICLASS, 0));
        startsWith("Column 2 (\"k\") holds only class 0", fails("x,k\n1,0\n", Task.MULTICLASS, 0));
    }

    @Test
    void aValueOfMoreThan1100CharactersIsRefusedUnreadAndQuotedShort() {
        long t0 = System.nanoTime();
        FormatException e = fails("a,b\n0." + "1".repeat(1_000_000) + ",1\n");
        assertTrue(System.nanoTime() - t0 < 1_000_000_000L);
        assertEquals("line 2, column 1 (\"a\"): the value \"0.111111111111111111111111111111…\""
                + " (1000002 characters) is too long: a number may have at most 1100 characters"
                + " (enough to write any double out in full).", e.getMessage());
        assertEquals(0.1111111111111111,
                DatasetCsv.read("a,b\n0." + "1".repeat(1098) + ",1\n").feature(0, 0));
    }
}
