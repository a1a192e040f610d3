package dutydesk.tui;

/**
 * What a piece of text is for. Views name roles; a {@link Theme} decides how each looks, so
 * meaning never depends on colour alone (every role is distinct in monochrome too).
 */
public enum Role {
    NORMAL,
    /** The top line. */
    TITLE,
    /** Column headings and section headings. */
    HEADER,
    /** The selected row of a list. */
    SELECTED,
    /** Secondary information. */
    DIM,
    /** Needs attention soon (overdue, due today). */
    WARN,
    /** Risk markers (high RoSH, DA, child protection, MAPPA). */
    ALERT,
    /** Something failed. */
    ERROR,
    /** A key name in the hint bar or help. */
    KEY,
    /** An input field being edited. */
    INPUT
}
