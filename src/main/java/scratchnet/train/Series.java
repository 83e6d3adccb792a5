package scratchnet.train;

/**
 * A growable list of doubles in one primitive array (no boxing). Capacity doubles when full,
 * so appending costs amortised O(1) and allocates only at the doublings.
 */
final class Series {
    private double[] values = new double[256];
    private int size;

    void add(double v) {
        if (size == values.length) {
            values = java.util.Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    double get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("index " + i + " of " + size);
        }
        return values[i];
    }

    int size() {
        return size;
    }

    double[] toArray() {
        return java.util.Arrays.copyOf(values, size);
    }
}
