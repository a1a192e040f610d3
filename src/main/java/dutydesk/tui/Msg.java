package dutydesk.tui;

/** Something that happened: a key, a resize, or the result of a {@link Cmd}. Immutable. */
public interface Msg {
}
