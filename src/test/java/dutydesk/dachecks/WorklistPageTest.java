package dutydesk.dachecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dutydesk.db.Database;
import dutydesk.testing.TestDb;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worklist page's update, message by message, with no terminal. Most tests need no
 * database; those about which query a key issues run the page's command on the demo database.
 */
class WorklistPageTest {

    static final LocalDate TODAY = TestDb.TODAY;
    static final int TOTAL = 500;

    @TempDir
    static Path dir;
    static Database db;
    static WorklistRepository repo;

    @BeforeAll
    static void open() {
        db = TestDb.demo(dir);
        repo = new WorklistRepository(db, TestDb.CLOCK);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** A page the checks panel would be: remembers the case it was opened for. */
    record Opened(long caseId, String crn) implements Page {
        @Override
        public Next<Page> update(Msg msg) {
            return Next.ignored(this);
        }

        @Override
        public void draw(Canvas canvas) {
        }

        @Override
        public String title() {
            return "Checks";
        }

        @Override
        public List<Keymap<?>> keymaps() {
            return List.of();
        }
    }

    static final WorklistPage.Opener OPENER = Opened::new;

    static WorklistRow row(int position) {
        return new WorklistRow(20_000 + position, String.format("X%06d", position), "Surname" + position, "F",
                "HIGH", position % 2 == 0, false, 0, 1, List.of(CheckKind.POLICE_DA), TODAY.minusDays(30), List.of(
                        new MissedCheck(CheckKind.POLICE_DA, Missed.NOT_REQUESTED, TODAY.minusDays(30), "no C369")));
    }

    static WorklistWindow window(int offset, int count, int selected) {
        List<WorklistRow> rows = new ArrayList<>();
        for (int i = offset; i < Math.min(TOTAL, offset + count); i++) {
            rows.add(row(i));
        }
        return new WorklistWindow(TOTAL, TOTAL, offset, rows, selected, TODAY);
    }

    /** A page sized for 80x24 (16 list rows) showing the first rows of a 500-case worklist. */
    static WorklistPage loadedPage() {
        WorklistPage p = sized(WorklistPage.create(null, OPENER));
        return (WorklistPage) p.update(new WorklistPage.Loaded(p.gen(), window(0, 48, 0))).state();
    }

    static WorklistPage sized(WorklistPage p) {
        return (WorklistPage) p.update(new Resized(80, 24)).state();
    }

    static Next<Page> key(Page p, KeyStroke k) {
        return p.update(new KeyMsg(k));
    }

    static Next<Page> key(Page p, char c) {
        return key(p, new KeyStroke(c, false, false));
    }

    static Next<Page> key(Page p, KeyType t) {
        return key(p, new KeyStroke(t));
    }

    static String keyOf(Cmd c) {
        return c instanceof Cmd.Keyed k ? k.key() : c.getClass().getSimpleName();
    }

    /** Runs a page's only command (on this thread) and hands the page its result. */
    static WorklistPage runOnly(Next<Page> n) throws Exception {
        assertEquals(1, n.cmds().size(), "one command: " + n.cmds());
        Msg result = n.cmds().get(0).run();
        return (WorklistPage) n.state().update(result).state();
    }

    @Test
    void startsLoadingSizedToTheScreenWithTheStripUnderneath() {
        WorklistPage p = sized(WorklistPage.create(null, OPENER));
        assertEquals(24 - WorklistPage.CHROME_ROWS - WorklistPage.STRIP_ROWS, p.cursor().height());
        assertTrue(p.loading());
        assertNull(p.kind(), "every missed check to start with");
        assertEquals(1, p.init().size());
        assertEquals("worklist.load", keyOf(p.init().get(0)));
        WorklistPage loaded = loadedPage();
        assertFalse(loaded.loading());
        assertEquals(TOTAL, loaded.cursor().total());
        assertEquals(20_000, loaded.selectedRow().id());
        assertEquals("Missed checks", loaded.title());
    }

    @Test
    void movingWithinLoadedRowsIsPureAndFetchesAheadNearTheEdge() {
        Page p = loadedPage();
        for (KeyStroke k : List.of(new KeyStroke(KeyType.ArrowDown), new KeyStroke('j', false, false),
                new KeyStroke('j', false, false), new KeyStroke(KeyType.ArrowUp), new KeyStroke('k', false, false))) {
            Next<Page> n = key(p, k);
            assertEquals(List.of(), n.cmds(), "no query while the rows are in memory");
            p = n.state();
        }
        assertEquals(1, ((WorklistPage) p).cursor().selected());
        Next<Page> far = key(key(p, KeyType.PageDown).state(), KeyType.PageDown);
        WorklistPage paged = (WorklistPage) far.state();
        assertEquals(33, paged.cursor().selected());
        assertEquals(1, far.cmds().size(), "near the end of the loaded rows, the next slice is fetched");
        assertEquals("worklist.slice", keyOf(far.cmds().get(0)));
        assertEquals(List.of(), key(paged, KeyType.ArrowDown).cmds(), "the same slice is not asked for twice");
        WorklistPage back = (WorklistPage) key(paged, 'g').state();
        assertEquals(0, back.cursor().selected());
        assertEquals(0, ((WorklistPage) key(paged, KeyType.Home).state()).cursor().selected());
        assertEquals(17, ((WorklistPage) key(paged, KeyType.PageUp).state()).cursor().selected());
    }

    @Test
    void theEndIsFetchedAndFilledIn() {
        Next<Page> end = key(loadedPage(), 'G');
        WorklistPage p = (WorklistPage) end.state();
        assertEquals(TOTAL - 1, p.cursor().selected());
        assertNull(p.selectedRow(), "the last row is not loaded yet");
        assertEquals("worklist.slice", keyOf(end.cmds().get(0)));
        assertEquals(TOTAL - 1, ((WorklistPage) key(loadedPage(), KeyType.End).state()).cursor().selected());
        WorklistPage filled = (WorklistPage) p.update(new WorklistPage.Sliced(p.gen(), window(TOTAL - 48, 48, -1)))
                .state();
        assertEquals(20_000 + TOTAL - 1, filled.selectedRow().id());
    }

    @Test
    void theCheckTypeKeyCyclesThroughEveryKindAndBackToAll() {
        WorklistPage p = loadedPage();
        List<CheckKind> seen = new ArrayList<>();
        for (int i = 0; i < CheckKind.values().length; i++) {
            Next<Page> n = key(p, 't');
            p = (WorklistPage) n.state();
            seen.add(p.kind());
            assertTrue(p.loading());
            assertEquals("worklist.load", keyOf(n.cmds().get(0)));
        }
        assertEquals(List.of(CheckKind.values()), seen, "all, then each kind in order");
        assertNull(((WorklistPage) key(p, 't').state()).kind(), "and back to every missed check");
    }

    @Test
    void theCheckTypeKeyQueriesForThatKindKeepingTheCaseIfItIsListed() throws Exception {
        WorklistPage start = sized(WorklistPage.create(repo, OPENER));
        WorklistPage all = runOnly(Next.of(start, start.init()));
        // A case missing the police check and another besides, some way down the list.
        int at = 4;
        while (!(all.window().get(at).missedKinds().contains(CheckKind.POLICE_DA)
                && all.window().get(at).missedKinds().size() > 1)) {
            at++;
        }
        WorklistPage moved = all;
        for (int i = 0; i < at; i++) {
            moved = (WorklistPage) key(moved, 'j').state();
        }
        WorklistRow chosenRow = moved.selectedRow();
        long chosen = chosenRow.id();
        WorklistPage pda = runOnly(key(moved, 't'));
        assertEquals(CheckKind.POLICE_DA, pda.kind());
        assertEquals(repo.count(CheckKind.POLICE_DA), pda.cursor().total());
        assertEquals(repo.count(null), pda.all());
        assertTrue(pda.cursor().total() < pda.all());
        for (int i = pda.window().offset(); i < pda.window().end(); i++) {
            assertTrue(pda.window().get(i).missedKinds().contains(CheckKind.POLICE_DA));
        }
        assertEquals(chosen, pda.selectedRow().id(), "the selected case is still selected");
        // The next kind lists the case if it misses that check too; otherwise the list starts at its top.
        WorklistPage csc = runOnly(key(pda, 't'));
        assertEquals(CheckKind.SAFEGUARDING, csc.kind());
        if (chosenRow.missedKinds().contains(CheckKind.SAFEGUARDING)) {
            assertEquals(chosen, csc.selectedRow().id());
        } else {
            assertEquals(0, csc.cursor().selected());
        }
        // A kind that this case does not miss, whichever it is: the list starts at its top.
        CheckKind notMissed = Arrays.stream(CheckKind.values())
                .filter(k -> !chosenRow.missedKinds().contains(k) && repo.count(k) > 0).findFirst().orElseThrow();
        WorklistPage other = csc;
        while (other.kind() != notMissed) {
            other = runOnly(key(other, 't'));
        }
        assertEquals(0, other.cursor().selected());
        assertEquals(repo.count(notMissed), other.cursor().total());
    }

    @Test
    void enterPushesTheOpenersPageForTheSelectedCase() {
        WorklistPage p = (WorklistPage) key(loadedPage(), 'j').state();
        for (KeyStroke k : List.of(new KeyStroke(KeyType.Enter), new KeyStroke(KeyType.ArrowRight),
                new KeyStroke('l', false, false))) {
            Next<Page> open = key(p, k);
            Nav.Push push = assertInstanceOf(Nav.Push.class, open.cmds().get(0));
            assertEquals(new Opened(20_001, "X000001"), push.page());
        }
        WorklistPage unloaded = (WorklistPage) key(loadedPage(), 'G').state();
        assertEquals(List.of(), key(unloaded, KeyType.Enter).cmds(), "nothing to open until the row is loaded");
    }

    @Test
    void escQLeftAndBackspaceGoBack() {
        for (KeyStroke k : List.of(new KeyStroke(KeyType.Escape), new KeyStroke('q', false, false),
                new KeyStroke(KeyType.ArrowLeft), new KeyStroke('h', false, false), new KeyStroke(KeyType.Backspace))) {
            Next<Page> n = key(loadedPage(), k);
            assertInstanceOf(Nav.Pop.class, n.cmds().get(0), k.toString());
        }
    }

    @Test
    void comingBackRefreshingOrChangedDataReloadAnchoredOnTheSelectedCase() {
        WorklistPage p = (WorklistPage) key(key(loadedPage(), 'j').state(), 'j').state();
        for (Msg m : List.of(new Resumed(), new Refresh(), new DataChanged())) {
            Next<Page> n = p.update(m);
            WorklistPage reloading = (WorklistPage) n.state();
            assertTrue(reloading.loading(), m.toString());
            assertEquals(p.gen() + 1, reloading.gen());
            assertEquals("worklist.load", keyOf(n.cmds().get(0)));
            assertEquals(2, reloading.cursor().selected(), "the old rows stay shown until the new ones come");
        }
    }

    @Test
    void aReloadKeepsTheSelectionOnTheSameCaseWhenRowsAboveIt() throws Exception {
        Database own = TestDb.demo(Files.createDirectories(dir.resolve("reload")));
        try {
            WorklistRepository r = new WorklistRepository(own, TestDb.CLOCK);
            WorklistPage start = sized(WorklistPage.create(r, OPENER));
            WorklistPage p = runOnly(Next.of(start, start.init()));
            for (int i = 0; i < 6; i++) {
                p = (WorklistPage) key(p, 'j').state();
            }
            WorklistRow chosen = p.selectedRow();
            long first = p.window().get(0).id();
            long second = p.window().get(1).id();
            own.write(h -> h.createUpdate("UPDATE cases SET missed_checks = 0, missed_kinds = 0,"
                    + " checks_oldest_due = NULL WHERE id IN (:a, :b)").bind("a", first).bind("b", second).execute());
            WorklistPage after = runOnly(p.update(new DataChanged()));
            assertEquals(chosen.id(), after.selectedRow().id());
            assertEquals(4, after.cursor().selected());
            assertEquals(p.cursor().total() - 2, after.cursor().total());
            // The selected case itself leaves the list: the selection stays at its position.
            own.write(h -> h.createUpdate("UPDATE cases SET missed_checks = 0 WHERE id = :id")
                    .bind("id", chosen.id()).execute());
            WorklistPage gone = runOnly(after.update(new Resumed()));
            assertEquals(4, gone.cursor().selected());
            assertNotEquals(chosen.id(), gone.selectedRow().id());
        } finally {
            own.close();
        }
    }

    @Test
    void resultsForAnOlderQueryAreDropped() {
        WorklistPage p = loadedPage();
        WorklistPage filtered = (WorklistPage) key(p, 't').state();
        assertSame(filtered, filtered.update(new WorklistPage.Loaded(p.gen(), window(0, 48, 0))).state());
        assertSame(filtered, filtered.update(new WorklistPage.Sliced(p.gen(), window(0, 48, -1))).state());
        WorklistPage fresh = (WorklistPage) filtered.update(new WorklistPage.Loaded(filtered.gen(),
                new WorklistWindow(2, TOTAL, 0, List.of(row(3), row(4)), 0, TODAY))).state();
        assertEquals(2, fresh.cursor().total());
        assertEquals(TOTAL, fresh.all());
        assertFalse(fresh.loading());
    }

    @Test
    void failuresAndNoticesShowOnTheStatusLineAndTheListStaysUsable() {
        CmdFailed failed = new CmdFailed(new RuntimeException("x"), "The database is busy", null);
        WorklistPage after = (WorklistPage) loadedPage().update(failed).state();
        assertEquals("The database is busy", after.message());
        assertTrue(after.error());
        assertFalse(after.loading());
        assertEquals(1, ((WorklistPage) key(after, 'j').state()).cursor().selected());
        WorklistPage told = (WorklistPage) loadedPage().update(new Notice("Checks recorded.")).state();
        assertEquals("Checks recorded.", told.message());
        assertFalse(told.error());
        WorklistPage opened = (WorklistPage) key(told, KeyType.Enter).state();
        assertEquals("", opened.message(), "opening a case clears the message");
    }

    @Test
    void unknownKeysAreLeftForTheApplication() {
        assertFalse(key(loadedPage(), KeyType.F1).handled());
        assertFalse(key(loadedPage(), '?').handled());
        assertFalse(key(loadedPage(), 'Q').handled(), "Q quits everywhere; q here only goes back");
        assertFalse(loadedPage().update(new Msg() { }).handled());
    }

    @Test
    void theKeysAreOneTableWithNoKeyBoundTwice() {
        assertEquals(List.of(WorklistPage.KEYS), loadedPage().keymaps());
        assertEquals(List.of(), WorklistPage.KEYS.conflicts());
    }
}
