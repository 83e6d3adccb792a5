package scratchnet.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** Your own data's CSV reader: the edge cases a real file brings, and the size limits. */
class CsvTableTest {
    static final int CHARS = 4_000_000;
    static final int ROWS = 20_000;
    static final int COLS = 50;

    static CsvTable read(String text) {
        CsvTable t = CsvTable.begin(text, CHARS, ROWS, COLS);
        while (!t.parse(3)) {
            // small slices, as the page reads
        }
        return t;
    }

    static FormatException error(String text) {
        return assertThrows(FormatException.class, () -> read(text));
    }

    @Test
    void readsAPlainFileInSlices() {
        CsvTable t = CsvTable.begin("a,b,y\n1,2,0\n3,4,1\n5,6,0\n7,8,1\n", CHARS, ROWS, COLS);
        assertFalse(t.parse(2));
        assertEquals(2, t.rows());
        assertEquals(3, t.linesRead());
        assertTrue(t.parse(10));
        assertEquals(4, t.rows());
        assertArrayEquals(new String[] {"a", "b", "y"}, t.names());
        assertEquals(7, t.value(3, 0));
        assertEquals(5, t.lineOf(3));
    }

    @Test
    void quotesMayHoldCommasAndDoubledQuotes() {
        CsvTable t = read("\"x, km\",\"say \"\"hi\"\"\", y\n\"1.5\", 2 ,\"0\"\n");
        assertArrayEquals(new String[] {"x, km", "say \"hi\"", "y"}, t.names());
        assertEquals(1.5, t.value(0, 0));
        assertEquals(2, t.value(0, 1));
    }

    @Test
    void unclosedQuoteIsNamed() {
        FormatException e = error("a,b\n1,\"2\n");
        assertEquals(2, e.line());
        assertEquals(2, e.column());
        assertTrue(e.getMessage().contains("not closed"), e.getMessage());
    }

    @Test
    void bomCrlfCrAndBlankLinesAreRead() {
        CsvTable t = read("\uFEFFa,y\r\n1,0\r\n\r\n2,1\r3,0\r\n\r\n\r\n");
        assertArrayEquals(new String[] {"a", "y"}, t.names());
        assertEquals(3, t.rows());
        assertEquals(4, t.lineOf(1)); // the blank line 3 still counts as a line
        assertEquals(5, t.lineOf(2));
    }

    @Test
    void nonNumericCellNamesLineAndColumn() {
        FormatException e = error("a,b,y\n1,2,0\n\n3,four,1\n");
        assertEquals(4, e.line());
        assertEquals(2, e.column());
        assertTrue(e.getMessage().startsWith("line 4, column 2 (\"b\"): \"four\" is not a number"),
                e.getMessage());
    }

    @Test
    void missingTargetAndRaggedRows() {
        FormatException empty = error("a,b,y\n1,2,\n");
        assertEquals(2, empty.line());
        assertEquals(3, empty.column());
        assertTrue(empty.getMessage().contains("the value is empty"), empty.getMessage());
        FormatException shortRow = error("a,b,y\n1,2,0\n1,2\n");
        assertEquals(3, shortRow.line());
        assertTrue(shortRow.getMessage().contains("Line 3 has 2 values but the header (line 1)"
                + " has 3 columns"), shortRow.getMessage());
        FormatException longRow = error("a,b,y\n1,2,0,9\n");
        assertEquals(2, longRow.line());
    }

    @Test
    void hugeValuesExactOrRefused() {
        CsvTable t = read("a,y\n1e308,0\n1.7976931348623157e308,1\n4.9e-324,0\n0.1,1\n");
        assertEquals(1e308, t.value(0, 0));
        assertEquals(Double.MAX_VALUE, t.value(1, 0));
        assertEquals(Double.MIN_VALUE, t.value(2, 0));
        assertEquals(0.1, t.value(3, 0));
        FormatException e = error("a,y\n1,0\n1e400,1\n");
        assertEquals(3, e.line());
        assertEquals(1, e.column());
        assertTrue(e.getMessage().contains("too large for a double"), e.getMessage());
        FormatException nan = error("a,y\nNaN,0\n");
        assertTrue(nan.getMessage().contains("not a finite number"), nan.getMessage());
    }

