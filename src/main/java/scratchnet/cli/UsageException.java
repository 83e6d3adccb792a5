package scratchnet.cli;

/** A mistake in how the user called a command; its message is shown as one line. */
final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
