package dutydesk.contacts;

import dutydesk.cases.DateInput;
import dutydesk.compliance.Answer;
import dutydesk.compliance.Circumstance;
import dutydesk.cases.CaseDetail;
import dutydesk.cases.CaseFormat;
import dutydesk.cases.ComplianceView;
import dutydesk.compliance.ContactType;
import dutydesk.compliance.EnforcementAction;
import dutydesk.compliance.Outcome;
import dutydesk.compliance.OutcomeRules;
import dutydesk.tui.Canvas;
import dutydesk.tui.GlobalKeys;
import dutydesk.tui.Role;
import dutydesk.tui.Text;
import dutydesk.tui.keys.Hint;
import dutydesk.tui.keys.HintBar;
import dutydesk.tui.widgets.Dialog;
import dutydesk.tui.widgets.LineEdit;
import dutydesk.tui.widgets.TextArea;
import java.util.ArrayList;
import java.util.List;

/** Draws the contact form: case and compliance at the top, the fields, the notes, and the key hints. */
final class ContactFormView {

    private static final int LABEL_COL = 2;
    private static final int VALUE_COL = ContactFormPage.VALUE_COL;
    private static final int ANSWER_COL = 31;
    private static final int DETAIL_COL = 37;

    private ContactFormView() {
    }

    static void draw(ContactFormPage p, Canvas c) {
        int cols = c.cols();
        String dot = " " + c.glyphs().dot() + " ";
        c.fill(0, 0, cols, 1, Role.TITLE);
        CaseDetail d = p.ctx() == null ? null : p.ctx().detail();
        String title = " " + p.title() + dot + p.crn() + (d == null ? "" : "  " + d.name());
        String right = p.keptAt().isEmpty() ? "" : "draft kept " + p.keptAt() + " ";
        c.titleBar(title, right);
        if (d == null) {
            c.text(2, 2, p.mode() == ContactFormPage.Mode.MISSING ? "" : "Loading " + p.crn() + c.glyphs().ellipsis(),
                    Role.DIM);
            footer(p, c, List.of(ContactFormPage.FORM_KEYS.hint(c.glyphs(), "Back", ContactFormPage.Action.LEAVE)));
            return;
        }
        caseLine(p, d, c, dot);
        ComplianceView.draw(c, d.compliance(), 1, 2, 2);

        ContactValues v = p.edits().values();
        // Type
        label(p, c, 4, Field.TYPE, null);
        choice(p, c, 4, Field.TYPE, v.type(), p.ctx().codes().type(v.type()).map(ContactType::description).orElse(""),
                "");
        // Date and time
        label(p, c, 5, Field.DATE, null);
        line(p, c, VALUE_COL, 5, 12, Focus.of(Field.DATE), p.edits().date());
        boolean timeFocus = p.focus().field() == Field.TIME;
        c.text(VALUE_COL + 14, 5, "Time", timeFocus ? Role.HEADER : Role.DIM);
        marker(p, c, 5, Focus.of(Field.TIME), VALUE_COL + 13);
        line(p, c, VALUE_COL + 19, 5, 6, Focus.of(Field.TIME), p.edits().time());
        // Outcome
        Outcome o = p.outcome();
        label(p, c, 6, Field.OUTCOME, null);
        choice(p, c, 6, Field.OUTCOME, v.outcome(), o == null ? "" : o.description(), o == null ? "" : o.flagsText());
        // Enforcement
        label(p, c, 7, Field.ENFORCEMENT, null);
        if (p.needsEnforcement()) {
            EnforcementAction a = p.action();
            String note = a == null ? "" : OutcomeRules.routesToSpo(a, d.unallocated()) ? "goes to the SPO" : "";
            // The respond-by date sits at the right; the action gets the rest of the row.
            int respondCol = cols - 25;
            int width = p.needsRespondBy() ? respondCol - VALUE_COL - 2 : cols - VALUE_COL - 1;
            choiceIn(p, c, 7, Field.ENFORCEMENT, v.enforcement(), a == null ? "" : a.description(), note, width);
            if (p.needsRespondBy()) {
                int col = respondCol;
                boolean f = p.focus().field() == Field.RESPOND_BY;
                marker(p, c, 7, Focus.of(Field.RESPOND_BY), col - 1);
                c.text(col, 7, "Respond by", f ? Role.HEADER : Role.DIM);
                line(p, c, col + 11, 7, 12, Focus.of(Field.RESPOND_BY), p.edits().respondBy());
            }
        } else {
            c.text(VALUE_COL, 7, o == null ? "-" : "not needed for " + o.code(), Role.DIM);
        }
        // Changes of circumstance
        boolean asked = p.asksQuestions();
        c.text(1, 8, "Changes since last report", Role.HEADER);
        c.textRight(cols - 1, 8, asked ? "y yes" + dot + "n no" + dot + "N no to the rest"
                : o == null ? "asked once the outcome says the person was seen" : "not asked: the person was not seen",
                Role.DIM);
        int row = 9;
        for (Circumstance q : Circumstance.values()) {
            question(p, c, row++, q, asked);
        }
        // Notes
        notes(p, c);
        // Next report
        int nextRow = c.rows() - 4;
        label(p, c, nextRow, Field.NEXT, null);
        line(p, c, VALUE_COL, nextRow, 12, Focus.of(Field.NEXT), p.edits().next());
        java.time.LocalDate next = DateInput.parseDate(p.edits().next().text(), p.contactDate());
        String nextNote = (next == null ? "" : CaseFormat.day(next) + dot) + CaseFormat.frequency(d.reportingFrequency())
                + (p.nextEdited() ? "" : dot + "from the reporting frequency");
        c.field(VALUE_COL + 13, nextRow, cols - VALUE_COL - 14, nextNote, Role.DIM);
        // Flags and save
        int flagRow = c.rows() - 3;
        tick(p, c, flagRow, LABEL_COL, Field.SENSITIVE, v.sensitive(), "Sensitive");
        tick(p, c, flagRow, LABEL_COL + 18, Field.ALERT, v.alert(), "Alert the SPO");
        boolean saveFocus = p.focus().field() == Field.SAVE;
        String save = "[ Save ]";
        int saveCol = cols - 1 - Text.width(save) - 8;
        c.text(saveCol - 1, flagRow, saveFocus ? ">" : " ", Role.HEADER);
        c.text(saveCol, flagRow, save, saveFocus ? Role.SELECTED : Role.HEADER);
        c.text(saveCol + Text.width(save) + 1, flagRow, "Ctrl+S", Role.DIM);

        footer(p, c, hints(p, c));
        overlay(p, c);
    }

