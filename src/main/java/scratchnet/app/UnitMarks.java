package scratchnet.app;

import scratchnet.diag.DeadUnits;
import scratchnet.diag.UnitState;
import scratchnet.format.JsonWriter;

/**
 * What each mark on a network diagram means, as the sentences both pages' diagram legends
 * show (only for the marks a diagram draws): {dead, off, saturated, exploding, nonFinite}.
 * Dead, off, saturated and exploding are the unit state codes 1 to 4 of
 * {@code Session.unitStates} and
 * {@code LabSession.unitStates}; the numbers in them are {@link DeadUnits}' own rule.
 */
final class UnitMarks {
    private UnitMarks() {
    }

    static String json() {
        return new JsonWriter().beginObject()
                .field("dead").string(dead())
                .field("off").string("Dashed outline: a leaky-ReLU unit that is off (z ≤ 0 on"
                        + " every training point) but still learns through its small slope.")
                .field("saturated").string(saturated())
                .field("exploding").string("Spiked ring: an exploding unit (|z| above "
                        + plain(DeadUnits.EXPLODING_Z) + ", or not a number, on at least one training point): its weights"
                        + " have grown out of all proportion, the step before overflow and NaN.")
                .field("nonFinite").string("Red double frame tagged NaN/∞: the layer where the"
                        + " first non-finite value appeared.")
                .endObject().toString();
    }

    /** The dead sentence, its numbers from {@link UnitState}'s edges. */
    static String dead() {
        return "Grey and crossed out: a dead ReLU unit (z ≤ 0 on every training point, so its"
                + " gradient is 0) or a dead ELU, GELU, SiLU or softplus unit (z < "
                + signed(UnitState.ELU_DEAD_BELOW) + " for ELU, < " + signed(UnitState.GELU_DEAD_BELOW)
                + " for GELU, < " + signed(UnitState.SILU_DEAD_BELOW) + " for SiLU, < "
                + signed(UnitState.SOFTPLUS_DEAD_BELOW) + " for softplus, on every training"
                + " point, so its slope is under a millionth and practically no gradient reaches"
                + " it).";
    }

    /** The saturated sentence, its numbers from {@link DeadUnits}' thresholds. */
    static String saturated() {
        double z = DeadUnits.SIGMOID_SATURATION_Z;
        double s = 1 / (1 + Math.exp(-z));
        // σ'(z) = σ(1 − σ), peak 0.25 at z = 0; tanh's threshold gives the same share
        double share = s * (1 - s) / 0.25;
        return "Hatched: a saturated sigmoid or tanh hidden unit (|z| > " + plain(z)
                + " for sigmoid, > " + plain(DeadUnits.TANH_SATURATION_Z) + " for tanh) or ELU,"
                + " GELU, SiLU or softplus hidden unit (z < " + signed(DeadUnits.ELU_SATURATED_BELOW)
                + " for ELU, < " + signed(DeadUnits.GELU_SATURATED_BELOW) + " for GELU, < "
                + signed(DeadUnits.SILU_SATURATED_BELOW) + " for SiLU, < "
                + signed(DeadUnits.SOFTPLUS_SATURATED_BELOW) + " for softplus), on at least "
                + plain(100 * DeadUnits.SATURATED_SHARE) + " % of the training points, where its"
                + " slope is under " + plain(Math.ceil(1000 * share) / 10) + " % of its peak, so it"
                + " barely learns.";
    }

    /** {@link #plain} with a true minus sign. */
    private static String signed(double v) {
        return v < 0 ? "−" + plain(-v) : plain(v);
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
