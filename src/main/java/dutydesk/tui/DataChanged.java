package dutydesk.tui;

/**
 * The database changed behind the page's back (another process wrote, or a background job
 * finished): a list should re-read what it shows, keeping its selection; a form ignores it.
 */
public record DataChanged() implements Msg {
}
