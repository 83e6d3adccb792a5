package scratchnet.labs;

/**
 * The failure labs. Each constant carries the lab's stable id, the one name the page, the URL
 * hash and the hints use to link to it.
 */
public enum LabId {
    /** Hidden ReLU units die and never recover. */
    DYING_RELU("dying-relu"),
    /** The loss grows until a value overflows to infinity or NaN. */
    NAN_EXPLOSION("nan-explosion"),
    /** Gradients shrink layer by layer in a deep sigmoid network. */
    VANISHING_GRADIENTS("vanishing-gradients"),
    /** Test loss rises while training loss keeps falling. */
    OVERFITTING("overfitting"),
    /** The learning rate is so small that the loss barely moves. */
    TINY_LEARNING_RATE("tiny-learning-rate"),
    /** Batch, stochastic and mini-batch gradient descent side by side. */
    GD_VARIANTS("gd-variants");

    private final String id;

    LabId(String id) {
        this.id = id;
    }

    /** The stable id, e.g. "dying-relu". */
    public String id() {
        return id;
    }
}
