package scratchnet.format;

/**
 * A model file (or a model about to be written) that ScratchNet cannot accept. The message is
 * one line meant for the user: it says where the problem is (line and column for JSON syntax,
 * layer and field for content) and what would fix it.
 */
public final class ModelFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A rejection with a user-facing, one-line {@code message}. */
    public ModelFormatException(String message) {
        super(message);
    }
}
