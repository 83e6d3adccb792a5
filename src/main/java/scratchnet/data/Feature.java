package scratchnet.data;

import scratchnet.math.Trig;

/**
 * One input feature computed from a 2-D point (x1, x2), as on TensorFlow Playground's input
 * column. Sines use {@link Trig} so the features are identical on every runtime.
 */
public enum Feature {
    /** x1 itself. */
    X1("x1"),
    /** x2 itself. */
    X2("x2"),
    /** x1². */
    X1_SQUARED("x1^2"),
    /** x2². */
    X2_SQUARED("x2^2"),
    /** x1·x2. */
    X1_TIMES_X2("x1*x2"),
    /** sin(x1), x1 in radians. */
    SIN_X1("sin(x1)"),
    /** sin(x2), x2 in radians. */
    SIN_X2("sin(x2)");

    private final String columnName;

    Feature(String columnName) {
        this.columnName = columnName;
    }

    /** The column name this feature gets in an expanded dataset, e.g. {@code "x1^2"}. */
    public String columnName() {
        return columnName;
    }

    /** The feature's value at point (x1, x2). */
    public double of(double x1, double x2) {
        switch (this) {
            case X1:
                return x1;
            case X2:
                return x2;
            case X1_SQUARED:
                return x1 * x1;
            case X2_SQUARED:
                return x2 * x2;
            case X1_TIMES_X2:
                return x1 * x2;
            case SIN_X1:
                return Trig.sin(x1);
            default:
                return Trig.sin(x2);
        }
    }
}
