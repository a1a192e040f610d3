package dutydesk.contacts;

import dutydesk.cases.DateInput;
import dutydesk.compliance.Answer;
import dutydesk.compliance.Circumstance;
import com.googlecode.lanterna.input.KeyStroke;
import dutydesk.cases.CaseDetail;
import dutydesk.cases.CaseFormat;
import dutydesk.cases.ContactEntry;
import dutydesk.compliance.Codes;
import dutydesk.compliance.Compliance;
import dutydesk.compliance.ContactType;
import dutydesk.compliance.EnforcementAction;
import dutydesk.compliance.History;
import dutydesk.compliance.Outcome;
import dutydesk.compliance.OutcomeRules;
import dutydesk.tui.Canvas;
import dutydesk.tui.Closing;
import dutydesk.tui.Cmd;
import dutydesk.tui.CmdFailed;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Msg;
import dutydesk.tui.Nav;
import dutydesk.tui.Next;
import dutydesk.tui.Notice;
import dutydesk.tui.Page;
import dutydesk.tui.Paste;
import dutydesk.tui.Resized;
import dutydesk.tui.keys.Keymap;
import dutydesk.tui.keys.Keys;
import dutydesk.tui.widgets.LineEdit;
import dutydesk.tui.widgets.Picker;
import dutydesk.tui.widgets.TextArea;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The contact form: log a reporting contact for a case, or correct one logged at the desk.
 *
 * <p>Keyboard only, at 80x24. The type and date default (planned office visit, now); the focus
 * starts on the outcome, where typing a code's first letters picks it. Enforcement and its
 * respond-by date appear when the outcome needs them; the change-of-circumstance questions when
 * the person was seen. A date or time field showing a whole value is replaced by the first letter
 * or digit typed after moving to it or stepping it with + or -, as a spreadsheet cell is; once
 * typed into, it is edited. Saving is explicit (Ctrl+S, or Space on Save): Enter never saves, and a
 * paste is always text. Everything typed is kept as a draft a moment after it changes, and when
 * the session ends, so a dropped connection loses nothing.
 */
