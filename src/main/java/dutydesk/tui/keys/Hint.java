package dutydesk.tui.keys;

/** One entry of a hint bar: key names ("↑↓", "Enter") and a short label ("Move"). */
public record Hint(String keys, String label) {
}
