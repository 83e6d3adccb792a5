package scratchnet.diag;

import scratchnet.engine.Activation;

/**
 * What a unit did over an evaluated set of rows. This is the project's one definition of a
 * dead unit; every screen (the playground's diagram, the labs' figures and detectors) reads
 * it from {@link DeadUnits}.
 *
 * <p>A rectifier unit (ReLU or leaky ReLU) is <i>silent</i> on a row when its pre-activation
 * z is not positive: {@code !(z > 0)}, so z ≤ 0, z = −∞ and z = NaN are silent and z = +∞ is
 * not. NaN counts as silent because the engine's backward pass takes the same test
 * ({@code z > 0 ? 1 : 0}): a NaN z passes no gradient. A ReLU unit silent on every row is
 * {@link #DEAD} (output and gradient zero everywhere, so no step on that set can revive it); a
 * leaky-ReLU unit silent on every row is only {@link #OFF}: it still passes slope·gradient and
 * keeps learning. Any other unit, or any unit of a set with no rows, is {@link #ALIVE}.
 */
public enum UnitState {
    ALIVE,
    DEAD,
    OFF;

    /** Whether a rectifier unit is silent on a row with pre-activation {@code z}. */
    public static boolean silent(double z) {
        return !(z > 0);
    }

    /**
     * The state of a unit with activation {@code f} that was silent on {@code silentRows} of
     * {@code rows} rows.
     */
    public static UnitState of(Activation f, int silentRows, int rows) {
        if (rows == 0 || silentRows < rows) {
            return ALIVE;
        }
        return f == Activation.RELU ? DEAD : f == Activation.LEAKY_RELU ? OFF : ALIVE;
    }
}