    private static void caseLine(ContactFormPage p, CaseDetail d, Canvas c, String dot) {
        int col = 1;
        List<String> markers = new ArrayList<>();
        if (d.domesticAbuse()) {
            markers.add("DA");
        }
        if (d.childProtection()) {
            markers.add("CP");
        }
        if (d.mappaLevel() > 0) {
            markers.add("MAPPA " + d.mappaLevel());
        }
        if (CaseFormat.isHighRosh(d.rosh())) {
            markers.add("RoSH " + CaseFormat.roshLong(d.rosh()));
        }
        for (String m : markers) {
            col = c.text(col, 1, m, Role.ALERT) + 2;
        }
        StringBuilder b = new StringBuilder();
        if (!CaseFormat.isHighRosh(d.rosh())) {
            b.append("RoSH ").append(CaseFormat.roshLong(d.rosh())).append(dot);
        }
        b.append("Tier ").append(d.tier() == null ? "-" : d.tier()).append(dot).append(CaseFormat.caseType(d.caseType()))
                .append(dot).append("reports ").append(CaseFormat.frequency(d.reportingFrequency()).toLowerCase())
                .append(dot).append("due ").append(CaseFormat.compactDate(d.nextReport()));
        c.field(col, 1, c.cols() - col, b.toString(), Role.NORMAL);
    }

    private static void label(ContactFormPage p, Canvas c, int row, Field f, String override) {
        boolean focused = p.focus().field() == f;
        marker(p, c, row, Focus.of(f), 0);
        c.text(LABEL_COL, row, override == null ? f.label() : override, focused ? Role.HEADER : Role.DIM);
    }

    /** The focus marker ">" and the problem marker "!" for a field, at {@code col} and {@code col + 1}. */
    private static void marker(ContactFormPage p, Canvas c, int row, Focus f, int col) {
        if (p.focus().equals(f)) {
            c.text(col, row, ">", Role.HEADER);
        }
        for (Problem pr : p.problems()) {
            if (pr.where().equals(f)) {
                c.text(col + 1, row, "!", Role.ERROR);
            }
        }
    }

