package dutydesk.cases;

import dutydesk.tui.Canvas;
import dutydesk.tui.GlobalKeys;
import dutydesk.tui.Role;
import dutydesk.tui.Text;
import dutydesk.tui.keys.Hint;
import dutydesk.tui.keys.HintBar;
import java.util.List;

/**
 * Draws the case list. Columns are laid out for 80 columns and the name column takes any extra
 * width. Risk is written as text (RoSH word, "DA", "CP", "M2", "LATE") and only emphasised by
 * colour, so nothing is lost without colour.
 */
final class CaseListView {

    static final int CRN_COL = 1;
    static final int NAME_COL = 9;
    /**
     * Columns right of the name: tier 4, RoSH 6, markers 8, next report 12, last seen 5 and the
     * missed-checks count 3 ("Chk", right-aligned), with gaps. The count ends the row, where it
     * costs the fewest bytes to draw (no cursor jump to reach it).
     */
    static final int RIGHT_PART = 43;

    private CaseListView() {
    }

    /** Names longer than this are rare; on a wide screen the columns stay close together. */
    static final int MAX_NAME_WIDTH = 40;

    static int nameWidth(int cols) {
        return Math.max(10, Math.min(MAX_NAME_WIDTH, cols - NAME_COL - RIGHT_PART - 1));
    }

    static void draw(CaseListPage p, Canvas c) {
        int cols = c.cols();
        int nameW = nameWidth(cols);
        int tierCol = NAME_COL + nameW + 1;
        int roshCol = tierCol + 5;
        int markCol = roshCol + 7;
        int nextCol = markCol + 9;
        int seenCol = nextCol + 13;
        int chkCol = seenCol + 6;

        drawTitle(p, c);

        c.fill(0, 1, cols, 1, Role.HEADER);
        c.text(CRN_COL, 1, "CRN", Role.HEADER);
        c.text(NAME_COL, 1, "Name", Role.HEADER);
        c.text(tierCol, 1, "Tier", Role.HEADER);
        c.text(roshCol, 1, "RoSH", Role.HEADER);
        c.text(markCol, 1, "Risk", Role.HEADER);
        c.text(chkCol, 1, "Chk", Role.HEADER);
        c.text(nextCol, 1, "Next report", Role.HEADER);
        c.text(seenCol, 1, "Seen", Role.HEADER);

        int height = p.cursor().height();
        for (int i = 0; i < height; i++) {
            int idx = p.cursor().top() + i;
            int row = 2 + i;
            if (idx >= p.cursor().total()) {
                break;
            }
            CaseRow r = p.window().get(idx);
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
            c.field(tierCol, row, 4, r.tier(), base);
            // RoSH and risk markers are adjacent: when both are emphasised they are drawn as one
            // run, which costs one style change instead of two on every redraw of the row.
            String marks = CaseFormat.markers(r.da(), r.childProtection(), r.mappaLevel()).stripTrailing();
            boolean highRosh = CaseFormat.isHighRosh(r.rosh());
            if (highRosh && !marks.isEmpty()) {
                c.text(roshCol, row, Text.fit(CaseFormat.rosh(r.rosh()), markCol - roshCol, "") + marks, alert);
            } else {
                c.field(roshCol, row, 6, CaseFormat.rosh(r.rosh()), highRosh ? alert : base);
                if (!marks.isEmpty()) {
                    c.text(markCol, row, marks, alert);
                }
            }
            // The missed-checks count under "Chk" is text, in the row's own colours: emphasising it
            // would cost a style change on most rows of the list.
            if (r.missedChecks() > 0) {
                c.textRight(chkCol + 3, row, CaseFormat.missedCount(r.missedChecks()), base);
            }
            int end = c.text(nextCol, row, CaseFormat.listDate(r.nextReport(), p.today()), base);
            String tag = CaseFormat.reportTag(r.nextReport(), p.today());
            if (!tag.isEmpty()) {
                c.text(end + 1, row, tag, warn);
            }
            c.text(seenCol, row, r.lastSeen() == null ? "never" : CaseFormat.listDate(r.lastSeen(), p.today()), base);
        }

        if (p.cursor().total() == 0 && !p.loading()) {
            String empty = p.query().isFiltered() ? "No unallocated cases match the filter." : "No unallocated cases.";
            c.text(NAME_COL, 3, empty, Role.DIM);
        }

        drawStatus(p, c);
        HintBar.draw(c, c.rows() - 1, hints(p, c));
    }

