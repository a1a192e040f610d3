package dutydesk.tui;

/** The user asked for a redraw (Ctrl+L): reload what is shown. */
public record Refresh() implements Msg {
}
