package dutydesk.reports;

import dutydesk.tui.Canvas;
import dutydesk.tui.Cmd;
import dutydesk.tui.CmdFailed;
import dutydesk.tui.DataChanged;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Msg;
import dutydesk.tui.Next;
import dutydesk.tui.Notice;
import dutydesk.tui.Page;
import dutydesk.tui.Refresh;
import dutydesk.tui.Resized;
import dutydesk.tui.Resumed;
import dutydesk.tui.keys.Keymap;
import dutydesk.tui.widgets.TextPage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reports in the desk: the daily duty report for a day, or the missed checks, as the same
 * text the headless command prints for an email. The text is a {@link TextPage} ({@code body}),
 * which scrolls and goes back with the reading keys; this page adds the keys that choose the
 * report and the day, each choice reading the figures again on the command thread. {@code gen}
 * numbers the loads, and a result for an older one is dropped.
 */
public record ReportsPage(ReportRepository repo, ReportKind kind, LocalDate date, LocalDate today, TextPage body,
                          int gen, boolean loading, String message, boolean error) implements Page {

    /** Cases the page lists in the missed-checks report (the totals count them all). */
    static final int CASE_LIMIT = 500;

    enum Action { REPORT, EARLIER, LATER, TODAY }

    static final Keymap<Action> KEYS = Keymap.named("Reports", Action.class)
            .bind(Action.REPORT, "The other report: daily duty report, missed checks", "r", "<Tab>")
            .bind(Action.EARLIER, "Daily report: the day before", "-", "[")
            .bind(Action.LATER, "Daily report: the day after (up to today)", "+", "=", "]")
            .bind(Action.TODAY, "Daily report: today", "t")
            .build();

    /** A report's lines, for load number {@code gen}. */
    record Loaded(int gen, List<String> lines) implements Msg {
    }

    /** The daily duty report for {@code today}, loaded when first shown. */
    public static ReportsPage create(ReportRepository repo, LocalDate today) {
        return new ReportsPage(repo, ReportKind.DAILY, today, today, text(List.of(), 0, 80, 24), 0, true, "", false);
    }

    /**
     * The body showing {@code lines} from line {@code top} (kept within the text). Report lines
     * are already laid out, so the width does not change them; section headings are emphasised.
     */
    static TextPage text(List<String> lines, int top, int cols, int rows) {
        List<TextPage.Line> laid = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            laid.add(heading(lines, i) ? TextPage.Line.heading(lines.get(i)) : TextPage.Line.of(lines.get(i)));
        }
        List<TextPage.Line> fixed = List.copyOf(laid);
        int maxTop = Math.max(0, fixed.size() - Math.max(1, rows - 3));
        return new TextPage("Reports", width -> fixed, fixed, Math.max(0, Math.min(top, maxTop)), cols, rows);
    }

    /** A section heading: the report's first line, or a line above a rule of dashes. */
    static boolean heading(List<String> lines, int idx) {
        return idx == 0 || idx + 1 < lines.size() && lines.get(idx + 1).startsWith("---") && !lines.get(idx).isEmpty();
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
        return List.of(KEYS, TextPage.KEYS);
    }

    /** The report's lines as shown. */
    List<String> lines() {
        List<String> out = new ArrayList<>(body.lines().size());
        for (TextPage.Line l : body.lines()) {
            out.add(l.text());
        }
        return out;
    }

    int top() {
        return body.top();
    }

    // ---- update ----------------------------------------------------------------------------

    @Override
    public Next<Page> update(Msg msg) {
        if (msg instanceof KeyMsg k) {
            var mine = KEYS.lookup(k.key());
            return mine.isPresent() ? act(mine.get()) : body.update(msg).map(b -> withBody((TextPage) b));
        }
        if (msg instanceof Loaded l) {
            if (l.gen() != gen) {
                return Next.of(this);
            }
            return Next.of(new ReportsPage(repo, kind, date, today, text(l.lines(), body.top(), body.cols(),
                    body.rows()), gen, false, message, error));
        }
        if (msg instanceof Resized r) {
            return Next.of(withBody(text(lines(), body.top(), r.cols(), r.rows())));
        }
        if (msg instanceof Resumed || msg instanceof Refresh || msg instanceof DataChanged) {
            return load(kind, date, body.top());
        }
        if (msg instanceof Notice n) {
            return Next.of(with(n.text(), false));
        }
        if (msg instanceof CmdFailed f) {
            return Next.of(new ReportsPage(repo, kind, date, today, body, gen, false, f.message(), true));
        }
        return Next.ignored(this);
    }

    private Next<Page> act(Action a) {
        switch (a) {
            case REPORT: return load(kind.next(), date, 0);
            case EARLIER: return day(date.minusDays(1));
            case LATER: return day(date.plusDays(1));
            case TODAY: return day(today);
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
        return d.equals(date) ? Next.of(with("", false)) : load(kind, d, 0);
    }

    /** Asks for a report; the same report keeps its lines (and place) until the new ones come. */
    private Next<Page> load(ReportKind k, LocalDate d, int top) {
        boolean same = k == kind && d.equals(date);
        ReportsPage next = new ReportsPage(repo, k, d, today, text(same ? lines() : List.of(), top, body.cols(),
                body.rows()), gen + 1, true, "", false);
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

    private ReportsPage withBody(TextPage b) {
        return b.equals(body) ? this : new ReportsPage(repo, kind, date, today, b, gen, loading, message, error);
    }

    private ReportsPage with(String text, boolean isError) {
        if (text.equals(message) && isError == error) {
            return this;
        }
        return new ReportsPage(repo, kind, date, today, body, gen, loading, text, isError);
    }

    @Override
    public void draw(Canvas canvas) {
        ReportsView.draw(this, canvas);
    }
}
