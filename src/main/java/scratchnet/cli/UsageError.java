package scratchnet.cli;

/**
 * A mistake on the command line or in a file the user named: shown as one line on stderr,
 * exit code 2, never a stack trace.
 */
final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message);
    }
}
