package scratchnet.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import scratchnet.data.Dataset;

/**
 * The size limits are checked before rows are read, memory follows the rows really read, and
 * the header's repeated-name check is linear (issue 15, item 3).
 */
class DatasetCsvLimitsTest {
    private static String names(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(i == 0 ? "" : ",").append('c').append(i);
        }
        return sb.toString();
    }

    private static FormatException fails(String text) {
        return assertThrows(FormatException.class, () -> DatasetCsv.read(text));
    }

    /** Bytes this thread allocates while {@code r} runs (HotSpot only). */
    private static long allocated(Runnable r) {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        Assumptions.assumeTrue(bean instanceof com.sun.management.ThreadMXBean,
                "needs HotSpot's allocation counter");
        com.sun.management.ThreadMXBean hotspot = (com.sun.management.ThreadMXBean) bean;
        long id = Thread.currentThread().getId();
        long before = hotspot.getThreadAllocatedBytes(id);
        r.run();
        return hotspot.getThreadAllocatedBytes(id) - before;
    }

    @Test
    void tenThousandColumnNamesAreCheckedForRepeatsInLinearTime() {
        String header = names(DatasetCsv.MAX_COLUMNS);
        String row = "1" + ",1".repeat(DatasetCsv.MAX_COLUMNS - 1);
        long t0 = System.nanoTime();
        Dataset d = DatasetCsv.read(header + "\n" + row + "\n");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(DatasetCsv.MAX_COLUMNS - 1, d.cols());
        assertTrue(ms < 2000, "10,000 names took " + ms + " ms");
        FormatException e = fails(header + ",c17\n" + row + ",1\n");
        assertTrue(e.getMessage().startsWith("Line 1 names 10001 columns, more than ScratchNet"
                + " reads CSV files of at most 200000000 characters, 10000000 data rows, 10000"
                + " columns and 50000000 values (rows × columns)"), e.getMessage());
        e = fails(names(9999).replace("c9998", "c17") + "\n" + row.substring(2) + "\n");
        assertEquals("line 1, column 9999: the name \"c17\" is already used by column 18; column"
                + " names must differ.", e.getMessage());
    }

    @Test
    void theIssuesSquareFileIsRefusedByItsColumnCountNotByANegativeArraySize() {
        String text = names(46_341) + "\n" + "1\n".repeat(46_341);
        FormatException e = fails(text);
        assertTrue(e.getMessage().startsWith("Line 1 names 46341 columns, more than"),
                e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void tooManyValuesAreRefusedBeforeAnyRowIsRead() {
        String text = names(10_000) + "\n" + "1\n".repeat(5_001);
        long bytes = allocated(() -> {
            FormatException e = fails(text);
            assertEquals("The file has 5001 data rows of 10000 columns (50010000 values), more"
                    + " than ScratchNet reads CSV files of at most 200000000 characters, 10000000"
                    + " data rows, 10000 columns and 50000000 values (rows × columns). Use a"
                    + " sample of the rows.", e.getMessage());
        });
        assertTrue(bytes < 5_000_000, "allocated " + bytes + " bytes");
        FormatException e = fails("a,b\n" + "1,1\n".repeat(DatasetCsv.MAX_ROWS + 1));
        assertTrue(e.getMessage().startsWith("The file has 10000001 data rows of 2 columns"),
                e.getMessage());
    }

    @Test
    void aShortMalformedFileWithAWideHeaderAllocatesLittle() {
        // 4,999 rows × 10,000 columns fit the limits, but the 10 kB of rows cannot hold them:
        // the reader must not reserve 400 MB before finding that line 2 is short.
        String text = names(10_000) + "\n" + "1\n".repeat(4_999);
        long bytes = allocated(() -> {
            FormatException e = fails(text);
            assertTrue(e.getMessage().startsWith("Line 2 has 1 values but the header (line 1)"
                    + " has 10000 columns"), e.getMessage());
        });
        assertTrue(bytes < 5_000_000, "allocated " + bytes + " bytes");
    }

    @Test
    void aValidFileIsReadWithoutGrowingItsArrays() {
        StringBuilder sb = new StringBuilder("x1,x2,y\n");
        for (int r = 0; r < 1000; r++) {
            sb.append(r).append(',').append(-r).append(",0.5\n");
        }
        Dataset d = DatasetCsv.read(sb.toString());
        assertEquals(1000, d.rows());
        assertEquals(-999, d.feature(999, 1));
        assertEquals(0.5, d.target(999));
    }
}
