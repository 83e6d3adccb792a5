package scratchnet.train;

/**
 * Turns gradients into parameter updates. An optimizer walks the network's parameter and
 * gradient buffers in order and never asks what a layer is; any state it keeps (velocities,
 * moment estimates) is sized on the first step and reused after that.
 */
public interface Optimizer {
    /**
     * Applies one update in place: {@code params[k][i]} moves using {@code grads[k][i]}.
     *
     * @param lr the learning rate for this step (a schedule may change it step by step)
     */
    void step(double[][] params, double[][] grads, double lr);

    /** Forgets all state, as if no step had been taken. */
    void reset();

    /** An independent optimizer in the same state (same hyper-parameters, copied buffers). */
    Optimizer copy();

    /**
     * Names of what {@link #internals} reports for one parameter, in order: the state this
     * optimizer keeps for it (none for plain SGD), then {@code "update"}, the step Δθ it applied.
     */
    String[] internalNames();

    /**
     * For the optimizer-internals chart: parameter {@code i} of buffer {@code k} after the
     * last {@link #step}, which saw gradient {@code g} and rate {@code lr}. Writes the values
     * {@link #internalNames()} names into {@code out}; the last is the step Δθ, computed by the
     * same expression {@link #step} used (θ_after = θ_before + Δθ, up to the subtraction's
     * rounding). State not yet sized (no step taken) reads as 0.
     */
    void internals(int k, int i, double g, double lr, double[] out);
}
