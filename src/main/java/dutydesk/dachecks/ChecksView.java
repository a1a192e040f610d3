package dutydesk.dachecks;

import dutydesk.cases.CaseFormat;
import dutydesk.cases.DateInput;
import dutydesk.tui.Canvas;
import dutydesk.tui.GlobalKeys;
import dutydesk.tui.Role;
import dutydesk.tui.Text;
import dutydesk.tui.keys.Hint;
import dutydesk.tui.keys.HintBar;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws the checks panel: a title with the person and their risk, one row per applicable check
 * (state, missed flag, due date), the selected check's evidence, the checks that do not apply,
 * and the recording form when one is open. Missed flags are words, emphasised by colour only.
 */
final class ChecksView {

    static final int CHECK_COL = 1;
    static final int STATE_COL = 35;
    static final int FLAG_COL = 53;
    static final int DUE_COL = 68;
    /** First row of the recording form (it takes the rows down to the status line). */
    static final int FORM_ROWS = 7;

    private ChecksView() {
    }

    static void draw(ChecksPage p, Canvas c) {
        int cols = c.cols();
        String dot = " " + c.glyphs().dot() + " ";
        c.fill(0, 0, cols, 1, Role.TITLE);
        Panel panel = p.panel();
        if (panel == null) {
            c.field(0, 0, cols, " Duty Desk" + dot + "DA and safeguarding checks" + dot + p.crn(), Role.TITLE);
            c.text(2, 2, p.missing() ? "" : "Loading " + p.crn() + c.glyphs().ellipsis(), Role.DIM);
            footer(p, c);
            return;
        }
        Panel.Person who = panel.person();
        String marks = CaseFormat.markers(who.da(), who.childProtection(), who.mappaLevel()).strip()
                .replaceAll(" +", " ");
        String right = "RoSH " + CaseFormat.roshLong(who.rosh()) + (marks.isEmpty() ? "" : dot + marks) + " ";
        c.titleBar(" Checks" + dot + who.crn() + "  " + who.name(), right);

        c.fill(0, 1, cols, 1, Role.HEADER);
        c.text(CHECK_COL, 1, "Check", Role.HEADER);
        c.text(STATE_COL, 1, "State", Role.HEADER);
        c.text(FLAG_COL, 1, "Missed", Role.HEADER);
        c.text(DUE_COL, 1, "Due", Role.HEADER);

        List<CheckResult> rows = p.rows();
        int row = 2;
        for (int i = 0; i < rows.size(); i++, row++) {
            CheckResult r = rows.get(i);
            boolean sel = i == p.selected();
            Role base = c.listRow(row, sel);
            Role alert = sel ? Role.SELECTED : Role.ALERT;
            c.field(CHECK_COL, row, STATE_COL - CHECK_COL - 1, r.kind().label(), base);
            c.field(STATE_COL, row, FLAG_COL - STATE_COL - 1, r.state().label(), base);
            if (r.isMissed()) {
                c.field(FLAG_COL, row, DUE_COL - FLAG_COL - 1, r.missed().label(r.kind()).toUpperCase(), alert);
            }
            if (r.due() != null) {
                boolean overdue = r.due().isBefore(panel.today());
                c.text(DUE_COL, row, DateInput.format(r.due()), overdue && r.isMissed() ? alert : base);
            }
        }
        if (rows.isEmpty()) {
            c.text(CHECK_COL + 1, row++, "No check applies to this case.", Role.DIM);
        }

        int formTop = c.rows() - 2 - FORM_ROWS;
        int bottom = p.form() != null ? formTop - 1 : c.rows() - 3;
        // The selected check's evidence, then the checks that do not apply.
        row++;
        CheckResult cur = p.current();
        if (cur != null && row < bottom) {
            c.text(CHECK_COL, row, "Why ", Role.DIM);
            List<String> lines = Text.wrap(cur.reason(), cols - 6, c.glyphs().ascii());
            for (int i = 0; i < lines.size() && row < bottom; i++, row++) {
                c.field(5, row, cols - 6, lines.get(i), Role.NORMAL);
            }
            if (p.form() == null) {
                List<String> actions = actionsLines(cur.kind(), cols - 6);
                for (int i = 0; i < actions.size() && row < bottom; i++, row++) {
                    c.field(5, row, cols - 6, actions.get(i), Role.DIM);
                }
            }
        }
        List<String> na = new ArrayList<>();
        for (CheckResult r : panel.evaluation().results()) {
            if (!r.applies()) {
                na.add(r.kind().shortLabel());
            }
        }
        if (!na.isEmpty() && row + 1 < bottom) {
            row++;
            List<String> lines = Text.wrap("Not applicable: " + String.join(", ", na), cols - 2,
                    c.glyphs().ascii());
            for (int i = 0; i < lines.size() && row < bottom; i++, row++) {
                c.field(CHECK_COL, row, cols - 2, lines.get(i), Role.DIM);
            }
        }
        if (p.form() != null) {
            drawForm(p, c, formTop);
        }
        footer(p, c);
    }

    /**
     * "Record: r Police request sent   p Police response received ...": what can be recorded for
     * the check, in lines of at most {@code width} columns, broken only between actions (a
     * continuation is indented under the first action), so no action is cut off.
     */
    static List<String> actionsLines(CheckKind kind, int width) {
        String prefix = "Record: ";
        List<String> lines = new ArrayList<>();
        StringBuilder b = new StringBuilder(prefix);
        boolean first = true;
        for (CheckAction a : CheckAction.forCheck(kind)) {
            String item = a.key() + " " + a.label();
            if (!first && b.length() + 3 + item.length() > width) {
                lines.add(b.toString());
                b = new StringBuilder(" ".repeat(prefix.length()));
                first = true;
            }
            b.append(first ? "" : "   ").append(item);
            first = false;
        }
        lines.add(b.toString());
        return lines;
    }

