package dutydesk.tui;

/** A one-line message for the page underneath, sent when the page above closes ("Contact saved."). */
public record Notice(String text) implements Msg {
}
