package dutydesk.reception;

import dutydesk.cases.CaseFormat;
import dutydesk.cases.DateInput;
import dutydesk.tui.Canvas;
import dutydesk.tui.Cmd;
import dutydesk.tui.CmdFailed;
import dutydesk.tui.DataChanged;
import dutydesk.tui.GlobalKeys;
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
import dutydesk.tui.Text;
import dutydesk.tui.keys.HintBar;
import dutydesk.tui.keys.Keymap;
import dutydesk.tui.widgets.ListCursor;
import java.time.LocalDate;
import java.util.List;

/**
 * End of the day: everyone due to report today who never arrived (no visit, no attendance
 * contact). Each is recorded through the contact form, which opens as a failure to attend
 * ({@code AFTA}) on today's date; once saved, the person drops off this list.
 */
public record NoShowsPage(VisitRepository repo, QueueLinks links, LocalDate day, List<ReceptionRow> rows,
                          ListCursor cursor, long anchor, boolean loading, String message, boolean error, int gen)
        implements Page {

    static final int CHROME_ROWS = 5;

    enum Action { UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END, RECORD, OPEN, BACK }

    static final Keymap<Action> KEYS = Keymap.named("Not seen today", Action.class)
            .bind(Action.DOWN, "Move down", "<Down>", "j")
            .bind(Action.UP, "Move up", "<Up>", "k")
            .bind(Action.PAGE_DOWN, "Page down", "<PageDown>", "<c-f>", "<Space>")
            .bind(Action.PAGE_UP, "Page up", "<PageUp>", "<c-b>")
            .bind(Action.HOME, "First", "<Home>", "g")
            .bind(Action.END, "Last", "<End>", "G")
            .bind(Action.RECORD, "Record a failure to attend (the contact form, as AFTA today)", "<Enter>", "c")
            .bind(Action.OPEN, "Read the selected person's case", "o")
            .bind(Action.BACK, "Back to the queue", "<Esc>", "q", "<Left>", "h")
            .build();

    record Loaded(int gen, List<ReceptionRow> rows) implements Msg {
    }

    public static NoShowsPage create(VisitRepository repo, QueueLinks links) {
        return new NoShowsPage(repo, links, repo.today(), List.of(), ListCursor.empty(1), 0, true, "", false, 0);
    }

    @Override
    public List<Cmd> init() {
        return List.of(load(gen));
    }

    @Override
    public String title() {
        return "Not seen today";
    }

    @Override
    public List<Keymap<?>> keymaps() {
        return List.of(KEYS);
    }

    ReceptionRow selectedRow() {
        int i = cursor.selected();
        return i >= 0 && i < rows.size() ? rows.get(i) : null;
    }

    @Override
    public Next<Page> update(Msg msg) {
        if (msg instanceof KeyMsg k) {
            return KEYS.lookup(k.key()).map(this::act).orElse(Next.ignored(this));
        }
        if (msg instanceof Loaded l) {
            if (l.gen() != gen) {
                return Next.of(this);
            }
            int index = -1;
            for (int i = 0; i < l.rows().size(); i++) {
                if (l.rows().get(i).caseId() == anchor) {
                    index = i;
                }
            }
            if (index < 0) {
                index = Math.min(cursor.selected(), l.rows().size() - 1);
            }
            ListCursor c = cursor.withTotal(l.rows().size()).selectKeepingRow(Math.max(0, index));
            long a = l.rows().isEmpty() ? 0 : l.rows().get(c.selected()).caseId();
            return Next.of(new NoShowsPage(repo, links, day, List.copyOf(l.rows()), c, a, false, message, error, gen));
        }
        if (msg instanceof Resized r) {
            return Next.of(with(cursor.withHeight(Math.max(1, r.rows() - CHROME_ROWS))));
        }
        if (msg instanceof Resumed || msg instanceof Refresh || msg instanceof DataChanged) {
            int g = gen + 1;
            return Next.of(new NoShowsPage(repo, links, day, rows, cursor, anchor, true, message, error, g), load(g));
        }
        if (msg instanceof Notice n) {
            return Next.of(n.text().isEmpty() ? this
                    : new NoShowsPage(repo, links, day, rows, cursor, anchor, loading, n.text(), false, gen));
        }
        if (msg instanceof CmdFailed f) {
            return Next.of(new NoShowsPage(repo, links, day, rows, cursor, anchor, false, f.message(), true, gen));
        }
        return Next.ignored(this);
    }

    private Next<Page> act(Action a) {
        ReceptionRow r = selectedRow();
        switch (a) {
            case DOWN: return Next.of(with(cursor.moveBy(1)));
            case UP: return Next.of(with(cursor.moveBy(-1)));
            case PAGE_DOWN: return Next.of(with(cursor.pageDown()));
            case PAGE_UP: return Next.of(with(cursor.pageUp()));
            case HOME: return Next.of(with(cursor.home()));
            case END: return Next.of(with(cursor.end()));
            case RECORD:
                return r == null ? Next.of(this) : Next.of(this, Nav.push(links.failedToAttend(r.caseId(), r.crn(), day)));
            case OPEN:
                return r == null ? Next.of(this) : Next.of(this, Nav.push(links.viewCase(r.caseId(), r.crn())));
            case BACK:
                return Next.of(this, Nav.pop());
            default:
                return Next.ignored(this);
        }
    }

    private Cmd load(int g) {
        LocalDate d = day;
        return Cmd.latest("noshows.load", () -> new Loaded(g, repo.noShows(d)));
    }

    private NoShowsPage with(ListCursor c) {
        long a = c.selected() >= 0 && c.selected() < rows.size() ? rows.get(c.selected()).caseId() : anchor;
        return new NoShowsPage(repo, links, day, rows, c, a, loading, message, error, gen);
    }

    @Override
    public void draw(Canvas c) {
        String dot = " " + c.glyphs().dot() + " ";
        String right = (loading ? c.glyphs().ellipsis() + " " : "") + rows.size() + " not seen ";
        c.titleBar(" Duty Desk" + dot + "Due today, never arrived" + dot + CaseFormat.dayDate(day), right);
        c.field(1, 1, c.cols() - 2, "Record each as a failure to attend; the form opens as AFTA on "
                + DateInput.format(day) + ".", Role.DIM);
        c.fill(0, 2, c.cols(), 1, Role.HEADER);
        c.text(1, 2, "CRN", Role.HEADER);
        c.text(9, 2, "Name", Role.HEADER);
        c.text(40, 2, "Born", Role.HEADER);
        for (int i = 0; i < cursor.height(); i++) {
            int idx = cursor.top() + i;
            if (idx >= rows.size()) {
                break;
            }
            int row = 3 + i;
            ReceptionRow r = rows.get(idx);
            Role base = c.listRow(row, idx == cursor.selected());
            c.text(1, row, r.crn(), base);
            c.field(9, row, 30, CaseFormat.name(r.surname(), r.forename()), base);
            c.text(40, row, DateInput.format(r.dateOfBirth()), base);
        }
        if (rows.isEmpty() && !loading) {
            c.text(9, 4, "Everyone due today has been seen or recorded.", Role.DIM);
        }
        int status = c.rows() - 2;
        String pos = rows.isEmpty() ? "" : (cursor.selected() + 1) + "/" + rows.size();
        c.textRight(c.cols() - 1, status, pos, Role.NORMAL);
        if (!message.isEmpty()) {
            c.field(0, status, c.cols() - Text.width(pos) - 2, message, error ? Role.ERROR : Role.NORMAL);
        }
        HintBar.draw(c, c.rows() - 1, List.of(
                KEYS.hint(c.glyphs(), "Move", Action.UP, Action.DOWN),
                KEYS.hint(c.glyphs(), "Record AFTA", Action.RECORD),
                KEYS.hint(c.glyphs(), "Read case", Action.OPEN),
                KEYS.hint(c.glyphs(), "Back", Action.BACK),
                GlobalKeys.KEYS.hint(c.glyphs(), "Help", GlobalKeys.Action.HELP)));
    }
}
