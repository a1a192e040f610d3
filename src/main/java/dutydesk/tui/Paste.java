package dutydesk.tui;

/**
 * Text the user pasted, delivered whole (the terminal marks pastes with bracketed-paste
 * sequences). Line breaks are {@code '\n'}; nothing in it is a command: a pasted Enter or Tab
 * never submits a form or moves between fields.
 */
public record Paste(String text) implements Msg {
}
