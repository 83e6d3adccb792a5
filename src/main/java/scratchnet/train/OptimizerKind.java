package scratchnet.train;

/** The optimizers a {@link TrainSpec} can name; each makes a fresh instance with defaults. */
public enum OptimizerKind {
    /** {@link Sgd}: W −= lr·g. */
    SGD,
    /** {@link Momentum} with μ = 0.9. */
    MOMENTUM,
    /** {@link Adam} with β1 = 0.9, β2 = 0.999, ε = 1e-8. */
    ADAM,
    /** {@link RmsProp} with ρ = 0.9, ε = 1e-8. */
    RMSPROP;

    /** A new optimizer of this kind with no state. */
    public Optimizer create() {
        switch (this) {
            case SGD:
                return new Sgd();
            case MOMENTUM:
                return new Momentum();
            case ADAM:
                return new Adam();
            case RMSPROP:
                return new RmsProp();
            default:
                throw new AssertionError(this);
        }
    }
}
