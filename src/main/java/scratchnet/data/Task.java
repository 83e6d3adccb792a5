package scratchnet.data;

/**
 * What a dataset's single target column means, and so which output layer and loss fit it.
 *
 * <p>Labels are stored as doubles in one column: a real number for {@link #REGRESSION},
 * 0.0 or 1.0 for {@link #BINARY} (never −1/+1: ScratchNet's binary cross-entropy expects 0/1,
 * unlike TensorFlow Playground, which uses ±1 with a tanh output), and the class index
 * 0.0 … K−1 for {@link #MULTICLASS}.
 */
public enum Task {
    /** Real-valued target, learned with mean squared error; {@code classes = 0}. */
    REGRESSION,
    /** Target 0 or 1, learned with a sigmoid output and binary cross-entropy; classes = 2. */
    BINARY,
    /** Target a class index 0..K−1, learned with softmax and cross-entropy; classes = K. */
    MULTICLASS
}
