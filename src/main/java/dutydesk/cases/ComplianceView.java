package dutydesk.cases;

import dutydesk.compliance.Compliance;
import dutydesk.tui.Canvas;
import dutydesk.tui.Role;
import dutydesk.tui.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a compliance picture in a few rows: its lines run on, separated by dots, and wrap to the
 * next row rather than being cut. Shared by the case page and the contact form.
 */
public final class ComplianceView {

    private ComplianceView() {
    }

    /** The lines placed into rows of {@code width} columns (a line wider than a row gets a row to itself). */
    static List<List<Compliance.Line>> flow(Compliance comp, int width, String dot) {
        List<List<Compliance.Line>> rows = new ArrayList<>();
        List<Compliance.Line> row = new ArrayList<>();
        int used = 0;
        for (Compliance.Line l : comp.lines()) {
            int w = Text.width(l.text());
            int need = row.isEmpty() ? w : used + Text.width(dot) + w;
            if (!row.isEmpty() && need > width) {
                rows.add(row);
                row = new ArrayList<>();
                need = w;
            }
            row.add(l);
            used = need;
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    /** Rows the picture needs at this width, at most {@code max}. */
    public static int rows(Compliance comp, int width, int max) {
        return Math.max(1, Math.min(max, flow(comp, width, " . ").size()));
    }

    /** Draws the picture from ({@code col}, {@code row}) in at most {@code max} rows. */
    public static void draw(Canvas c, Compliance comp, int col, int row, int max) {
        String dot = " " + c.glyphs().dot() + " ";
        int width = c.cols() - col;
        List<List<Compliance.Line>> rows = flow(comp, width, dot);
        for (int r = 0; r < rows.size() && r < max; r++) {
            int x = col;
            List<Compliance.Line> line = rows.get(r);
            for (int i = 0; i < line.size(); i++) {
                if (i > 0) {
                    x = c.text(x, row + r, dot, Role.DIM);
                }
                Compliance.Line l = line.get(i);
                Role role = l.level() == Compliance.Level.ALERT ? Role.ALERT
                        : l.level() == Compliance.Level.WARN ? Role.WARN : Role.NORMAL;
                if (Text.width(c.clean(l.text())) > c.cols() - x) {
                    c.field(x, row + r, c.cols() - x, l.text(), role);
                    break;
                }
                x = c.text(x, row + r, l.text(), role);
            }
        }
    }
}
