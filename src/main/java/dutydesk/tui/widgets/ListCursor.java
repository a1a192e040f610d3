package dutydesk.tui.widgets;

/**
 * The selection and scroll position of a list of {@code total} rows shown {@code height} rows at
 * a time. Invariants, kept by every method: the selection is a valid row (0 when empty), it is
 * visible ({@code top <= selected < top + height}), and the view never scrolls past the end.
 */
public record ListCursor(int selected, int top, int height, int total) {

    public ListCursor {
        height = Math.max(1, height);
        total = Math.max(0, total);
        if (total == 0) {
            selected = 0;
            top = 0;
        } else {
            selected = clamp(selected, 0, total - 1);
            int maxTop = Math.max(0, total - height);
            top = clamp(top, Math.max(0, selected - height + 1), Math.min(selected, maxTop));
        }
    }

    public static ListCursor empty(int height) {
        return new ListCursor(0, 0, height, 0);
    }

    public boolean isEmpty() {
        return total == 0;
    }

    /** One past the last visible row. */
    public int visibleEnd() {
        return Math.min(total, top + height);
    }

    public ListCursor withHeight(int h) {
        return new ListCursor(selected, top, h, total);
    }

    public ListCursor withTotal(int t) {
        return new ListCursor(selected, top, height, t);
    }

    /** Selects a row, scrolling as little as possible. */
    public ListCursor moveTo(int index) {
        return new ListCursor(index, top, height, total);
    }

    public ListCursor moveBy(int delta) {
        return moveTo(selected + delta);
    }

    /** Down one screen; the selection keeps its screen row, or goes to the last row at the end. */
    public ListCursor pageDown() {
        if (total == 0) {
            return this;
        }
        int newTop = Math.min(top + height, Math.max(0, total - height));
        int sel = newTop == top ? total - 1 : selected + (newTop - top);
        return new ListCursor(sel, newTop, height, total);
    }

    /** Up one screen; the selection keeps its screen row, or goes to the first row at the top. */
    public ListCursor pageUp() {
        if (total == 0) {
            return this;
        }
        int newTop = Math.max(0, top - height);
        int sel = newTop == top ? 0 : selected - (top - newTop);
        return new ListCursor(sel, newTop, height, total);
    }

    public ListCursor home() {
        return new ListCursor(0, 0, height, total);
    }

    public ListCursor end() {
        return new ListCursor(total - 1, total, height, total);
    }

    /** Selects {@code index} and keeps the selection on the same screen row, if the list allows. */
    public ListCursor selectKeepingRow(int index) {
        int row = selected - top;
        return new ListCursor(index, index - row, height, total);
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
