package dutydesk.cases;

import dutydesk.tui.Canvas;
import dutydesk.tui.Cmd;
import dutydesk.tui.CmdFailed;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Msg;
import dutydesk.tui.Nav;
import dutydesk.tui.Next;
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
public record CasePage(CaseRepository repo, long caseId, String crn, CaseDetail detail, boolean missing,
                       ListCursor history, int cols, int rows, String message, boolean error) implements Page {

    enum Action { UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END, READ, BACK }

    static final Keymap<Action> KEYS = Keymap.named("Case", Action.class)
            .bind(Action.DOWN, "Next (older) contact", "<Down>", "j")
            .bind(Action.UP, "Previous (newer) contact", "<Up>", "k")
            .bind(Action.PAGE_DOWN, "Page down the history", "<PageDown>", "<c-f>", "<Space>")
            .bind(Action.PAGE_UP, "Page up the history", "<PageUp>", "<c-b>")
            .bind(Action.HOME, "Newest contact", "<Home>", "g")
            .bind(Action.END, "Oldest contact", "<End>", "G")
            .bind(Action.READ, "Read the selected contact in full", "<Enter>")
            .bind(Action.BACK, "Back to the case list", "<Esc>", "q", "<Left>", "h", "<BS>")
            .build();

    /** Most register lines shown before "and N more". */
    static final int MAX_REGISTER_LINES = 4;

    /** The case as loaded (empty if it no longer exists). */
    record Loaded(Optional<CaseDetail> detail) implements Msg {
    }

    /** A case page that loads its case when shown. */
    public static CasePage open(CaseRepository repo, long caseId, String crn) {
        return new CasePage(repo, caseId, crn, null, false, ListCursor.empty(1), 80, 24, "", false);
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

    /** Rows above the history list: title, four fact lines, registers heading and lines, history heading. */
    int historyTop() {
        int regs = detail == null ? 1 : Math.max(1, Math.min(MAX_REGISTER_LINES, detail.registrations().size()));
        return 6 + regs + 1;
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
                return Next.of(new CasePage(repo, caseId, crn, null, true, ListCursor.empty(1), cols, rows,
                        "This case is no longer in the database.", true));
            }
            CaseDetail d = l.detail().get();
            CasePage withDetail = new CasePage(repo, caseId, d.crn(), d, false, history, cols, rows, "", false);
            ListCursor c = new ListCursor(history.selected(), history.top(), withDetail.historyHeight(),
                    d.contacts().size());
            return Next.of(withDetail.withHistory(c));
        }
        if (msg instanceof Resized r) {
            CasePage sized = new CasePage(repo, caseId, crn, detail, missing, history, r.cols(), r.rows(), message, error);
            return Next.of(sized.withHistory(history.withHeight(sized.historyHeight())));
        }
        if (msg instanceof Resumed || msg instanceof Refresh) {
            return Next.of(this, loadCmd());
        }
        if (msg instanceof CmdFailed f) {
            return Next.of(new CasePage(repo, caseId, crn, detail, missing, history, cols, rows, f.message(), true));
        }
        return Next.ignored(this);
    }

    private CasePage withHistory(ListCursor c) {
        return new CasePage(repo, caseId, crn, detail, missing, c, cols, rows, message, error);
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
                return e == null ? Next.of(this) : Next.of(this, Nav.push(TextPage.of(
                        crn + " " + CaseFormat.date(e.date()) + " " + e.typeCode(), width -> contactText(e, width))));
            }
            case BACK: return Next.of(this, Nav.pop());
            default: return Next.of(this);
        }
    }

    /** The full record of one contact, for reading. */
    static List<TextPage.Line> contactText(ContactEntry e, int width) {
        List<TextPage.Line> out = new ArrayList<>();
        out.add(TextPage.Line.heading(e.typeCode() + "  " + nz(e.typeDescription())));
        out.add(TextPage.Line.of("Date      " + CaseFormat.dayDate(e.date()) + (e.time() == null ? "" : " " + e.time())));
        out.add(TextPage.Line.of("Outcome   " + (e.outcomeCode() == null ? "-" : e.outcomeCode() + "  " + nz(e.outcomeDescription()))));
        if (e.enforcementCode() != null) {
            out.add(TextPage.Line.of("Enforce   " + e.enforcementCode() + "  " + nz(e.enforcementDescription())));
        }
        out.add(TextPage.Line.of("Officer   " + nz(e.staff())));
        if (e.sensitive()) {
            out.add(new TextPage.Line("Sensitive contact", Role.WARN));
        }
        if (e.alert()) {
            out.add(new TextPage.Line("Alert raised", Role.WARN));
        }
        out.add(TextPage.Line.of(""));
        out.add(TextPage.Line.heading("Notes"));
        String notes = e.notes() == null || e.notes().isBlank() ? "(no notes)" : e.notes();
        for (String l : dutydesk.tui.Text.wrap(notes, width, false)) {
            out.add(TextPage.Line.of(l));
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public void draw(Canvas canvas) {
        CaseView.draw(this, canvas);
    }
}