    private static void drawTitle(CaseListPage p, Canvas c) {
        String dot = " " + c.glyphs().dot() + " ";
        String left = " Duty Desk" + dot + "Unallocated cases" + (p.office().isEmpty() ? "" : dot + p.office());
        String count = p.query().isFiltered()
                ? Text.grouped(p.cursor().total()) + " of " + Text.grouped(p.all())
                : Text.grouped(p.all()) + " cases";
        StringBuilder filter = new StringBuilder();
        if (p.query().searchKind() != CaseQuery.SearchKind.NONE) {
            filter.append(dot).append('"').append(Text.cutToWidth(c.clean(p.query().text().strip()), 16)).append('"');
        }
        if (p.query().flag() != CaseFlagFilter.ALL) {
            filter.append(dot).append(p.query().flag().shortLabel());
        }
        String right = (p.loading() ? c.glyphs().ellipsis() + " " : "") + count + filter + dot + "by "
                + p.query().sort().label() + " ";
        c.titleBar(left, right);
    }

    private static void drawStatus(CaseListPage p, Canvas c) {
        int row = c.rows() - 2;
        String pos = p.cursor().total() == 0 ? ""
                : Text.grouped(p.cursor().selected() + 1) + "/" + Text.grouped(p.cursor().total());
        int posStart = c.cols() - Text.width(pos) - 1;
        if (!pos.isEmpty()) {
            c.text(posStart, row, pos, Role.NORMAL);
        }
        int width = Math.max(0, posStart - 1);
        if (p.editing()) {
            String label = "Filter: ";
            c.text(0, row, label, Role.HEADER);
            String text = c.clean(p.input().text());
            int fieldW = Math.max(1, Math.min(42, width - label.length()));
            c.field(label.length(), row, fieldW, text, Role.INPUT);
            int cursorCol = label.length() + Math.min(fieldW - 1, Text.width(c.clean(p.input().text().substring(0, p.input().cursor()))));
            c.cursorAt(cursorCol, row);
            String kind;
            switch (p.query().searchKind()) {
                case CRN: kind = "CRN"; break;
                case NAME: kind = p.query().forenamePrefix().isEmpty() ? "surname" : "surname, forename"; break;
                default: kind = "surname or CRN"; break;
            }
            int after = label.length() + fieldW + 1;
            if (after < width) {
                c.field(after, row, width - after, "(" + kind + ")", Role.DIM);
            }
            return;
        }
        if (!p.message().isEmpty()) {
            c.field(0, row, width, p.message(), p.error() ? Role.ERROR : Role.NORMAL);
            return;
        }
        if (p.query().isFiltered()) {
            StringBuilder b = new StringBuilder("Showing ");
            if (!p.query().text().isBlank()) {
                b.append('"').append(p.query().text().strip()).append('"');
                if (p.query().flag() != CaseFlagFilter.ALL) {
                    b.append(", ");
                }
            }
            if (p.query().flag() != CaseFlagFilter.ALL) {
                b.append(p.query().flag().label());
            }
            b.append("  (Esc: all cases)");
            c.field(0, row, width, b.toString(), Role.NORMAL);
        }
    }

    private static List<Hint> hints(CaseListPage p, Canvas c) {
        if (p.editing()) {
            var k = CaseListPage.FILTER_KEYS;
            return List.of(
                    k.hint(c.glyphs(), "Move", CaseListPage.Action.UP, CaseListPage.Action.DOWN),
                    k.hint(c.glyphs(), "Keep filter", CaseListPage.Action.KEEP),
                    k.hint(c.glyphs(), "Clear", CaseListPage.Action.CLEAR));
        }
        var k = CaseListPage.LIST_KEYS;
        return List.of(
                k.hint(c.glyphs(), "Move", CaseListPage.Action.UP, CaseListPage.Action.DOWN),
                k.hint(c.glyphs(), "Open", CaseListPage.Action.OPEN),
                k.hint(c.glyphs(), "Log contact", CaseListPage.Action.LOG),
                k.hint(c.glyphs(), "Filter", CaseListPage.Action.FILTER),
                k.hint(c.glyphs(), "Risk", CaseListPage.Action.MARKERS),
                k.hint(c.glyphs(), "Sort", CaseListPage.Action.SORT),
                GlobalKeys.KEYS.hint(c.glyphs(), "Help", GlobalKeys.Action.HELP),
                k.hint(c.glyphs(), "Quit", CaseListPage.Action.QUIT));
    }
}
