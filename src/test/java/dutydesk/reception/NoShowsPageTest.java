package dutydesk.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.db.Database;
import dutydesk.testing.TestDb;
import dutydesk.tui.Cmd;
import dutydesk.tui.CmdFailed;
import dutydesk.tui.DataChanged;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Nav;
import dutydesk.tui.Next;
import dutydesk.tui.Notice;
import dutydesk.tui.Page;
import dutydesk.tui.Refusal;
import dutydesk.tui.Resized;
import dutydesk.tui.Resumed;
import dutydesk.tui.keys.Keys;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The end-of-day page's update alone: messages in, state and commands out; nothing runs. */
class NoShowsPageTest {

    /** Links that name the page asked for instead of building it. */
    static final QueueLinks LINKS = new QueueLinks() {
        @Override
        public List<Page> see(long caseId, String crn, boolean walkIn) {
            return List.of(new Refusal("see " + crn));
        }

        @Override
        public Page viewCase(long caseId, String crn) {
            return new Refusal("case " + caseId + " " + crn);
        }

        @Override
        public Page reception() {
            return new Refusal("reception");
        }

        @Override
        public Page noShows() {
            return new Refusal("no-shows");
        }

        @Override
        public Page failedToAttend(long caseId, String crn, LocalDate day) {
            return new Refusal("AFTA " + caseId + " " + crn + " " + day);
        }
    };

