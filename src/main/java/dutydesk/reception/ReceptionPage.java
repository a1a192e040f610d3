package dutydesk.reception;

import com.googlecode.lanterna.input.KeyStroke;
import dutydesk.cases.CaseFormat;
import dutydesk.tui.Canvas;
import dutydesk.tui.Cmd;
import dutydesk.tui.CmdFailed;
import dutydesk.tui.DataChanged;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Msg;
import dutydesk.tui.Nav;
import dutydesk.tui.Next;
import dutydesk.tui.Notice;
import dutydesk.tui.Page;
import dutydesk.tui.Paste;
import dutydesk.tui.Refresh;
import dutydesk.tui.Resized;
import dutydesk.tui.Resumed;
import dutydesk.tui.Tick;
import dutydesk.tui.keys.Keymap;
import dutydesk.tui.keys.Keys;
import dutydesk.tui.widgets.LineEdit;
import dutydesk.tui.widgets.ListCursor;
import dutydesk.users.Access;
import java.time.Instant;
import java.util.List;

/**
 * Reception: today's expected reporters (due today, or overdue by up to the configured days) and
 * everyone who has arrived, by surname; find anyone by surname, CRN or date of birth; check them
 * in, mark that they left without being seen, or undo a mistake. It shows no risk detail beyond
 * what reception needs to recognise the person. Other sessions' changes (an officer taking
 * someone, a contact saved) show as they happen, without moving the selection.
 *
 * @param root      whether this is the session's first page (then q quits; otherwise it goes back)
 * @param shown     the find text whose results are listed ("": the day's list)
 * @param editing   whether keys go to the find box
 * @param anchor    the case the selection is anchored to (0: none)
 */
