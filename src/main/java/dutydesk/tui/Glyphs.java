package dutydesk.tui;

/**
 * The few non-letter symbols the UI draws, with ASCII stand-ins for terminals whose locale is
 * not UTF-8 (where Lanterna would otherwise print '?' or costly DEC graphics sequences).
 * {@code box} holds the corners and edges: top-left, top-right, bottom-left, bottom-right,
 * horizontal, vertical.
 */
public record Glyphs(boolean ascii, String ellipsis, String up, String down, String left, String right,
                     String dot, String box) {

    public static final Glyphs UNICODE = new Glyphs(false, "…", "↑", "↓", "←", "→", "·", "┌┐└┘─│");
    public static final Glyphs ASCII = new Glyphs(true, "~", "Up", "Dn", "Lt", "Rt", ".", "++++-|");
}