public record ContactFormPage(ContactRepository repo, long caseId, long contactId, String crn, Mode mode,
                              FormContext ctx, LocalDateTime now, Edits edits, ContactValues initial,
                              ContactValues kept, boolean nextEdited, Focus focus, String typed, boolean replacing,
                              List<Problem> problems, String message, boolean error, String keptAt, String prompt,
                              NewContact pending, LineEdit reason, int cols, int rows, Preset preset)
        implements Page {

    /** What the form is doing. */
    public enum Mode { LOADING, EDITING, CONFIRM_LEAVE, FTC_PROMPT, REASON, SAVING, MISSING }

    /** Wait after the last change before the draft is written (ms). */
    static final long DRAFT_DELAY_MS = 400;
    /**
     * Rows above the notes: title, case, two of compliance, four contact rows, the questions'
     * heading and six questions.
     */
    static final int NOTES_TOP = 15;
    /** Column where values start. */
    static final int VALUE_COL = 16;

    enum Action {
        SAVE, NEXT_FIELD, PREV_FIELD, LEAVE,
        LEFT, RIGHT, HOME, END, ERASE, ERASE_FORWARD, LATER, EARLIER,
        NEWLINE, LINE_UP, LINE_DOWN, PAGE_UP, PAGE_DOWN,
        LIST, PREV_OPTION, NEXT_OPTION, CLEAR,
        YES, NO, NO_TO_REST, TOGGLE, PRESS,
        KEEP_DRAFT, DISCARD, STAY, SAVE_ANYWAY, CHANGE_ENFORCEMENT, CONFIRM
    }

    static final Keymap<Action> FORM_KEYS = Keymap.named("Contact form", Action.class)
            .bind(Action.SAVE, "Save the contact", "<c-s>")
            .bind(Action.NEXT_FIELD, "Next field (Enter never saves)", "<Tab>", "<Down>", "<Enter>")
            .bind(Action.PREV_FIELD, "Previous field", "<S-Tab>", "<Up>")
            .bind(Action.LEAVE, "Leave the form (asks first if anything was typed)", "<Esc>", "<c-c>")
            .build();

    static final Keymap<Action> CHOICE_KEYS = Keymap.named("Type, outcome and enforcement (type a code's letters to"
                    + " jump to it)", Action.class)
            .bind(Action.LIST, "Choose from the full list", "<Enter>")
            .bind(Action.NEXT_OPTION, "Next code", "<Right>", "<Space>")
            .bind(Action.PREV_OPTION, "Previous code", "<Left>")
            .bind(Action.CLEAR, "Clear the choice", "<BS>", "<Del>")
            .build();

    static final Keymap<Action> TEXT_KEYS = Keymap.named("Dates, times and details", Action.class)
            .bind(Action.LEFT, "Cursor left", "<Left>")
            .bind(Action.RIGHT, "Cursor right", "<Right>")
            .bind(Action.HOME, "Cursor to the start", "<Home>")
            .bind(Action.END, "Cursor to the end", "<End>")
            .bind(Action.ERASE, "Delete the character before the cursor", "<BS>")
            .bind(Action.ERASE_FORWARD, "Delete the character under the cursor (a whole date or time: clear it)",
                    "<Del>")
            .bind(Action.LATER, "On a date: a day later (next report: the next working day)", "+")
            .bind(Action.EARLIER, "On a date: a day earlier (next report: the working day before)", "-")
            .build();

    static final Keymap<Action> NOTES_KEYS = Keymap.named("Notes", Action.class)
            .bind(Action.NEWLINE, "New line (never saves)", "<Enter>")
            .bind(Action.LINE_UP, "Line up (from the first line: previous field)", "<Up>")
            .bind(Action.LINE_DOWN, "Line down (from the last line: next field)", "<Down>")
            .bind(Action.LEFT, "Cursor left", "<Left>")
            .bind(Action.RIGHT, "Cursor right", "<Right>")
            .bind(Action.HOME, "Start of the line", "<Home>")
            .bind(Action.END, "End of the line", "<End>")
            .bind(Action.PAGE_UP, "Start of the notes", "<PageUp>")
            .bind(Action.PAGE_DOWN, "End of the notes", "<PageDown>")
            .bind(Action.ERASE, "Delete the character before the cursor", "<BS>")
            .bind(Action.ERASE_FORWARD, "Delete the character under the cursor", "<Del>")
            .build();

    static final Keymap<Action> ANSWER_KEYS = Keymap.named("Changes of circumstance", Action.class)
            .bind(Action.YES, "Yes: something changed (then say what)", "y")
            .bind(Action.NO, "No change", "n")
            .bind(Action.NO_TO_REST, "No to this and every question not yet answered", "N")
            .bind(Action.TOGGLE, "Switch between yes and no", "<Space>")
            .build();

    static final Keymap<Action> TICK_KEYS = Keymap.named("Tick boxes", Action.class)
            .bind(Action.TOGGLE, "Tick or untick", "<Space>", "x")
            .build();

    static final Keymap<Action> SAVE_KEYS = Keymap.named("Save control", Action.class)
            .bind(Action.PRESS, "Save the contact", "<Space>")
            .build();

    static final Keymap<Action> LEAVE_KEYS = Keymap.named("Leaving a form with changes", Action.class)
            .bind(Action.KEEP_DRAFT, "Keep it as a draft and leave (offered again next time)", "k")
            .bind(Action.DISCARD, "Discard what was typed and leave", "d")
            .bind(Action.STAY, "Back to the form", "<Esc>", "n", "<c-c>")
            .build();

    static final Keymap<Action> PROMPT_KEYS = Keymap.named("Before saving a failure to comply", Action.class)
            .bind(Action.SAVE_ANYWAY, "Save as it is", "s", "y")
            .bind(Action.CHANGE_ENFORCEMENT, "Change the enforcement action", "e")
            .bind(Action.STAY, "Back to the form", "<Esc>", "n", "<c-c>")
            .build();

    static final Keymap<Action> REASON_KEYS = Keymap.named("Reason for a correction", Action.class)
            .bind(Action.CONFIRM, "Save the correction with this reason", "<Enter>", "<c-s>")
            .bind(Action.STAY, "Back to the form", "<Esc>", "<c-c>")
            .bind(Action.LEFT, "Cursor left", "<Left>")
            .bind(Action.RIGHT, "Cursor right", "<Right>")
            .bind(Action.ERASE, "Delete the character before the cursor", "<BS>")
            .build();

    // ---- messages ---------------------------------------------------------------------------

    /** The form's context as loaded (empty if the case or contact is gone), and the time. */
    record Loaded(Optional<FormContext> context, LocalDateTime now) implements Msg {
    }

    /** Time to write the draft (the typing has paused). */
    record DraftDue() implements Msg {
    }

    /** The draft now holds these values. */
    record DraftKept(ContactValues values, LocalDateTime at) implements Msg {
    }

    /** The draft was removed (the form went back to what it started as). */
    record DraftDropped() implements Msg {
    }

    /** The form is closing (kept or discarded); tell the page underneath. */
    record Left(String notice) implements Msg {
    }

    /** What saving did. */
    record SaveDone(SaveResult result) implements Msg {
    }

    // ---- construction -----------------------------------------------------------------------

    /** A form for a new contact on a case; it loads the case (and any draft) when shown. */
    public static ContactFormPage create(ContactRepository repo, long caseId, String crn) {
        return open(repo, caseId, 0, crn, Preset.NONE);
    }

    /** A form for a new contact that starts from {@code preset} (a walk-in, a failure to attend). */
    public static ContactFormPage create(ContactRepository repo, long caseId, String crn, Preset preset) {
        return open(repo, caseId, 0, crn, preset);
    }

    /** A form correcting a contact logged at the desk. */
    public static ContactFormPage correct(ContactRepository repo, long caseId, long contactId, String crn) {
        return open(repo, caseId, contactId, crn, Preset.NONE);
    }

    private static ContactFormPage open(ContactRepository repo, long caseId, long contactId, String crn,
                                        Preset preset) {
        ContactValues empty = new ContactValues("", "", "", "", "", "", null, "", "", false, false);
        return new ContactFormPage(repo, caseId, contactId, crn, Mode.LOADING, null, null, Edits.of(empty), empty,
                null, false, Focus.of(Field.OUTCOME), "", false, List.of(), "", false, "", "", null,
                LineEdit.empty(200), 80, 24, preset);
    }

    @Override
    public List<Cmd> init() {
        long c = caseId;
        long k = contactId;
        return List.of(() -> new Loaded(repo.context(c, k), repo.now()));
    }

    @Override
    public String title() {
        return contactId == 0 ? "Log a contact" : "Correct a contact";
    }

    @Override
    public List<Keymap<?>> keymaps() {
        switch (mode) {
            case CONFIRM_LEAVE: return List.of(LEAVE_KEYS);
            case FTC_PROMPT: return List.of(PROMPT_KEYS);
            case REASON: return List.of(REASON_KEYS);
            default: return List.of(FORM_KEYS, CHOICE_KEYS, ANSWER_KEYS, NOTES_KEYS, TEXT_KEYS, TICK_KEYS, SAVE_KEYS);
        }
    }

    /** Values for a new contact: a planned office visit now, the next report from the reporting frequency. */
    static ContactValues defaults(FormContext ctx, LocalDateTime now) {
        Codes codes = ctx.codes();
        String type = codes.type("COAP").filter(ContactType::appointment).map(ContactType::code)
                .orElse(codes.reportingTypes().isEmpty() ? "" : codes.reportingTypes().get(0).code());
        LocalDate today = now.toLocalDate();
        return new ContactValues(type, DateInput.format(today), DateInput.format(now.toLocalTime()), "", "", "", null,
                "", DateInput.format(defaultNext(ctx, today)), false, false);
    }

    /** The defaults with a preset's type, outcome and date (each only if the codes know it). */
    static ContactValues preset(ContactValues d, Preset p, FormContext ctx) {
        if (p == null || p.equals(Preset.NONE)) {
            return d;
        }
        Codes codes = ctx.codes();
        String type = p.type() != null && codes.type(p.type()).isPresent() ? p.type() : d.type();
        String outcome = p.outcome() != null ? p.outcome() : d.outcome();
        String date = p.date() != null ? DateInput.format(p.date()) : d.date();
        return new ContactValues(type, date, d.time(), outcome, d.enforcement(), d.respondBy(), d.answers(), d.notes(),
                d.next(), d.sensitive(), d.alert());
    }

    /** Values of the contact being corrected. */
    static ContactValues ofContact(ContactEntry e, java.util.Map<Circumstance, Answer> answers) {
        return new ContactValues(e.typeCode(), DateInput.format(e.date()), e.time() == null ? "" : e.time(),
                e.outcomeCode() == null ? "" : e.outcomeCode(),
                e.enforcementCode() == null ? "" : e.enforcementCode(), DateInput.format(e.respondBy()), answers,
                e.notes() == null ? "" : e.notes(), DateInput.format(e.nextReport()), e.sensitive(), e.alert());
    }

    /** The next reporting date the case's frequency gives, moved to a working day (null for no frequency). */
    static LocalDate defaultNext(FormContext ctx, LocalDate from) {
        int days;
        switch (ctx.detail().reportingFrequency()) {
            case "DAY": days = 1; break;
            case "WEEK": days = 7; break;
            case "FORTNIGHT": days = 14; break;
            case "FOUR_WEEKS": days = 28; break;
            default: return null;
        }
        return ctx.days().onOrAfter(from.plusDays(days));
    }

    // ---- derived ------------------------------------------------------------------------------

    public boolean dirty() {
        return mode != Mode.LOADING && mode != Mode.MISSING && !edits.values().equals(initial);
    }

    Codes codes() {
        return ctx.codes();
    }

    Outcome outcome() {
        return ctx == null ? null : codes().outcome(edits.outcome()).orElse(null);
    }

    EnforcementAction action() {
        return ctx == null ? null : codes().action(edits.enforcement()).orElse(null);
    }

    LocalDate contactDate() {
        return DateInput.parseDate(edits.date().text(), now == null ? null : now.toLocalDate());
    }

    boolean needsEnforcement() {
        return ctx != null && OutcomeRules.needsEnforcement(codes(), outcome());
    }

    boolean needsRespondBy() {
        return needsEnforcement() && OutcomeRules.hasResponseDate(action());
    }

    boolean asksQuestions() {
        return OutcomeRules.asksCircumstances(outcome());
    }

    /** The fields Tab visits now, in order. */
    List<Focus> stops() {
        List<Focus> out = new ArrayList<>();
        out.add(Focus.of(Field.TYPE));
        out.add(Focus.of(Field.DATE));
        out.add(Focus.of(Field.TIME));
        out.add(Focus.of(Field.OUTCOME));
        if (needsEnforcement()) {
            out.add(Focus.of(Field.ENFORCEMENT));
            if (needsRespondBy()) {
                out.add(Focus.of(Field.RESPOND_BY));
            }
        }
        if (asksQuestions()) {
            for (Circumstance q : Circumstance.values()) {
                out.add(Focus.answer(q));
                if (Boolean.TRUE.equals(edits.answer(q))) {
                    out.add(Focus.detail(q));
                }
            }
        }
        out.add(Focus.of(Field.NOTES));
        out.add(Focus.of(Field.NEXT));
        out.add(Focus.of(Field.SENSITIVE));
        out.add(Focus.of(Field.ALERT));
        out.add(Focus.of(Field.SAVE));
        return out;
    }

    /** Where to carry on with a restored draft: the first field still to fill in, else the notes. */
    Focus resumeFocus() {
        if (edits.outcome().isEmpty()) {
            return Focus.of(Field.OUTCOME);
        }
        if (needsEnforcement() && edits.enforcement().isEmpty()) {
            return Focus.of(Field.ENFORCEMENT);
        }
        if (asksQuestions()) {
            for (Circumstance q : Circumstance.values()) {
                if (edits.answer(q) == null) {
                    return Focus.answer(q);
                }
            }
        }
        return Focus.of(Field.NOTES);
    }

    /** Rows the notes get: everything between the questions and the last four rows. */
    int notesHeight() {
        return Math.max(2, rows - 4 - NOTES_TOP);
    }

    int notesWidth() {
        return Math.max(10, cols - VALUE_COL - 1);
    }

    /** The codes the focused list field offers now. */
    List<Picker.Option> options(Field f) {
        List<Picker.Option> out = new ArrayList<>();
        if (ctx == null) {
            return out;
        }
        if (f == Field.TYPE) {
            for (ContactType t : codes().reportingTypes()) {
                out.add(new Picker.Option(t.code(), t.description(), t.category()));
            }
        } else if (f == Field.OUTCOME) {
            LocalDate d = contactDate();
            for (Outcome o : OutcomeRules.allowed(codes(), edits.type(), d, now.toLocalDate())) {
                out.add(new Picker.Option(o.code(), o.description(), o.flagsText()));
            }
        } else if (f == Field.ENFORCEMENT) {
            Outcome o = outcome();
            if (o != null) {
                for (EnforcementAction a : codes().actionsFor(o.code())) {
                    String note = OutcomeRules.routesToSpo(a, ctx.detail().unallocated()) ? "goes to the SPO (no OM)"
                            : kindNote(a.kind());
                    out.add(new Picker.Option(a.code(), a.description(), note));
                }
            }
        }
        return out;
    }

    private static String kindNote(EnforcementAction.Kind k) {
        switch (k) {
            case WARNING: return "warning";
            case BREACH: return "starts breach/recall";
            case PENDING: return "response due by a date";
            default: return "";
        }
    }

    // ---- update -----------------------------------------------------------------------------

    @Override
    public Next<Page> update(Msg msg) {
        if (msg instanceof Resized r) {
            Builder b = new Builder(this);
            b.cols = r.cols();
            b.rows = r.rows();
            ContactFormPage sized = b.build();
            return Next.of(sized.withEdits(edits.withNotes(edits.notes().scrolledFor(sized.notesWidth(),
                    sized.notesHeight()))));
        }
        if (msg instanceof Loaded l) {
            return loaded(l);
        }
        if (msg instanceof Closing) {
            return Next.of(this, keepDraftNow());
        }
        if (msg instanceof DraftDue) {
            return draftDue();
        }
        if (msg instanceof DraftKept k) {
            Builder b = new Builder(this);
            b.kept = k.values();
            b.keptAt = DateInput.format(k.at().toLocalTime());
            return Next.of(b.build());
        }
        if (msg instanceof DraftDropped) {
            Builder b = new Builder(this);
            b.kept = null;
            b.keptAt = "";
            return Next.of(b.build());
        }
        if (msg instanceof Left l) {
            return Next.of(this, Nav.popWith(new Notice(l.notice())));
        }
        if (msg instanceof SaveDone s) {
            return saved(s.result());
        }
        if (msg instanceof CmdFailed f) {
            Builder b = new Builder(this);
            b.mode = mode == Mode.LOADING ? Mode.MISSING : mode == Mode.SAVING ? Mode.EDITING : mode;
            b.message = f.message() + (mode == Mode.SAVING ? " Not saved; what you typed is kept." : "");
            b.error = true;
            return Next.of(b.build());
        }
        if (msg instanceof Picker.Picked p) {
            return picked(p);
        }
        if (msg instanceof Paste p) {
            return pasted(p.text());
        }
        if (msg instanceof KeyMsg k) {
            switch (mode) {
                case EDITING: return key(k.key());
                case CONFIRM_LEAVE: return LEAVE_KEYS.lookup(k.key()).map(this::act).orElse(Next.of(this));
                case FTC_PROMPT: return PROMPT_KEYS.lookup(k.key()).map(this::act).orElse(Next.of(this));
                case REASON: return reasonKey(k.key());
                case MISSING: return FORM_KEYS.lookup(k.key()).filter(a -> a == Action.LEAVE)
                        .map(a -> Next.<Page>of(this, Nav.pop())).orElse(Next.ignored(this));
                default: return Next.of(this);
            }
        }
        return Next.ignored(this);
    }

    private Next<Page> loaded(Loaded l) {
        Builder b = new Builder(this);
        b.now = l.now();
        if (l.context().isEmpty()) {
            b.mode = Mode.MISSING;
            b.message = contactId == 0 ? "This case is no longer in the database." : "This contact is no longer in the"
                    + " database.";
            b.error = true;
            return Next.of(b.build());
        }
        FormContext c = l.context().get();
        b.ctx = c;
        b.crn = c.detail().crn();
        b.mode = Mode.EDITING;
        ContactValues start = c.correction() ? ofContact(c.correcting(), c.correctingAnswers())
                : preset(defaults(c, l.now()), preset, c);
        b.initial = start;
        if (c.draft() != null) {
            b.edits = Edits.of(c.draft().values());
            b.kept = c.draft().values();
            b.keptAt = DateInput.format(c.draft().savedAt().toLocalTime());
            b.nextEdited = !c.draft().values().next().equals(start.next());
            b.message = "Restored the contact you started " + when(c.draft().startedAt(), l.now().toLocalDate())
                    + " (not saved yet).";
            ContactFormPage restored = b.build();
            b.focus = restored.resumeFocus();
        } else {
            b.edits = Edits.of(start);
            b.nextEdited = c.correction();
            if (c.correction()) {
                b.message = "Correcting " + c.correcting().typeCode() + " of " + CaseFormat.date(c.correcting().date())
                        + " (version " + c.correcting().version() + "), which stays in the history.";
            }
        }
        ContactFormPage p = b.build();
        return Next.of(p.withEdits(p.edits.withNotes(p.edits.notes().scrolledFor(p.notesWidth(), p.notesHeight()))));
    }

    private static String when(LocalDateTime t, LocalDate today) {
        String time = DateInput.format(t.toLocalTime());
        return t.toLocalDate().equals(today) ? "at " + time + " today" : "at " + time + " on " + CaseFormat.date(t.toLocalDate());
    }

    // ---- keys in the form ---------------------------------------------------------------------

    private Next<Page> key(KeyStroke k) {
        Field f = focus.field();
        Character c = Keys.typed(k);
        if (f == Field.NOTES) {
            if (c != null) {
                return edited(edits.withNotes(scrolled(edits.notes().insert(c))), focus);
            }
            Optional<Action> a = NOTES_KEYS.lookup(k);
            if (a.isPresent()) {
                return notesAction(a.get());
            }
        } else if (f.text()) {
            if (c != null && (c == '+' || c == '-') && isDate(f) && parsedDate(f) != null) {
                return act(c == '+' ? Action.LATER : Action.EARLIER);
            }
            LineEdit line = edits.lineAt(focus);
            ContactFormPage typing = replacing ? withReplacing(false) : this;
            if (c != null) {
                LineEdit from = replacing && Character.isLetterOrDigit(c) ? line.clear() : line;
                LineEdit to = from.insert(c);
                // A character the field refuses (it is full) changes nothing, not even the replacing.
                return to.equals(line) ? Next.of(this) : typing.edited(edits.withLineAt(focus, to), focus);
            }
            Optional<Action> a = TEXT_KEYS.lookup(k);
            if (a.isPresent() && a.get() == Action.ERASE_FORWARD && replacing) {
                return typing.edited(edits.withLineAt(focus, line.clear()), focus);
            }
            if (a.isPresent()) {
                return typing.act(a.get());
            }
        } else if (f.choice()) {
            if (c != null && Character.isLetterOrDigit(c)) {
                return typeAhead(c);
            }
            Optional<Action> a = CHOICE_KEYS.lookup(k);
            if (a.isPresent()) {
                return act(a.get());
            }
        } else if (f == Field.ANSWER) {
            Optional<Action> a = ANSWER_KEYS.lookup(k);
            if (a.isPresent()) {
                return act(a.get());
            }
            if (c != null && c != '?') {
                return Next.of(withMessage("Answer y (something changed) or n (no change); N answers no to the rest.",
                        false));
            }
        } else if (f == Field.SENSITIVE || f == Field.ALERT) {
            Optional<Action> a = TICK_KEYS.lookup(k);
            if (a.isPresent()) {
                return act(a.get());
            }
        } else if (f == Field.SAVE) {
            Optional<Action> a = SAVE_KEYS.lookup(k);
            if (a.isPresent()) {
                return act(a.get());
            }
            if (k.getKeyType() == com.googlecode.lanterna.input.KeyType.Enter) {
                return Next.of(withMessage("Enter never saves (a pasted line break could): press Space here, or"
                        + " Ctrl+S anywhere.", false));
            }
        }
        Optional<Action> a = FORM_KEYS.lookup(k);
        if (a.isPresent()) {
            if (a.get() == Action.NEXT_FIELD && f.choice() && Keys.same(k, Keys.parse("<Enter>"))) {
                return act(Action.LIST);
            }
            return act(a.get());
        }
        return Next.ignored(this);
    }

    private Next<Page> notesAction(Action a) {
        TextArea n = edits.notes();
        int w = notesWidth();
        switch (a) {
            case NEWLINE: return edited(edits.withNotes(scrolled(n.newline())), focus);
            case LINE_UP:
                return n.atFirstRow(w) ? moveFocus(-1) : Next.of(withEdits(edits.withNotes(scrolled(n.up(w)))));
            case LINE_DOWN:
                return n.atLastRow(w) ? moveFocus(1) : Next.of(withEdits(edits.withNotes(scrolled(n.down(w)))));
            case LEFT: return Next.of(withEdits(edits.withNotes(scrolled(n.left()))));
            case RIGHT: return Next.of(withEdits(edits.withNotes(scrolled(n.right()))));
            case HOME: return Next.of(withEdits(edits.withNotes(scrolled(n.home(w)))));
            case END: return Next.of(withEdits(edits.withNotes(scrolled(n.end(w)))));
            case PAGE_UP: return Next.of(withEdits(edits.withNotes(scrolled(n.top()))));
            case PAGE_DOWN: return Next.of(withEdits(edits.withNotes(scrolled(n.bottom()))));
            case ERASE: return edited(edits.withNotes(scrolled(n.backspace())), focus);
            case ERASE_FORWARD: return edited(edits.withNotes(scrolled(n.delete())), focus);
            default: return Next.of(this);
        }
    }

    private TextArea scrolled(TextArea t) {
        return t.scrolledFor(notesWidth(), notesHeight());
    }

    private static boolean isDate(Field f) {
        return f == Field.DATE || f == Field.NEXT || f == Field.RESPOND_BY;
    }

    /**
     * Whether the date or time field under {@code f} shows a whole value: one that the first
     * letter or digit typed replaces, as in a spreadsheet cell.
     */
    private boolean whole(Focus f) {
        if (now == null) {
            return false;
        }
        if (f.field() == Field.TIME) {
            return DateInput.parseTime(edits.time().text()) != null;
        }
        return isDate(f.field()) && parsedDate(f.field()) != null;
    }

    private LocalDate parsedDate(Field f) {
        LocalDate base = f == Field.DATE ? now.toLocalDate() : Optional.ofNullable(contactDate()).orElse(now.toLocalDate());
        return DateInput.parseDate(edits.lineAt(Focus.of(f)).text(), base);
    }

    private Next<Page> act(Action a) {
        switch (a) {
            case SAVE:
            case PRESS:
                return save();
            case NEXT_FIELD: return moveFocus(1);
            case PREV_FIELD: return moveFocus(-1);
            case LEAVE: return leave();
            case LEFT: return Next.of(withEdits(edits.withLineAt(focus, edits.lineAt(focus).left())));
            case RIGHT: return Next.of(withEdits(edits.withLineAt(focus, edits.lineAt(focus).right())));
            case HOME: return Next.of(withEdits(edits.withLineAt(focus, edits.lineAt(focus).home())));
            case END: return Next.of(withEdits(edits.withLineAt(focus, edits.lineAt(focus).end())));
            case ERASE: return edited(edits.withLineAt(focus, edits.lineAt(focus).backspace()), focus);
            case ERASE_FORWARD: return edited(edits.withLineAt(focus, edits.lineAt(focus).delete()), focus);
            case LATER: return stepDate(1);
            case EARLIER: return stepDate(-1);
            case LIST: return openPicker(focus.field());
            case NEXT_OPTION: return cycle(1);
            case PREV_OPTION: return cycle(-1);
            case CLEAR: return choose(focus.field(), "", false);
            case YES: return answer(true, false);
            case NO: return answer(false, false);
            case NO_TO_REST: return answer(false, true);
            case TOGGLE:
                if (focus.field() == Field.ANSWER) {
                    return edited(edits.withAnswer(focus.question(), !Boolean.TRUE.equals(edits.answer(focus.question()))),
                            focus);
                }
                return edited(focus.field() == Field.SENSITIVE ? edits.withSensitive(!edits.sensitive())
                        : edits.withAlert(!edits.alert()), focus);
            case KEEP_DRAFT: {
                ContactValues v = edits.values();
                long c = caseId;
                long k = contactId;
                String who = crn;
                return Next.of(withMode(Mode.SAVING), () -> {
                    repo.saveDraft(c, k, v);
                    return new Left("Kept as a draft: it is offered again when you open " + who
                            + " or start Duty Desk.");
                });
            }
            case DISCARD: {
                long c = caseId;
                long k = contactId;
                String who = crn;
                return Next.of(withMode(Mode.SAVING), () -> {
                    repo.deleteDraft(c, k);
                    return new Left("Discarded the unsaved contact for " + who + ".");
                });
            }
            case STAY: {
                Builder b = new Builder(this);
                b.mode = Mode.EDITING;
                b.pending = null;
                b.prompt = "";
                return Next.of(b.build());
            }
            case SAVE_ANYWAY: return store(pending);
            case CHANGE_ENFORCEMENT: {
                Builder b = new Builder(this);
                b.mode = Mode.EDITING;
                b.pending = null;
                b.prompt = "";
                b.focus = Focus.of(Field.ENFORCEMENT);
                b.replacing = false;
                return b.build().openPicker(Field.ENFORCEMENT);
            }
            default: return Next.of(this);
        }
    }

    private Next<Page> moveFocus(int delta) {
        List<Focus> stops = stops();
        int i = stops.indexOf(focus);
        if (i < 0) {
            i = nearestStop(stops);
        }
        int j = Math.max(0, Math.min(stops.size() - 1, i + delta));
        return Next.of(focused(stops.get(j)));
    }

    /** Where the focus goes when its field has just disappeared (an answer changed to no...). */
    private int nearestStop(List<Focus> stops) {
        int order = focus.field().ordinal();
        for (int i = 0; i < stops.size(); i++) {
            Focus s = stops.get(i);
            if (s.field().ordinal() > order || s.field() == focus.field() && s.question() != null
                    && focus.question() != null && s.question().ordinal() >= focus.question().ordinal()) {
                return Math.max(0, i - 1);
            }
        }
        return stops.size() - 1;
    }

    private ContactFormPage focused(Focus f) {
        Builder b = new Builder(this);
        b.focus = f;
        b.typed = "";
        if (!error) {
            b.message = "";
        }
        LineEdit line = edits.lineAt(f);
        if (line != null) {
            b.edits = edits.withLineAt(f, line.end());
        }
        b.replacing = whole(f);
        return b.build();
    }

    private Next<Page> stepDate(int delta) {
        Field f = focus.field();
        LocalDate d = parsedDate(f);
        if (d == null) {
            return Next.of(this);
        }
        LocalDate moved = d.plusDays(delta);
        if (f == Field.NEXT) {
            while (!ctx.days().isWorkingDay(moved)) {
                moved = moved.plusDays(delta);
            }
        }
        String text = DateInput.format(moved);
        return withReplacing(true).edited(edits.withLineAt(focus, new LineEdit(text, text.length(),
                edits.lineAt(focus).maxLength())), focus);
    }

    private Next<Page> typeAhead(char c) {
        Field f = focus.field();
        List<Picker.Option> opts = options(f);
        String prefix = (typed + c).toUpperCase(Locale.ROOT);
        Picker.Option hit = firstWithPrefix(opts, prefix);
        if (hit == null) {
            prefix = String.valueOf(c).toUpperCase(Locale.ROOT);
            hit = firstWithPrefix(opts, prefix);
        }
        if (hit == null) {
            Builder b = new Builder(this);
            b.typed = "";
            b.message = "No " + f.label().toLowerCase(Locale.ROOT) + " code starts with " + prefix
                    + " here; Enter lists them.";
            b.error = false;
            return Next.of(b.build());
        }
        Next<Page> n = choose(f, hit.code(), false);
        ContactFormPage p = (ContactFormPage) n.state();
        Builder b = new Builder(p);
        b.typed = prefix;
        return Next.of(b.build(), n.cmds());
    }

    private static Picker.Option firstWithPrefix(List<Picker.Option> opts, String prefix) {
        for (Picker.Option o : opts) {
            if (o.code().toUpperCase(Locale.ROOT).startsWith(prefix)) {
                return o;
            }
        }
        return null;
    }

    private Next<Page> cycle(int delta) {
        Field f = focus.field();
        List<Picker.Option> opts = options(f);
        if (opts.isEmpty()) {
            return Next.of(this);
        }
        String current = f == Field.TYPE ? edits.type() : f == Field.OUTCOME ? edits.outcome() : edits.enforcement();
        int i = -1;
        for (int k = 0; k < opts.size(); k++) {
            if (opts.get(k).code().equals(current)) {
                i = k;
            }
        }
        int j = i < 0 ? (delta > 0 ? 0 : opts.size() - 1) : Math.floorMod(i + delta, opts.size());
        return choose(f, opts.get(j).code(), false);
    }

    private Next<Page> openPicker(Field f) {
        List<Picker.Option> opts = options(f);
        if (opts.isEmpty()) {
            return Next.of(withMessage(f == Field.ENFORCEMENT ? "Choose an outcome first." : "Nothing to choose here.",
                    false));
        }
        String current = f == Field.TYPE ? edits.type() : f == Field.OUTCOME ? edits.outcome() : edits.enforcement();
        String help;
        switch (f) {
            case TYPE: help = "What kind of contact: COAP for a planned office report, COUP for a walk-in."; break;
            case OUTCOME: help = "What happened. For a future date only absences and reschedules are offered."; break;
            default: help = ctx.detail().unallocated()
                    ? "The case has no offender manager: a referral to one goes to the SPO instead."
                    : "The enforcement action for this failure.";
        }
        return Next.of(this, Nav.push(Picker.of(crn + ": " + f.label().toLowerCase(Locale.ROOT), f.name(), opts,
                current, help)));
    }

    private Next<Page> picked(Picker.Picked p) {
        Field f;
        try {
            f = Field.valueOf(p.tag());
        } catch (IllegalArgumentException e) {
            return Next.of(this);
        }
        return choose(f, p.code(), true);
    }

    /**
     * Sets a list field and keeps the others consistent: a new type or date may rule out the
     * outcome; a new outcome may rule out the enforcement action; a pending decision gets its
     * default respond-by date.
     */
    private Next<Page> choose(Field f, String code, boolean advance) {
        Edits e = edits;
        switch (f) {
            case TYPE: e = e.withType(code); break;
            case OUTCOME: e = e.withOutcome(code); break;
            case ENFORCEMENT: e = e.withEnforcement(code); break;
            default: return Next.of(this);
        }
        e = consistent(e);
        Next<Page> n = edited(e, focus);
        if (advance) {
            ContactFormPage q = (ContactFormPage) n.state();
            return Next.of(q.moveFocus(1).state(), n.cmds());
        }
        return n;
    }

    /** Drops choices the other fields no longer allow, and fills the respond-by date when it appears. */
    private Edits consistent(Edits e) {
        if (ctx == null) {
            return e;
        }
        LocalDate d = DateInput.parseDate(e.date().text(), now.toLocalDate());
        Optional<Outcome> o = codes().outcome(e.outcome());
        if (o.isPresent() && !OutcomeRules.allowed(codes(), e.type(), d, now.toLocalDate()).contains(o.get())) {
            e = e.withOutcome("");
            o = Optional.empty();
        }
        List<EnforcementAction> actions = o.map(x -> codes().actionsFor(x.code())).orElse(List.of());
        Optional<EnforcementAction> a = codes().action(e.enforcement());
        if (a.isPresent() && !actions.contains(a.get())) {
            e = e.withEnforcement("");
            a = Optional.empty();
        }
        if (a.isPresent() && OutcomeRules.hasResponseDate(a.get()) && e.respondBy().isEmpty() && d != null) {
            String r = DateInput.format(OutcomeRules.defaultResponseBy(d, ctx.responseDays()));
            e = e.withRespondBy(new LineEdit(r, r.length(), e.respondBy().maxLength()));
        }
        return e;
    }

    private Next<Page> answer(boolean yes, boolean rest) {
        Circumstance q = focus.question();
        Edits e = edits.withAnswer(q, yes);
        if (rest) {
            for (Circumstance other : Circumstance.values()) {
                if (other.ordinal() > q.ordinal() && e.answer(other) == null) {
                    e = e.withAnswer(other, false);
                }
            }
        }
        Next<Page> n = edited(e, focus);
        ContactFormPage p = (ContactFormPage) n.state();
        Focus to;
        if (yes) {
            to = Focus.detail(q);
        } else if (rest || q.ordinal() == Circumstance.values().length - 1) {
            to = Focus.of(Field.NOTES);
        } else {
            to = Focus.answer(Circumstance.values()[q.ordinal() + 1]);
        }
        return Next.of(p.focused(to), n.cmds());
    }

    private Next<Page> pasted(String text) {
        if (mode != Mode.EDITING && mode != Mode.REASON) {
            return Next.of(this);
        }
        if (mode == Mode.REASON) {
            return Next.of(withReason(reason.paste(text)));
        }
        if (focus.field() == Field.NOTES) {
            return edited(edits.withNotes(scrolled(edits.notes().insert(text))), focus);
        }
        if (focus.field().text()) {
            LineEdit line = edits.lineAt(focus);
            LineEdit from = replacing && !text.isBlank() ? line.clear() : line;
            return withReplacing(false).edited(edits.withLineAt(focus, from.paste(text)), focus);
        }
        return Next.of(withMessage("Pasted text goes into the notes or a detail field: move there first. Nothing was"
                + " pasted.", true));
    }

    /**
     * The values changed: keep the focus, clear old problems for that field, recompute the default
     * next reporting date from a new contact date, and ask for the draft to be written shortly.
     */
    private Next<Page> edited(Edits e, Focus f) {
        Builder b = new Builder(this);
        boolean dateChanged = !e.date().text().equals(edits.date().text());
        if (focus.field() == Field.NEXT && !e.next().text().equals(edits.next().text())) {
            b.nextEdited = true;
        }
        if (dateChanged && !b.nextEdited && ctx != null) {
            LocalDate d = DateInput.parseDate(e.date().text(), now.toLocalDate());
            if (d != null) {
                String n = DateInput.format(defaultNext(ctx, d));
                e = e.withNext(new LineEdit(n, n.length(), e.next().maxLength()));
            }
        }
        if (dateChanged || !e.type().equals(edits.type())) {
            e = consistent(e);
        }
        b.edits = e;
        b.focus = f;
        // Problems already shown go away as they are fixed; new ones wait until the next save.
        List<Problem> left = new ArrayList<>();
        if (!problems.isEmpty()) {
            List<Focus> before = new ArrayList<>();
            for (Problem p : problems) {
                before.add(p.where());
            }
            for (Problem p : ContactValidator.validate(e.values(), ctx, now).problems()) {
                if (before.contains(p.where())) {
                    left.add(p);
                }
            }
        }
        b.problems = left;
        if (error && left.isEmpty()) {
            b.message = "";
            b.error = false;
        } else if (error && !left.isEmpty() && left.size() < problems.size()) {
            b.message = summary(left);
        }
        ContactFormPage next = b.build();
        if (next.edits.values().equals(edits.values())) {
            return Next.of(next);
        }
        return Next.of(next, Cmd.debounce("draft", DRAFT_DELAY_MS, new DraftDue()));
    }

    /** The typing has paused: write the draft if it differs from the one kept (or drop it if the form is back to the start). */
    private Next<Page> draftDue() {
        if (mode == Mode.SAVING || mode == Mode.LOADING || mode == Mode.MISSING) {
            return Next.of(this);
        }
        ContactValues v = edits.values();
        if (v.equals(kept)) {
            return Next.of(this);
        }
        long c = caseId;
        long k = contactId;
        if (!dirty()) {
            return kept == null ? Next.of(this) : Next.of(this, Cmd.latest("draft", () -> {
                repo.deleteDraft(c, k);
                return new DraftDropped();
            }));
        }
        return Next.of(this, Cmd.latest("draft", () -> {
            repo.saveDraft(c, k, v);
            return new DraftKept(v, repo.now());
        }));
    }

    /** The session is ending: write the draft now if it holds anything not yet kept. */
    private List<Cmd> keepDraftNow() {
        if (mode == Mode.LOADING || mode == Mode.MISSING || mode == Mode.SAVING || !dirty()) {
            return List.of();
        }
        ContactValues v = edits.values();
        if (v.equals(kept)) {
            return List.of();
        }
        long c = caseId;
        long k = contactId;
        return List.of(() -> {
            repo.saveDraft(c, k, v);
            return new DraftKept(v, repo.now());
        });
    }

    private Next<Page> leave() {
        if (dirty()) {
            return Next.of(withMode(Mode.CONFIRM_LEAVE));
        }
        if (kept != null) {
            long c = caseId;
            long k = contactId;
            return Next.of(withMode(Mode.SAVING), () -> {
                repo.deleteDraft(c, k);
                return new Left("");
            });
        }
        return Next.of(this, Nav.pop());
    }

    // ---- saving -------------------------------------------------------------------------------

    private Next<Page> save() {
        if (ctx.correction() && !dirty()) {
            return Next.of(withMessage(NOTHING_CHANGED, true));
        }
        ContactValidator.Result r = ContactValidator.validate(edits.values(), ctx, now);
        if (!r.ok()) {
            Problem first = r.problems().get(0);
            Builder b = new Builder(this);
            b.problems = r.problems();
            b.message = summary(r.problems());
            b.error = true;
            List<Focus> stops = stops();
            b.focus = stops.contains(first.where()) ? first.where() : focus;
            b.replacing = b.focus.equals(focus) ? replacing : whole(b.focus);
            b.typed = "";
            return Next.of(b.build());
        }
        NewContact c = r.contact();
        if (ctx.correction()) {
            if (ContactValidator.unchanged(c, ctx.correcting(), ctx.correctingAnswers())) {
                return Next.of(withMessage(NOTHING_CHANGED, true));
            }
            Builder b = new Builder(this);
            b.mode = Mode.REASON;
            b.pending = c;
            b.message = "";
            b.error = false;
            return Next.of(b.build());
        }
        return checkCompliance(c);
    }

    /** Saving a correction that would store the contact as it already is. */
    static final String NOTHING_CHANGED = "Not saved: nothing was changed. Change what needs correcting, or Esc to"
            + " leave.";

    /** The first problem, and how many more there are: short enough for the status line at 80 columns. */
    static String summary(List<Problem> ps) {
        int more = ps.size() - 1;
        return ps.get(0).message() + (more > 0 ? " (+" + more + " more)" : "");
    }

    private Next<Page> checkCompliance(NewContact c) {
        List<History> history = new ArrayList<>();
        for (ContactEntry e : ctx.detail().contacts()) {
            if (e.id() != c.contactId()) {
                history.add(e.history());
            }
        }
        CaseDetail d = ctx.detail();
        Compliance before = Compliance.of(history, c.date(), d.caseType(), ctx.liveBreachMonths());
        Optional<String> warn = before.promptBeforeSaving(codes().outcome(c.outcome()).orElse(null),
                codes().action(c.enforcement()).orElse(null), d.forename() + " " + d.surname());
        if (warn.isPresent()) {
            Builder b = new Builder(this);
            b.mode = Mode.FTC_PROMPT;
            b.pending = c;
            b.prompt = warn.get();
            return Next.of(b.build());
        }
        return store(c);
    }

    private Next<Page> store(NewContact c) {
        if (c == null) {
            return Next.of(this);
        }
        Builder b = new Builder(this);
        b.mode = Mode.SAVING;
        b.pending = c;
        b.message = "Saving" + "...";
        b.error = false;
        return Next.of(b.build(), () -> new SaveDone(repo.save(c)));
    }

    private Next<Page> reasonKey(KeyStroke k) {
        Character c = Keys.typed(k);
        if (c != null) {
            return Next.of(withReason(reason.insert(c)));
        }
        Optional<Action> a = REASON_KEYS.lookup(k);
        if (a.isEmpty()) {
            return Next.of(this);
        }
        switch (a.get()) {
            case CONFIRM:
                if (reason.text().isBlank()) {
                    return Next.of(withMessage("Reason: say why this contact is being corrected.", true));
                }
                return checkCompliance(pending.withReason(reason.text().strip()));
            case LEFT: return Next.of(withReason(reason.left()));
            case RIGHT: return Next.of(withReason(reason.right()));
            case ERASE: return Next.of(withReason(reason.backspace()));
            default: return act(a.get());
        }
    }

    private Next<Page> saved(SaveResult r) {
        if (r instanceof SaveResult.Saved s) {
            StringBuilder n = new StringBuilder(contactId == 0 ? "Saved " : "Corrected ")
                    .append(s.type()).append(' ').append(s.outcome()).append(" for ").append(crn)
                    .append(contactId == 0 ? "" : " (version " + s.version() + ")")
                    .append(". Next report ").append(CaseFormat.dayDate(s.next())).append('.');
            if (s.referredToSpo()) {
                n.append(" Referred to the SPO.");
            }
            return Next.of(this, Nav.popWith(new Notice(n.toString())));
        }
        Builder b = new Builder(this);
        b.mode = Mode.EDITING;
        b.error = true;
        if (r instanceof SaveResult.Conflict cf) {
            b.message = "Not saved: " + cf.by() + " corrected this contact meanwhile (now version " + cf.version()
                    + "). Yours is kept as a draft; leave and reopen the contact to compare.";
            ContactFormPage p = b.build();
            ContactValues v = edits.values();
            long c = caseId;
            long k = contactId;
            return Next.of(p, () -> {
                repo.saveDraft(c, k, v);
                return new DraftKept(v, repo.now());
            });
        }
        b.message = "Not saved: " + ((SaveResult.Gone) r).what();
        return Next.of(b.build());
    }

    // ---- small copies -------------------------------------------------------------------------

    private ContactFormPage withEdits(Edits e) {
        Builder b = new Builder(this);
        b.edits = e;
        return b.build();
    }

    private ContactFormPage withReplacing(boolean r) {
        Builder b = new Builder(this);
        b.replacing = r;
        return b.build();
    }

    private ContactFormPage withMode(Mode m) {
        Builder b = new Builder(this);
        b.mode = m;
        return b.build();
    }

    private ContactFormPage withReason(LineEdit r) {
        Builder b = new Builder(this);
        b.reason = r;
        return b.build();
    }

    private ContactFormPage withMessage(String m, boolean isError) {
        Builder b = new Builder(this);
        b.message = m;
        b.error = isError;
        return b.build();
    }

    /** A mutable copy of the state, for changing several components at once. */
    private static final class Builder {
        final ContactRepository repo;
        final long caseId;
        final long contactId;
        final Preset preset;
        String crn;
        Mode mode;
        FormContext ctx;
        LocalDateTime now;
        Edits edits;
        ContactValues initial;
        ContactValues kept;
        boolean nextEdited;
        Focus focus;
        String typed;
        boolean replacing;
        List<Problem> problems;
        String message;
        boolean error;
        String keptAt;
        String prompt;
        NewContact pending;
        LineEdit reason;
        int cols;
        int rows;

        Builder(ContactFormPage p) {
            repo = p.repo;
            caseId = p.caseId;
            contactId = p.contactId;
            preset = p.preset;
            crn = p.crn;
            mode = p.mode;
            ctx = p.ctx;
            now = p.now;
            edits = p.edits;
            initial = p.initial;
            kept = p.kept;
            nextEdited = p.nextEdited;
            focus = p.focus;
            typed = p.typed;
            replacing = p.replacing;
            problems = p.problems;
            message = p.message;
            error = p.error;
            keptAt = p.keptAt;
            prompt = p.prompt;
            pending = p.pending;
            reason = p.reason;
            cols = p.cols;
            rows = p.rows;
        }

        ContactFormPage build() {
            return new ContactFormPage(repo, caseId, contactId, crn, mode, ctx, now, edits, initial, kept, nextEdited,
                    focus, typed, replacing, List.copyOf(problems), message, error, keptAt, prompt, pending, reason,
                    cols, rows, preset);
        }
    }

    @Override
    public void draw(Canvas canvas) {
        ContactFormView.draw(this, canvas);
    }
}
