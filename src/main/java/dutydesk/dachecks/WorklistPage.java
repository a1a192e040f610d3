package dutydesk.dachecks;

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
import dutydesk.tui.Refresh;
import dutydesk.tui.Resized;
import dutydesk.tui.Resumed;
import dutydesk.tui.keys.Keymap;
import dutydesk.tui.widgets.ListCursor;
import dutydesk.tui.widgets.ListWindow;
import java.time.LocalDate;
import java.util.List;

/**
 * The senior probation officer's worklist: unallocated cases with a missed domestic-abuse or
 * safeguarding check, worst first (RoSH, child protection, longest overdue). Move, page, narrow
 * the list to one kind of check, and open a case's checks. The selected case's missed checks
 * show underneath.
 *
 * <p>Like the case list it holds only a few screens of rows (a {@link ListWindow}) around what
 * is visible, fetching more as the selection moves, and the selection is anchored to a case:
 * reloading (coming back, Ctrl+L, the data changing, another filter) keeps it on that case.
 * {@code kind} is the check filter (null: every missed check); {@code gen} numbers each change
 * of query, and results for an older one are dropped.
 */
public record WorklistPage(WorklistRepository repo, Opener opener, CheckKind kind, ListCursor cursor,
                           ListWindow<WorklistRow> window, int all, int gen, boolean loading, int pendingOffset,
                           LocalDate today, String message, boolean error) implements Page {

    /** Opens the page showing one case's checks (written elsewhere, wired by the application). */
    @FunctionalInterface
    public interface Opener {
        Page open(long caseId, String crn);
    }

    /** Rows for things other than the list and the detail strip: title, heading, status, hints. */
    static final int CHROME_ROWS = 4;
    /** The detail strip under the list: a heading and up to three missed checks. */
    static final int STRIP_ROWS = 4;

    enum Action { UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END, OPEN, KIND, BACK }

    static final Keymap<Action> KEYS = Keymap.named("Missed checks", Action.class)
            .bind(Action.DOWN, "Move down", "<Down>", "j")
            .bind(Action.UP, "Move up", "<Up>", "k")
            .bind(Action.PAGE_DOWN, "Page down", "<PageDown>", "<c-f>", "<Space>")
            .bind(Action.PAGE_UP, "Page up", "<PageUp>", "<c-b>")
            .bind(Action.HOME, "First (worst) case", "<Home>", "g")
            .bind(Action.END, "Last case", "<End>", "G")
            .bind(Action.OPEN, "Open the selected case's checks", "<Enter>", "<Right>", "l")
            .bind(Action.KIND, "Show only cases missing one check: PDA, CSC, SARA ... then all again", "t")
            .bind(Action.BACK, "Back", "<Esc>", "q", "<Left>", "h", "<BS>")
            .build();

    /** Result of a reload (new filter, refresh): the slice and where the selection goes. */
    record Loaded(int gen, WorklistWindow window) implements Msg {
    }

    /** Result of fetching more rows of the same query. */
    record Sliced(int gen, WorklistWindow window) implements Msg {
    }

    /** A new worklist of every case with a missed check, loaded when first shown. */
    public static WorklistPage create(WorklistRepository repo, Opener opener) {
        return new WorklistPage(repo, opener, null, ListCursor.empty(1), ListWindow.empty(), 0, 0, true, -1, null,
                "", false);
    }

    @Override
    public List<Cmd> init() {
        return List.of(loadCmd(gen, null, 0));
    }

    @Override
    public String title() {
        return "Missed checks";
    }

    @Override
    public List<Keymap<?>> keymaps() {
        return List.of(KEYS);
    }

    /** The case under the selection, if loaded. */
    WorklistRow selectedRow() {
        return window.get(cursor.selected());
    }

    Long selectedId() {
        WorklistRow r = selectedRow();
        return r == null ? null : r.id();
    }

    int listHeight() {
        return cursor.height();
    }

    // ---- update ----------------------------------------------------------------------------

    @Override
    public Next<Page> update(Msg msg) {
        if (msg instanceof KeyMsg k) {
            return KEYS.lookup(k.key()).map(this::act).orElse(Next.ignored(this));
        }
        if (msg instanceof Loaded l) {
            return l.gen() == gen ? loaded(l.window()) : Next.of(this);
        }
        if (msg instanceof Sliced s) {
            return s.gen() == gen ? sliced(s.window()) : Next.of(this);
        }
        if (msg instanceof Resized r) {
            return withCursor(cursor.withHeight(Math.max(1, r.rows() - CHROME_ROWS - STRIP_ROWS))).ensureLoaded();
        }
        if (msg instanceof Resumed || msg instanceof Refresh || msg instanceof DataChanged) {
            return reload(selectedId(), cursor.selected());
        }
        if (msg instanceof Notice n) {
            return Next.of(n.text().isEmpty() ? this : withMessage(n.text(), false));
        }
        if (msg instanceof CmdFailed f) {
            return Next.of(new WorklistPage(repo, opener, kind, cursor, window, all, gen, false, -1, today,
                    f.message(), true));
        }
        return Next.ignored(this);
    }

    private Next<Page> act(Action a) {
        switch (a) {
            case DOWN: return move(cursor.moveBy(1));
            case UP: return move(cursor.moveBy(-1));
            case PAGE_DOWN: return move(cursor.pageDown());
            case PAGE_UP: return move(cursor.pageUp());
            case HOME: return move(cursor.home());
            case END: return move(cursor.end());
            case OPEN: {
                WorklistRow r = selectedRow();
                return r == null ? Next.of(this) : Next.of(withMessage("", false), Nav.push(opener.open(r.id(), r.crn())));
            }
            case KIND:
                return new WorklistPage(repo, opener, WorklistFormat.next(kind), cursor, window, all, gen, loading,
                        pendingOffset, today, "", false).reload(selectedId(), 0);
            case BACK:
                return Next.of(this, Nav.pop());
            default:
                return Next.ignored(this);
        }
    }

    private WorklistPage withCursor(ListCursor c) {
        return new WorklistPage(repo, opener, kind, c, window, all, gen, loading, pendingOffset, today, message, error);
    }

    private WorklistPage withMessage(String text, boolean isError) {
        if (text.equals(message) && isError == error) {
            return this;
        }
        return new WorklistPage(repo, opener, kind, cursor, window, all, gen, loading, pendingOffset, today, text,
                isError);
    }

    private Next<Page> move(ListCursor moved) {
        if (moved.equals(cursor)) {
            return Next.of(this);
        }
        return withCursor(moved).ensureLoaded();
    }

    /** Reloads the current filter, selecting the anchor case if it is still listed. */
    private Next<Page> reload(Long anchorId, int fallbackIndex) {
        int g = gen + 1;
        WorklistPage next = new WorklistPage(repo, opener, kind, cursor, window, all, g, true, -1, today, message,
                error);
        return Next.of(next, next.loadCmd(g, anchorId, fallbackIndex));
    }

    private Cmd loadCmd(int g, Long anchorId, int fallbackIndex) {
        CheckKind k = kind;
        int h = listHeight();
        return Cmd.latest("worklist.load", () -> new Loaded(g, repo.load(k, anchorId, fallbackIndex, h, 3 * h)));
    }

    private Next<Page> loaded(WorklistWindow w) {
        ListCursor c = cursor.withTotal(w.total()).selectKeepingRow(w.selected());
        WorklistPage next = new WorklistPage(repo, opener, kind, c, new ListWindow<>(w.offset(), w.rows()), w.all(),
                gen, false, -1, w.today(), message, error);
        return next.ensureLoaded();
    }

    private Next<Page> sliced(WorklistWindow w) {
        WorklistPage next = new WorklistPage(repo, opener, kind, cursor, new ListWindow<>(w.offset(), w.rows()), all,
                gen, loading, -1, w.today(), message, error);
        return next.ensureLoaded();
    }

    /**
     * Fetches rows when the visible part (plus half a screen either side) is not all in memory.
     * A fetch for the same slice is not asked twice.
     */
    Next<Page> ensureLoaded() {
        if (loading || cursor.isEmpty()) {
            return Next.of(this);
        }
        int h = listHeight();
        int margin = Math.max(1, h / 2);
        int from = Math.max(0, cursor.top() - margin);
        int to = Math.min(cursor.total(), cursor.visibleEnd() + margin);
        if (window.covers(from, to)) {
            return Next.of(this);
        }
        int offset = Math.max(0, Math.min(cursor.top() - h, cursor.total() - 3 * h));
        if (offset == pendingOffset) {
            return Next.of(this);
        }
        CheckKind k = kind;
        int g = gen;
        int total = cursor.total();
        int allCases = all;
        WorklistPage next = new WorklistPage(repo, opener, kind, cursor, window, all, gen, loading, offset, today,
                message, error);
        return Next.of(next, Cmd.latest("worklist.slice",
                () -> new Sliced(g, repo.slice(k, offset, 3 * h, total, allCases))));
    }

    @Override
    public void draw(Canvas canvas) {
        WorklistView.draw(this, canvas);
    }
}
