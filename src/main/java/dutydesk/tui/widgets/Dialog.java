package dutydesk.tui.widgets;

import dutydesk.tui.Canvas;
import dutydesk.tui.Role;
import dutydesk.tui.Text;
import java.util.List;

/** Draws a centred, framed box over whatever is on screen (a question, a warning). */
public final class Dialog {

    private Dialog() {
    }

    /** Where a dialog was drawn: its left column, top row, and the width inside its frame. */
    public record Box(int left, int top, int inner) {
    }

    public static Box draw(Canvas c, String title, List<String> lines) {
        int inner = Text.width(c.clean(title)) + 2;
        for (String l : lines) {
            inner = Math.max(inner, Text.width(c.clean(l)));
        }
        inner = Math.min(inner + 2, c.cols() - 4);
        int width = inner + 2;
        int height = lines.size() + 2;
        int left = Math.max(0, (c.cols() - width) / 2);
        int top = Math.max(0, (c.rows() - height) / 2);
        String box = c.glyphs().box();
        String h = box.substring(4, 5);
        String v = box.substring(5, 6);
        c.text(left, top, box.charAt(0) + h.repeat(inner) + box.charAt(1), Role.HEADER);
        c.text(left + 2, top, " " + title + " ", Role.HEADER);
        for (int i = 0; i < lines.size(); i++) {
            int row = top + 1 + i;
            c.text(left, row, v, Role.HEADER);
            c.field(left + 1, row, inner, " " + lines.get(i), Role.NORMAL);
            c.text(left + inner + 1, row, v, Role.HEADER);
        }
        c.text(left, top + height - 1, box.charAt(2) + h.repeat(inner) + box.charAt(3), Role.HEADER);
        return new Box(left, top, inner);
    }
}