    private static void choice(ContactFormPage p, Canvas c, int row, Field f, String code, String description,
                               String note) {
        choiceIn(p, c, row, f, code, description, note, c.cols() - VALUE_COL - 1);
    }

    private static void choiceIn(ContactFormPage p, Canvas c, int row, Field f, String code, String description,
                                 String note, int width) {
        boolean focused = p.focus().field() == f;
        if (code.isEmpty()) {
            c.field(VALUE_COL, row, width, focused ? "type a code, or Enter for the list" : "-",
                    focused ? Role.INPUT : Role.DIM);
            return;
        }
        String main = code + " " + description;
        int mainW = Math.min(width, Text.width(c.clean(main)));
        c.field(VALUE_COL, row, mainW, main, focused ? Role.INPUT : Role.NORMAL);
        if (!note.isEmpty() && mainW + 3 < width) {
            c.field(VALUE_COL + mainW + 3, row, width - mainW - 3, note, Role.DIM);
        }
    }

    /**
     * A one-line input: while focused, the text scrolled so the cursor shows, and the terminal
     * cursor; otherwise the text from its start.
     */
    private static void line(ContactFormPage p, Canvas c, int col, int row, int width, Focus f, LineEdit e) {
        boolean focused = p.focus().equals(f) && p.mode() == ContactFormPage.Mode.EDITING;
        int start = focused ? Math.max(0, e.cursor() - width + 1) : 0;
        String shown = e.text().substring(Math.min(start, e.text().length()));
        c.field(col, row, width, shown, focused ? Role.INPUT : Role.NORMAL);
        if (focused) {
            c.cursorAt(col + Text.width(c.clean(e.text().substring(start, e.cursor()))), row);
        }
    }

    private static void question(ContactFormPage p, Canvas c, int row, Circumstance q, boolean asked) {
        Focus af = Focus.answer(q);
        Focus df = Focus.detail(q);
        boolean onRow = p.focus().equals(af) || p.focus().equals(df);
        marker(p, c, row, af, 0);
        c.field(LABEL_COL, row, ANSWER_COL - LABEL_COL - 1, q.label(), onRow ? Role.HEADER : asked ? Role.NORMAL
                : Role.DIM);
        if (!asked) {
            return;
        }
        Boolean a = p.edits().answer(q);
        String ans = a == null ? "?" : a ? "yes" : "no";
        boolean af1 = p.focus().equals(af);
        c.field(ANSWER_COL, row, 4, ans, af1 ? Role.INPUT : a == null ? Role.DIM : a ? Role.WARN : Role.NORMAL);
        if (Boolean.TRUE.equals(a)) {
            marker(p, c, row, df, DETAIL_COL - 2);
            LineEdit detail = p.edits().detail(q);
            if (detail.isEmpty() && !p.focus().equals(df)) {
                c.text(DETAIL_COL, row, "what changed?", Role.DIM);
            } else {
                line(p, c, DETAIL_COL, row, c.cols() - DETAIL_COL - 1, df, detail);
            }
        }
    }

    private static void notes(ContactFormPage p, Canvas c) {
        int top = ContactFormPage.NOTES_TOP;
        int h = p.notesHeight();
        int w = p.notesWidth();
        label(p, c, top, Field.NOTES, null);
        boolean focused = p.focus().field() == Field.NOTES && p.mode() == ContactFormPage.Mode.EDITING;
        TextArea n = p.edits().notes();
        List<TextArea.Line> lines = n.visibleLines(w, h);
        for (int i = 0; i < h; i++) {
            c.field(VALUE_COL, top + i, w, i < lines.size() ? lines.get(i).text() : "",
                    focused ? Role.INPUT : Role.NORMAL);
        }
        int total = n.lines(w).size();
        if (total > h) {
            c.text(LABEL_COL, top + h - 1, (n.scroll() + 1) + "-" + Math.min(total, n.scroll() + h) + "/" + total,
                    Role.DIM);
        }
        if (n.isEmpty() && !focused) {
            c.text(VALUE_COL, top, "what was discussed, any concerns, what happens next", Role.DIM);
        }
        if (focused) {
            c.cursorAt(VALUE_COL + n.cursorCol(w), top + n.cursorRow(w) - n.scroll());
        }
        if (!n.isEmpty()) {
            c.text(LABEL_COL, top + 1, n.length() + " chars", Role.DIM);
        }
    }

