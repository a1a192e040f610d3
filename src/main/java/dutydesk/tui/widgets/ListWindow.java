package dutydesk.tui.widgets;

import java.util.List;

/**
 * The rows of a long list currently in memory: {@code rows} are rows {@code offset ..
 * offset + rows.size() - 1} of the whole list. Pages keep a few screens around the visible part
 * and fetch more as the selection moves, so a list of any length costs the same.
 */
public record ListWindow<R>(int offset, List<R> rows) {

    public ListWindow {
        rows = List.copyOf(rows);
    }

    public static <R> ListWindow<R> empty() {
        return new ListWindow<>(0, List.of());
    }

    /** One past the last row held. */
    public int end() {
        return offset + rows.size();
    }

    /** The row at this absolute index, or null when it is not loaded. */
    public R get(int index) {
        int i = index - offset;
        return i >= 0 && i < rows.size() ? rows.get(i) : null;
    }

    /** True when every row in {@code [from, to)} is loaded. */
    public boolean covers(int from, int to) {
        return from >= offset && to <= end();
    }
}
