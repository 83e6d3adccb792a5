package scratchnet.labs;

import java.util.function.DoubleSupplier;

/**
 * Runs a {@link Preset} to the end in one call: builds its {@link LabRun} (the one lab training
 * loop, which the page advances a slice at a time) and advances it until it finishes, then
 * measures unit activity and the full training-set gradient of the network it ended with.
 */
public final class LabRunner {
    private LabRunner() {
    }

    /** Trains {@code preset} with the non-finite watch on and no clock. */
    public static Outcome run(Preset preset) {
        return run(preset, true, null);
    }

    /**
     * Trains {@code preset}.
     *
     * @param watch whether to check every step for NaN and infinities (and stop at the first)
     * @param clock seconds from any origin, read before and after the training loop; null for
     *     none. The engine never reads a clock itself.
     */
    public static Outcome run(Preset preset, boolean watch, DoubleSupplier clock) {
        LabRun run = new LabRun(preset, watch, false);
        double t0 = clock == null ? Double.NaN : clock.getAsDouble();
        run.advance(Integer.MAX_VALUE); // stops by itself at the run's end
        if (clock != null) {
            run.addTime(1000 * (clock.getAsDouble() - t0));
        }
        run.diagnose();
        return run.outcome();
    }
}
