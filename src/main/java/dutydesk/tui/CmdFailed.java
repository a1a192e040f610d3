package dutydesk.tui;

/**
 * A {@link Cmd} threw. {@code message} is written for the user (the error itself goes to the
 * log); {@code source} is the command that failed, so the failure can be routed to the page that
 * asked for it.
 */
public record CmdFailed(Throwable error, String message, Cmd source) implements Msg {
}