    @Test
    void headerProblems() {
        assertTrue(error("").getMessage().contains("empty"));
        assertTrue(error("1,2\n3,4\n").getMessage().contains("holds numbers"));
        assertTrue(error("a,a\n1,2\n").getMessage().contains("already used by column 1"));
        assertTrue(error("a,b\n").getMessage().contains("no data rows"));
        assertTrue(error("a,b\n\n\n").getMessage().contains("no data rows"));
        assertEquals("column 1", read(",y\n1,2\n").names()[0]);
    }

    /** Bytes allocated by this thread while {@code r} runs (HotSpot's counter). */
    static long allocated(Runnable r) {
        com.sun.management.ThreadMXBean bean =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(id);
        r.run();
        return bean.getThreadAllocatedBytes(id) - before;
    }

    @Test
    void twentyMegabytesAreRefusedBeforeAnythingIsAllocated() {
        StringBuilder sb = new StringBuilder("a,b,y\n");
        while (sb.length() < 20_000_000) {
            sb.append("1.25,2.5,1\n");
        }
        String text = sb.toString();
        FormatException[] e = new FormatException[1];
        long bytes = allocated(() -> e[0] = assertThrows(FormatException.class,
                () -> CsvTable.begin(text, CHARS, ROWS, COLS)));
        assertTrue(e[0].getMessage().startsWith("The file has " + text.length()
                + " characters; ScratchNet reads at most 4000000 characters, 20000 data rows and"
                + " 50 columns."), e[0].getMessage());
        assertTrue(bytes < 100_000, bytes + " bytes allocated");
    }

    @Test
    void tooManyRowsAreRefusedBeforeTheRowsAreAllocated() {
        StringBuilder sb = new StringBuilder("a,y\n");
        while (sb.length() < 3_900_000) {
            sb.append("1,0\n");
        }
        String text = sb.toString();
        FormatException[] e = new FormatException[1];
        long bytes = allocated(() -> e[0] = assertThrows(FormatException.class,
                () -> CsvTable.begin(text, CHARS, ROWS, COLS)));
        assertTrue(e[0].getMessage().contains("data lines; ScratchNet reads at most"),
                e[0].getMessage());
        assertTrue(bytes < 100_000, bytes + " bytes allocated");
        FormatException wide = assertThrows(FormatException.class,
                () -> CsvTable.begin("c".repeat(1) + ",c".repeat(60) + "\n", CHARS, ROWS, COLS));
        assertTrue(wide.getMessage().startsWith("Line 1 names 61 columns"), wide.getMessage());
    }

    @Test
    void aFileAtTheLimitsReadsWithMemoryForItsRows() {
        StringBuilder sb = new StringBuilder("a,b,y\n");
        for (int r = 0; r < ROWS; r++) {
            sb.append(r).append(".5,").append(-r).append(",").append(r % 2).append('\n');
        }
        CsvTable[] t = new CsvTable[1];
        long bytes = allocated(() -> t[0] = read(sb.toString()));
        assertEquals(ROWS, t[0].rows());
        assertEquals(19_999.5, t[0].value(ROWS - 1, 0));
        // the values (20,000 × 3 doubles, 480 KB) and the lines' text, not a 20 MB table
        assertTrue(bytes < 40_000_000, bytes + " bytes allocated");
    }

    @Test
    void theEnginesOwnFormatIsOneSuchFile() {
        String text = "x1,x2,label\n0.5,-1,1\n2,3.25,0\n";
        CsvTable t = read(text);
        scratchnet.data.Dataset d = DatasetCsv.read(text);
        for (int r = 0; r < d.rows(); r++) {
            for (int c = 0; c < d.cols(); c++) {
                assertEquals(d.feature(r, c), t.value(r, c));
            }
            assertEquals(d.target(r), t.value(r, 2));
        }
    }
}