    private static void tick(ContactFormPage p, Canvas c, int row, int col, Field f, boolean on, String text) {
        boolean focused = p.focus().field() == f;
        marker(p, c, row, Focus.of(f), col - 2);
        c.text(col, row, on ? "[x] " : "[ ] ", focused ? Role.INPUT : Role.NORMAL);
        c.text(col + 4, row, text, focused ? Role.HEADER : Role.NORMAL);
    }

    private static List<Hint> hints(ContactFormPage p, Canvas c) {
        var g = c.glyphs();
        var form = ContactFormPage.FORM_KEYS;
        List<Hint> out = new ArrayList<>();
        Field f = p.focus().field();
        if (f.choice()) {
            out.add(new Hint("A-Z", "Code"));
            out.add(ContactFormPage.CHOICE_KEYS.hint(g, "List", ContactFormPage.Action.LIST));
        } else if (f == Field.ANSWER) {
            out.add(ContactFormPage.ANSWER_KEYS.hint(g, "Yes", ContactFormPage.Action.YES));
            out.add(ContactFormPage.ANSWER_KEYS.hint(g, "No", ContactFormPage.Action.NO));
            out.add(ContactFormPage.ANSWER_KEYS.hint(g, "No to the rest", ContactFormPage.Action.NO_TO_REST));
        } else if (f == Field.NOTES) {
            out.add(ContactFormPage.NOTES_KEYS.hint(g, "New line", ContactFormPage.Action.NEWLINE));
        } else if (f == Field.SENSITIVE || f == Field.ALERT) {
            out.add(ContactFormPage.TICK_KEYS.hint(g, "Tick", ContactFormPage.Action.TOGGLE));
        } else if (f == Field.SAVE) {
            out.add(ContactFormPage.SAVE_KEYS.hint(g, "Save", ContactFormPage.Action.PRESS));
        } else if (f == Field.DATE || f == Field.NEXT || f == Field.RESPOND_BY) {
            out.add(ContactFormPage.TEXT_KEYS.hint(g, "Day", ContactFormPage.Action.LATER,
                    ContactFormPage.Action.EARLIER));
        }
        out.add(form.hint(g, "Next", ContactFormPage.Action.NEXT_FIELD));
        out.add(form.hint(g, "Save", ContactFormPage.Action.SAVE));
        out.add(form.hint(g, "Leave", ContactFormPage.Action.LEAVE));
        out.add(GlobalKeys.KEYS.hint(g, "Help", GlobalKeys.Action.HELP));
        return out;
    }

    private static void footer(ContactFormPage p, Canvas c, List<Hint> hints) {
        int row = c.rows() - 2;
        if (!p.message().isEmpty()) {
            c.field(0, row, c.cols(), p.message(), p.error() ? Role.ERROR : Role.NORMAL);
        }
        HintBar.draw(c, c.rows() - 1, hints);
    }

    private static void overlay(ContactFormPage p, Canvas c) {
        int width = Math.min(64, c.cols() - 8);
        switch (p.mode()) {
            case CONFIRM_LEAVE:
                Dialog.draw(c, "Leave this contact?", List.of(
                        "It has not been saved.",
                        "",
                        "k  Keep it as a draft and leave",
                        "d  Discard it and leave",
                        "Esc  Back to the form"));
                break;
            case FTC_PROMPT: {
                List<String> lines = new ArrayList<>(Text.wrap(p.prompt(), width, c.glyphs().ascii()));
                lines.add("");
                lines.add("s  Save as it is");
                lines.add("e  Change the enforcement action");
                lines.add("Esc  Back to the form");
                Dialog.draw(c, "Failure to comply", lines);
                break;
            }
            case REASON: {
                LineEdit r = p.reason();
                int inner = width - 2;
                int start = Math.max(0, r.cursor() - inner + 1);
                String shown = r.text().substring(Math.min(start, r.text().length()));
                Dialog.Box box = Dialog.draw(c, "Why is this contact being corrected?", List.of(
                        "The current version is kept in the history with your reason.",
                        " ".repeat(inner),
                        "Enter  Save the correction    Esc  Back to the form"));
                int row = box.top() + 2;
                c.field(box.left() + 2, row, inner, shown, Role.INPUT);
                c.cursorAt(box.left() + 2 + Text.width(c.clean(r.text().substring(start, r.cursor()))), row);
                break;
            }
            default:
                break;
        }
    }
}
