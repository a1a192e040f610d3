package dutydesk.tui;

/**
 * The session is ending (the user quit, the terminal closed, the process was told to stop).
 * Every open page gets this once and may return commands that keep what must not be lost
 * (an unsaved form's draft); they run before the database closes.
 */
public record Closing() implements Msg {
}
