package dutydesk.tui;

/** The page is on top again after the page above it closed: data may have changed meanwhile. */
public record Resumed() implements Msg {
}
