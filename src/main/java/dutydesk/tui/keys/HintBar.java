package dutydesk.tui.keys;

import dutydesk.tui.Canvas;
import dutydesk.tui.Role;
import java.util.List;

/** Draws the bottom key-hint line: "↑↓ Move  Enter Open  / Filter ...", cut at the right edge. */
public final class HintBar {

    private HintBar() {
    }

    public static void draw(Canvas c, int row, List<Hint> hints) {
        c.fill(0, row, c.cols(), 1, Role.NORMAL);
        int col = 0;
        for (Hint h : hints) {
            int need = c.clean(h.keys()).length() + 1 + c.clean(h.label()).length();
            if (col + need > c.cols()) {
                break;
            }
            col = c.text(col, row, h.keys(), Role.KEY);
            col = c.text(col, row, " " + h.label(), Role.NORMAL);
            col += 2;
        }
    }
}
