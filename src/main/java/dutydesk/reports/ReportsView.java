package dutydesk.reports;

import dutydesk.cases.CaseFormat;
import dutydesk.tui.Canvas;
import dutydesk.tui.GlobalKeys;
import dutydesk.tui.Role;
import dutydesk.tui.keys.Hint;
import dutydesk.tui.keys.HintBar;
import dutydesk.tui.widgets.TextPage;
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
        c.titleBar(" Duty Desk" + dot + "Reports" + dot + p.kind().title(), right);

        TextPage b = p.body();
        int body = Math.max(1, c.rows() - 3);
        for (int i = 0; i < body && b.top() + i < b.lines().size(); i++) {
            TextPage.Line line = b.lines().get(b.top() + i);
            c.field(1, 1 + i, c.cols() - 2, line.text(), line.role());
        }
        if (b.lines().isEmpty() && !p.loading() && p.message().isEmpty()) {
            c.text(1, 2, "No report.", Role.DIM);
        }

        int status = c.rows() - 2;
        String pos = b.lines().isEmpty() ? ""
                : "Lines " + (b.top() + 1) + "-" + Math.min(b.lines().size(), b.top() + body) + " of " + b.lines().size();
        int posStart = c.textRight(c.cols() - 1, status, pos, Role.DIM);
        if (!p.message().isEmpty()) {
            c.field(0, status, Math.max(0, posStart - 1), p.message(), p.error() ? Role.ERROR : Role.NORMAL);
        }
        HintBar.draw(c, c.rows() - 1, hints(c));
    }

    private static List<Hint> hints(Canvas c) {
        var k = ReportsPage.KEYS;
        var reading = TextPage.KEYS;
        return List.of(
                reading.hint(c.glyphs(), "Scroll", TextPage.Action.UP, TextPage.Action.DOWN),
                reading.hint(c.glyphs(), "Page", TextPage.Action.PAGE_UP, TextPage.Action.PAGE_DOWN),
                k.hint(c.glyphs(), "Report", ReportsPage.Action.REPORT),
                k.hint(c.glyphs(), "Day", ReportsPage.Action.EARLIER, ReportsPage.Action.LATER),
                k.hint(c.glyphs(), "Today", ReportsPage.Action.TODAY),
                reading.hint(c.glyphs(), "Back", TextPage.Action.BACK),
                GlobalKeys.KEYS.hint(c.glyphs(), "Help", GlobalKeys.Action.HELP),
                GlobalKeys.KEYS.hint(c.glyphs(), "Quit", GlobalKeys.Action.QUIT));
    }
}
