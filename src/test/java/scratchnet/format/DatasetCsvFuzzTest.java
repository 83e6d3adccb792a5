package scratchnet.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import scratchnet.data.Dataset;
import scratchnet.data.Task;

/**
 * Issue 15: 12,000 seeded CSV texts — valid files written many ways, then truncated,
 * mutated, made huge, re-encoded, with NaN and Infinity put in — are each read as a dataset
 * that keeps {@link Dataset}'s invariants or refused with a {@link FormatException}, in time
 * proportional to their length.
 */
class DatasetCsvFuzzTest {
    private static final int CASES = 12_000;

    @Test
    void everyTextIsReadIntactOrRefusedWithAFormatExceptionInLinearTime() {
        Fuzz fuzz = new Fuzz(15);
        int accepted = 0;
        for (int i = 0; i < CASES; i++) {
            Task task = fuzz.pick(null, Task.REGRESSION, Task.BINARY, Task.MULTICLASS);
            int classes = task == Task.MULTICLASS ? fuzz.pick(0, 2, 3, 5, 100) : 0;
            String text = input(fuzz, i, task);
            boolean ok = Fuzz.check("case " + i, text,
                    t -> checkInvariants(DatasetCsv.read(t, task, classes), task, classes));
            accepted += ok ? 1 : 0;
        }
        // The generator must reach both outcomes often, or it tests little.
        assertTrue(accepted > CASES / 10 && accepted < CASES * 9 / 10, accepted + " accepted");
    }

    @Test
    void validFilesAreReadBackExactly() {
        Fuzz fuzz = new Fuzz(16);
        for (int i = 0; i < 1000; i++) {
            int rows = 1 + fuzz.nextInt(20);
            int cols = 2 + fuzz.nextInt(6);
            double[] values = new double[rows * cols];
            StringBuilder sb = new StringBuilder(header(fuzz, cols));
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    double v = number(fuzz);
                    values[r * cols + c] = v;
                    sb.append(c == 0 ? "" : ",").append(spell(fuzz, v));
                }
                sb.append(fuzz.pick("\n", "\r\n", "\r"));
            }
            Dataset d = DatasetCsv.read(sb.toString(), Task.REGRESSION);
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols - 1; c++) {
                    assertEquals(values[r * cols + c], d.feature(r, c), sb.toString());
                }
                assertEquals(values[r * cols + cols - 1], d.target(r), sb.toString());
            }
        }
    }

    private static void checkInvariants(Dataset d, Task task, int classes) {
        int rows = d.rows();
        int cols = d.cols();
        assertTrue(rows >= 1 && rows <= DatasetCsv.MAX_ROWS && cols >= 1
                && (long) rows * (cols + 1) <= DatasetCsv.MAX_CELLS);
        assertEquals(rows * cols, d.x().length);
        assertEquals(rows, d.y().length);
        for (double v : d.x()) {
            assertTrue(Double.isFinite(v));
        }
        Set<String> names = new HashSet<>();
        for (String name : d.featureNames()) {
            assertTrue(!name.isEmpty() && names.add(name), name);
        }
        assertTrue(!d.targetName().isEmpty() && names.add(d.targetName()));
        assertEquals(cols, d.featureNames().length);
        if (task != null) {
            assertEquals(task, d.task());
        }
        for (double y : d.y()) {
            assertTrue(Double.isFinite(y));
            if (d.task() == Task.BINARY) {
                assertTrue(y == 0 || y == 1);
            } else if (d.task() == Task.MULTICLASS) {
                assertTrue(y >= 0 && y < d.classes() && y == Math.floor(y));
            }
        }
        if (d.task() == Task.MULTICLASS && classes != 0) {
            assertEquals(classes, d.classes());
        }
    }

    /** A text for case i: usually a valid file then mutated; sometimes noise, huge or bare. */
    private static String input(Fuzz fuzz, int i, Task task) {
        switch (i % 10) {
            case 0:
                return fuzz.noise("0123456789,.-+eE\"\n\r xyNaInfity", fuzz.nextInt(200));
            case 1:
                return i % 200 == 1 ? huge(fuzz) : valid(fuzz, task);
            default:
                return fuzz.mutate(valid(fuzz, task));
        }
    }

    private static String valid(Fuzz fuzz, Task task) {
        int rows = 1 + fuzz.nextInt(12);
        int cols = 2 + fuzz.nextInt(5);
        int k = 2 + fuzz.nextInt(4);
        StringBuilder sb = new StringBuilder(fuzz.nextInt(20) == 0 ? "\uFEFF" : "");
        sb.append(header(fuzz, cols));
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols - 1; c++) {
                sb.append(spell(fuzz, number(fuzz))).append(',');
            }
            boolean label = task == Task.BINARY || task == Task.MULTICLASS
                    || (task == null && fuzz.nextBoolean());
            int bound = task == Task.MULTICLASS ? k : 2;
            sb.append(label ? Integer.toString(fuzz.nextInt(bound)) : spell(fuzz, number(fuzz)));
            sb.append(fuzz.pick("\n", "\n", "\r\n", "\r"));
        }
        return sb.append(fuzz.pick("", "", "\n", "\n\n", " \n")).toString();
    }

    private static String header(Fuzz fuzz, int cols) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cols; c++) {
            String name = fuzz.pick("x", "feature ", "y", "é", "\uD83D\uDE00") + c;
            sb.append(c == 0 ? "" : ",").append(fuzz.nextInt(4) == 0 ? "\"" + name + "\"" : name);
        }
        return sb.append('\n').toString();
    }

    /** A finite double: often short decimals, sometimes any bit pattern. */
    private static double number(Fuzz fuzz) {
        if (fuzz.nextInt(4) == 0) {
            double v;
            do {
                v = Double.longBitsToDouble(fuzz.nextLong());
            } while (!Double.isFinite(v));
            return v;
        }
        return Math.round((fuzz.nextDouble() - 0.5) * 20_000) / 100.0;
    }

    /** v written so that it reads back exactly, in one of several spellings. */
    private static String spell(Fuzz fuzz, double v) {
        switch (fuzz.nextInt(16)) {
            case 0:
                return ShortestDecimal.of(v);
            case 1:
                return new java.math.BigDecimal(v).toString().replace("E+", "e");
            case 2:
            case 3:
                return " " + v + " ";
            case 4:
            case 5:
                return "\"" + v + "\"";
            default:
                return Double.toString(v);
        }
    }

    /** Files far beyond the generated sizes: long cells, many columns, many rows. */
    private static String huge(Fuzz fuzz) {
        switch (fuzz.nextInt(4)) {
            case 0:
                return "a,b\n" + "0.".concat("3".repeat(100_000 + fuzz.nextInt(900_000))) + ",1\n";
            case 1:
                StringBuilder names = new StringBuilder("c0");
                for (int c = 1 + fuzz.nextInt(20_000); c > 0; c--) {
                    names.append(",c").append(c);
                }
                return names + "\n" + "1\n".repeat(1000);
            case 2:
                return "a,b\n" + "1,0\n".repeat(10_000 + fuzz.nextInt(100_000));
            default:
                return "a".repeat(fuzz.nextInt(500_000));
        }
    }
}
