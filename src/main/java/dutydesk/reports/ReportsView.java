package dutydesk.reports;

import dutydesk.cases.CaseFormat;
import dutydesk.tui.Canvas;
import dutydesk.tui.GlobalKeys;
import dutydesk.tui.Role;
import dutydesk.tui.Text;
import dutydesk.tui.keys.Hint;
import dutydesk.tui.keys.HintBar;
import java.util.List;

/**
 * Draws the reports page: a title with the report and its day, the report's text (the lines of
 * the email, section headings emphasised), a status line with the position, and the key hints.
 */
final class ReportsView {

    private ReportsView() {
    }

    static void draw(ReportsPage p, Canvas c) {
        c.clear();
        String dot = " " + c.glyphs().dot() + " ";
        String right = (p.loading() ? c.glyphs().ellipsis() + " " : "")
                + (p.kind() == ReportKind.DAILY ? CaseFormat.dayDate(p.date()) : "as of " + CaseFormat.dayDate(p.today()))
                + " ";
        c.fill(0, 0, c.cols(), 1, Role.TITLE);
        int rightStart = c.cols() - Text.width(c.clean(right));
        c.field(0, 0, Math.max(0, rightStart - 1), " Duty Desk" + dot + "Reports" + dot + p.kind().title(), Role.TITLE);
        c.textRight(c.cols(), 0, right, Role.TITLE);

        int body = p.bodyHeight();
        for (int i = 0; i < body; i++) {
            int idx = p.top() + i;
            if (idx >= p.lines().size()) {
                break;
            }
            String line = p.lines().get(idx);
            c.field(1, 1 + i, c.cols() - 2, line, heading(p.lines(), idx) ? Role.HEADER : Role.NORMAL);
        }
        if (p.lines().isEmpty() && !p.loading() && p.message().isEmpty()) {
            c.text(1, 2, "No report.", Role.DIM);
        }

        int status = c.rows() - 2;
        String pos = p.lines().isEmpty() ? ""
                : "Lines " + (p.top() + 1) + "-" + Math.min(p.lines().size(), p.top() + body) + " of " + p.lines().size();
        int posStart = c.textRight(c.cols() - 1, status, pos, Role.DIM);
        if (!p.message().isEmpty()) {
            c.field(0, status, Math.max(0, posStart - 1), p.message(), p.error() ? Role.ERROR : Role.NORMAL);
        }
        HintBar.draw(c, c.rows() - 1, hints(c));
    }

    /** A section heading: the line above a rule of dashes, or the report's own first line. */
    static boolean heading(List<String> lines, int idx) {
        return idx == 0 || idx + 1 < lines.size() && lines.get(idx + 1).startsWith("---") && !lines.get(idx).isEmpty();
    }

    private static List<Hint> hints(Canvas c) {
        var k = ReportsPage.KEYS;
        return List.of(
                k.hint(c.glyphs(), "Scroll", ReportsPage.Action.UP, ReportsPage.Action.DOWN),
                k.hint(c.glyphs(), "Page", ReportsPage.Action.PAGE_UP, ReportsPage.Action.PAGE_DOWN),
                k.hint(c.glyphs(), "Report", ReportsPage.Action.REPORT),
                k.hint(c.glyphs(), "Day", ReportsPage.Action.EARLIER, ReportsPage.Action.LATER),
                k.hint(c.glyphs(), "Today", ReportsPage.Action.TODAY),
                k.hint(c.glyphs(), "Back", ReportsPage.Action.BACK),
                GlobalKeys.KEYS.hint(c.glyphs(), "Help", GlobalKeys.Action.HELP),
                GlobalKeys.KEYS.hint(c.glyphs(), "Quit", GlobalKeys.Action.QUIT));
    }
}
