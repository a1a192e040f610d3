package dutydesk.cases;

import com.googlecode.lanterna.input.KeyStroke;
import dutydesk.tui.Canvas;
import dutydesk.tui.Cmd;
import dutydesk.tui.CmdFailed;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Msg;
import dutydesk.tui.Nav;
import dutydesk.tui.Next;
import dutydesk.tui.DataChanged;
import dutydesk.tui.Notice;
import dutydesk.tui.Paste;
import dutydesk.tui.Page;
import dutydesk.tui.Refresh;
import dutydesk.tui.Resized;
import dutydesk.tui.Resumed;
import dutydesk.tui.keys.Keymap;
import dutydesk.tui.keys.Keys;
import dutydesk.tui.widgets.LineEdit;
import dutydesk.tui.widgets.ListCursor;
import dutydesk.tui.widgets.ListWindow;
import java.time.LocalDate;
import java.util.List;

/**
 * The unallocated case list: move, page, filter by surname or CRN as you type, filter by risk
 * marker, sort, and open a case. Holds only a few screens of rows (a {@link ListWindow}) around
 * what is visible and fetches more as the selection moves; the selection is anchored to a case,
 * so reloading (after a sort, clearing a filter, coming back from a case) keeps it on that case.
 *
 * <p>{@code gen} numbers each change of query: results for an older query are dropped.
 */