    private static void drawForm(ChecksPage p, Canvas c, int top) {
        ChecksPage.Form f = p.form();
        int cols = c.cols();
        c.fill(0, top, cols, 1, Role.HEADER);
        CheckAction a = f.action();
        String what = a.label() + (a.contact() == null ? " (kept in Duty Desk)" : " (" + a.contact() + ")");
        String about = a == CheckAction.FLAG_SPO ? " " + c.glyphs().dot() + " " + f.check().label() : "";
        c.field(1, top, cols - 2, "Record: " + what + about, Role.HEADER);
        int row = top + 1;
        int label = 2;
        int input = 14;
        for (ChecksPage.Field field : f.fields()) {
            boolean focus = field == f.focus() && !p.confirmDiscard();
            switch (field) {
                case DATE:
                    c.text(label, row, "Date", Role.DIM);
                    c.field(input, row, 12, f.date().text(), focus ? Role.INPUT : Role.NORMAL);
                    cursor(c, focus, input, row, f.date().text(), f.date().cursor());
                    break;
                case CHOICE: {
                    c.text(label, row, a == CheckAction.SAFEGUARDING_RESPONSE ? "Outcome"
                            : a == CheckAction.SARA_SEEN ? "SARA" : "Check", Role.DIM);
                    CheckAction.Choice ch = a.choices().get(f.choice());
                    String shown = "< " + (f.choice() + 1) + " " + ch.label() + " >";
                    c.field(input, row, cols - input - 1, shown, focus ? Role.INPUT : Role.NORMAL);
                    break;
                }
                case INCIDENTS:
                    c.text(label, row, "Incidents", Role.DIM);
                    c.field(input, row, 4, f.incidents().text(), focus ? Role.INPUT : Role.NORMAL);
                    c.text(input + 5, row, "DA incidents in the last 12 months, as the police reported", Role.DIM);
                    cursor(c, focus, input, row, f.incidents().text(), f.incidents().cursor());
                    break;
                default: {
                    c.text(label, row, a.textLabel(), Role.DIM);
                    int w = cols - input - 1;
                    String t = f.text().text();
                    // While typing, a long text is scrolled so the cursor shows; otherwise it shows from its start.
                    int from = focus ? Math.max(0, Math.min(f.text().cursor(), t.length()) - (w - 1)) : 0;
                    String visible = t.substring(from);
                    c.field(input, row, w, visible, focus ? Role.INPUT : Role.NORMAL);
                    cursor(c, focus, input, row, visible, f.text().cursor() - from);
                    break;
                }
            }
            row++;
        }
        if (!f.problem().isEmpty()) {
            c.field(label, row, cols - label - 1, f.problem(), Role.ERROR);
        }
    }

    private static void cursor(Canvas c, boolean focus, int col, int row, String text, int cursor) {
        if (focus) {
            String before = text.substring(0, Math.max(0, Math.min(cursor, text.length())));
            c.cursorAt(col + Text.width(c.clean(before)), row);
        }
    }

    private static void footer(ChecksPage p, Canvas c) {
        int row = c.rows() - 2;
        if (p.confirmDiscard()) {
            c.field(0, row, c.cols(), "Discard what you typed? y discards, any other key goes back to the form.",
                    Role.WARN);
        } else if (!p.message().isEmpty()) {
            c.field(0, row, c.cols(), p.message(), p.error() ? Role.ERROR : Role.NORMAL);
        }
        HintBar.draw(c, c.rows() - 1, hints(p, c));
    }

    private static List<Hint> hints(ChecksPage p, Canvas c) {
        if (p.form() != null) {
            var k = ChecksPage.FORM_KEYS;
            List<Hint> h = new ArrayList<>();
            h.add(k.hint(c.glyphs(), "Field", ChecksPage.FormAction.NEXT));
            if (p.form().focus() == ChecksPage.Field.CHOICE) {
                // The option field takes no typing: say how to change it.
                h.add(k.hint(c.glyphs(), "Option", ChecksPage.FormAction.OPTION_LEFT,
                        ChecksPage.FormAction.OPTION_RIGHT));
            }
            h.addAll(List.of(
                    k.hint(c.glyphs(), p.form().last() ? "Save" : "Next", ChecksPage.FormAction.ENTER),
                    k.hint(c.glyphs(), "Save", ChecksPage.FormAction.SAVE),
                    k.hint(c.glyphs(), "Cancel", ChecksPage.FormAction.CANCEL)));
            return h;
        }
        var k = ChecksPage.LIST_KEYS;
        List<Hint> h = new ArrayList<>();
        h.add(k.hint(c.glyphs(), "Move", ChecksPage.Action.UP, ChecksPage.Action.DOWN));
        CheckResult cur = p.current();
        if (cur != null) {
            for (CheckAction a : CheckAction.forCheck(cur.kind())) {
                h.add(new Hint(String.valueOf(a.key()), shortLabel(a)));
            }
        }
        h.add(k.hint(c.glyphs(), "Back", ChecksPage.Action.BACK));
        h.add(GlobalKeys.KEYS.hint(c.glyphs(), "Help", GlobalKeys.Action.HELP));
        return h;
    }

    /** A word or two for the hint bar. */
    static String shortLabel(CheckAction a) {
        switch (a.key()) {
            case 'r': return a.check() != null && a.check().singleStep() ? "Done" : "Requested";
            case 'p': return "Response";
            case 'a': return "Analysed";
            default: return "Flag SPO";
        }
    }
}
