package scratchnet.bench;

/**
 * One benchmark workload: everything it needs is built by its constructor (not timed), then
 * {@link #run()} does the measured work once. A driver (the {@code bench} command on the JVM,
 * {@code web/js/bench.js} in the browser) times {@code run()} and turns the time into figures
 * with {@link #examples()} and {@link #flops()}.
 */
public interface Workload {
    /**
     * Does the measured work once, from the same starting state every time, and returns a
     * number that depends on all of it (a loss, an error, a pixel checksum), so no compiler can
     * drop the work and a driver can check that every backend computed the same thing.
     */
    double run();

    /** Training examples processed by one run, counting repeats; 0 when not a training run. */
    default long examples() {
        return 0;
    }

    /**
     * Floating-point operations of one run by the usual convention for dense networks:
     * 6 per parameter per training example (2 forward, 4 backward); 0 when not counted.
     */
    default double flops() {
        return 0;
    }
}
