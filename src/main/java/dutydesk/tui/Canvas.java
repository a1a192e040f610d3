package dutydesk.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.graphics.TextGraphics;

/**
 * The drawing surface a view gets for one frame. Every string is passed through
 * {@link Text#clean} before it reaches the screen, and clipped to the screen, so a view cannot
 * draw a control character or spill past the edge. Draw every cell you own each frame; the
 * renderer sends only what changed.
 */
public final class Canvas {

    private final TextGraphics g;
    private final int cols;
    private final int rows;
    private final Theme theme;
    private final Glyphs glyphs;
    private TerminalPosition cursor;

    public Canvas(TextGraphics g, int cols, int rows, Theme theme, Glyphs glyphs) {
        this.g = g;
        this.cols = cols;
        this.rows = rows;
        this.theme = theme;
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

    public Theme theme() {
        return theme;
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
        apply(role);
        int w = Math.min(width, cols - col);
        int h = Math.min(height, rows - row);
        if (w <= 0 || h <= 0 || col < 0 || row < 0) {
            return;
        }
        String blank = " ".repeat(w);
        for (int r = row; r < row + h; r++) {
            g.putString(col, r, blank);
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
        String s = Text.cutToWidth(clean(raw), cols - col);
        apply(role);
        g.putString(col, row, s);
        return col + Text.width(s);
    }

    /** Draws text in exactly {@code width} columns: padded, or cut with an ellipsis. */
    public void field(int col, int row, int width, String raw, Role role) {
        if (row < 0 || row >= rows || col >= cols || width <= 0) {
            return;
        }
        int w = Math.min(width, cols - col);
        apply(role);
        g.putString(col, row, Text.fit(clean(raw), w, glyphs.ellipsis()));
    }

    /** Draws text right-aligned so that it ends at column {@code endCol} (exclusive). */
    public int textRight(int endCol, int row, String raw, Role role) {
        String s = clean(raw);
        int start = Math.max(0, endCol - Text.width(s));
        text(start, row, s, role);
        return start;
    }

    /** A horizontal rule across the row. */
    public void rule(int row, Role role) {
        apply(role);
        if (row >= 0 && row < rows) {
            g.putString(0, row, glyphs.rule().repeat(cols));
        }
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

    private void apply(Role role) {
        Theme.Style st = theme.style(role);
        g.setForegroundColor(st.fg());
        g.setBackgroundColor(st.bg());
        g.setModifiers(st.sgr());
    }
}
