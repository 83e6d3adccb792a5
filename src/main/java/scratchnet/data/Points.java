package scratchnet.data;

/** Collects 2-D points (x1, x2) with labels while a generator runs, then builds a dataset. */
final class Points {
    private final double[] x;
    private final double[] y;
    private int n;

    Points(int capacity) {
        x = new double[2 * capacity];
        y = new double[capacity];
    }

    void add(double x1, double x2, double label) {
        x[2 * n] = x1;
        x[2 * n + 1] = x2;
        y[n] = label;
        n++;
    }

    Dataset toDataset(Task task, int classes) {
        String target = task == Task.REGRESSION ? "y" : "label";
        return new Dataset(x, y, new String[] {"x1", "x2"}, target, task, classes);
    }
}
