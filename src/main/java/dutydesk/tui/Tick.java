package dutydesk.tui;

import java.time.Instant;

/** The wall clock moved on (sent once a minute), for pages that show how long ago something was. */
public record Tick(Instant now) implements Msg {
}
