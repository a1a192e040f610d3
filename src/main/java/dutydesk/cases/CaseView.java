package dutydesk.cases;

import dutydesk.tui.Canvas;
import dutydesk.tui.GlobalKeys;
import dutydesk.tui.Role;
import dutydesk.tui.Text;
import dutydesk.tui.keys.HintBar;
import java.util.List;

/** Draws the case page: facts at the top, registers, then the contact history and its notes. */
final class CaseView {

    private CaseView() {
    }

    static void draw(CasePage p, Canvas c) {
        int cols = c.cols();
        CaseDetail d = p.detail();
        String dot = " " + c.glyphs().dot() + " ";
        c.fill(0, 0, cols, 1, Role.TITLE);
        if (d == null) {
            c.field(0, 0, cols, " Duty Desk" + dot + "Case " + p.crn(), Role.TITLE);
            c.text(2, 2, p.missing() ? "" : "Loading " + p.crn() + c.glyphs().ellipsis(), Role.DIM);
            drawFooter(p, c);
            return;
        }
        String right = "Tier " + nz(d.tier()) + dot + "RoSH " + CaseFormat.roshLong(d.rosh()) + " ";
        c.titleBar(" " + d.crn() + "  " + CaseFormat.name(d.surname(), d.forename()), right);

        // Person
        int col = c.text(1, 1, "Born    ", Role.DIM);
        col = c.text(col, 1, CaseFormat.date(d.dateOfBirth()) + " (" + CaseFormat.age(d.dateOfBirth(), d.today()) + ")", Role.NORMAL);
        col = c.text(col + 2, 1, "PNC ", Role.DIM);
        col = c.text(col, 1, d.pnc() == null ? "none" : d.pnc(), Role.NORMAL);
        col = c.text(col + 2, 1, "OM ", Role.DIM);
        c.field(col, 1, cols - col, d.omStaffCode() + (d.teamName() == null ? "" : " " + d.teamName()), Role.NORMAL);

        // Order
        col = c.text(1, 2, "Order   ", Role.DIM);
        c.field(col, 2, cols - col, nz(d.orderDescription()) + " (" + CaseFormat.caseType(d.caseType()) + ")", Role.NORMAL);
        StringBuilder dates = new StringBuilder("sentenced ").append(CaseFormat.date(d.sentenceDate()));
        if (d.releaseDate() != null) {
            boolean future = d.today() != null && d.releaseDate().isAfter(d.today());
            dates.append(dot).append(future ? "release due " : "released ").append(CaseFormat.date(d.releaseDate()));
        }
        if (d.orderEndDate() != null) {
            dates.append(dot).append("ends ").append(CaseFormat.date(d.orderEndDate()));
        }
        c.field(col, 3, cols - col, dates.toString(), Role.NORMAL);

        // Reporting
        col = c.text(1, 4, "Reports ", Role.DIM);
        col = c.text(col, 4, CaseFormat.frequency(d.reportingFrequency()) + dot + "next " + CaseFormat.dayDate(d.nextReport()) + " ", Role.NORMAL);
        boolean late = d.nextReport() != null && d.today() != null && d.nextReport().isBefore(d.today());
        col = c.text(col, 4, "(" + CaseFormat.reportDue(d.nextReport(), d.today()) + ")", late ? Role.WARN : Role.NORMAL);
        c.field(col, 4, cols - col, dot + "last seen " + (d.lastSeen() == null ? "never" : CaseFormat.compactDate(d.lastSeen())),
                Role.NORMAL);

        // Compliance
        c.text(1, 5, "Comply  ", Role.DIM);
        int complyRows = p.complianceRows();
        ComplianceView.draw(c, d.compliance(), 9, 5, complyRows);

        // DA and safeguarding checks (the stored evaluation; the panel has the detail)
        int checksRow = 5 + complyRows;
        c.text(1, checksRow, "Checks  ", Role.DIM);
        if (d.missedChecks().isEmpty()) {
            c.field(9, checksRow, cols - 10, d.checksApplying() == 0 ? "none apply"
                    : "none missed (" + d.checksApplying() + " apply; d: the checks)", Role.NORMAL);
        } else {
            String missed = CaseFormat.missedMark(d.missedChecks().size()) + " missed: "
                    + String.join(", ", d.missedChecks());
            c.field(9, checksRow, cols - 10, missed, Role.ALERT);
        }

        // Registers
        List<Registration> regs = d.registrations();
        c.text(1, 6 + complyRows, "Registers (" + regs.size() + ")", Role.HEADER);
        int row = 7 + complyRows;
        if (regs.isEmpty()) {
            c.text(3, row, "none", Role.DIM);
        }
        int shown = regs.size() > CasePage.MAX_REGISTER_LINES ? CasePage.MAX_REGISTER_LINES - 1 : regs.size();
        for (int i = 0; i < shown; i++) {
            Registration r = regs.get(i);
            boolean alert = !"OTHER".equals(r.kind()) && !("ROSH".equals(r.kind()) && !isHighRoshRegister(r.code()));
            c.field(3, row, 6, kindLabel(r.kind()), alert ? Role.ALERT : Role.DIM);
            StringBuilder b = new StringBuilder(r.code()).append(' ').append(nz(r.description()));
            if (r.level() != null) {
                b.append(" level ").append(r.level());
            }
            if (r.category() != null) {
                b.append(" cat ").append(r.category());
            }
            int descW = Math.max(10, cols - 10 - 1 - 32);
            c.field(10, row, descW, b.toString(), Role.NORMAL);
            String since = "since " + CaseFormat.compactDate(r.registered())
                    + (r.nextReview() == null ? "" : dot + "review " + CaseFormat.compactDate(r.nextReview()));
            c.field(10 + descW + 1, row, cols - (10 + descW + 1), since, Role.DIM);
            row++;
        }
        if (shown < regs.size()) {
            StringBuilder more = new StringBuilder("and " + (regs.size() - shown) + " more:");
            for (int i = shown; i < regs.size(); i++) {
                more.append(' ').append(regs.get(i).code());
            }
            c.field(3, row, cols - 4, more.toString(), Role.DIM);
        }

        // History
        int top = p.historyTop();
        c.fill(0, top - 1, cols, 1, Role.HEADER);
        c.text(1, top - 1, "Contact history (" + d.contacts().size() + ", newest first)", Role.HEADER);
        if (d.contacts().isEmpty()) {
            c.text(3, top, "No contacts recorded.", Role.DIM);
        }
        int avail = cols - 16;
        int typeW = avail / 2;
        int outW = avail - typeW - 1;
        for (int i = 0; i < p.history().height(); i++) {
            int idx = p.history().top() + i;
            if (idx >= d.contacts().size()) {
                break;
            }
            ContactEntry e = d.contacts().get(idx);
            int r = top + i;
            boolean sel = idx == p.history().selected();
            Role base = c.listRow(r, sel);
            c.text(1, r, CaseFormat.compactDate(e.date()), base);
            c.field(10, r, 5, e.time() == null ? "" : e.time(), base);
            if (e.corrected()) {
                c.text(15, r, "*", base);
            }
            String type = e.typeCode() + " " + nz(e.typeDescription());
            if (e.outcomeCode() == null) {
                // Checks, referrals and notes have no outcome: their description gets the room.
                c.field(16, r, cols - 16, type, base);
                continue;
            }
            c.field(16, r, typeW, type, base);
            c.field(16 + typeW + 1, r, outW, e.outcomeCode() + " " + nz(e.outcomeDescription()),
                    !sel && e.enforceable() ? Role.WARN : base);
        }

        // Notes of the selected contact
        ContactEntry e = p.selectedContact();
        int notesRow = c.rows() - 4;
        if (e != null) {
            StringBuilder head = new StringBuilder();
            if (e.enforcementCode() != null) {
                head.append("Enforcement ").append(e.enforcementCode()).append(' ').append(nz(e.enforcementDescription())).append(". ");
            }
            if (e.sensitive()) {
                head.append("[Sensitive] ");
            }
            String notes = head + (e.notes() == null || e.notes().isBlank() ? "(no notes)" : e.notes());
            List<String> lines = Text.wrap(notes, cols - 8, c.glyphs().ascii());
            c.text(1, notesRow, "Notes", Role.DIM);
            for (int i = 0; i < 2 && i < lines.size(); i++) {
                String line = lines.get(i);
                if (i == 1 && lines.size() > 2) {
                    line = Text.cutToWidth(line, cols - 8 - 1 - 12) + c.glyphs().ellipsis() + " Enter: more";
                }
                c.field(7, notesRow + i, cols - 8, line, Role.NORMAL);
            }
        }
        drawFooter(p, c);
    }

