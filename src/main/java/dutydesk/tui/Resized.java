package dutydesk.tui;

/** The terminal's size, sent at start-up and after every resize. */
public record Resized(int cols, int rows) implements Msg {
}
