package dutydesk.tui;

import com.googlecode.lanterna.TerminalPosition;

/**
 * The drawing surface a view gets for one frame. Every string is passed through
 * {@link Text#clean} before it reaches the screen, and clipped to the screen, so a view cannot
 * draw a control character or spill past the edge. Draw every cell you own each frame; the
 * renderer sends only what changed.
 */
public final class Canvas {

    private final FrameScreen screen;
    private final int cols;
    private final int rows;
    private final Cells cells;
    private final Glyphs glyphs;
    private TerminalPosition cursor;

    public Canvas(FrameScreen screen, int cols, int rows, Cells cells, Glyphs glyphs) {
        this.screen = screen;
        this.cols = cols;
        this.rows = rows;
        this.cells = cells;
        this.glyphs = glyphs;
    }

    public int cols() {
        return cols;
    }

    public int rows() {
        return rows;
    }

    public Glyphs glyphs() {
        return glyphs;
    }

    /** Text as it will appear: sanitised for this terminal's character set. */
    public String clean(String raw) {
        return Text.clean(raw, glyphs.ascii());
    }

    /** Blank screen in the normal style. */
    public void clear() {
        fill(0, 0, cols, rows, Role.NORMAL);
    }

    /** Fills a rectangle with spaces in a role's style. */
    public void fill(int col, int row, int width, int height, Role role) {
        int c0 = Math.max(0, col);
        int r0 = Math.max(0, row);
        int c1 = Math.min(cols, col + width);
        int r1 = Math.min(rows, row + height);
        var blank = cells.cell(' ', role);
        for (int r = r0; r < r1; r++) {
            for (int c = c0; c < c1; c++) {
                screen.set(c, r, blank);
            }
        }
    }

    /**
     * Draws text from {@code col}, clipped at the right edge. Returns the column after the last
     * one drawn.
     */
    public int text(int col, int row, String raw, Role role) {
        if (row < 0 || row >= rows || col >= cols) {
            return col;
        }
        return put(col, row, Text.cutToWidth(clean(raw), cols - col), role);
    }

    /** Draws text in exactly {@code width} columns: padded, or cut with an ellipsis. */
    public void field(int col, int row, int width, String raw, Role role) {
        if (row < 0 || row >= rows || col >= cols || width <= 0) {
            return;
        }
        put(col, row, Text.fit(clean(raw), Math.min(width, cols - col), glyphs.ellipsis()), role);
    }

    /**
     * The title line: {@code left} from the left edge, cut to leave room for {@code right}, which
     * ends at the right edge, on the title colour across the whole row.
     */
    public void titleBar(String left, String right) {
        fill(0, 0, cols, 1, Role.TITLE);
        int rightStart = cols - Text.width(clean(right));
        field(0, 0, Math.max(0, rightStart - 1), left, Role.TITLE);
        textRight(cols, 0, right, Role.TITLE);
    }

    /** Draws text right-aligned so that it ends at column {@code endCol} (exclusive). */
    public int textRight(int endCol, int row, String raw, Role role) {
        String s = clean(raw);
        int start = Math.max(0, endCol - Text.width(s));
        text(start, row, s, role);
        return start;
    }

    /**
     * Starts one row of a list: a selected row is filled in reverse video and marked {@code >}
     * (so it shows without colour too). Returns the role for the row's text.
     */
    public Role listRow(int row, boolean selected) {
        if (selected) {
            fill(0, row, cols, 1, Role.SELECTED);
        }
        text(0, row, selected ? ">" : " ", selected ? Role.SELECTED : Role.NORMAL);
        return selected ? Role.SELECTED : Role.NORMAL;
    }

    /** Shows the text cursor here (for an input field); otherwise it stays hidden. */
    public void cursorAt(int col, int row) {
        if (col >= 0 && col < cols && row >= 0 && row < rows) {
            cursor = new TerminalPosition(col, row);
        }
    }

    /** Where the cursor should be shown, or null to hide it. */
    public TerminalPosition cursor() {
        return cursor;
    }

    /** Writes already clean, already clipped text; returns the column after it. */
    private int put(int col, int row, String s, Role role) {
        int c = col;
        for (int i = 0; i < s.length() && c < cols; i++) {
            char ch = s.charAt(i);
            if (c >= 0) {
                screen.set(c, row, cells.cell(ch, role));
            }
            c += Text.isWide(ch) ? 2 : 1;
        }
        return c;
    }
}