    private static void drawFooter(CasePage p, Canvas c) {
        int row = c.rows() - 2;
        if (!p.message().isEmpty()) {
            c.field(0, row, c.cols(), p.message(), p.error() ? Role.ERROR : Role.NORMAL);
        } else if (p.selectedContact() != null) {
            ContactEntry e = p.selectedContact();
            String by = (e.corrected() ? "* corrected, version " + e.version() + " " + c.glyphs().dot() + " " : "")
                    + (e.staff() == null ? "" : "by " + e.staff() + " " + c.glyphs().dot() + " ");
            c.textRight(c.cols() - 1, row, by + "contact " + (p.history().selected() + 1) + " of "
                    + p.detail().contacts().size(), Role.DIM);
        }
        var k = CasePage.KEYS;
        HintBar.draw(c, c.rows() - 1, List.of(
                k.hint(c.glyphs(), "Contacts", CasePage.Action.UP, CasePage.Action.DOWN),
                k.hint(c.glyphs(), "Read", CasePage.Action.READ),
                k.hint(c.glyphs(), "Log contact", CasePage.Action.LOG),
                k.hint(c.glyphs(), "Checks", CasePage.Action.CHECKS),
                k.hint(c.glyphs(), "Back", CasePage.Action.BACK),
                GlobalKeys.KEYS.hint(c.glyphs(), "Help", GlobalKeys.Action.HELP)));
    }

    private static boolean isHighRoshRegister(String code) {
        return "RHRH".equals(code) || "RVHR".equals(code);
    }

    private static String kindLabel(String kind) {
        switch (kind) {
            case "DA": return "DA";
            case "CHILD": return "Child";
            case "MAPPA": return "MAPPA";
            case "ROSH": return "RoSH";
            default: return "Other";
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
