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
}
