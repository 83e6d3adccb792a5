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
 * @param off ReLU or leaky-ReLU units silent on every row ({@link UnitState}; 0 for other
 *     activations)
 * @param dead ReLU units among {@code off}: output and gradient are zero for every row (a
 *     leaky-ReLU unit that is off still passes slope·gradient, so it is never dead)
 * @param saturated sigmoid or tanh units in their flat tails for at least 95 % of the rows
 * @param activationMean mean of a over rows × units
 * @param activationStd population standard deviation of a over rows × units
 * @param states each unit's {@link UnitState}, in unit order
 */
public record LayerActivity(int layer, Activation activation, int units, int rows, int off,
        int dead, int saturated, double activationMean, double activationStd,
        UnitState[] states) {
    /** Unit {@code j}'s state. */
    public UnitState state(int j) {
        return states[j];
    }

    /**
     * The share of units that stopped passing their own output: for a ReLU layer the dead
     * share, for a leaky-ReLU layer the off share (those units still learn through the slope,
     * which the labs show beside the dead ones), 0 for other activations.
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
