package dutydesk.tui;

/** An action the user may not take; its message says why, in words, and is shown as it is. */
public final class NotAllowed extends RuntimeException {

    public NotAllowed(String message) {
        super(message);
    }
}