public record CaseListPage(CaseRepository repo, CaseLinks links, String office, CaseQuery query, boolean editing, LineEdit input,
                           ListCursor cursor, ListWindow<CaseRow> window, int all, int gen, boolean loading,
                           int pendingOffset, LocalDate today, String message, boolean error) implements Page {

    /** Rows the screen uses for things other than the list: title, heading, status, hints. */
    static final int CHROME_ROWS = 4;

    enum Action {
        UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END, OPEN, LOG, CHECKS, WORKLIST, QUEUE, RECEPTION, REPORTS, FILTER, CLEAR, MARKERS, SORT, QUIT,
        KEEP, EDIT_LEFT, EDIT_RIGHT, EDIT_HOME, EDIT_END, ERASE, ERASE_FORWARD
    }

    static final Keymap<Action> LIST_KEYS = Keymap.named("Case list", Action.class)
            .bind(Action.DOWN, "Move down", "<Down>", "j")
            .bind(Action.UP, "Move up", "<Up>", "k")
            .bind(Action.PAGE_DOWN, "Page down", "<PageDown>", "<c-f>", "<Space>")
            .bind(Action.PAGE_UP, "Page up", "<PageUp>", "<c-b>")
            .bind(Action.HOME, "First case", "<Home>", "g")
            .bind(Action.END, "Last case", "<End>", "G")
            .bind(Action.OPEN, "Open the selected case", "<Enter>", "<Right>", "l")
            .bind(Action.LOG, "Log a contact for the selected case", "c")
            .bind(Action.CHECKS, "DA and safeguarding checks of the selected case (Chk: how many are missed)", "d")
            .bind(Action.WORKLIST, "Missed checks: every case with one, worst first (the SPO's worklist)", "w")
            .bind(Action.QUEUE, "Duty queue: who is waiting at the office", "u")
            .bind(Action.RECEPTION, "Check someone in (reception's page)", "i")
            .bind(Action.REPORTS, "Reports: the day at the desk, missed checks by type and by case", "r")
            .bind(Action.FILTER, "Filter by surname (\"smith\", \"smith, jo\") or CRN (\"X12\")", "/")
            .bind(Action.CLEAR, "Clear the filters", "<Esc>")
            .bind(Action.MARKERS, "Show only: DA / child protection / MAPPA / high RoSH / overdue / missed checks / all",
                    "f")
            .bind(Action.SORT, "Sort by: next report / name / CRN / RoSH / last seen", "s")
            .bind(Action.QUIT, "Quit Duty Desk", "q")
            .build();

    static final Keymap<Action> FILTER_KEYS = Keymap.named("Typing a filter", Action.class)
            .bind(Action.DOWN, "Move down the list", "<Down>")
            .bind(Action.UP, "Move up the list", "<Up>")
            .bind(Action.PAGE_DOWN, "Page down", "<PageDown>")
            .bind(Action.PAGE_UP, "Page up", "<PageUp>")
            .bind(Action.KEEP, "Keep the filter and go back to the list keys", "<Enter>")
            .bind(Action.CLEAR, "Clear the filter", "<Esc>", "<c-c>")
            .bind(Action.ERASE, "Delete the character before the cursor (on an empty filter: leave)", "<BS>")
            .bind(Action.ERASE_FORWARD, "Delete the character under the cursor", "<Del>")
            .bind(Action.EDIT_LEFT, "Move the cursor left", "<Left>")
            .bind(Action.EDIT_RIGHT, "Move the cursor right", "<Right>")
            .bind(Action.EDIT_HOME, "Cursor to the start", "<Home>")
            .bind(Action.EDIT_END, "Cursor to the end", "<End>")
            .build();

    /** Result of a reload (new query, refresh): the slice and where the selection goes. */
    record Loaded(int gen, CaseWindow window) implements Msg {
    }

    /** Result of fetching more rows of the same query. */
    record Sliced(int gen, CaseWindow window) implements Msg {
    }

    /** The office name, for the title. */
    record Office(String name) implements Msg {
    }

    /** A new list, not yet loaded. */
    /** The same page showing a message on its status line. */
    public CaseListPage withNotice(String text) {
        return new CaseListPage(repo, links, office, query, editing, input, cursor, window, all, gen, loading,
                pendingOffset, today, text, false);
    }

    public static CaseListPage create(CaseRepository repo, CaseLinks links) {
        return new CaseListPage(repo, links, "", CaseQuery.DEFAULT, false, LineEdit.empty(40), ListCursor.empty(1),
                ListWindow.empty(), 0, 0, true, -1, null, "", false);
    }

    @Override
    public List<Cmd> init() {
        return List.of(() -> new Office(repo.officeName()), loadCmd(gen, null, 0));
    }

    @Override
    public String title() {
        return "Unallocated cases";
    }

    @Override
    public List<Keymap<?>> keymaps() {
        return List.of(LIST_KEYS, FILTER_KEYS);
    }

    /** The case under the selection, if loaded. */
    public CaseRow selectedRow() {
        return window.get(cursor.selected());
    }

    Long selectedId() {
        CaseRow r = selectedRow();
        return r == null ? null : r.id();
    }

    int listHeight() {
        return cursor.height();
    }

    // ---- update ----------------------------------------------------------------------------

    @Override
    public Next<Page> update(Msg msg) {
        if (msg instanceof KeyMsg k) {
            return editing ? filterKey(k.key()) : listKey(k.key());
        }
        if (msg instanceof Loaded l) {
            return l.gen() == gen ? loaded(l.window()) : Next.of(this);
        }
        if (msg instanceof Sliced s) {
            return s.gen() == gen ? sliced(s.window()) : Next.of(this);
        }
        if (msg instanceof Resized r) {
            return withCursor(cursor.withHeight(Math.max(1, r.rows() - CHROME_ROWS))).ensureLoaded();
        }
        if (msg instanceof Resumed || msg instanceof Refresh || msg instanceof DataChanged) {
            return reload(selectedId(), cursor.selected());
        }
        if (msg instanceof Office o) {
            return Next.of(new CaseListPage(repo, links, o.name(), query, editing, input, cursor, window, all, gen,
                    loading, pendingOffset, today, message, error));
        }
        if (msg instanceof Notice n) {
            return Next.of(n.text().isEmpty() ? this : new CaseListPage(repo, links, office, query, editing, input,
                    cursor, window, all, gen, loading, pendingOffset, today, n.text(), false));
        }
        if (msg instanceof Paste p) {
            return editing ? typedFilter(input.paste(p.text())) : Next.of(this);
        }
        if (msg instanceof CmdFailed f) {
            return Next.of(new CaseListPage(repo, links, office, query, editing, input, cursor, window, all, gen, false,
                    -1, today, f.message(), true));
        }
        return Next.ignored(this);
    }

    private Next<Page> listKey(KeyStroke key) {
        return LIST_KEYS.lookup(key).map(this::listAction).orElse(Next.ignored(this));
    }

    private Next<Page> listAction(Action a) {
        switch (a) {
            case DOWN: return move(cursor.moveBy(1));
            case UP: return move(cursor.moveBy(-1));
            case PAGE_DOWN: return move(cursor.pageDown());
            case PAGE_UP: return move(cursor.pageUp());
            case HOME: return move(cursor.home());
            case END: return move(cursor.end());
            case OPEN: {
                CaseRow r = selectedRow();
                return r == null ? Next.of(this) : Next.of(clearMessage(), Nav.push(CasePage.open(repo, links, r.id(), r.crn())));
            }
            case LOG: {
                CaseRow r = selectedRow();
                return r == null ? Next.of(this) : Next.of(clearMessage(), Nav.push(links.logContact(r.id(), r.crn())));
            }
            case CHECKS: {
                CaseRow r = selectedRow();
                return r == null ? Next.of(this) : Next.of(clearMessage(), Nav.push(links.checks(r.id(), r.crn())));
            }
            case WORKLIST:
                return Next.of(clearMessage(), Nav.push(links.missedChecks()));
            case QUEUE:
                return Next.of(clearMessage(), Nav.push(links.queue()));
            case RECEPTION:
                return Next.of(clearMessage(), Nav.push(links.reception()));
            case REPORTS:
                return Next.of(clearMessage(), Nav.push(links.reports()));
            case FILTER:
                return Next.of(new CaseListPage(repo, links, office, query, true, new LineEdit(query.text(),
                        query.text().length(), input.maxLength()), cursor, window, all, gen, loading, pendingOffset,
                        today, "", false));
            case CLEAR:
                if (!query.isFiltered() && query.text().isEmpty()) {
                    return Next.ignored(this);
                }
                return withQuery(query.withText("").withFlag(CaseFlagFilter.ALL), input.clear())
                        .reload(selectedId(), cursor.selected());
            case MARKERS:
                return withQuery(query.withFlag(query.flag().next()), input).reload(selectedId(), 0);
            case SORT:
                return withQuery(query.withSort(query.sort().next()), input).reload(selectedId(), 0);
            case QUIT:
                return Next.of(this, Nav.quit());
            default:
                return Next.ignored(this);
        }
    }

    private Next<Page> filterKey(KeyStroke key) {
        Character typed = Keys.typed(key);
        if (typed != null) {
            return typedFilter(input.insert(typed));
        }
        // Keys with no meaning while typing (F-keys, Ctrl+L...) are offered to the global bindings.
        return FILTER_KEYS.lookup(key).map(this::filterAction).orElse(Next.ignored(this));
    }

    private Next<Page> filterAction(Action a) {
        switch (a) {
            case DOWN: return move(cursor.moveBy(1));
            case UP: return move(cursor.moveBy(-1));
            case PAGE_DOWN: return move(cursor.pageDown());
            case PAGE_UP: return move(cursor.pageUp());
            case KEEP: return Next.of(editing(false, input));
            case CLEAR:
                return new CaseListPage(repo, links, office, query.withText(""), false, input.clear(), cursor, window, all,
                        gen, loading, pendingOffset, today, "", false).reload(selectedId(), cursor.selected());
            case ERASE:
                if (input.isEmpty()) {
                    return Next.of(editing(false, input));
                }
                return typedFilter(input.backspace());
            case ERASE_FORWARD: return typedFilter(input.delete());
            case EDIT_LEFT: return Next.of(editing(true, input.left()));
            case EDIT_RIGHT: return Next.of(editing(true, input.right()));
            case EDIT_HOME: return Next.of(editing(true, input.home()));
            case EDIT_END: return Next.of(editing(true, input.end()));
            default: return Next.of(this);
        }
    }

    /** The filter text changed: the list restarts at its first match. */
    private Next<Page> typedFilter(LineEdit edited) {
        if (edited.text().equals(query.text())) {
            return Next.of(editing(true, edited));
        }
        return new CaseListPage(repo, links, office, query.withText(edited.text()), true, edited, cursor, window, all, gen,
                loading, pendingOffset, today, "", false).reload(null, 0);
    }

    private CaseListPage editing(boolean on, LineEdit edit) {
        return new CaseListPage(repo, links, office, query, on, edit, cursor, window, all, gen, loading, pendingOffset,
                today, "", false);
    }

    private CaseListPage withQuery(CaseQuery q, LineEdit edit) {
        return new CaseListPage(repo, links, office, q, editing, edit, cursor, window, all, gen, loading, pendingOffset,
                today, "", false);
    }

    private CaseListPage withCursor(ListCursor c) {
        return new CaseListPage(repo, links, office, query, editing, input, c, window, all, gen, loading, pendingOffset,
                today, message, error);
    }

    private CaseListPage clearMessage() {
        return message.isEmpty() ? this : new CaseListPage(repo, links, office, query, editing, input, cursor, window, all,
                gen, loading, pendingOffset, today, "", false);
    }

    private Next<Page> move(ListCursor moved) {
        if (moved.equals(cursor)) {
            return Next.of(this);
        }
        return withCursor(moved).ensureLoaded();
    }

    /** Reloads the current query, selecting the anchor case if it still matches. */
    private Next<Page> reload(Long anchorId, int fallbackIndex) {
        int g = gen + 1;
        CaseListPage next = new CaseListPage(repo, links, office, query, editing, input, cursor, window, all, g, true, -1,
                today, message, error);
        return Next.of(next, next.loadCmd(g, anchorId, fallbackIndex));
    }

    private Cmd loadCmd(int g, Long anchorId, int fallbackIndex) {
        CaseQuery q = query;
        int h = listHeight();
        return Cmd.latest("cases.load", () -> new Loaded(g, repo.load(q, anchorId, fallbackIndex, h, 3 * h)));
    }

    private Next<Page> loaded(CaseWindow w) {
        ListCursor c = cursor.withTotal(w.total()).selectKeepingRow(w.selected());
        CaseListPage next = new CaseListPage(repo, links, office, query, editing, input, c,
                new ListWindow<>(w.offset(), w.rows()), w.all(), gen, false, -1, w.today(), message, error);
        return next.ensureLoaded();
    }

    private Next<Page> sliced(CaseWindow w) {
        CaseListPage next = new CaseListPage(repo, links, office, query, editing, input, cursor,
                new ListWindow<>(w.offset(), w.rows()), all, gen, loading, -1, w.today(), message, error);
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
        CaseQuery q = query;
        int g = gen;
        int total = cursor.total();
        int allCases = all;
        CaseListPage next = new CaseListPage(repo, links, office, query, editing, input, cursor, window, all, gen, loading,
                offset, today, message, error);
        return Next.of(next, Cmd.latest("cases.slice",
                () -> new Sliced(g, repo.slice(q, offset, 3 * h, total, allCases))));
    }

    @Override
    public void draw(Canvas canvas) {
        CaseListView.draw(this, canvas);
    }
}
