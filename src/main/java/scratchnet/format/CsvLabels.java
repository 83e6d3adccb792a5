package scratchnet.format;

import java.util.function.IntFunction;
import scratchnet.data.Task;

/** Task inference and per-row label checks for {@link DatasetCsv}. */
final class CsvLabels {
    private CsvLabels() {
    }

    /** Binary if every target is exactly 0 or 1, otherwise regression. */
    static Task infer(double[] y) {
        for (double v : y) {
            if (v != 0 && v != 1) {
                return Task.REGRESSION;
            }
        }
        return Task.BINARY;
    }

    /**
     * Checks the class count a caller asks for (a programming error, not a file's): 0 or
     * 2..{@link DatasetCsv#MAX_CLASSES} for multiclass, anything for the other tasks.
     */
    static void checkClassCount(Task task, int classes) {
        if (task == Task.MULTICLASS && classes != 0
                && (classes < 2 || classes > DatasetCsv.MAX_CLASSES)) {
            throw new IllegalArgumentException("classes must be 2.." + DatasetCsv.MAX_CLASSES
                    + " or 0 to infer, got " + classes);
        }
    }

    /**
     * Checks every target against the task and returns the class count (0, 2 or K).
     *
     * @param classes requested K for multiclass, or 0 to use the largest label + 1
     * @param text    row → its target as written in the file, asked only for a message
     * @param names   all column names; the target is the last
     */
    static int check(Task task, int classes, double[] y, IntFunction<String> text,
            String[] names) {
        int col = names.length - 1;
        if (task == Task.REGRESSION) {
            return 0;
        }
        if (task == Task.BINARY) {
            for (int r = 0; r < y.length; r++) {
                if (y[r] != 0 && y[r] != 1) {
                    throw error(r, names, "label " + text.apply(r) + " is not 0 or 1. Binary"
                            + " classification needs 0/1 labels (write 0 for a -1 class), or load"
                            + " the file as multiclass or regression.");
                }
            }
            return 2;
        }
        int limit = classes != 0 ? classes : DatasetCsv.MAX_CLASSES;
        int largest = 0;
        for (int r = 0; r < y.length; r++) {
            double v = y[r];
            if (v != Math.floor(v) || v < 0) {
                throw error(r, names, "label " + text.apply(r) + " is not a class index. Multiclass"
                        + " labels must be whole numbers 0, 1, 2, ...");
            }
            if (v >= limit) {
                String range = classes != 0
                        ? "is out of range: with " + classes + " classes labels must be 0.."
                                + (classes - 1)
                        : "is too large: at most " + limit + " classes (labels 0.." + (limit - 1)
                                + ") are supported";
                throw error(r, names, "label " + text.apply(r) + " " + range + ".");
            }
            largest = Math.max(largest, (int) v);
        }
        if (classes == 0 && largest == 0) {
            throw new FormatException("Column " + (col + 1) + " (" + Excerpt.quoted(names[col])
                    + ") holds only class 0. A classification file needs at least two classes.",
                    0, col + 1);
        }
        return classes != 0 ? classes : largest + 1;
    }

    private static FormatException error(int row, String[] names, String what) {
        int lineNo = row + 2; // line 1 is the header
        int col = names.length - 1;
        return new FormatException(DatasetCsv.place(lineNo, col, names) + what, lineNo, col + 1);
    }
}
