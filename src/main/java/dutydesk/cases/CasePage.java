package dutydesk.cases;

import dutydesk.compliance.Answer;
import dutydesk.compliance.Circumstance;
import dutydesk.tui.Canvas;
import dutydesk.tui.Cmd;
import dutydesk.tui.CmdFailed;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Msg;
import dutydesk.tui.Nav;
import dutydesk.tui.Next;
import dutydesk.tui.Notice;
import dutydesk.tui.Page;
import dutydesk.tui.Refresh;
import dutydesk.tui.Resized;
import dutydesk.tui.Resumed;
import dutydesk.tui.Role;
import dutydesk.tui.keys.Keymap;
import dutydesk.tui.widgets.ListCursor;
import dutydesk.tui.widgets.TextPage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One case, read-only: the person, their order, risk registers, reporting dates and the contact
 * history (newest first; the selected contact's notes show underneath, Enter reads them in
 * full).
 */
public record CasePage(CaseRepository repo, CaseLinks links, long caseId, String crn, CaseDetail detail,
                       boolean missing, ListCursor history, int cols, int rows, String message, boolean error)
        implements Page {

    enum Action { UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END, READ, LOG, CORRECT, CHECKS, BACK }

    static final Keymap<Action> KEYS = Keymap.named("Case", Action.class)
            .bind(Action.DOWN, "Next (older) contact", "<Down>", "j")
            .bind(Action.UP, "Previous (newer) contact", "<Up>", "k")
            .bind(Action.PAGE_DOWN, "Page down the history", "<PageDown>", "<c-f>", "<Space>")
            .bind(Action.PAGE_UP, "Page up the history", "<PageUp>", "<c-b>")
            .bind(Action.HOME, "Newest contact", "<Home>", "g")
            .bind(Action.END, "Oldest contact", "<End>", "G")
            .bind(Action.READ, "Read the selected contact in full (answers, earlier versions)", "<Enter>")
            .bind(Action.LOG, "Log a contact for this case", "c")
            .bind(Action.CORRECT, "Correct the selected contact (those logged at the desk)", "e")
            .bind(Action.CHECKS, "DA and safeguarding checks: see them, record requests and responses", "d")
            .bind(Action.BACK, "Back to the case list", "<Esc>", "q", "<Left>", "h", "<BS>")
            .build();

    /** Most register lines shown before "and N more". */
    static final int MAX_REGISTER_LINES = 4;

    /** The case as loaded (empty if it no longer exists). */
    record Loaded(Optional<CaseDetail> detail) implements Msg {
    }

    /** One contact in full, to read. */
    record RecordLoaded(Optional<ContactRecord> record) implements Msg {
    }

    /** A case page that loads its case when shown. */
    public static CasePage open(CaseRepository repo, CaseLinks links, long caseId, String crn) {
        return new CasePage(repo, links, caseId, crn, null, false, ListCursor.empty(1), 80, 24, "", false);
    }

    @Override
    public List<Cmd> init() {
        return List.of(loadCmd());
    }

    private Cmd loadCmd() {
        long id = caseId;
        return () -> new Loaded(repo.detail(id));
    }

    @Override
    public String title() {
        return "Case " + crn;
    }

    @Override
    public List<Keymap<?>> keymaps() {
        return List.of(KEYS);
    }

    /**
     * Rows above the history list: title, four fact lines, compliance, checks, registers heading
     * and lines, history heading.
     */
    int historyTop() {
        int regs = detail == null ? 1 : Math.max(1, Math.min(MAX_REGISTER_LINES, detail.registrations().size()));
        return 7 + complianceRows() + regs + 1;
    }

    /** Rows the compliance picture takes: one, or two when it has more to say than fits. */
    int complianceRows() {
        return detail == null ? 1 : ComplianceView.rows(detail.compliance(), cols - 9, 2);
    }

    /** History rows: everything between its heading and the two note lines, status and hints. */
    int historyHeight() {
        return Math.max(1, rows - 4 - historyTop());
    }

    /** The selected contact, if any. */
    public ContactEntry selectedContact() {
        if (detail == null || detail.contacts().isEmpty()) {
            return null;
        }
        return detail.contacts().get(history.selected());
    }

    @Override
    public Next<Page> update(Msg msg) {
        if (msg instanceof KeyMsg k) {
            return KEYS.lookup(k.key()).map(this::act).orElse(Next.ignored(this));
        }
        if (msg instanceof Loaded l) {
            if (l.detail().isEmpty()) {
                return Next.of(new CasePage(repo, links, caseId, crn, null, true, ListCursor.empty(1), cols, rows,
                        "This case is no longer in the database.", true));
            }
            CaseDetail d = l.detail().get();
            // A notice (a contact just saved) outlives the reload it caused; an old error does not.
            CasePage withDetail = new CasePage(repo, links, caseId, d.crn(), d, false, history, cols, rows,
                    error ? "" : message, false);
            ListCursor c = new ListCursor(history.selected(), history.top(), withDetail.historyHeight(),
                    d.contacts().size());
            return Next.of(withDetail.withHistory(c));
        }
        if (msg instanceof Resized r) {
            CasePage sized = new CasePage(repo, links, caseId, crn, detail, missing, history, r.cols(), r.rows(), message, error);
            return Next.of(sized.withHistory(history.withHeight(sized.historyHeight())));
        }
        if (msg instanceof Resumed || msg instanceof Refresh) {
            return Next.of(this, loadCmd());
        }
        if (msg instanceof RecordLoaded r) {
            if (r.record().isEmpty()) {
                return Next.of(withMessage("That contact is no longer in the database.", true), loadCmd());
            }
            ContactRecord rec = r.record().get();
            ContactEntry e = rec.entry();
            return Next.of(this, Nav.push(TextPage.of(crn + " " + CaseFormat.date(e.date()) + " " + e.typeCode(),
                    width -> contactText(rec, width))));
        }
        if (msg instanceof Notice n) {
            return Next.of(n.text().isEmpty() ? this : withMessage(n.text(), false));
        }
        if (msg instanceof CmdFailed f) {
            return Next.of(new CasePage(repo, links, caseId, crn, detail, missing, history, cols, rows, f.message(), true));
        }
        return Next.ignored(this);
    }

    private CasePage withMessage(String m, boolean isError) {
        return new CasePage(repo, links, caseId, crn, detail, missing, history, cols, rows, m, isError);
    }

    private CasePage withHistory(ListCursor c) {
        return new CasePage(repo, links, caseId, crn, detail, missing, c, cols, rows, message, error);
    }

    private Next<Page> act(Action a) {
        switch (a) {
            case DOWN: return Next.of(withHistory(history.moveBy(1)));
            case UP: return Next.of(withHistory(history.moveBy(-1)));
            case PAGE_DOWN: return Next.of(withHistory(history.pageDown()));
            case PAGE_UP: return Next.of(withHistory(history.pageUp()));
            case HOME: return Next.of(withHistory(history.home()));
            case END: return Next.of(withHistory(history.end()));
            case READ: {
                ContactEntry e = selectedContact();
                long id = caseId;
                return e == null ? Next.of(this) : Next.of(this, () -> new RecordLoaded(repo.record(id, e.id())));
            }
            case LOG:
                return detail == null ? Next.of(this) : Next.of(withMessage("", false),
                        Nav.push(links.logContact(caseId, crn)));
            case CHECKS:
                return detail == null ? Next.of(this) : Next.of(withMessage("", false),
                        Nav.push(links.checks(caseId, crn)));
            case CORRECT: {
                ContactEntry e = selectedContact();
                if (e == null) {
                    return Next.of(this);
                }
                if (!e.desk()) {
                    return Next.of(withMessage("This contact came from the case-management extract: correct it there."
                            + " Contacts logged in Duty Desk can be corrected here.", false));
                }
                return Next.of(withMessage("", false), Nav.push(links.correctContact(caseId, e.id(), crn)));
            }
            case BACK: return Next.of(this, Nav.pop());
            default: return Next.of(this);
        }
    }

    /** The full record of one contact, for reading: details, answers, notes, then earlier versions. */
    static List<TextPage.Line> contactText(ContactRecord rec, int width) {
        ContactEntry e = rec.entry();
        List<TextPage.Line> out = new ArrayList<>();
        out.add(TextPage.Line.heading(e.typeCode() + "  " + nz(e.typeDescription())
                + (e.corrected() ? "  (version " + e.version() + ")" : "")));
        out.add(TextPage.Line.of("Date      " + CaseFormat.dayDate(e.date()) + (e.time() == null ? "" : " " + e.time())));
        out.add(TextPage.Line.of("Outcome   " + (e.outcomeCode() == null ? "-" : e.outcomeCode() + "  " + nz(e.outcomeDescription()))));
        if (e.enforcementCode() != null) {
            out.add(TextPage.Line.of("Enforce   " + e.enforcementCode() + "  " + nz(e.enforcementDescription())
                    + (e.respondBy() == null ? "" : "  (respond by " + CaseFormat.date(e.respondBy()) + ")")));
        }
        if (e.nextReport() != null) {
            out.add(TextPage.Line.of("Next      " + CaseFormat.dayDate(e.nextReport())));
        }
        out.add(TextPage.Line.of("Officer   " + nz(e.staff()) + (e.desk() ? "  (logged by " + e.createdBy() + ")"
                : "  (from the case-management extract)")));
        if (e.corrected() && rec.updatedBy() != null) {
            out.add(TextPage.Line.of("Corrected by " + rec.updatedBy() + " at " + CaseFormat.dateTime(rec.updatedAt())));
        }
        if (e.sensitive()) {
            out.add(new TextPage.Line("Sensitive contact", Role.WARN));
        }
        if (e.alert()) {
            out.add(new TextPage.Line("Alert raised with the SPO", Role.WARN));
        }
        answersText(rec.answers(), width, out);
        out.add(TextPage.Line.of(""));
        out.add(TextPage.Line.heading("Notes"));
        notesText(e.notes(), width, out);
        for (PriorVersion v : rec.earlier()) {
            out.add(TextPage.Line.of(""));
            out.add(TextPage.Line.heading("Version " + v.version() + ", replaced by " + v.supersededBy() + " at "
                    + CaseFormat.dateTime(v.supersededAt())));
            for (String l : dutydesk.tui.Text.wrap("Reason: " + nz(v.reason()), width, false)) {
                out.add(new TextPage.Line(l, Role.DIM));
            }
            out.add(TextPage.Line.of(v.type() + "  " + CaseFormat.date(v.date()) + (v.time() == null ? "" : " " + v.time())
                    + "  outcome " + nz(v.outcome()) + (v.enforcement() == null ? "" : "  enforcement " + v.enforcement())
                    + (v.next() == null ? "" : "  next " + CaseFormat.date(v.next()))));
            out.add(TextPage.Line.of("Recorded by " + v.recordedBy() + " at " + CaseFormat.dateTime(v.recordedAt())));
            answersText(v.answers(), width, out);
            notesText(v.notes(), width, out);
        }
        return out;
    }

    private static void answersText(java.util.Map<Circumstance, Answer> answers, int width, List<TextPage.Line> out) {
        if (answers.isEmpty()) {
            return;
        }
        out.add(TextPage.Line.of(""));
        out.add(TextPage.Line.heading("Changes of circumstance"));
        for (Circumstance q : Circumstance.values()) {
            Answer a = answers.get(q);
            if (a == null) {
                continue;
            }
            String line = String.format("%-28s %s", q.label(), a.yes() ? "yes: " + a.detail() : "no");
            for (String l : dutydesk.tui.Text.wrap(line, width, false)) {
                out.add(new TextPage.Line(l, a.yes() ? Role.WARN : Role.NORMAL));
            }
        }
    }

    private static void notesText(String notes, int width, List<TextPage.Line> out) {
        String n = notes == null || notes.isBlank() ? "(no notes)" : notes;
        for (String l : dutydesk.tui.Text.wrap(n, width, false)) {
            out.add(TextPage.Line.of(l));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void draw(Canvas canvas) {
        CaseView.draw(this, canvas);
    }
}
