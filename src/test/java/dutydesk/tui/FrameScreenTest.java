package dutydesk.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import dutydesk.testing.AnsiReplay;
import java.util.EnumSet;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The renderer's bytes, replayed on an emulated terminal, must reproduce the screen exactly,
 * frame after frame, whatever was drawn: the byte savings may never cost correctness.
 */
class FrameScreenTest {

    static final Cells COLOUR = new Cells(Theme.COLOUR);
    static final Cells MONO = new Cells(Theme.MONO);
    static final int COLS = 80;
    static final int ROWS = 24;

    @Test
    void randomFramesReplayToTheScreenTheyDescribe() throws Exception {
        MemoryTerminal term = MemoryTerminal.create(COLS, ROWS);
        FrameScreen screen = new FrameScreen(term);
        screen.startScreen();
        AnsiReplay replay = new AnsiReplay(COLS, ROWS);
        SplittableRandom rnd = new SplittableRandom(42);
        String[] words = {"Smith", "O'Brien", "Núñez", "José", "中文", "DA", "CP", "M2", "LATE", "         ", "x"};
        Role[] roles = Role.values();
        for (int frame = 0; frame < 300; frame++) {
            Canvas c = new Canvas(screen, COLS, ROWS, rnd.nextBoolean() ? COLOUR : MONO, Glyphs.UNICODE);
            if (frame == 0 || rnd.nextInt(10) == 0) {
                c.clear();
            }
            if (rnd.nextInt(4) == 0) {
                // A list that scrolls: rows move up or down a little.
                int offset = rnd.nextInt(7) - 3;
                for (int r = 2; r < ROWS - 2; r++) {
                    c.field(0, r, COLS, "row " + (frame / 4 + r + offset) + " " + words[(r + offset + 20) % words.length],
                            (r + offset) % 5 == 0 ? Role.ALERT : Role.NORMAL);
                }
            }
            int edits = rnd.nextInt(40);
            for (int e = 0; e < edits; e++) {
                int row = rnd.nextInt(ROWS);
                int col = rnd.nextInt(COLS);
                Role role = roles[rnd.nextInt(roles.length)];
                switch (rnd.nextInt(4)) {
                    case 0: c.fill(0, row, COLS, 1, role); break;
                    case 1: c.fill(col, row, rnd.nextInt(20), 1, Role.NORMAL); break;
                    default: c.field(col, row, 1 + rnd.nextInt(30), words[rnd.nextInt(words.length)], role); break;
                }
            }
            screen.setCursorPosition(rnd.nextInt(4) == 0 ? new TerminalPosition(rnd.nextInt(COLS), rnd.nextInt(ROWS)) : null);
            screen.refresh(rnd.nextInt(20) == 0 ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
            byte[] sent = term.take();
            replay.feed(sent);
            try {
                assertSame(screen, replay, frame);
            } catch (AssertionError e) {
                throw new AssertionError(e.getMessage() + "\nbytes: " + new String(sent, java.nio.charset.StandardCharsets.UTF_8).replace("\u001b", "\\e"), e);
            }
        }
    }

    /** A started screen with the cursor hidden, and the canvas for its next frame. */
    record Setup(MemoryTerminal term, FrameScreen screen, Canvas canvas) {
        static Setup of(Cells cells) throws Exception {
            MemoryTerminal term = MemoryTerminal.create(COLS, ROWS);
            FrameScreen screen = new FrameScreen(term);
            screen.startScreen();
            screen.setCursorPosition(null);
            return new Setup(term, screen, new Canvas(screen, COLS, ROWS, cells, Glyphs.UNICODE));
        }

        /** Sends a frame and returns what was sent. */
        String frame(Screen.RefreshType type) throws Exception {
            screen.refresh(type);
            return new String(term.take(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    @Test
    void aListScrolledByOneRowIsMovedNotRedrawn() throws Exception {
        Setup s = Setup.of(MONO);
        AnsiReplay replay = new AnsiReplay(COLS, ROWS);
        s.canvas().clear();
        for (int r = 2; r < 22; r++) {
            s.canvas().field(0, r, COLS, "case number " + r + " with a long enough line of text to matter", Role.NORMAL);
        }
        replay.feed(s.frame(Screen.RefreshType.COMPLETE).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        s.canvas().clear();
        for (int r = 2; r < 22; r++) {
            s.canvas().field(0, r, COLS, "case number " + (r + 1) + " with a long enough line of text to matter", Role.NORMAL);
        }
        String sent = s.frame(Screen.RefreshType.DELTA);
        assertTrue(sent.startsWith("\u001b[3;22r\u001b[22H\n\u001b[r"), sent.replace("\u001b", "\\e"));
        assertTrue(sent.length() < 120, "one new row instead of twenty: " + sent.length() + " bytes");
        replay.feed(sent.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertSame(s.screen(), replay, 1);
    }

    @Test
    void anUnchangedFrameSendsNothing() throws Exception {
        Setup s = Setup.of(COLOUR);
        s.canvas().clear();
        s.canvas().text(0, 0, "Duty Desk", Role.TITLE);
        s.frame(Screen.RefreshType.COMPLETE);
        s.canvas().clear();
        s.canvas().text(0, 0, "Duty Desk", Role.TITLE);
        assertEquals("", s.frame(Screen.RefreshType.DELTA));
    }

    @Test
    void stylesAreCombinedIntoOneSequence() throws Exception {
        Setup s = Setup.of(COLOUR);
        s.frame(Screen.RefreshType.COMPLETE);
        s.canvas().clear();
        s.canvas().text(5, 3, "DA", Role.ALERT);
        assertEquals("\u001b[4;6H\u001b[1;31mDA", s.frame(Screen.RefreshType.DELTA));
    }

    @Test
    void aRowThatEmptiesIsClearedWithOneErase() throws Exception {
        Setup s = Setup.of(MONO);
        s.canvas().clear();
        s.canvas().text(0, 5, "a long line of text that will go away in the next frame", Role.NORMAL);
        s.frame(Screen.RefreshType.COMPLETE);
        s.canvas().clear();
        s.canvas().text(0, 5, "a", Role.NORMAL);
        assertEquals("\u001b[6;2H\u001b[K", s.frame(Screen.RefreshType.DELTA));
    }

    private static void assertSame(FrameScreen screen, AnsiReplay replay, int frame) {
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                TextCharacter want = screen.cell(c, r);
                AnsiReplay.Cell got = replay.cell(c, r);
                String where = "frame " + frame + " cell " + c + "," + r;
                assertEquals(want.getCharacterString(), got.ch(), where);
                if (!" ".equals(got.ch()) || want.getModifiers().contains(SGR.REVERSE) || want.getModifiers().contains(SGR.UNDERLINE)) {
                    assertEquals(want.getForegroundColor(), got.fg(), where + " fg");
                    assertEquals(visible(want.getModifiers()), got.sgr(), where + " attributes");
                }
                assertEquals(want.getBackgroundColor(), got.bg(), where + " bg");
                if (want.isDoubleWidth()) {
                    c++;
                }
            }
        }
        TerminalPosition cur = screen.getCursorPosition();
        assertEquals(cur != null, replay.cursorVisible(), "frame " + frame + " cursor visibility");
        if (cur != null) {
            assertEquals(cur.getColumn(), replay.cursorX(), "frame " + frame + " cursor column");
            assertEquals(cur.getRow(), replay.cursorY(), "frame " + frame + " cursor row");
        }
    }

    private static EnumSet<SGR> visible(EnumSet<SGR> s) {
        EnumSet<SGR> v = EnumSet.noneOf(SGR.class);
        for (SGR x : s) {
            if (x == SGR.BOLD || x == SGR.UNDERLINE || x == SGR.REVERSE || x == SGR.BLINK || x == SGR.ITALIC
                    || x == SGR.CROSSED_OUT) {
                v.add(x);
            }
        }
        return v;
    }
}
