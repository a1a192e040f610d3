package dutydesk.tui;

import com.googlecode.lanterna.input.KeyStroke;

/** A key the user pressed. */
public record KeyMsg(KeyStroke key) implements Msg {
}
