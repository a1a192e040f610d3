package dutydesk.reception;

import dutydesk.cases.CaseFormat;
import dutydesk.tui.Canvas;
import dutydesk.tui.GlobalKeys;
import dutydesk.tui.Role;
import dutydesk.tui.Text;
import dutydesk.tui.keys.Hint;
import dutydesk.tui.keys.HintBar;
import dutydesk.tui.widgets.Dialog;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the duty queue at 80 columns (the name takes any extra width): arrival time, minutes
 * waited, CRN, name, RoSH, risk markers, missed checks, "PO" where the person is routed to a
 * probation officer, and where they are ("NEW", "waiting", "with T. Bradshaw"). Everything is
 * written as text, so nothing is lost without colour. Under the list, the selected person's
 * routing reasons and missed checks.
 */
final class QueueView {

    static final int ARRIVED_COL = 1;
    static final int WAIT_COL = 8;
    static final int CRN_COL = 14;
    static final int NAME_COL = 22;
    static final int NAME_W = 18;
    /** RoSH 6, markers 8, Chk 3, PO 2, status 16, with gaps. */
    static final int RIGHT_PART = 39;

    private QueueView() {
    }

    static void draw(QueuePage p, Canvas c) {
        int nameW = Math.max(NAME_W, Math.min(36, c.cols() - NAME_COL - RIGHT_PART - 1));
        int roshCol = NAME_COL + nameW + 1;
        int markCol = roshCol + 7;
        int chkEnd = markCol + 9 + 3;
        int poCol = chkEnd + 1;
        int statusCol = poCol + 3;

        drawTitle(p, c);
        c.fill(0, 1, c.cols(), 1, Role.HEADER);
        c.text(ARRIVED_COL, 1, "Came", Role.HEADER);
        c.text(WAIT_COL, 1, "Wait", Role.HEADER);
        c.text(CRN_COL, 1, "CRN", Role.HEADER);
        c.text(NAME_COL, 1, "Name", Role.HEADER);
        c.text(roshCol, 1, "RoSH", Role.HEADER);
        c.text(markCol, 1, "Risk", Role.HEADER);
        c.textRight(chkEnd, 1, "Chk", Role.HEADER);
        c.text(poCol, 1, "To", Role.HEADER);
        c.text(statusCol, 1, "Where", Role.HEADER);

        int height = p.cursor().height();
        for (int i = 0; i < height; i++) {
            int idx = p.cursor().top() + i;
            if (idx >= p.rows().size()) {
                break;
            }
            int row = 2 + i;
            QueueRow r = p.rows().get(idx);
            boolean sel = idx == p.cursor().selected();
            Role base = c.listRow(row, sel);
            Role alert = sel ? Role.SELECTED : Role.ALERT;
            Role warn = sel ? Role.SELECTED : Role.WARN;
            boolean waiting = r.state() == VisitState.WAITING;
            c.text(ARRIVED_COL, row, QueueFormat.arrival(r.arrivedAt(), p.now(), p.repo().zone()), base);
            if (waiting) {
                c.textRight(WAIT_COL + 5, row, QueueFormat.waited(r.arrivedAt(), p.now()), base);
            }
            c.text(CRN_COL, row, r.crn(), base);
            c.field(NAME_COL, row, nameW, CaseFormat.name(r.surname(), r.forename()), base);
            boolean highRosh = CaseFormat.isHighRosh(r.rosh());
            c.field(roshCol, row, 6, CaseFormat.rosh(r.rosh()), highRosh ? alert : base);
            String marks = CaseFormat.markers(r.da(), r.cp(), r.mappaLevel()).stripTrailing();
            if (!marks.isEmpty()) {
                c.text(markCol, row, marks, alert);
            }
            if (r.missedChecks() > 0) {
                c.textRight(chkEnd, row, CaseFormat.missedCount(r.missedChecks()), warn);
            }
            if (!p.poReasons(r).isEmpty()) {
                c.text(poCol, row, "PO", alert);
            }
            String where;
            Role whereRole = base;
            if (!waiting) {
                where = p.repo().user().equals(r.takenBy()) ? "with you" : "with " + QueueFormat.shortName(r.takenName());
            } else if (p.fresh().contains(r.visitId())) {
                where = "NEW";
                whereRole = warn;
            } else {
                where = r.expected() ? "waiting" : "walk-in";
            }
            c.field(statusCol, row, c.cols() - statusCol, where, whereRole);
        }
        if (p.rows().isEmpty() && p.loaded()) {
            c.text(NAME_COL, 3, "No one is waiting.", Role.DIM);
        }
        drawStrip(p, c, c.rows() - 5);
        drawStatus(p, c);
        HintBar.draw(c, c.rows() - 1, hints(p, c));
        if (p.confirm() != null) {
            QueueRow r = p.confirm();
            List<String> lines = new ArrayList<>();
            lines.add(CaseFormat.name(r.surname(), r.forename()) + " (" + r.crn() + ") is routed to a");
            lines.add("probation officer: " + String.join(", ", p.poReasons(r)) + ".");
            lines.add("");
            lines.add("y  take them all the same");
            lines.add("n  leave them for a PO");
            Dialog.draw(c, "Take a PO case?", lines);
        }
    }

