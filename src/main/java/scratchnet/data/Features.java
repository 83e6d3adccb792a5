package scratchnet.data;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which {@link Feature}s feed the network for 2-D data, and the mapping from (x1, x2) to them.
 * Chosen features always appear in {@link Feature} declaration order (x1, x2, x1², x2², x1·x2,
 * sin x1, sin x2), whatever order they were chosen in, so a selection fixes the column layout.
 */
public final class Features {
    private final Feature[] chosen;

    private Features(Set<Feature> set) {
        if (set.isEmpty()) {
            throw new IllegalArgumentException("choose at least one input feature");
        }
        chosen = EnumSet.copyOf(set).toArray(new Feature[0]);
    }

    /** A selection of the given features (at least one; repeats are ignored). */
    public static Features of(Feature first, Feature... more) {
        return new Features(EnumSet.of(first, more));
    }

    /** A selection of the features in {@code set} (at least one). */
    public static Features of(Set<Feature> set) {
        return new Features(set);
    }

    /** Playground's default: x1 and x2 only. */
    public static Features plain() {
        return of(Feature.X1, Feature.X2);
    }

    /** All seven features. */
    public static Features all() {
        return new Features(EnumSet.allOf(Feature.class));
    }

    /** Number of chosen features = network input width. */
    public int count() {
        return chosen.length;
    }

    /** Whether {@code f} is chosen. */
    public boolean contains(Feature f) {
        for (Feature c : chosen) {
            if (c == f) {
                return true;
            }
        }
        return false;
    }

    /** The chosen features in column order (a copy). */
    public Feature[] chosen() {
        return chosen.clone();
    }

    /** Column names of the chosen features, e.g. {@code ["x1", "x2", "sin(x1)"]}. */
    public String[] names() {
        String[] names = new String[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            names[i] = chosen[i].columnName();
        }
        return names;
    }

    /**
     * Writes the chosen features of point (x1, x2) into {@code out[offset .. offset + count)}.
     * Allocation-free, for painting a decision grid pixel by pixel.
     */
    public void fill(double x1, double x2, double[] out, int offset) {
        for (int i = 0; i < chosen.length; i++) {
            out[offset + i] = chosen[i].of(x1, x2);
        }
    }

    /**
     * Maps a 2-column dataset (x1, x2) to one with the chosen feature columns; the target is
     * unchanged. Result shape: rows × {@link #count()}.
     */
    public Dataset apply(Dataset twoD) {
        if (twoD.cols() != 2) {
            throw new IllegalArgumentException("feature expansion needs 2 columns (x1, x2), got "
                    + twoD.cols());
        }
        int n = twoD.rows();
        double[] x = new double[n * chosen.length];
        for (int r = 0; r < n; r++) {
            fill(twoD.feature(r, 0), twoD.feature(r, 1), x, r * chosen.length);
        }
        return twoD.withFeatures(x, names());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Features && Arrays.equals(chosen, ((Features) o).chosen);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(chosen);
    }

    @Override
    public String toString() {
        return Arrays.toString(names());
    }
}
