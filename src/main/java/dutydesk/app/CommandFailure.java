package dutydesk.app;

/**
 * A headless command cannot go on: the message (printed as {@code dutydesk: message}), a hint
 * saying what to do (the next line), and the exit status.
 */
final class CommandFailure extends RuntimeException {

    private final int status;
    private final String hint;

    CommandFailure(int status, String message, String hint) {
        super(message);
        this.status = status;
        this.hint = hint;
    }

    int status() {
        return status;
    }

    String hint() {
        return hint;
    }
}
