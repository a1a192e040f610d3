package dutydesk.dachecks;

import dutydesk.cases.CaseFormat;
import dutydesk.tui.Canvas;
import dutydesk.tui.GlobalKeys;
import dutydesk.tui.Role;
import dutydesk.tui.Text;
import dutydesk.tui.keys.Hint;
import dutydesk.tui.keys.HintBar;
import java.util.List;

/**
 * Draws the missed-checks worklist. Columns are laid out for 80 columns; extra width goes to the
 * name, then to the check codes. Risk is written as text (RoSH word, "DA", "CP", "M2") and
 * missed checks as their codes, so nothing depends on colour. Under the list, the selected
 * case's missed checks: code, why missed, due date and the reason.
 */
final class WorklistView {

    static final int CRN_COL = 1;
    static final int NAME_COL = 9;
    static final int ROSH_W = 6;
    static final int MARKS_W = 8;
    static final int OVERDUE_W = 7;
    /** Name and codes share what 80 columns leave: 24 and 22 (five codes fit). */
    static final int NAME_W = 24;
    static final int CODES_W = 22;
    /** Every code with spaces between: the codes column never needs more. */
    static final int ALL_CODES_W = 45;

    /** Strip columns: code, why missed, due date, reason. */
    static final int STRIP_MISSED_COL = 7;
    static final int STRIP_DUE_COL = 21;
    static final int STRIP_REASON_COL = 30;

    private WorklistView() {
    }

    static int nameWidth(int cols) {
        return NAME_W + Math.min(16, Math.max(0, cols - 80));
    }

    static int codesWidth(int cols) {
        return Math.min(ALL_CODES_W, CODES_W + Math.max(0, cols - 80 - 16));
    }

    static void draw(WorklistPage p, Canvas c) {
        int nameW = nameWidth(c.cols());
        int codesW = codesWidth(c.cols());
        int roshCol = NAME_COL + nameW + 1;
        int markCol = roshCol + ROSH_W + 1;
        int codesCol = markCol + MARKS_W + 1;
        int overdueEnd = codesCol + codesW + 1 + OVERDUE_W;

        drawTitle(p, c);

        c.fill(0, 1, c.cols(), 1, Role.HEADER);
        c.text(CRN_COL, 1, "CRN", Role.HEADER);
        c.text(NAME_COL, 1, "Name", Role.HEADER);
        c.text(roshCol, 1, "RoSH", Role.HEADER);
        c.text(markCol, 1, "Risk", Role.HEADER);
        c.text(codesCol, 1, "Missed checks", Role.HEADER);
        c.textRight(overdueEnd, 1, "Overdue", Role.HEADER);

        int height = p.cursor().height();
        for (int i = 0; i < height; i++) {
            int idx = p.cursor().top() + i;
            int row = 2 + i;
            if (idx >= p.cursor().total()) {
                break;
            }
            WorklistRow r = p.window().get(idx);
            boolean sel = idx == p.cursor().selected();
            if (r == null) {
                c.text(NAME_COL, row, c.glyphs().ellipsis(), Role.DIM);
                continue;
            }
            Role base = c.listRow(row, sel);
            Role alert = sel ? Role.SELECTED : Role.ALERT;
            Role warn = sel ? Role.SELECTED : Role.WARN;
            c.text(CRN_COL, row, r.crn(), base);
            c.field(NAME_COL, row, nameW, CaseFormat.name(r.surname(), r.forename()), base);
            // As on the case list: RoSH and markers, when both are emphasised, are one run.
            String marks = CaseFormat.markers(r.da(), r.childProtection(), r.mappaLevel()).stripTrailing();
            boolean highRosh = CaseFormat.isHighRosh(r.rosh());
            if (highRosh && !marks.isEmpty()) {
                c.text(roshCol, row, Text.fit(CaseFormat.rosh(r.rosh()), markCol - roshCol, "") + marks, alert);
            } else {
                c.field(roshCol, row, ROSH_W, CaseFormat.rosh(r.rosh()), highRosh ? alert : base);
                if (!marks.isEmpty()) {
                    c.text(markCol, row, marks, alert);
                }
            }
            c.text(codesCol, row, WorklistFormat.codes(r.missedKinds(), codesW), base);
            c.textRight(overdueEnd, row, WorklistFormat.overdue(r.oldestDue(), p.today()), warn);
        }

        if (p.cursor().total() == 0 && !p.loading()) {
            c.text(NAME_COL, 3, WorklistFormat.empty(p.kind()), Role.DIM);
        }

        drawStrip(p, c, c.rows() - 2 - WorklistPage.STRIP_ROWS);
        drawStatus(p, c);
        HintBar.draw(c, c.rows() - 1, hints(c));
    }

