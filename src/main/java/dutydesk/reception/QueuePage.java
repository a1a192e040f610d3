package dutydesk.reception;

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
import dutydesk.tui.Refresh;
import dutydesk.tui.Resized;
import dutydesk.tui.Resumed;
import dutydesk.tui.Tick;
import dutydesk.tui.keys.Keymap;
import dutydesk.tui.widgets.ListCursor;
import dutydesk.users.Access;
import dutydesk.users.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The duty queue: everyone waiting at the office, in arrival order, then everyone with an
 * officer. A duty officer takes the next person (exactly one officer gets them, however many
 * press at once), which opens their case with the contact form ready; saving the contact marks
 * the visit seen. The list follows other sessions' check-ins, takes and completions as they
 * happen ({@link DataChanged}) without moving the selection, and marks new arrivals.
 *
 * @param selectedVisit the visit the selection is anchored to (0: none yet)
 * @param fresh         arrivals since the page was first shown that have not yet been selected
 * @param confirm       the person a PSO or PQiP is about to take although routed to a PO (else null)
 */
public record QueuePage(VisitRepository repo, QueueLinks links, Access access, QueueRules rules, List<QueueRow> rows,
                        Map<VisitState, Integer> counts, ListCursor cursor, long selectedVisit, Set<Long> fresh,
                        boolean loaded, Instant now, QueueRow confirm, String message, boolean error, int gen)
        implements Page {

    /** Title, heading, detail strip (3), status and hints. */
    static final int CHROME_ROWS = 7;

    enum Action { UP, DOWN, PAGE_UP, PAGE_DOWN, HOME, END, TAKE, OPEN, RELEASE, RECEPTION, NO_SHOWS, BACK, YES, NO }

    static final Keymap<Action> KEYS = Keymap.named("Duty queue", Action.class)
            .bind(Action.DOWN, "Move down", "<Down>", "j")
            .bind(Action.UP, "Move up", "<Up>", "k")
            .bind(Action.PAGE_DOWN, "Page down", "<PageDown>", "<c-f>", "<Space>")
            .bind(Action.PAGE_UP, "Page up", "<PageUp>", "<c-b>")
            .bind(Action.HOME, "First (longest waiting)", "<Home>", "g")
            .bind(Action.END, "Last", "<End>", "G")
            .bind(Action.TAKE, "Take the selected person and see them: opens their case with the contact form ready",
                    "<Enter>", "t")
            .bind(Action.OPEN, "Read the selected person's case without taking them", "o")
            .bind(Action.RELEASE, "Put the selected person back in the queue (yours; the SPO: anyone's)", "r")
            .bind(Action.RECEPTION, "Check someone in (reception's page)", "i")
            .bind(Action.NO_SHOWS, "End of day: who was due today and never arrived", "e")
            .bind(Action.BACK, "Back to the case list", "<Esc>", "<Left>", "h")
            .build();

    static final Keymap<Action> CONFIRM_KEYS = Keymap.named("Routed to a PO", Action.class)
            .bind(Action.YES, "Take them all the same", "y")
            .bind(Action.NO, "Leave them for a PO", "n", "<Esc>")
            .build();

    /** The queue as read, with the time it was read. */
    record Loaded(int gen, List<QueueRow> rows, Map<VisitState, Integer> counts, Instant now) implements Msg {
    }

    /** What a take or release did. */
    record Acted(Action action, QueueRow row, Outcome outcome) implements Msg {
    }

    public static QueuePage create(VisitRepository repo, QueueLinks links, Access access) {
        return new QueuePage(repo, links, access, repo.rules(), List.of(), Map.of(), ListCursor.empty(1), 0, Set.of(),
                false, repo.now(), null, "", false, 0);
    }

    @Override
    public List<Cmd> init() {
        return List.of(loadCmd(gen));
    }

    @Override
    public String title() {
        return "Duty queue";
    }

    @Override
    public List<Keymap<?>> keymaps() {
        return confirm != null ? List.of(CONFIRM_KEYS) : List.of(KEYS);
    }

    QueueRow selectedRow() {
        int i = cursor.selected();
        return i >= 0 && i < rows.size() ? rows.get(i) : null;
    }

    int waiting() {
        int n = 0;
        for (QueueRow r : rows) {
            if (r.state() == VisitState.WAITING) {
                n++;
            }
        }
        return n;
    }

    /** Whether taking {@code r} asks first: routed to a PO and this user is not one. */
    boolean asksFirst(QueueRow r) {
        if (!rules.poWarning() || access.is(Role.SPO)) {
            return false;
        }
        boolean qualified = access.user() != null && access.user().grade() != null
                && access.user().grade().qualifiedOfficer();
        return !qualified && !poReasons(r).isEmpty();
    }

    List<String> poReasons(QueueRow r) {
        return rules.poReasons(r.rosh(), r.da(), r.cp(), r.mappaLevel());
    }

    // ---- update ----------------------------------------------------------------------------

    @Override
    public Next<Page> update(Msg msg) {
        if (msg instanceof KeyMsg k) {
            if (confirm != null) {
                return CONFIRM_KEYS.lookup(k.key()).map(this::act).orElse(Next.of(this));
            }
            return KEYS.lookup(k.key()).map(this::act).orElse(Next.ignored(this));
        }
        if (msg instanceof Loaded l) {
            return l.gen() == gen ? Next.of(loaded(l)) : Next.of(this);
        }
        if (msg instanceof Acted a) {
            return acted(a);
        }
        if (msg instanceof Resized r) {
            return Next.of(with(cursor.withHeight(Math.max(1, r.rows() - CHROME_ROWS))));
        }
        if (msg instanceof Resumed || msg instanceof Refresh || msg instanceof DataChanged) {
            return reload(message, error);
        }
        if (msg instanceof Tick t) {
            return Next.of(new QueuePage(repo, links, access, rules, rows, counts, cursor, selectedVisit, fresh, loaded,
                    t.now(), confirm, message, error, gen));
        }
        if (msg instanceof Notice n) {
            return Next.of(n.text().isEmpty() ? this : withMessage(n.text(), false));
        }
        if (msg instanceof CmdFailed f) {
            return Next.of(withMessage(f.message(), true));
        }
        return Next.ignored(this);
    }

    private Next<Page> act(Action a) {
        QueueRow r = selectedRow();
        switch (a) {
            case DOWN: return Next.of(with(cursor.moveBy(1)));
            case UP: return Next.of(with(cursor.moveBy(-1)));
            case PAGE_DOWN: return Next.of(with(cursor.pageDown()));
            case PAGE_UP: return Next.of(with(cursor.pageUp()));
            case HOME: return Next.of(with(cursor.home()));
            case END: return Next.of(with(cursor.end()));
            case TAKE: return take(r);
            case OPEN:
                if (r == null) {
                    return Next.of(this);
                }
                return access.canReadCases() ? Next.of(withMessage("", false), Nav.push(links.viewCase(r.caseId(), r.crn())))
                        : Next.of(withMessage(access.refusal("read cases"), true));
            case RELEASE: return release(r);
            case RECEPTION:
                return Next.of(withMessage("", false), Nav.push(links.reception()));
            case NO_SHOWS:
                return access.canRecord() ? Next.of(withMessage("", false), Nav.push(links.noShows()))
                        : Next.of(withMessage(access.refusal("record failures to attend"), true));
            case BACK:
                return Next.of(this, Nav.pop());
            case YES: {
                QueueRow c = confirm;
                return Next.of(withConfirm(null).withMessage("Taking " + name(c) + c.crn() + "...", false),
                        takeCmd(c));
            }
            case NO:
                return Next.of(withConfirm(null).withMessage("Left " + name(confirm) + "in the queue for a PO.", false));
            default:
                return Next.ignored(this);
        }
    }

    private Next<Page> take(QueueRow r) {
        if (r == null) {
            return Next.of(this);
        }
        if (r.state() == VisitState.WITH_OFFICER) {
            if (repo.user().equals(r.takenBy())) {
                return Next.of(withMessage("", false), pushes(r));
            }
            return Next.of(withMessage(name(r) + "is with " + r.takenName() + " since "
                    + QueueFormat.arrival(r.takenAt(), now, repo.zone()) + ".", true));
        }
        if (!access.canRecord()) {
            return Next.of(withMessage(access.refusal("take people from the queue"), true));
        }
        if (asksFirst(r)) {
            return Next.of(withConfirm(r));
        }
        return Next.of(withMessage("Taking " + name(r) + r.crn() + "...", false), takeCmd(r));
    }

    private Next<Page> release(QueueRow r) {
        if (r == null) {
            return Next.of(this);
        }
        if (r.state() != VisitState.WITH_OFFICER) {
            return Next.of(withMessage(name(r) + "is waiting, not with an officer.", true));
        }
        boolean mine = repo.user().equals(r.takenBy());
        if (!mine && !access.canSupervise()) {
            return Next.of(withMessage(name(r) + "is with " + r.takenName() + "; only they or the SPO can put them back.",
                    true));
        }
        boolean anyone = access.canSupervise();
        return Next.of(this, () -> new Acted(Action.RELEASE, r, repo.release(r.visitId(), anyone)));
    }

    private Cmd takeCmd(QueueRow r) {
        return () -> new Acted(Action.TAKE, r, repo.take(r.visitId()));
    }

    private Nav[] pushes(QueueRow r) {
        List<Page> pages = links.see(r.caseId(), r.crn(), !r.expected());
        Nav[] out = new Nav[pages.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Nav.push(pages.get(i));
        }
        return out;
    }

    private Next<Page> acted(Acted a) {
        if (a.outcome() instanceof Outcome.Done d) {
            if (a.action() == Action.TAKE) {
                Next<Page> reloaded = reload("", false);
                List<Cmd> cmds = new ArrayList<>(reloaded.cmds());
                cmds.addAll(List.of(pushes(a.row())));
                return Next.of(reloaded.state(), cmds);
            }
            return reload(d.message(), false);
        }
        Outcome.Refused f = (Outcome.Refused) a.outcome();
        return reload(f.message(), true);
    }

    private Next<Page> reload(String msg, boolean err) {
        int g = gen + 1;
        QueuePage next = new QueuePage(repo, links, access, rules, rows, counts, cursor, selectedVisit, fresh, loaded, now,
                confirm, msg, err, g);
        return Next.of(next, next.loadCmd(g));
    }

    private Cmd loadCmd(int g) {
        return Cmd.latest("queue.load", () -> new Loaded(g, repo.queue(), repo.dayCounts(repo.today()), repo.now()));
    }

    /** Takes the new rows, keeping the selection on the same visit and marking new arrivals. */
    QueuePage loaded(Loaded l) {
        List<QueueRow> sorted = new ArrayList<>(l.rows());
        // Waiting first, in arrival order; then those with an officer.
        sorted.sort((x, y) -> Boolean.compare(x.state() != VisitState.WAITING, y.state() != VisitState.WAITING));
        Set<Long> before = new HashSet<>();
        for (QueueRow r : rows) {
            before.add(r.visitId());
        }
        Set<Long> nowFresh = new HashSet<>();
        for (QueueRow r : sorted) {
            boolean arrived = loaded && !before.contains(r.visitId()) && r.state() == VisitState.WAITING;
            if ((arrived || fresh.contains(r.visitId())) && r.visitId() != selectedVisit) {
                nowFresh.add(r.visitId());
            }
        }
        int index = -1;
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).visitId() == selectedVisit) {
                index = i;
            }
        }
        if (index < 0) {
            index = Math.min(cursor.selected(), sorted.size() - 1);
        }
        ListCursor c = cursor.withTotal(sorted.size()).selectKeepingRow(Math.max(0, index));
        long anchor = sorted.isEmpty() ? 0 : sorted.get(c.selected()).visitId();
        nowFresh.remove(anchor);
        return new QueuePage(repo, links, access, rules, List.copyOf(sorted), Map.copyOf(l.counts()), c, anchor,
                Set.copyOf(nowFresh), true, l.now(), confirm, message, error, gen);
    }

    private QueuePage with(ListCursor c) {
        if (c.equals(cursor)) {
            return this;
        }
        long anchor = c.selected() >= 0 && c.selected() < rows.size() ? rows.get(c.selected()).visitId() : 0;
        Set<Long> f = fresh;
        if (f.contains(anchor)) {
            Set<Long> copy = new HashSet<>(f);
            copy.remove(anchor);
            f = Set.copyOf(copy);
        }
        return new QueuePage(repo, links, access, rules, rows, counts, c, anchor, f, loaded, now, confirm, message,
                error, gen);
    }

    private QueuePage withConfirm(QueueRow r) {
        return new QueuePage(repo, links, access, rules, rows, counts, cursor, selectedVisit, fresh, loaded, now, r,
                message, error, gen);
    }

    private QueuePage withMessage(String text, boolean isError) {
        if (text.equals(message) && isError == error) {
            return this;
        }
        return new QueuePage(repo, links, access, rules, rows, counts, cursor, selectedVisit, fresh, loaded, now,
                confirm, text, isError, gen);
    }

    /** "Holmes, Wayne " (with a trailing space, to read on into what follows). */
    private static String name(QueueRow r) {
        return CaseFormat.name(r.surname(), r.forename()) + " ";
    }

    @Override
    public void draw(Canvas canvas) {
        QueueView.draw(this, canvas);
    }
}
