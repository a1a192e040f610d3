package dutydesk.dachecks;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dutydesk.cases.DateInput;
import dutydesk.tui.Canvas;
import dutydesk.tui.Cmd;
import dutydesk.tui.CmdFailed;
import dutydesk.tui.DataChanged;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Msg;
import dutydesk.tui.Nav;
import dutydesk.tui.Next;
import dutydesk.tui.Page;
import dutydesk.tui.Paste;
import dutydesk.tui.Refresh;
import dutydesk.tui.Resumed;
import dutydesk.tui.keys.Keymap;
import dutydesk.tui.keys.Keys;
import dutydesk.tui.widgets.LineEdit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One case's DA and safeguarding checks: every applicable check with its state, missed flag, due
 * date and the evidence behind it, and the actions that record what was done (each the nDelius
 * contact it stands for). Recording opens a short form at the bottom of the page; after saving,
 * the checks are evaluated again, so the flag moves at once.
 */
public record ChecksPage(CheckRepository repo, long caseId, String crn, Panel panel, boolean missing, int selected,
                         Form form, boolean saving, boolean confirmDiscard, String message, boolean error)
        implements Page {

    enum Action { UP, DOWN, FIRST_STEP, RESPONSE, ANALYSED, FLAG, BACK }

    static final Keymap<Action> LIST_KEYS = Keymap.named("Checks", Action.class)
            .bind(Action.DOWN, "Next check", "<Down>", "j")
            .bind(Action.UP, "Previous check", "<Up>", "k")
            .bind(Action.FIRST_STEP, "Record the first step: request sent, referral made, SARA seen, reviewed...", "r")
            .bind(Action.RESPONSE, "Record a response received (police, children's services, MARAC meeting)", "p")
            .bind(Action.ANALYSED, "Record that a response was analysed or followed up", "a")
            .bind(Action.FLAG, "Flag the check to the SPO, with a reason (an alert contact)", "f")
            .bind(Action.BACK, "Back", "<Esc>", "q", "<Left>", "h")
            .build();

    enum FormAction { NEXT, PREVIOUS, SAVE, CANCEL, ENTER, OPTION_LEFT, OPTION_RIGHT, ERASE, ERASE_FORWARD, HOME, END }

    static final Keymap<FormAction> FORM_KEYS = Keymap.named("Recording a check", FormAction.class)
            .bind(FormAction.NEXT, "Next field", "<Tab>", "<Down>")
            .bind(FormAction.PREVIOUS, "Previous field", "<S-Tab>", "<Up>")
            .bind(FormAction.ENTER, "Next field; on the last field, save", "<Enter>")
            .bind(FormAction.SAVE, "Save", "<c-s>")
            .bind(FormAction.CANCEL, "Cancel (asks first if anything was typed)", "<Esc>")
            .bind(FormAction.OPTION_LEFT, "Previous option / cursor left", "<Left>")
            .bind(FormAction.OPTION_RIGHT, "Next option / cursor right", "<Right>")
            .bind(FormAction.ERASE, "Delete the character before the cursor", "<BS>")
            .bind(FormAction.ERASE_FORWARD, "Delete the character under the cursor", "<Del>")
            .bind(FormAction.HOME, "Cursor to the start", "<Home>")
            .bind(FormAction.END, "Cursor to the end", "<End>")
            .build();

    /** Longest one-line text kept. */
    static final int MAX_TEXT = 300;

    /** The panel as loaded. */
    record Loaded(Optional<Panel> panel) implements Msg {
    }

    /** An entry was saved; the panel as it is now. */
    record Saved(String said, Optional<Panel> panel) implements Msg {
    }

    /** Which field of the form has the cursor. */
    enum Field { DATE, CHOICE, INCIDENTS, TEXT }

    /** The recording form: what is being recorded, for which check, and what has been typed. */
    record Form(CheckAction action, CheckKind check, Field focus, LineEdit date, int choice, LineEdit incidents,
                LineEdit text, String problem) {

        static Form open(CheckAction action, CheckKind check, LocalDate today) {
            return new Form(action, check, Field.DATE, new LineEdit(DateInput.format(today),
                    DateInput.format(today).length(), 12), 0, LineEdit.empty(3), LineEdit.empty(MAX_TEXT), "");
        }

        List<Field> fields() {
            List<Field> f = new java.util.ArrayList<>();
            f.add(Field.DATE);
            if (!action.choices().isEmpty()) {
                f.add(Field.CHOICE);
            }
            if (action.asksIncidents()) {
                f.add(Field.INCIDENTS);
            }
            f.add(Field.TEXT);
            return f;
        }

        Form focus(Field f) {
            return new Form(action, check, f, date, choice, incidents, text, problem);
        }

        Form move(int delta) {
            List<Field> f = fields();
            int i = Math.floorMod(f.indexOf(focus) + delta, f.size());
            return focus(f.get(i));
        }

        boolean last() {
            List<Field> f = fields();
            return f.indexOf(focus) == f.size() - 1;
        }

        LineEdit editing() {
            switch (focus) {
                case DATE: return date;
                case INCIDENTS: return incidents;
                case TEXT: return text;
                default: return null;
            }
        }

        Form edit(LineEdit e) {
            switch (focus) {
                case DATE: return new Form(action, check, focus, e, choice, incidents, text, "");
                case INCIDENTS: return new Form(action, check, focus, date, choice, e, text, "");
                case TEXT: return new Form(action, check, focus, date, choice, incidents, e, "");
                default: return this;
            }
        }

        Form choose(int delta) {
            int n = action.choices().size();
            return n == 0 ? this : new Form(action, check, focus, date, Math.floorMod(choice + delta, n), incidents,
                    text, "");
        }

        Form problem(String p, Field at) {
            return new Form(action, check, at, date, choice, incidents, text, p);
        }

        /** Whether anything beyond the defaults was typed or chosen (then leaving asks first). */
        boolean touched(LocalDate today) {
            return !text.isEmpty() || !incidents.isEmpty() || !date.text().equals(DateInput.format(today))
                    || choice != 0;
        }
    }

    public static ChecksPage open(CheckRepository repo, long caseId, String crn) {
        return new ChecksPage(repo, caseId, crn, null, false, 0, null, false, false, "", false);
    }

    @Override
    public List<Cmd> init() {
        return List.of(loadCmd());
    }

    private Cmd loadCmd() {
        long id = caseId;
        return () -> new Loaded(repo.panel(id));
    }

    @Override
    public String title() {
        return "Checks " + crn;
    }

    @Override
    public List<Keymap<?>> keymaps() {
        return List.of(LIST_KEYS, FORM_KEYS);
    }

    @Override
    public void draw(Canvas canvas) {
        ChecksView.draw(this, canvas);
    }

    /** The applicable checks, in order. */
    List<CheckResult> rows() {
        return panel == null ? List.of() : panel.evaluation().applicable();
    }

    /** The selected check, or null. */
    CheckResult current() {
        List<CheckResult> r = rows();
        return r.isEmpty() ? null : r.get(Math.min(selected, r.size() - 1));
    }

    private ChecksPage with(Panel p, int sel, Form f, boolean sav, boolean confirm, String msg, boolean err) {
        return new ChecksPage(repo, caseId, crn, p, missing, sel, f, sav, confirm, msg, err);
    }

    // ---- update ----------------------------------------------------------------------------

    @Override
    public Next<Page> update(Msg msg) {
        if (msg instanceof KeyMsg k) {
            if (saving) {
                return Next.of(this);
            }
            if (confirmDiscard) {
                return confirmKey(k.key());
            }
            return form != null ? formKey(k.key()) : listKey(k.key());
        }
        if (msg instanceof Loaded l) {
            return loaded(l.panel(), message, error);
        }
        if (msg instanceof Saved s) {
            return loaded(s.panel(), s.said(), false);
        }
        if (msg instanceof Paste p && form != null && form.editing() != null) {
            return Next.of(with(panel, selected, form.edit(form.editing().paste(p.text())), false, false, "", false));
        }
        if (msg instanceof CmdFailed f) {
            // A failed save keeps the form and everything typed in it.
            return Next.of(with(panel, selected, form, false, false, f.message(), true));
        }
        if ((msg instanceof Resumed || msg instanceof Refresh || msg instanceof DataChanged) && form == null) {
            return Next.of(this, loadCmd());
        }
        return Next.ignored(this);
    }

    private Next<Page> loaded(Optional<Panel> p, String msg, boolean err) {
        if (p.isEmpty()) {
            return Next.of(new ChecksPage(repo, caseId, crn, null, true, 0, null, false, false,
                    "This case is no longer in the database.", true));
        }
        // Keep the same check selected if it still applies.
        CheckKind was = current() == null ? null : current().kind();
        List<CheckResult> rows = p.get().evaluation().applicable();
        int sel = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).kind() == was) {
                sel = i;
            }
        }
        return Next.of(with(p.get(), sel, null, false, false, msg, err));
    }

    private Next<Page> listKey(KeyStroke key) {
        Optional<Action> a = LIST_KEYS.lookup(key);
        if (a.isEmpty()) {
            return Next.ignored(this);
        }
        int n = rows().size();
        switch (a.get()) {
            case DOWN: return Next.of(with(panel, n == 0 ? 0 : Math.min(n - 1, selected + 1), null, false, false, "", false));
            case UP: return Next.of(with(panel, Math.max(0, selected - 1), null, false, false, "", false));
            case BACK: return Next.of(this, Nav.pop());
            case FIRST_STEP: return start('r');
            case RESPONSE: return start('p');
            case ANALYSED: return start('a');
            case FLAG: return start('f');
            default: return Next.ignored(this);
        }
    }

    private Next<Page> start(char key) {
        CheckResult c = current();
        if (c == null) {
            return Next.of(this);
        }
        CheckAction action = CheckAction.forKey(c.kind(), key);
        if (action == null) {
            return Next.of(with(panel, selected, null, false, false, nothingToRecord(c.kind(), key), true));
        }
        return Next.of(with(panel, selected, Form.open(action, c.kind(), panel.today()), false, false, "", false));
    }

    static String nothingToRecord(CheckKind kind, char key) {
        if (kind == CheckKind.FACE_TO_FACE) {
            return "Face-to-face contact is met by the next reporting contact in the office or at home (c on the case).";
        }
        String what = key == 'r' ? "first step" : key == 'p' ? "response" : key == 'a' ? "analysis" : "such step";
        return kind.shortLabel() + " has no " + what + " to record here.";
    }

    private Next<Page> confirmKey(KeyStroke key) {
        Character c = Keys.typed(key);
        if (c != null && (c == 'y' || c == 'Y')) {
            return Next.of(with(panel, selected, null, false, false, "Not recorded.", false));
        }
        return Next.of(with(panel, selected, form, false, false, "", false));
    }

    private Next<Page> formKey(KeyStroke key) {
        Optional<FormAction> a = FORM_KEYS.lookup(key);
        if (a.isPresent()) {
            switch (a.get()) {
                case NEXT: return form(form.move(1));
                case PREVIOUS: return form(form.move(-1));
                case ENTER: return form.last() ? save() : form(form.move(1));
                case SAVE: return save();
                case CANCEL:
                    return form.touched(panel.today())
                            ? Next.of(with(panel, selected, form, false, true, "", false))
                            : Next.of(with(panel, selected, null, false, false, "", false));
                case OPTION_LEFT:
                    return form.focus() == Field.CHOICE ? form(form.choose(-1)) : edit(form.editing().left());
                case OPTION_RIGHT:
                    return form.focus() == Field.CHOICE ? form(form.choose(1)) : edit(form.editing().right());
                case ERASE: return form.editing() == null ? form(form) : edit(form.editing().backspace());
                case ERASE_FORWARD: return form.editing() == null ? form(form) : edit(form.editing().delete());
                case HOME: return form.editing() == null ? form(form) : edit(form.editing().home());
                case END: return form.editing() == null ? form(form) : edit(form.editing().end());
                default: return form(form);
            }
        }
        Character c = Keys.typed(key);
        if (c == null) {
            return Next.of(this);
        }
        if (form.focus() == Field.CHOICE) {
            // A digit picks an option by number.
            int n = c - '1';
            return n >= 0 && n < form.action().choices().size()
                    ? form(new Form(form.action(), form.check(), form.focus(), form.date(), n, form.incidents(),
                            form.text(), ""))
                    : Next.of(this);
        }
        return edit(form.editing().insert(c));
    }

    private Next<Page> form(Form f) {
        return Next.of(with(panel, selected, f, false, false, "", false));
    }

    private Next<Page> edit(LineEdit e) {
        return e == null ? Next.of(this) : form(form.edit(e));
    }

    /** Validates the form; saves it, or names the field and the problem and keeps everything. */
    private Next<Page> save() {
        LocalDate today = panel.today();
        LocalDate date = DateInput.parseDate(form.date().text(), today);
        if (date == null) {
            return form(form.problem("Date: write it as dd/mm/yyyy (or 'today').", Field.DATE));
        }
        if (date.isAfter(today)) {
            return form(form.problem("Date: " + DateInput.format(date) + " is in the future; record what has been done.",
                    Field.DATE));
        }
        Integer incidents = null;
        if (form.action().asksIncidents()) {
            String t = form.incidents().text().strip();
            if (t.isEmpty()) {
                return form(form.problem("Incidents: how many DA incidents in the last 12 months did the police"
                        + " report? (0 if none)", Field.INCIDENTS));
            }
            try {
                incidents = Integer.valueOf(t);
            } catch (NumberFormatException e) {
                incidents = null;
            }
            if (incidents == null || incidents < 0) {
                return form(form.problem("Incidents: a whole number, 0 to 999.", Field.INCIDENTS));
            }
        }
        String text = form.text().text().strip();
        if (form.action().textRequired() && text.isEmpty()) {
            return form(form.problem(form.action().textLabel() + ": needed; a few words on what was done or found.",
                    Field.TEXT));
        }
        String choice = form.action().choices().isEmpty() ? null : form.action().choices().get(form.choice()).code();
        CheckRepository.Entry entry = new CheckRepository.Entry(caseId, form.action(), form.check(), date, choice,
                incidents, text);
        CheckRepository r = repo;
        long id = caseId;
        return Next.of(with(panel, selected, form, true, false, "Saving...", false),
                () -> new Saved(r.record(entry), r.panel(id)));
    }
}