    static final ReceptionRow ADAMS = ReceptionPageTest.due(1, "Adams", "Jo");
    static final ReceptionRow BAKER = ReceptionPageTest.due(2, "Baker", "Sam");
    static final ReceptionRow COLE = ReceptionPageTest.due(3, "Cole", "Lee");

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = TestDb.empty(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    NoShowsPage page() {
        NoShowsPage p = NoShowsPage.create(new VisitRepository(db, TestDb.CLOCK, "tbradshaw"), LINKS);
        return (NoShowsPage) p.update(new Resized(80, 24)).state();
    }

    static NoShowsPage load(NoShowsPage p, ReceptionRow... rows) {
        return (NoShowsPage) p.update(new NoShowsPage.Loaded(p.gen(), List.of(rows))).state();
    }

    static Next<Page> press(NoShowsPage p, String key) {
        return p.update(new KeyMsg(Keys.parse(key)));
    }

    static NoShowsPage after(NoShowsPage p, String... keys) {
        for (String k : keys) {
            p = (NoShowsPage) press(p, k).state();
        }
        return p;
    }

    static long selected(NoShowsPage p) {
        return p.selectedRow().caseId();
    }

    static void assertLoads(Next<Page> n) {
        assertEquals(1, n.cmds().size(), n.cmds().toString());
        assertTrue(n.cmds().get(0) instanceof Cmd.Keyed k && k.key().equals("noshows.load"), n.cmds().toString());
    }

    @Test
    void theDayIsTodayAndItsListIsAskedForAtStart() {
        NoShowsPage p = page();
        assertEquals(TestDb.TODAY, p.day());
        assertTrue(p.loading());
        assertEquals(1, p.init().size());
        assertTrue(p.init().get(0) instanceof Cmd.Keyed k && k.key().equals("noshows.load"));

        p = load(p, ADAMS, BAKER, COLE);
        assertFalse(p.loading());
        assertEquals(List.of(ADAMS, BAKER, COLE), p.rows());
        assertEquals(1, selected(p));
    }

    @Test
    void movingTheSelection() {
        NoShowsPage p = load(page(), ADAMS, BAKER, COLE);
        assertEquals(2, selected(after(p, "j")));
        assertEquals(3, selected(after(p, "<Down>", "<Down>", "<Down>")), "the last row stays selected");
        assertEquals(1, selected(after(p, "j", "k")));
        assertEquals(1, selected(after(p, "<Up>")), "the first row stays selected");
        assertEquals(3, selected(after(p, "G")));
        assertEquals(1, selected(after(p, "G", "g")));
        assertEquals(3, after(p, "<End>").anchor());
        assertTrue(press(p, "j").cmds().isEmpty());
    }

    @Test
    void enterOrCOpensTheContactFormAsAFailureToAttendTodayForTheSelectedPerson() {
        NoShowsPage p = after(load(page(), ADAMS, BAKER, COLE), "j");
        Nav expected = Nav.push(new Refusal("AFTA 2 A000002 2026-11-23"));
        Next<Page> enter = press(p, "<Enter>");
        assertEquals(List.of(expected), enter.cmds());
        assertSame(p, enter.state(), "the list stays as it is underneath the form");
        assertEquals(List.of(expected), press(p, "c").cmds());
    }

    @Test
    void oOpensTheSelectedPersonsCase() {
        NoShowsPage p = after(load(page(), ADAMS, BAKER, COLE), "G");
        assertEquals(List.of(Nav.push(new Refusal("case 3 A000003"))), press(p, "o").cmds());
    }

    @Test
    void onAnEmptyListNothingOpens() {
        NoShowsPage p = load(page());
        for (String k : List.of("<Enter>", "c", "o")) {
            Next<Page> n = press(p, k);
            assertSame(p, n.state(), k);
            assertTrue(n.cmds().isEmpty(), k);
        }
    }

    @Test
    void escQLeftAndHGoBackToTheQueue() {
        NoShowsPage p = load(page(), ADAMS);
        for (String k : List.of("<Esc>", "q", "<Left>", "h")) {
            assertEquals(List.of(Nav.pop()), press(p, k).cmds(), k);
        }
        assertFalse(press(p, "x").handled(), "other keys are left to the global bindings");
    }

    @Test
    void aSavedFailureToAttendDropsThePersonAndTheSelectionStaysInPlace() {
        NoShowsPage p = after(load(page(), ADAMS, BAKER, COLE), "j");
        int gen = p.gen();
        Next<Page> back = p.update(new Resumed());
        assertLoads(back);
        p = (NoShowsPage) back.state();
        assertEquals(gen + 1, p.gen());
        assertTrue(p.loading());

        p = (NoShowsPage) p.update(new Notice("Saved AFTA for Baker, Sam.")).state();
        assertEquals("Saved AFTA for Baker, Sam.", p.message());
        assertFalse(p.error());

        p = load(p, ADAMS, COLE);
        assertEquals(List.of(ADAMS, COLE), p.rows());
        assertEquals(3, selected(p), "the next person down, ready to record");
        assertEquals(3, p.anchor());
    }

    @Test
    void theSelectionStaysOnItsPersonWhenOthersChange() {
        NoShowsPage p = after(load(page(), ADAMS, BAKER, COLE), "j");
        Next<Page> changed = p.update(new DataChanged());
        assertLoads(changed);
        p = load((NoShowsPage) changed.state(), BAKER, COLE);
        assertEquals(2, selected(p), "Adams was seen elsewhere; Baker is still selected");
        assertEquals(0, p.cursor().selected());
    }

    @Test
    void aListAnsweringAnOlderRequestIsDropped() {
        NoShowsPage p = load(page(), ADAMS, BAKER);
        NoShowsPage reading = (NoShowsPage) p.update(new DataChanged()).state();
        Next<Page> late = reading.update(new NoShowsPage.Loaded(p.gen(), List.of(COLE)));
        assertSame(reading, late.state());
        assertTrue(late.cmds().isEmpty());
    }

    @Test
    void aFailedReadShowsItsMessageAsAnError() {
        NoShowsPage p = (NoShowsPage) load(page(), ADAMS).update(new DataChanged()).state();
        Next<Page> failed = p.update(new CmdFailed(new IllegalStateException("locked"),
                "The database is busy: try again in a moment.", null));
        NoShowsPage f = (NoShowsPage) failed.state();
        assertEquals("The database is busy: try again in a moment.", f.message());
        assertTrue(f.error());
        assertFalse(f.loading());
        assertEquals(List.of(ADAMS), f.rows(), "the last list stays");
        assertTrue(failed.cmds().isEmpty());
        assertSame(f, f.update(new Notice("")).state(), "an empty notice leaves the status line alone");
    }
}
