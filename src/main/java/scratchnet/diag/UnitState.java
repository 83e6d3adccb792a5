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
 * keeps learning.
 *
 * <p>The smooth rectifiers (ELU, GELU, SiLU, softplus) are never exactly flat, but far left of
 * 0 their slope f′(z) decays exponentially (ELU e^z, softplus σ(z), SiLU ≈ (1 + z)e^z, GELU
 * faster still): such a unit is {@link #DEAD} when, on every row, z is below its
 * {@link #deadBelow} edge, chosen so that |f′| &lt; 10⁻⁶ there and everywhere further left (a
 * millionth of the slope 1 each has on its linear side, checked against the engine's
 * {@link Activation#derivative} in the tests). A step then moves the unit's weights by at most
 * rate · 10⁻⁶ · |dL/da| · |x| per row: at a rate of 1, with dL/da and x of order 1, that is
 * a million steps to move z by 1, and z has about 3 (GELU) to 13 (SiLU) to climb before the
 * slope is merely small ({@link DeadUnits}' saturation edges), so on that set it is as stuck as
 * a dead ReLU. A NaN z is not dead here (its gradient is NaN, not 0; {@link DeadUnits} marks it
 * exploding); z = −∞ counts (it is past the edge; ELU and softplus have f′ = 0 there, GELU and
 * SiLU 0·∞ = NaN), and is marked exploding too, which the diagrams show first. Sigmoid and tanh units are only ever saturated,
 * never dead (their flat tails are {@link DeadUnits}' saturation; this keeps the readings of
 * those layers as they always were). Any other unit, or any unit of a set with no rows, is
 * {@link #ALIVE}.
 */
public enum UnitState {
    ALIVE,
    DEAD,
    OFF;

    /**
     * ELU (α = 1): f′(z) = e^z for z ≤ 0; e^−14 ≈ 8.3e-7 &lt; 10⁻⁶ (the exact edge is
     * ln 10⁻⁶ ≈ −13.8). Its output there is within 10⁻⁶ of −1.
     */
    public static final double ELU_DEAD_BELOW = -14;
    /**
     * Softplus: f′(z) = σ(z) &lt; e^z; σ(−14) ≈ 8.3e-7 &lt; 10⁻⁶ (exact edge ≈ −13.8). Its
     * output there is below 10⁻⁶.
     */
    public static final double SOFTPLUS_DEAD_BELOW = -14;
    /**
     * GELU (tanh form): |f′| falls below 10⁻⁶ for good at z ≈ −5.07 (its tail dies like
     * e^(2u), u ≈ √(2/π)·0.044715·z³), so −5.1 is past it; |f′(−5.1)| ≈ 8.0e-7.
     */
    public static final double GELU_DEAD_BELOW = -5.1;
    /**
     * SiLU: f′(z) = σ(z)(1 + z(1 − σ(z))), negative and tending to 0 from below for
     * z &lt; −1.28; |f′| falls below 10⁻⁶ for good at z ≈ −16.56, so −16.6 is past it
     * (|f′(−16.6)| ≈ 9.6e-7).
     */
    public static final double SILU_DEAD_BELOW = -16.6;

    /** Whether a rectifier unit is silent on a row with pre-activation {@code z}. */
    public static boolean silent(double z) {
        return !(z > 0);
    }

    /**
     * The z below which a unit of {@code f} passes practically no gradient (see the class
     * comment): the edges above for the smooth rectifiers, −∞ for every other activation
     * (ReLU and leaky ReLU use {@link #silent} instead; sigmoid and tanh are never dead).
     */
    public static double deadBelow(Activation f) {
        switch (f) {
            case ELU:
                return ELU_DEAD_BELOW;
            case SOFTPLUS:
                return SOFTPLUS_DEAD_BELOW;
            case GELU:
                return GELU_DEAD_BELOW;
            case SILU:
                return SILU_DEAD_BELOW;
            default:
                return Double.NEGATIVE_INFINITY;
        }
    }

    /**
     * Whether a unit of {@code f} counts towards {@link #DEAD} or {@link #OFF} on a row with
     * pre-activation {@code z}: {@link #silent} for every activation but the smooth
     * rectifiers, which must be below {@link #deadBelow} (NaN is not).
     */
    public static boolean stuck(Activation f, double z) {
        double edge = deadBelow(f);
        return edge == Double.NEGATIVE_INFINITY ? silent(z) : z < edge;
    }

    /**
     * The state of a unit with activation {@code f} that was stuck ({@link #stuck}) on
     * {@code silentRows} of {@code rows} rows.
     */
    public static UnitState of(Activation f, int silentRows, int rows) {
        if (rows == 0 || silentRows < rows) {
            return ALIVE;
        }
        switch (f) {
            case RELU:
            case ELU:
            case GELU:
            case SILU:
            case SOFTPLUS:
                return DEAD;
            case LEAKY_RELU:
                return OFF;
            default:
                return ALIVE;
        }
    }
}
