package dutydesk.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dutydesk.tui.Cmd;
import dutydesk.tui.CmdFailed;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Msg;
import dutydesk.tui.Nav;
import dutydesk.tui.Next;
import dutydesk.tui.Page;
import dutydesk.tui.Resized;
import dutydesk.tui.Resumed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list page's update, message by message, with no terminal and no database. */
class CaseListPageTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final int TOTAL = 1000;

    static CaseRow row(int position) {
        return new CaseRow(10_000 + position, String.format("X%06d", position), "Surname" + position, "F", "C2",
                "MEDIUM", false, false, 0, TODAY.plusDays(position / 10), null, 0);
    }

    static CaseWindow window(int offset, int count, int selected) {
        List<CaseRow> rows = new ArrayList<>();
        for (int i = offset; i < Math.min(TOTAL, offset + count); i++) {
            rows.add(row(i));
        }
        return new CaseWindow(TOTAL, TOTAL, offset, rows, selected, TODAY);
    }

    /** A page sized for 80x24 (20 list rows) showing the first rows of a 1,000-case list. */
    static CaseListPage loadedPage() {
        CaseListPage p = (CaseListPage) CaseListPage.create(null, CasePageTest.LINKS).update(new Resized(80, 24)).state();
        return (CaseListPage) p.update(new CaseListPage.Loaded(p.gen(), window(0, 60, 0))).state();
    }

    static Next<Page> key(Page p, KeyStroke k) {
        return p.update(new KeyMsg(k));
    }

    static Next<Page> key(Page p, char c) {
        return key(p, new KeyStroke(c, false, false));
    }

    static String keyOf(Cmd c) {
        return c instanceof Cmd.Keyed k ? k.key() : c.getClass().getSimpleName();
    }

    @Test
    void startsLoadingAndSizesTheListToTheScreen() {
        CaseListPage p = (CaseListPage) CaseListPage.create(null, CasePageTest.LINKS).update(new Resized(80, 24)).state();
        assertEquals(20, p.cursor().height());
        assertTrue(p.loading());
        assertEquals(2, p.init().size(), "office name and the first slice");
        CaseListPage loaded = loadedPage();
        assertFalse(loaded.loading());
        assertEquals(TOTAL, loaded.cursor().total());
        assertEquals(10_000, loaded.selectedRow().id());
    }

    @Test
    void movingWithinLoadedRowsIsPureAndFetchesAheadNearTheEdge() {
        Page p = loadedPage();
        for (int i = 0; i < 5; i++) {
            Next<Page> n = key(p, new KeyStroke(KeyType.ArrowDown));
            assertEquals(List.of(), n.cmds(), "no query while the rows are in memory");
            p = n.state();
        }
        assertEquals(5, ((CaseListPage) p).cursor().selected());
        Next<Page> far = key(p, new KeyStroke(KeyType.PageDown));
        far = key(far.state(), new KeyStroke(KeyType.PageDown));
        CaseListPage paged = (CaseListPage) far.state();
        assertEquals(45, paged.cursor().selected());
        assertEquals(1, far.cmds().size(), "near the end of the loaded rows, the next slice is fetched");
        assertEquals("cases.slice", keyOf(far.cmds().get(0)));
        Next<Page> again = key(paged, new KeyStroke(KeyType.ArrowDown));
        assertEquals(List.of(), again.cmds(), "the same slice is not asked for twice");
    }

    @Test
    void aFetchedSliceReplacesTheWindow() {
        CaseListPage p = (CaseListPage) key(loadedPage(), new KeyStroke(KeyType.End)).state();
        assertEquals(TOTAL - 1, p.cursor().selected());
        assertNull(p.selectedRow(), "the last row is not loaded yet");
        CaseListPage filled = (CaseListPage) p.update(new CaseListPage.Sliced(p.gen(), window(TOTAL - 60, 60, -1))).state();
        assertEquals(10_000 + TOTAL - 1, filled.selectedRow().id());
    }

    @Test
    void typingAFilterReloadsFromTheTopAndDropsStaleResults() {
        CaseListPage p = (CaseListPage) key(key(loadedPage(), new KeyStroke(KeyType.ArrowDown)).state(), '/').state();
        assertTrue(p.editing());
        Next<Page> s = key(p, 's');
        CaseListPage afterS = (CaseListPage) s.state();
        assertEquals("s", afterS.query().text());
        assertEquals("cases.load", keyOf(s.cmds().get(0)));
        Next<Page> m = key(afterS, 'm');
        CaseListPage afterM = (CaseListPage) m.state();
        assertEquals(afterS.gen() + 1, afterM.gen());
        // The result for "s" arrives after "m" was typed: it is ignored.
        Page stale = afterM.update(new CaseListPage.Loaded(afterS.gen(), window(0, 60, 0))).state();
        assertSame(afterM, stale);
        CaseListPage fresh = (CaseListPage) afterM.update(new CaseListPage.Loaded(afterM.gen(),
                new CaseWindow(3, TOTAL, 0, List.of(row(7), row(8), row(9)), 0, TODAY))).state();
        assertEquals(3, fresh.cursor().total());
        assertEquals(0, fresh.cursor().selected());
        assertFalse(fresh.loading());
    }

    @Test
    void lettersEditTheFilterWhileArrowsStillMoveTheList() {
        CaseListPage p = (CaseListPage) key(loadedPage(), '/').state();
        Next<Page> q = key(p, 'q');
        assertEquals("q", ((CaseListPage) q.state()).query().text(), "q is a letter here, not quit");
        assertFalse(q.cmds().stream().anyMatch(c -> c instanceof Nav));
        CaseListPage moved = (CaseListPage) key(p, new KeyStroke(KeyType.ArrowDown)).state();
        assertEquals(1, moved.cursor().selected());
        assertTrue(moved.editing());
    }

    @Test
    void enterKeepsTheFilterAndEscClearsItKeepingTheSelectedCase() {
        CaseListPage p = (CaseListPage) key(key(loadedPage(), '/').state(), 'x').state();
        CaseListPage kept = (CaseListPage) key(p, new KeyStroke(KeyType.Enter)).state();
        assertFalse(kept.editing());
        assertEquals("x", kept.query().text());
        Next<Page> cleared = key(kept, new KeyStroke(KeyType.Escape));
        assertEquals("", ((CaseListPage) cleared.state()).query().text());
        assertEquals("cases.load", keyOf(cleared.cmds().get(0)));
        assertTrue(key(loadedPage(), new KeyStroke(KeyType.Escape)).handled() == false,
                "Esc with no filter is left to the application");
    }

    @Test
    void backspaceOnAnEmptyFilterLeavesTheField() {
        CaseListPage p = (CaseListPage) key(loadedPage(), '/').state();
        CaseListPage left = (CaseListPage) key(p, new KeyStroke(KeyType.Backspace)).state();
        assertFalse(left.editing());
    }

    @Test
    void sortAndMarkerKeysCycleAndReload() {
        Next<Page> s = key(loadedPage(), 's');
        assertEquals(CaseSort.NAME, ((CaseListPage) s.state()).query().sort());
        assertEquals(1, s.cmds().size());
        Next<Page> f = key(loadedPage(), 'f');
        assertEquals(CaseFlagFilter.DA, ((CaseListPage) f.state()).query().flag());
        CaseListPage cycled = loadedPage();
        for (int i = 0; i < CaseFlagFilter.values().length; i++) {
            cycled = (CaseListPage) key(cycled, 'f').state();
        }
        assertEquals(CaseFlagFilter.ALL, cycled.query().flag());
    }

    @Test
    void enterOpensTheSelectedCaseAndQQuits() {
        Next<Page> open = key(loadedPage(), new KeyStroke(KeyType.Enter));
        Nav.Push push = assertInstanceOf(Nav.Push.class, open.cmds().get(0));
        CasePage cp = assertInstanceOf(CasePage.class, push.page());
        assertEquals(10_000, cp.caseId());
        assertInstanceOf(Nav.Quit.class, key(loadedPage(), 'q').cmds().get(0));
    }

    @Test
    void comingBackReloadsAnchoredOnTheSelectedCase() {
        Next<Page> n = loadedPage().update(new Resumed());
        assertTrue(((CaseListPage) n.state()).loading());
        assertEquals("cases.load", keyOf(n.cmds().get(0)));
    }

    @Test
    void aFailedQueryIsShownAndTheListStaysUsable() {
        CaseListPage p = loadedPage();
        Msg failed = new CmdFailed(new RuntimeException("x"), "The database is busy", null);
        CaseListPage after = (CaseListPage) p.update(failed).state();
        assertEquals("The database is busy", after.message());
        assertTrue(after.error());
        CaseListPage moved = (CaseListPage) key(after, new KeyStroke(KeyType.ArrowDown)).state();
        assertEquals(1, moved.cursor().selected());
    }

    @Test
    void unknownKeysAreLeftForTheApplication() {
        assertFalse(key(loadedPage(), new KeyStroke(KeyType.F1)).handled());
        assertFalse(key(loadedPage(), '?').handled());
    }
}