public record ReceptionPage(VisitRepository repo, Access access, boolean root, List<ReceptionRow> rows, String shown,
                            boolean editing, LineEdit input, ListCursor cursor, long anchor, Instant now,
                            String message, boolean error, int gen, boolean loading) implements Page {

    /** Title, find line, heading, status and hints. */
    static final int CHROME_ROWS = 5;
    /** Most people a search lists. */
    static final int FIND_LIMIT = 200;

    enum Action { UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END, CHECK_IN, LEFT, UNDO, FIND, CLEAR, BACK, ERASE, EDIT_LEFT,
        EDIT_RIGHT }

    static final Keymap<Action> LIST_KEYS = Keymap.named("Reception", Action.class)
            .bind(Action.DOWN, "Move down", "<Down>", "j")
            .bind(Action.UP, "Move up", "<Up>", "k")
            .bind(Action.PAGE_DOWN, "Page down", "<PageDown>", "<c-f>", "<Space>")
            .bind(Action.PAGE_UP, "Page up", "<PageUp>", "<c-b>")
            .bind(Action.HOME, "First", "<Home>", "g")
            .bind(Action.END, "Last", "<End>", "G")
            .bind(Action.CHECK_IN, "Check the selected person in: arrived now", "<Enter>", "i")
            .bind(Action.LEFT, "The selected person left without being seen", "l")
            .bind(Action.UNDO, "Undo: withdraw a mistaken check-in, or a \"left\"", "u")
            .bind(Action.FIND, "Find anyone by surname (\"hol\"), CRN (\"H25\") or date of birth (\"12/03/1990\")", "/")
            .bind(Action.CLEAR, "Back to today's list (clear the search)", "<Esc>")
            .bind(Action.BACK, "Back (or quit, on reception's own desk)", "q")
            .build();

    static final Keymap<Action> FIND_KEYS = Keymap.named("Finding someone", Action.class)
            .bind(Action.DOWN, "Move down the list", "<Down>")
            .bind(Action.UP, "Move up the list", "<Up>")
            .bind(Action.PAGE_DOWN, "Page down", "<PageDown>")
            .bind(Action.PAGE_UP, "Page up", "<PageUp>")
            .bind(Action.CHECK_IN, "Check the selected person in", "<Enter>")
            .bind(Action.CLEAR, "Clear the search", "<Esc>", "<c-c>")
            .bind(Action.ERASE, "Delete the character before the cursor", "<BS>")
            .bind(Action.EDIT_LEFT, "Move the cursor left", "<Left>")
            .bind(Action.EDIT_RIGHT, "Move the cursor right", "<Right>")
            .build();

    /** A list as read: the day's (find "") or a search's. */
    record Loaded(int gen, String find, List<ReceptionRow> rows, Instant now) implements Msg {
    }

    /** What a check-in, "left" or undo did. {@code caseId}: whom to select afterwards. */
    record Acted(long caseId, Outcome outcome) implements Msg {
    }

    public static ReceptionPage create(VisitRepository repo, Access access, boolean root) {
        return new ReceptionPage(repo, access, root, List.of(), "", false, LineEdit.empty(40), ListCursor.empty(1), 0,
                repo.now(), "", false, 0, true);
    }

    @Override
    public List<Cmd> init() {
        return List.of(loadCmd(gen, ""));
    }

    @Override
    public String title() {
        return "Reception";
    }

    @Override
    public List<Keymap<?>> keymaps() {
        return editing ? List.of(FIND_KEYS) : List.of(LIST_KEYS);
    }

    ReceptionRow selectedRow() {
        int i = cursor.selected();
        return i >= 0 && i < rows.size() ? rows.get(i) : null;
    }

    // ---- update ----------------------------------------------------------------------------

    @Override
    public Next<Page> update(Msg msg) {
        if (msg instanceof KeyMsg k) {
            return editing ? findKey(k.key()) : LIST_KEYS.lookup(k.key()).map(this::act).orElse(Next.ignored(this));
        }
        if (msg instanceof Loaded l) {
            if (l.gen() != gen) {
                return Next.of(this);
            }
            // A list for other text than the box now holds (it changed back, or the list was read
            // again, before the answer came): ask for the box's.
            return editing && !l.find().equals(text()) ? reload(text()) : Next.of(loaded(l));
        }
        if (msg instanceof Acted a) {
            boolean done = a.outcome() instanceof Outcome.Done;
            String text = done ? ((Outcome.Done) a.outcome()).message() : ((Outcome.Refused) a.outcome()).message();
            ReceptionPage next = new ReceptionPage(repo, access, root, rows, shown, editing, input, cursor, a.caseId(),
                    now, text, !done, gen, loading);
            return next.reload(input.text().strip());
        }
        if (msg instanceof Resized r) {
            return Next.of(with(cursor.withHeight(Math.max(1, r.rows() - CHROME_ROWS))));
        }
        if (msg instanceof Resumed || msg instanceof Refresh || msg instanceof DataChanged) {
            return reload(shown);
        }
        if (msg instanceof Tick t) {
            return Next.of(new ReceptionPage(repo, access, root, rows, shown, editing, input, cursor, anchor, t.now(),
                    message, error, gen, loading));
        }
        if (msg instanceof Paste p) {
            return editing ? typed(input.paste(p.text().replaceAll("[\\r\\n\\t]+", " ").strip())) : Next.of(this);
        }
        if (msg instanceof Notice n) {
            return Next.of(n.text().isEmpty() ? this : withMessage(n.text(), false));
        }
        if (msg instanceof CmdFailed f) {
            // A failed read will not answer: the list stays as it was, and says so if it is empty.
            ReceptionPage next = withMessage(f.message(), true);
            return Next.of(new ReceptionPage(repo, access, root, rows, shown, editing, input, cursor, anchor, now,
                    next.message(), true, gen, false));
        }
        return Next.ignored(this);
    }

    private Next<Page> findKey(KeyStroke key) {
        Character c = Keys.typed(key);
        if (c != null) {
            return typed(input.insert(c));
        }
        return FIND_KEYS.lookup(key).map(this::act).orElse(Next.ignored(this));
    }

    private Next<Page> act(Action a) {
        switch (a) {
            case DOWN: return Next.of(with(cursor.moveBy(1)));
            case UP: return Next.of(with(cursor.moveBy(-1)));
            case PAGE_DOWN: return Next.of(with(cursor.pageDown()));
            case PAGE_UP: return Next.of(with(cursor.pageUp()));
            case HOME: return Next.of(with(cursor.home()));
            case END: return Next.of(with(cursor.end()));
            case CHECK_IN: return checkIn();
            case LEFT: return left();
            case UNDO: return undo();
            case FIND:
                return Next.of(new ReceptionPage(repo, access, root, rows, shown, true, new LineEdit(shown,
                        shown.length(), 40), cursor, anchor, now, "", false, gen, loading));
            case CLEAR:
                if (!editing && shown.isEmpty()) {
                    return root ? Next.of(this) : Next.of(this, Nav.pop());
                }
                return new ReceptionPage(repo, access, root, rows, shown, false, input.clear(), cursor, anchor, now, "",
                        false, gen, loading).reload("");
            case BACK:
                return Next.of(this, root ? Nav.quit() : Nav.pop());
            case ERASE:
                if (input.isEmpty()) {
                    return Next.of(new ReceptionPage(repo, access, root, rows, shown, false, input, cursor, anchor, now,
                            message, error, gen, loading));
                }
                return typed(input.backspace());
            case EDIT_LEFT: return Next.of(withInput(input.left()));
            case EDIT_RIGHT: return Next.of(withInput(input.right()));
            default: return Next.ignored(this);
        }
    }

    private Next<Page> typed(LineEdit edit) {
        ReceptionPage next = withInput(edit);
        return next.text().equals(shown) ? Next.of(next) : next.reload(next.text());
    }

    private String text() {
        return input.text().strip();
    }

    private Next<Page> checkIn() {
        ReceptionRow r = selectedRow();
        if (r == null) {
            return Next.of(this);
        }
        if (!access.canCheckIn()) {
            return Next.of(withMessage(access.refusal("check people in"), true));
        }
        if (editing && !text().equals(shown)) {
            // The list is not yet the one for what was typed: its selection may be someone else.
            return Next.of(withMessage("Still finding \"" + text() + "\": press Enter again when they are listed.",
                    true));
        }
        if (r.state() != null && r.state().open()) {
            return Next.of(withMessage(CaseFormat.name(r.surname(), r.forename()) + " is already checked in ("
                    + QueueFormat.receptionStatus(r) + ").", true));
        }
        long caseId = r.caseId();
        // Back to the day's list, where the person now shows as waiting.
        ReceptionPage next = new ReceptionPage(repo, access, root, rows, shown, false, input.clear(), cursor, caseId,
                now, "Checking in " + CaseFormat.name(r.surname(), r.forename()) + "...", false, gen, loading);
        return Next.of(next, () -> new Acted(caseId, repo.checkIn(caseId)));
    }

    private Next<Page> left() {
        ReceptionRow r = selectedRow();
        if (r == null) {
            return Next.of(this);
        }
        if (!access.canCheckIn()) {
            return Next.of(withMessage(access.refusal("record arrivals"), true));
        }
        if (r.state() != VisitState.WAITING) {
            return Next.of(withMessage(CaseFormat.name(r.surname(), r.forename()) + " is not waiting"
                    + (r.state() == null ? " (not checked in today)." : " (" + QueueFormat.receptionStatus(r) + ")."), true));
        }
        long caseId = r.caseId();
        long visit = r.visitId();
        return Next.of(this, () -> new Acted(caseId, repo.left(visit)));
    }

    private Next<Page> undo() {
        ReceptionRow r = selectedRow();
        if (r == null) {
            return Next.of(this);
        }
        if (!access.canCheckIn()) {
            return Next.of(withMessage(access.refusal("change check-ins"), true));
        }
        if (!r.arrived()) {
            return Next.of(withMessage(CaseFormat.name(r.surname(), r.forename()) + " has not been checked in today.",
                    true));
        }
        long caseId = r.caseId();
        long visit = r.visitId();
        return Next.of(this, () -> new Acted(caseId, repo.undo(visit)));
    }

    private Next<Page> reload(String find) {
        int g = gen + 1;
        ReceptionPage next = new ReceptionPage(repo, access, root, rows, shown, editing, input, cursor, anchor, now,
                message, error, g, true);
        return Next.of(next, next.loadCmd(g, find));
    }

    private Cmd loadCmd(int g, String find) {
        return Cmd.latest("reception.load", () -> new Loaded(g, find,
                find.isEmpty() ? repo.expected(repo.today()) : repo.find(find, repo.today(), FIND_LIMIT), repo.now()));
    }

    /** Takes a list, keeping the selection on the same person where they are still listed. */
    ReceptionPage loaded(Loaded l) {
        List<ReceptionRow> list = l.rows();
        int index = -1;
        boolean newList = !l.find().equals(shown);
        for (int i = 0; i < list.size() && anchor != 0; i++) {
            if (list.get(i).caseId() == anchor) {
                index = i;
            }
        }
        if (index < 0) {
            index = newList ? 0 : Math.min(cursor.selected(), list.size() - 1);
        }
        ListCursor c = cursor.withTotal(list.size());
        c = index >= 0 && !newList ? c.selectKeepingRow(index) : c.moveTo(Math.max(0, index));
        if (c.selected() < c.top() || c.selected() >= c.top() + c.height()) {
            c = new ListCursor(c.selected(), Math.max(0, c.selected() - c.height() / 2), c.height(), c.total());
        }
        long a = list.isEmpty() ? 0 : list.get(c.selected()).caseId();
        return new ReceptionPage(repo, access, root, List.copyOf(list), l.find(), editing, input, c, a, l.now(), message,
                error, gen, false);
    }

    /** The selection moved: a message about the person it was on goes with it. */
    private ReceptionPage with(ListCursor c) {
        long a = c.selected() >= 0 && c.selected() < rows.size() ? rows.get(c.selected()).caseId() : anchor;
        boolean other = a != anchor;
        return new ReceptionPage(repo, access, root, rows, shown, editing, input, c, a, now, other ? "" : message,
                !other && error, gen, loading);
    }

    private ReceptionPage withInput(LineEdit edit) {
        return new ReceptionPage(repo, access, root, rows, shown, editing, edit, cursor, anchor, now, message, error, gen,
                loading);
    }

    private ReceptionPage withMessage(String text, boolean isError) {
        return new ReceptionPage(repo, access, root, rows, shown, editing, input, cursor, anchor, now, text, isError, gen,
                loading);
    }

    @Override
    public void draw(Canvas canvas) {
        ReceptionView.draw(this, canvas);
    }
}
