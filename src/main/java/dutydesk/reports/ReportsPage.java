package dutydesk.reports;

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
import java.time.LocalDate;
import java.util.List;

/**
 * The reports in the desk: the daily duty report for a day, or the missed checks, as the same
 * text the headless command prints for an email, scrollable. Keys choose the report and the day;
 * each choice reads the figures again on the command thread. {@code gen} numbers the loads, and
 * a result for an older one is dropped; {@code top} is the first line shown.
 */
public record ReportsPage(ReportRepository repo, ReportKind kind, LocalDate date, LocalDate today, List<String> lines,
                          int top, int rows, int gen, boolean loading, String message, boolean error) implements Page {

    /** Cases the page lists in the missed-checks report (the totals count them all). */
    static final int CASE_LIMIT = 500;
    /** Rows for the title, the status line and the hints. */
    static final int CHROME_ROWS = 3;

    enum Action { DOWN, UP, PAGE_DOWN, PAGE_UP, HOME, END, REPORT, EARLIER, LATER, TODAY, BACK }

    static final Keymap<Action> KEYS = Keymap.named("Reports", Action.class)
            .bind(Action.DOWN, "Scroll down", "<Down>", "j")
            .bind(Action.UP, "Scroll up", "<Up>", "k")
            .bind(Action.PAGE_DOWN, "Page down", "<PageDown>", "<Space>", "<c-f>")
            .bind(Action.PAGE_UP, "Page up", "<PageUp>", "<c-b>")
            .bind(Action.HOME, "Top", "<Home>", "g")
            .bind(Action.END, "Bottom", "<End>", "G")
            .bind(Action.REPORT, "The other report: daily duty report, missed checks", "r", "<Tab>")
            .bind(Action.EARLIER, "Daily report: the day before", "-", "[")
            .bind(Action.LATER, "Daily report: the day after (up to today)", "+", "=", "]")
            .bind(Action.TODAY, "Daily report: today", "t")
            .bind(Action.BACK, "Back", "<Esc>", "q", "<Left>", "h", "<BS>")
            .build();

    /** A report's lines, for load number {@code gen}. */
    record Loaded(int gen, List<String> lines) implements Msg {
    }

    public ReportsPage {
        lines = List.copyOf(lines);
    }

    /** The daily duty report for {@code today}, loaded when first shown. */
    public static ReportsPage create(ReportRepository repo, LocalDate today) {
        return new ReportsPage(repo, ReportKind.DAILY, today, today, List.of(), 0, 24, 0, true, "", false);
    }

    @Override
    public List<Cmd> init() {
        return List.of(loadCmd());
    }

    @Override
    public String title() {
        return "Reports";
    }

    @Override
    public List<Keymap<?>> keymaps() {
        return List.of(KEYS);
    }

    int bodyHeight() {
        return Math.max(1, rows - CHROME_ROWS);
    }

    int maxTop() {
        return Math.max(0, lines.size() - bodyHeight());
    }

    // ---- update ----------------------------------------------------------------------------

    @Override
    public Next<Page> update(Msg msg) {
        if (msg instanceof KeyMsg k) {
            return KEYS.lookup(k.key()).map(this::act).orElse(Next.ignored(this));
        }
        if (msg instanceof Loaded l) {
            if (l.gen() != gen) {
                return Next.of(this);
            }
            return Next.of(new ReportsPage(repo, kind, date, today, l.lines(), top, rows, gen, false, message, error)
                    .scrolledTo(top));
        }
        if (msg instanceof Resized r) {
            return Next.of(new ReportsPage(repo, kind, date, today, lines, top, r.rows(), gen, loading, message, error)
                    .scrolledTo(top));
        }
        if (msg instanceof Resumed || msg instanceof Refresh || msg instanceof DataChanged) {
            return load(kind, date, top, "", false);
        }
        if (msg instanceof Notice n) {
            return Next.of(with(n.text(), false));
        }
        if (msg instanceof CmdFailed f) {
            return Next.of(new ReportsPage(repo, kind, date, today, lines, top, rows, gen, false, f.message(), true));
        }
        return Next.ignored(this);
    }

    private Next<Page> act(Action a) {
        switch (a) {
            case DOWN: return Next.of(scrolledTo(top + 1));
            case UP: return Next.of(scrolledTo(top - 1));
            case PAGE_DOWN: return Next.of(scrolledTo(top + bodyHeight()));
            case PAGE_UP: return Next.of(scrolledTo(top - bodyHeight()));
            case HOME: return Next.of(scrolledTo(0));
            case END: return Next.of(scrolledTo(maxTop()));
            case REPORT: return load(kind.next(), date, 0, "", false);
            case EARLIER: return day(date.minusDays(1));
            case LATER: return day(date.plusDays(1));
            case TODAY: return day(today);
            case BACK: return Next.of(this, Nav.pop());
            default: return Next.ignored(this);
        }
    }

    /** The daily report for another day; not past today, and not for the missed checks (always today's). */
    private Next<Page> day(LocalDate d) {
        if (kind != ReportKind.DAILY) {
            return Next.of(with("The missed checks are always as they stand today; r shows the daily report.", false));
        }
        if (d.isAfter(today)) {
            return Next.of(with("Today is the latest day with a report.", false));
        }
        return d.equals(date) ? Next.of(with("", false)) : load(kind, d, 0, "", false);
    }

    private Next<Page> load(ReportKind k, LocalDate d, int newTop, String text, boolean isError) {
        ReportsPage next = new ReportsPage(repo, k, d, today, k == kind && d.equals(date) ? lines : List.of(), newTop,
                rows, gen + 1, true, text, isError);
        return Next.of(next, next.loadCmd());
    }

    /** Reads the chosen report and lays it out, on the command thread. */
    Cmd loadCmd() {
        int g = gen;
        ReportKind k = kind;
        LocalDate d = date;
        ReportRepository r = repo;
        return Cmd.latest("reports.load", () -> new Loaded(g, k == ReportKind.DAILY ? ReportText.daily(r.daily(d))
                : ReportText.missed(r.missed(CASE_LIMIT))));
    }

    private ReportsPage scrolledTo(int t) {
        int clamped = Math.max(0, Math.min(maxTop(), t));
        return clamped == top ? this : new ReportsPage(repo, kind, date, today, lines, clamped, rows, gen, loading,
                message, error);
    }

    private ReportsPage with(String text, boolean isError) {
        if (text.equals(message) && isError == error) {
            return this;
        }
        return new ReportsPage(repo, kind, date, today, lines, top, rows, gen, loading, text, isError);
    }

    @Override
    public void draw(Canvas canvas) {
        ReportsView.draw(this, canvas);
    }
}
