package dutydesk.reception;

import dutydesk.cases.CaseFormat;
import dutydesk.cases.DateInput;
import dutydesk.tui.Canvas;
import dutydesk.tui.GlobalKeys;
import dutydesk.tui.Role;
import dutydesk.tui.Text;
import dutydesk.tui.keys.Hint;
import dutydesk.tui.keys.HintBar;
import java.time.LocalDate;
import java.util.List;

/**
 * Draws reception's page at 80 columns: CRN, name, date of birth, when they were due, arrival
 * time and where they are. No risk markers: reception sees only what it needs to recognise
 * someone and check them in.
 */
final class ReceptionView {

    static final int CRN_COL = 1;
    static final int NAME_COL = 9;
    static final int NAME_W = 24;
    /** Born 10, due 8, arrived 5, where 20, with gaps. */
    static final int RIGHT_PART = 46;

    private ReceptionView() {
    }

    static void draw(ReceptionPage p, Canvas c) {
        int nameW = Math.max(NAME_W, Math.min(40, c.cols() - NAME_COL - RIGHT_PART - 1));
        int bornCol = NAME_COL + nameW + 1;
        int dueCol = bornCol + 11;
        int arrivedCol = dueCol + 9;
        int whereCol = arrivedCol + 6;
        LocalDate today = LocalDate.ofInstant(p.now(), p.repo().zone());

        drawTitle(p, c, today);
        drawFind(p, c);
        c.fill(0, 2, c.cols(), 1, Role.HEADER);
        c.text(CRN_COL, 2, "CRN", Role.HEADER);
        c.text(NAME_COL, 2, "Name", Role.HEADER);
        c.text(bornCol, 2, "Born", Role.HEADER);
        c.text(dueCol, 2, "Due", Role.HEADER);
        c.text(arrivedCol, 2, "Came", Role.HEADER);
        c.text(whereCol, 2, "Where", Role.HEADER);

        int height = p.cursor().height();
        for (int i = 0; i < height; i++) {
            int idx = p.cursor().top() + i;
            if (idx >= p.rows().size()) {
                break;
            }
            int row = 3 + i;
            ReceptionRow r = p.rows().get(idx);
            boolean sel = idx == p.cursor().selected();
            Role base = c.listRow(row, sel);
            Role warn = sel ? Role.SELECTED : Role.WARN;
            c.text(CRN_COL, row, r.crn(), base);
            c.field(NAME_COL, row, nameW, CaseFormat.name(r.surname(), r.forename()), base);
            c.text(bornCol, row, DateInput.format(r.dateOfBirth()), base);
            boolean late = r.nextReport().isBefore(today);
            String due = r.nextReport().equals(today) ? "today" : CaseFormat.listDate(r.nextReport(), today);
            c.text(dueCol, row, due, late && !r.arrived() ? warn : base);
            if (r.arrivedAt() != null) {
                c.text(arrivedCol, row, QueueFormat.arrival(r.arrivedAt(), p.now(), p.repo().zone()), base);
            }
            String where = QueueFormat.receptionStatus(r);
            if (r.state() == VisitState.WAITING) {
                where += " " + QueueFormat.waited(r.arrivedAt(), p.now());
            }
            c.field(whereCol, row, c.cols() - whereCol, where, r.state() == VisitState.LEFT ? warn : base);
        }
        if (p.rows().isEmpty() && !p.loading()) {
            c.text(NAME_COL, 4, p.shown().isEmpty() ? "No one is due today." : "No one found for \""
                    + p.shown() + "\". Try the surname's first letters, the CRN or the date of birth.", Role.DIM);
        }
        drawStatus(p, c);
        HintBar.draw(c, c.rows() - 1, hints(p, c));
    }

    private static void drawTitle(ReceptionPage p, Canvas c, LocalDate today) {
        String dot = " " + c.glyphs().dot() + " ";
        String left = " Duty Desk" + dot + "Reception" + dot + CaseFormat.dayDate(today);
        String right;
        if (p.shown().isEmpty()) {
            int arrived = 0;
            int waiting = 0;
            for (ReceptionRow r : p.rows()) {
                if (r.arrived()) {
                    arrived++;
                }
                if (r.state() == VisitState.WAITING) {
                    waiting++;
                }
            }
            right = p.rows().size() + " listed" + dot + arrived + " arrived" + dot + waiting + " waiting ";
        } else {
            int n = p.rows().size();
            right = (n >= ReceptionPage.FIND_LIMIT ? "first " + n : String.valueOf(n)) + " found ";
        }
        c.titleBar(left, right);
    }

    private static void drawFind(ReceptionPage p, Canvas c) {
        String label = " Find: ";
        c.text(0, 1, label, Role.HEADER);
        int fieldW = 30;
        if (p.editing()) {
            String text = c.clean(p.input().text());
            c.field(label.length(), 1, fieldW, text, Role.INPUT);
            int cursorCol = label.length() + Math.min(fieldW - 1,
                    Text.width(c.clean(p.input().text().substring(0, p.input().cursor()))));
            c.cursorAt(cursorCol, 1);
            c.field(label.length() + fieldW + 2, 1, c.cols() - label.length() - fieldW - 2,
                    "surname, CRN or date of birth", Role.DIM);
        } else if (!p.shown().isEmpty()) {
            c.field(label.length(), 1, c.cols() - label.length(), p.shown() + "   (Esc: back to today's list)",
                    Role.NORMAL);
        } else {
            String key = ReceptionPage.LIST_KEYS.hint(c.glyphs(), "", ReceptionPage.Action.FIND).keys();
            c.field(label.length(), 1, c.cols() - label.length(), "press " + key
                    + " to find anyone by surname, CRN or date of birth", Role.DIM);
        }
    }

    private static void drawStatus(ReceptionPage p, Canvas c) {
        int row = c.rows() - 2;
        String pos = p.rows().isEmpty() ? "" : Text.grouped(p.cursor().selected() + 1) + "/"
                + Text.grouped(p.rows().size());
        int posStart = c.cols() - Text.width(pos) - 1;
        if (!pos.isEmpty()) {
            c.text(posStart, row, pos, Role.NORMAL);
        }
        if (!p.message().isEmpty()) {
            c.field(0, row, Math.max(0, posStart - 1), p.message(), p.error() ? Role.ERROR : Role.NORMAL);
        }
    }

    private static List<Hint> hints(ReceptionPage p, Canvas c) {
        if (p.editing()) {
            var k = ReceptionPage.FIND_KEYS;
            return List.of(
                    k.hint(c.glyphs(), "Move", ReceptionPage.Action.UP, ReceptionPage.Action.DOWN),
                    k.hint(c.glyphs(), "Check in", ReceptionPage.Action.CHECK_IN),
                    k.hint(c.glyphs(), "Clear", ReceptionPage.Action.CLEAR));
        }
        var k = ReceptionPage.LIST_KEYS;
        return List.of(
                k.hint(c.glyphs(), "Move", ReceptionPage.Action.UP, ReceptionPage.Action.DOWN),
                k.hint(c.glyphs(), "Check in", ReceptionPage.Action.CHECK_IN),
                k.hint(c.glyphs(), "Find", ReceptionPage.Action.FIND),
                k.hint(c.glyphs(), "Left", ReceptionPage.Action.LEFT),
                k.hint(c.glyphs(), "Undo", ReceptionPage.Action.UNDO),
                GlobalKeys.KEYS.hint(c.glyphs(), "Help", GlobalKeys.Action.HELP),
                k.hint(c.glyphs(), p.root() ? "Quit" : "Back", ReceptionPage.Action.BACK));
    }
}