    private static void drawTitle(WorklistPage p, Canvas c) {
        String dot = " " + c.glyphs().dot() + " ";
        String left = " Duty Desk" + dot + "Missed checks";
        String right = (p.loading() ? c.glyphs().ellipsis() + " " : "")
                + WorklistFormat.count(p.cursor().total(), p.all(), p.kind() != null) + dot
                + WorklistFormat.filterShort(p.kind()) + " ";
        c.titleBar(left, right);
    }

    /** The selected case's missed checks, one a line; the last line says how many more there are. */
    private static void drawStrip(WorklistPage p, Canvas c, int top) {
        WorklistRow r = p.selectedRow();
        if (r == null) {
            return;
        }
        c.fill(0, top, c.cols(), 1, Role.HEADER);
        c.text(CRN_COL, top, "Check", Role.HEADER);
        c.text(STRIP_MISSED_COL, top, "Missed", Role.HEADER);
        c.text(STRIP_DUE_COL, top, "Due", Role.HEADER);
        c.field(STRIP_REASON_COL, top, c.cols() - STRIP_REASON_COL,
                "Why (" + CaseFormat.name(r.surname(), r.forename()) + ", " + r.crn() + ")", Role.HEADER);
        List<MissedCheck> checks = r.missed();
        int lines = WorklistPage.STRIP_ROWS - 1;
        if (checks.isEmpty()) {
            c.text(STRIP_MISSED_COL, top + 1, "No details stored for this case's missed checks.", Role.DIM);
            return;
        }
        int shown = checks.size() <= lines ? checks.size() : lines - 1;
        for (int i = 0; i < shown; i++) {
            MissedCheck m = checks.get(i);
            int row = top + 1 + i;
            c.text(CRN_COL, row, m.kind().code(), Role.NORMAL);
            c.text(STRIP_MISSED_COL, row, m.missed().label(m.kind()), Role.WARN);
            c.text(STRIP_DUE_COL, row, m.due() == null ? "-" : CaseFormat.compactDate(m.due()), Role.NORMAL);
            c.field(STRIP_REASON_COL, row, c.cols() - STRIP_REASON_COL, m.reason(), Role.NORMAL);
        }
        if (shown < checks.size()) {
            StringBuilder more = new StringBuilder("+").append(checks.size() - shown).append(" more:");
            for (MissedCheck m : checks.subList(shown, checks.size())) {
                more.append(' ').append(m.kind().code());
            }
            c.field(CRN_COL, top + lines, c.cols() - CRN_COL, more + "  (" + open(c) + ": all of this case's checks)",
                    Role.DIM);
        }
    }

    private static String open(Canvas c) {
        return WorklistPage.KEYS.hint(c.glyphs(), "", WorklistPage.Action.OPEN).keys();
    }

    private static void drawStatus(WorklistPage p, Canvas c) {
        int row = c.rows() - 2;
        String pos = p.cursor().total() == 0 ? ""
                : Text.grouped(p.cursor().selected() + 1) + "/" + Text.grouped(p.cursor().total());
        int posStart = c.cols() - Text.width(pos) - 1;
        if (!pos.isEmpty()) {
            c.text(posStart, row, pos, Role.NORMAL);
        }
        int width = Math.max(0, posStart - 1);
        if (!p.message().isEmpty()) {
            c.field(0, row, width, p.message(), p.error() ? Role.ERROR : Role.NORMAL);
        } else if (p.kind() != null) {
            String next = WorklistPage.KEYS.hint(c.glyphs(), "", WorklistPage.Action.KIND).keys();
            c.field(0, row, width, "Missing: " + p.kind().label() + "  (" + next + ": next check)", Role.NORMAL);
        }
    }

    private static List<Hint> hints(Canvas c) {
        var k = WorklistPage.KEYS;
        return List.of(
                k.hint(c.glyphs(), "Move", WorklistPage.Action.UP, WorklistPage.Action.DOWN),
                k.hint(c.glyphs(), "Open checks", WorklistPage.Action.OPEN),
                k.hint(c.glyphs(), "Check type", WorklistPage.Action.KIND),
                k.hint(c.glyphs(), "Back", WorklistPage.Action.BACK),
                GlobalKeys.KEYS.hint(c.glyphs(), "Help", GlobalKeys.Action.HELP),
                GlobalKeys.KEYS.hint(c.glyphs(), "Quit", GlobalKeys.Action.QUIT));
    }
}