    private static void drawTitle(QueuePage p, Canvas c) {
        String dot = " " + c.glyphs().dot() + " ";
        String left = " Duty Desk" + dot + "Duty queue";
        int waiting = p.waiting();
        int with = p.rows().size() - waiting;
        int seen = p.counts().getOrDefault(VisitState.SEEN, 0);
        String right = waiting + " waiting" + dot + with + " with officers" + dot + seen + " seen today ";
        c.titleBar(left, right);
    }

    /** Why the selected person goes to a PO, whether they are a walk-in, and their missed checks. */
    private static void drawStrip(QueuePage p, Canvas c, int top) {
        QueueRow r = p.selectedRow();
        c.fill(0, top, c.cols(), 1, Role.HEADER);
        if (r == null) {
            return;
        }
        c.field(1, top, c.cols() - 2, CaseFormat.name(r.surname(), r.forename()) + ", " + r.crn(), Role.HEADER);
        List<String> reasons = p.poReasons(r);
        String route = reasons.isEmpty() ? "Any duty officer can see them."
                : "Routed to a PO: " + String.join(", ", reasons) + ".";
        c.field(1, top + 1, c.cols() - 2, route + (r.expected() ? " Due to report." : " Walk-in: not due today."),
                reasons.isEmpty() ? Role.NORMAL : Role.ALERT);
        String checks = r.missedChecks() == 0 ? "No missed DA or safeguarding checks."
                : r.missedChecks() + " missed DA/safeguarding check" + (r.missedChecks() == 1 ? "" : "s")
                + ": see them on the case (d).";
        c.field(1, top + 2, c.cols() - 2, checks, r.missedChecks() == 0 ? Role.DIM : Role.WARN);
    }

    private static void drawStatus(QueuePage p, Canvas c) {
        int row = c.rows() - 2;
        String pos = p.rows().isEmpty() ? "" : (p.cursor().selected() + 1) + "/" + p.rows().size();
        int posStart = c.cols() - Text.width(pos) - 1;
        if (!pos.isEmpty()) {
            c.text(posStart, row, pos, Role.NORMAL);
        }
        int width = Math.max(0, posStart - 1);
        if (!p.message().isEmpty()) {
            c.field(0, row, width, p.message(), p.error() ? Role.ERROR : Role.NORMAL);
        } else if (!p.fresh().isEmpty()) {
            c.field(0, row, width, p.fresh().size() + " new since you looked (marked NEW).", Role.WARN);
        }
    }

    private static List<Hint> hints(QueuePage p, Canvas c) {
        if (p.confirm() != null) {
            var k = QueuePage.CONFIRM_KEYS;
            return List.of(k.hint(c.glyphs(), "Take anyway", QueuePage.Action.YES),
                    k.hint(c.glyphs(), "Leave for a PO", QueuePage.Action.NO));
        }
        var k = QueuePage.KEYS;
        return List.of(
                k.hint(c.glyphs(), "Move", QueuePage.Action.UP, QueuePage.Action.DOWN),
                k.hint(c.glyphs(), "Take", QueuePage.Action.TAKE),
                k.hint(c.glyphs(), "Read", QueuePage.Action.OPEN),
                k.hint(c.glyphs(), "Release", QueuePage.Action.RELEASE),
                k.hint(c.glyphs(), "Check in", QueuePage.Action.RECEPTION),
                k.hint(c.glyphs(), "End of day", QueuePage.Action.NO_SHOWS),
                k.hint(c.glyphs(), "Cases", QueuePage.Action.BACK),
                GlobalKeys.KEYS.hint(c.glyphs(), "Help", GlobalKeys.Action.HELP));
    }
}
