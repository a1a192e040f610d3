package dutydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dutydesk.db.Database;
import dutydesk.reception.VisitRepository;
import dutydesk.tui.Tick;
import dutydesk.tui.DataChanged;
import dutydesk.tui.MemoryTerminal;
import dutydesk.testing.TestDb;
import dutydesk.tui.CmdRunner;
import dutydesk.tui.FrameScreen;
import dutydesk.tui.Glyphs;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Theme;
import dutydesk.tui.TuiLoop;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact bytes sent to an 80x24 ANSI terminal per keystroke, through the real loop and renderer,
 * in colour and UTF-8 (the costlier case). Budgets: a one-row move at most 220 bytes, one filter
 * keystroke at most 1.6 KB, and nothing at all when nothing changed.
 */
class ByteBudgetTest {

    static final int MOVE_BUDGET = 220;
    static final int FILTER_KEY_BUDGET = 1600;

    @TempDir
    Path dir;
    Database db;
    CmdRunner runner;
    MemoryTerminal term;
    TuiLoop<App> loop;

    @BeforeEach
    void start() throws Exception {
        db = TestDb.demo(dir);
        runner = new CmdRunner("test-db");
        term = MemoryTerminal.create(80, 24);
        FrameScreen screen = new FrameScreen(term);
        screen.startScreen();
        screen.setCursorPosition(null);
        loop = Session.loop(AppContext.of(db, TestDb.CLOCK, TestDb.USER), screen, runner, Theme.COLOUR, Glyphs.UNICODE,
                new PrintStream(System.err, true));
        loop.start();
        loop.pump();
        term.take();
    }

    @AfterEach
    void stop() {
        runner.close();
        db.close();
    }

    /** A character typed into the notes: the character, the character count, the cursor. */
    static final int NOTE_KEY_BUDGET = 80;

    private byte[] key(KeyStroke k) throws Exception {
        loop.post(new KeyMsg(k));
        loop.pump();
        return term.take();
    }

    private byte[] key(char c) throws Exception {
        return key(new KeyStroke(c, false, false));
    }

    @Test
    void oneRowMoveFitsTheBudget() throws Exception {
        for (int i = 0; i < 5; i++) {
            byte[] down = key(new KeyStroke(KeyType.ArrowDown));
            assertTrue(down.length > 0, "the move is drawn");
            assertTrue(down.length <= MOVE_BUDGET, "down #" + (i + 1) + " sent " + down.length + " bytes: " + show(down));
        }
        byte[] up = key(new KeyStroke(KeyType.ArrowUp));
        assertTrue(up.length <= MOVE_BUDGET, "up sent " + up.length + " bytes: " + show(up));
    }

    @Test
    void movingPastTheLastRowScrollsTheListWithinTheBudget() throws Exception {
        for (int i = 0; i < 19; i++) {
            key(new KeyStroke(KeyType.ArrowDown));
        }
        for (int i = 0; i < 5; i++) {
            byte[] scroll = key(new KeyStroke(KeyType.ArrowDown));
            assertTrue(scroll.length <= MOVE_BUDGET, "scrolling down one row sent " + scroll.length + " bytes: " + show(scroll));
        }
        for (int i = 0; i < 19; i++) {
            key(new KeyStroke(KeyType.ArrowUp));
        }
        byte[] up = key(new KeyStroke(KeyType.ArrowUp));
        assertTrue(up.length <= MOVE_BUDGET, "scrolling up one row sent " + up.length + " bytes: " + show(up));
    }

    @Test
    void filterKeystrokesFitTheBudget() throws Exception {
        byte[] open = key('/');
        assertTrue(open.length < 300, "opening the filter redraws only the status and hint lines: " + open.length);
        for (char c : "sm".toCharArray()) {
            byte[] b = key(c);
            assertTrue(b.length > 0);
            assertTrue(b.length <= FILTER_KEY_BUDGET, "typing '" + c + "' sent " + b.length + " bytes" + show(b));
        }
        byte[] erase = key(new KeyStroke(KeyType.Backspace));
        assertTrue(erase.length <= FILTER_KEY_BUDGET, "Backspace sent " + erase.length + " bytes" + show(erase));
    }

    @Test
    void typingNotesInTheContactFormSendsOnlyTheChangedCells() throws Exception {
        byte[] open = key('c');
        assertTrue(open.length <= 3500, "opening the form is at most a full repaint: " + open.length);
        key('a');
        key(new KeyStroke(KeyType.Tab));
        key('N');
        key('R');
        for (char c : "eported".toCharArray()) {
            byte[] b = key(c);
            assertTrue(b.length > 0, "the character is drawn");
            assertTrue(b.length <= NOTE_KEY_BUDGET, "typing '" + c + "' in the notes sent " + b.length + " bytes: "
                    + show(b));
        }
    }

    @Test
    void nothingIsSentWhenNothingChanged() throws Exception {
        assertEquals(0, key(new KeyStroke(KeyType.ArrowUp)).length, "Up on the first row changes nothing");
        assertEquals(0, key('x').length, "an unbound key changes nothing");
        loop.pump();
        assertEquals(0, term.take().length, "an idle loop sends nothing");
    }

    @Test
    void pageDownAndFullRepaintStaySmall() throws Exception {
        byte[] page = key(new KeyStroke(KeyType.PageDown));
        assertTrue(page.length <= 2000, "page down sent " + page.length + " bytes");
        byte[] redraw = key(new KeyStroke('l', true, false));
        assertTrue(redraw.length > 1500 && redraw.length <= 3500, "Ctrl+L full repaint sent " + redraw.length + " bytes");
    }

    private static String show(byte[] b) {
        return new String(b, StandardCharsets.UTF_8).replace("\u001b", "\\e");
    }

    /**
     * The queue as an idle duty officer leaves it: another session's commit that does not change
     * what is shown (the poll's {@code DataChanged}) and a clock tick within the same minute
     * send nothing; a new arrival sends only what changed.
     */
    @Test
    void anIdleQueueSendsNothingAndAnArrivalOnlyItsRows() throws Exception {
        key('u');
        loop.post(new DataChanged());
        loop.pump();
        term.take();
        loop.post(new DataChanged());
        loop.pump();
        assertEquals(0, term.take().length, "a poll that finds nothing new for this page draws nothing");
        loop.post(new Tick(TestDb.CLOCK.instant()));
        loop.pump();
        assertEquals(0, term.take().length, "a tick in the same minute draws nothing");

        long caseId = db.read(h -> h.createQuery("SELECT min(id) FROM cases WHERE unallocated = 1")
                .mapTo(Long.class).one());
        try (Database other = Database.open(dir.resolve("demo.db"), Database.Mode.MUST_EXIST)) {
            new VisitRepository(other, TestDb.CLOCK, "reception").checkIn(caseId);
        }
        loop.post(new DataChanged());
        loop.pump();
        byte[] arrival = term.take();
        assertTrue(arrival.length > 0 && arrival.length < 1200, "an arrival redraws its row, the title and the strip: "
                + arrival.length + show(arrival));
    }
}
