package scratchnet.diag;

import scratchnet.engine.Activation;

/**
 * How one layer's units behaved over an evaluated set of rows (see {@link DeadUnits} for the
 * exact definitions).
 *
 * @param layer layer index, 0 = first hidden layer
 * @param activation the layer's activation
 * @param units units in the layer
 * @param rows examples evaluated
 * @param off dead or off units ({@link UnitState}): ReLU or leaky-ReLU units silent on every
 *     row, and ELU, GELU, SiLU or softplus units far in their flat left tail on every row (0
 *     for other activations)
 * @param dead units among {@code off} whose gradient is zero (ReLU) or practically zero (the
 *     smooth rectifiers) for every row (a leaky-ReLU unit that is off still passes
 *     slope·gradient, so it is never dead)
 * @param saturated sigmoid or tanh units in their flat tails, or ELU, GELU, SiLU or softplus
 *     units in their flat left tail, for at least 95 % of the rows (dead units not included)
 * @param activationMean mean of a over rows × units
 * @param activationStd population standard deviation of a over rows × units
 * @param states each unit's {@link UnitState}, in unit order
 * @param saturatedUnits per unit, whether it is one of the {@code saturated} (null: none known)
 * @param explodingUnits per unit, whether its z left the finite, sane range on some row
 *     ({@link DeadUnits#EXPLODING_Z}; null: none known)
 */
public record LayerActivity(int layer, Activation activation, int units, int rows, int off,
        int dead, int saturated, double activationMean, double activationStd,
        UnitState[] states, boolean[] saturatedUnits, boolean[] explodingUnits) {
    /** Code of an alive unit in {@link #code}; dead and off are 1 and 2 (UnitState ordinals). */
    public static final int ALIVE_CODE = 0;
    /** Code of a saturated unit in {@link #code}. */
    public static final int SATURATED_CODE = 3;
    /** Code of an exploding unit in {@link #code}. */
    public static final int EXPLODING_CODE = 4;

    /** A layer reading without per-unit saturation flags. */
    public LayerActivity(int layer, Activation activation, int units, int rows, int off,
            int dead, int saturated, double activationMean, double activationStd,
            UnitState[] states) {
        this(layer, activation, units, rows, off, dead, saturated, activationMean,
                activationStd, states, null, null);
    }

    /** Unit {@code j}'s state. */
    public UnitState state(int j) {
        return states[j];
    }

    /** Whether unit {@code j} is saturated ({@link DeadUnits}' rule). */
    public boolean isSaturated(int j) {
        return saturatedUnits != null && saturatedUnits[j];
    }

    /** Whether unit {@code j} is exploding ({@link DeadUnits}' rule). */
    public boolean isExploding(int j) {
        return explodingUnits != null && explodingUnits[j];
    }

    /** Units whose z exploded on some row. */
    public int exploding() {
        int n = 0;
        for (int j = 0; explodingUnits != null && j < units; j++) {
            n += explodingUnits[j] ? 1 : 0;
        }
        return n;
    }

    /**
     * Unit {@code j} as one number for the pages' diagrams: 0 alive, 1 dead, 2 off (the
     * {@link UnitState} ordinals), 3 saturated, 4 exploding. A unit is never both saturated and
     * dead or off ({@link DeadUnits} counts a dead unit as dead only); exploding comes
     * first, since a unit whose z is out of all proportion (or not a number) says more about
     * the run than whether it is also silent or flat.
     */
    public int code(int j) {
        return isExploding(j) ? EXPLODING_CODE
                : isSaturated(j) ? SATURATED_CODE : states[j].ordinal();
    }

    /**
     * The share of units that stopped passing their own output: for a ReLU layer the dead
     * share, for a leaky-ReLU layer the off share (those units still learn through the slope,
     * which the labs show beside the dead ones), for the smooth rectifiers (whose units are
     * never off) the dead share, 0 for other activations.
     */
    public double silentShare() {
        return activation == Activation.RELU ? deadFraction() : offFraction();
    }

    /** dead / units. */
    public double deadFraction() {
        return (double) dead / units;
    }

    /** off / units (for leaky ReLU: units that only ever use their small slope). */
    public double offFraction() {
        return (double) off / units;
    }

    /** saturated / units. */
    public double saturatedFraction() {
        return (double) saturated / units;
    }
}
