package dutydesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dutydesk.db.Database;
import dutydesk.testing.TestDb;
import dutydesk.tui.Cmd;
import dutydesk.tui.CmdFailed;
import dutydesk.tui.DataChanged;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Msg;
import dutydesk.tui.Nav;
import dutydesk.tui.Next;
import dutydesk.tui.Page;
import dutydesk.tui.Resized;
import dutydesk.tui.widgets.TextPage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports page's update, message by message, with no terminal. Only the tests that run a
 * load command touch the database (the hand-made office of {@link ReportFixture}).
 */
class ReportsPageTest {

    static final LocalDate TODAY = TestDb.TODAY;

    @TempDir
    static Path dir;
    static Database db;
    static ReportRepository repo;

    @BeforeAll
    static void open() {
        db = ReportFixture.open(dir);
        repo = new ReportRepository(db, TestDb.CLOCK);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static List<String> numbered(int n) {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            lines.add("line " + i);
        }
        return lines;
    }

    /** A page on 80x24 showing {@code n} lines of a loaded daily report. */
    static ReportsPage shown(int n) {
        ReportsPage p = (ReportsPage) ReportsPage.create(repo, TODAY).update(new Resized(80, 24)).state();
        return (ReportsPage) p.update(new ReportsPage.Loaded(p.gen(), numbered(n))).state();
    }

    static Next<Page> key(Page p, char c) {
        return p.update(new KeyMsg(new KeyStroke(c, false, false)));
    }

    static Next<Page> key(Page p, KeyType t) {
        return p.update(new KeyMsg(new KeyStroke(t)));
    }

    static ReportsPage state(Next<Page> n) {
        return (ReportsPage) n.state();
    }

    static Msg run(Cmd c) throws Exception {
        return c.run();
    }

    @Test
    void opensOnTodaysDailyReportAndLoadsIt() throws Exception {
        ReportsPage p = ReportsPage.create(repo, TODAY);
        assertEquals(ReportKind.DAILY, p.kind());
        assertEquals(TODAY, p.date());
        assertTrue(p.loading());
        assertEquals(1, p.init().size());
        ReportsPage.Loaded l = (ReportsPage.Loaded) run(p.init().get(0));
        assertEquals(p.gen(), l.gen());
        assertEquals(ReportText.daily(repo.daily(TODAY)), l.lines());
        ReportsPage shown = state(p.update(l));
        assertFalse(shown.loading());
        assertEquals(l.lines(), shown.lines());
    }

    @Test
    void aResultForAnEarlierChoiceIsDropped() {
        ReportsPage p = shown(10);
        ReportsPage earlier = state(key(p, '-'));
        Next<Page> stale = earlier.update(new ReportsPage.Loaded(p.gen(), numbered(3)));
        assertSame(earlier, stale.state());
        assertTrue(earlier.loading());
    }

    @Test
    void scrollingStopsAtBothEnds() {
        ReportsPage p = shown(50);
        assertEquals(0, state(key(p, 'k')).top());
        assertEquals(1, state(key(p, 'j')).top());
        assertEquals(21, state(key(p, KeyType.PageDown)).top());
        assertEquals(29, state(key(state(key(p, KeyType.PageDown)), KeyType.PageDown)).top());
        assertEquals(29, state(key(p, 'G')).top());
        assertEquals(0, state(key(state(key(p, 'G')), 'g')).top());
        assertEquals(0, state(key(shown(5), 'G')).top(), "a short report does not scroll");
        ReportsPage smaller = state(state(key(p, 'G')).update(new Resized(80, 40)));
        assertEquals(List.of("line 1", "line 2"), smaller.lines().subList(0, 2));
        assertEquals(13, smaller.top(), "a taller window shows more, so the bottom comes up");
    }

    @Test
    void theDayMovesBackAndForwardButNotPastToday() throws Exception {
        ReportsPage p = shown(50);
        Next<Page> back = key(state(key(p, 'j')), '-');
        ReportsPage b = state(back);
        assertEquals(TODAY.minusDays(1), b.date());
        assertEquals(0, b.top());
        assertEquals(List.of(), b.lines(), "another day's lines are not shown as this day's");
        assertEquals(p.gen() + 1, b.gen());
        assertEquals(1, back.cmds().size());
        ReportsPage.Loaded l = (ReportsPage.Loaded) run(back.cmds().get(0));
        assertEquals(ReportText.daily(repo.daily(TODAY.minusDays(1))), l.lines());

        assertEquals(TODAY, state(key(b, '+')).date());
        assertEquals(TODAY, state(key(b, 't')).date());
        Next<Page> future = key(p, '+');
        assertEquals(TODAY, state(future).date());
        assertTrue(future.cmds().isEmpty());
        assertEquals("Today is the latest day with a report.", state(future).message());
        assertTrue(key(p, 't').cmds().isEmpty(), "already today");
    }

    @Test
    void theOtherReportIsTheMissedChecksAsOfToday() throws Exception {
        ReportsPage p = shown(50);
        Next<Page> n = key(p, 'r');
        ReportsPage m = state(n);
        assertEquals(ReportKind.MISSED, m.kind());
        assertEquals(0, m.top());
        ReportsPage.Loaded l = (ReportsPage.Loaded) run(n.cmds().get(0));
        assertEquals(ReportText.missed(repo.missed(ReportsPage.CASE_LIMIT)), l.lines());
        Next<Page> earlier = key(m, '-');
        assertTrue(earlier.cmds().isEmpty());
        assertTrue(state(earlier).message().startsWith("The missed checks are always as they stand today"));
        assertEquals(ReportKind.DAILY, state(key(m, KeyType.Tab)).kind(), "Tab switches back");
    }

    @Test
    void newDataReloadsInPlaceAndFailuresAreShown() {
        ReportsPage p = state(key(shown(50), 'j'));
        Next<Page> reload = p.update(new DataChanged());
        ReportsPage r = state(reload);
        assertEquals(1, r.top());
        assertEquals(p.lines(), r.lines(), "the old lines stay until the new ones come");
        assertEquals(1, reload.cmds().size());
        ReportsPage failed = state(r.update(new CmdFailed(new RuntimeException("x"), "The database is busy.", null)));
        assertFalse(failed.loading());
        assertTrue(failed.error());
        assertEquals("The database is busy.", failed.message());
    }

    @Test
    void escapeGoesBackAndOtherKeysAreLeftForTheApplication() {
        ReportsPage p = shown(5);
        Next<Page> esc = key(p, KeyType.Escape);
        assertInstanceOf(Nav.Pop.class, esc.cmds().get(0));
        assertFalse(key(p, 'x').handled());
        assertEquals(List.of(), ReportsPage.KEYS.conflicts());
        for (var b : ReportsPage.KEYS.bindings()) {
            for (KeyStroke k : b.keys()) {
                assertTrue(TextPage.KEYS.lookup(k).isEmpty(), k + " is also a reading key");
            }
        }
        assertEquals(List.of("Reports", "Reading"), p.keymaps().stream().map(m -> m.title()).toList(),
                "help lists both tables");
    }
}
