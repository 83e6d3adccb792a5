package scratchnet.labs;

/** The registry of labs: one instance per {@link LabId}. */
public final class Labs {
    private Labs() {
    }

    /** The lab with the given id. */
    public static Lab of(LabId id) {
        switch (id) {
            case DYING_RELU:
                return new DyingRelu();
            case NAN_EXPLOSION:
                return new NanExplosion();
            case VANISHING_GRADIENTS:
                return new VanishingGradients();
            case OVERFITTING:
                return new Overfitting();
            case TINY_LEARNING_RATE:
                return new TinyLearningRate();
            case GD_VARIANTS:
                return new GdVariants();
            default:
                throw new AssertionError(id);
        }
    }
}
