package dutydesk.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.ScreenBuffer;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.EnumSet;

/**
 * A {@link TerminalScreen} whose delta refresh sends fewer bytes than Lanterna's: it writes
 * straight through short runs of unchanged cells instead of jumping over them with a cursor
 * move, clears blank line ends with one erase sequence when the terminal supports it, and sends
 * nothing at all (not even the cursor-visibility sequence) when nothing changed. Full repaints
 * (start, resize, Ctrl+L) are Lanterna's own.
 */
public final class FrameScreen extends TerminalScreen {

    /** Unchanged cells cheaper to rewrite than to skip with a cursor move (CUP is 6-8 bytes). */
    private static final int MAX_GAP = 5;

    private final Terminal terminal;
    private final LineErase eraser;
    private TerminalPosition shownCursor;
    private boolean cursorKnown;

    public FrameScreen(Terminal terminal) throws IOException {
        super(terminal);
        this.terminal = terminal;
        this.eraser = terminal instanceof LineErase e ? e : null;
    }

    /** True when the next {@link #refresh(RefreshType)} would send something. */
    public synchronized boolean hasChanges() {
        if (!cursorKnown || !same(getCursorPosition(), shownCursor)) {
            return true;
        }
        ScreenBuffer back = getBackBuffer();
        ScreenBuffer front = getFrontBuffer();
        TerminalSize size = getTerminalSize();
        for (int y = 0; y < size.getRows(); y++) {
            for (int x = 0; x < size.getColumns(); x++) {
                if (!back.getCharacterAt(x, y).equals(front.getCharacterAt(x, y))) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public synchronized void refresh(RefreshType type) throws IOException {
        if (type == RefreshType.COMPLETE) {
            super.refresh(RefreshType.COMPLETE);
            shownCursor = getCursorPosition();
            cursorKnown = true;
            return;
        }
        boolean wrote = writeDelta();
        TerminalPosition want = getCursorPosition();
        if (wrote || !cursorKnown || !same(want, shownCursor)) {
            if (want == null) {
                if (!cursorKnown || shownCursor != null) {
                    terminal.setCursorVisible(false);
                }
            } else {
                terminal.setCursorPosition(want.getColumn(), want.getRow());
                if (!cursorKnown || shownCursor == null) {
                    terminal.setCursorVisible(true);
                }
            }
            shownCursor = want;
            cursorKnown = true;
            terminal.flush();
        }
        getBackBuffer().copyTo(getFrontBuffer());
    }

    private boolean writeDelta() throws IOException {
        ScreenBuffer back = getBackBuffer();
        ScreenBuffer front = getFrontBuffer();
        TerminalSize size = getTerminalSize();
        int cols = size.getColumns();
        Pen pen = null;
        int curX = -1;
        int curY = -1;
        boolean wrote = false;
        for (int y = 0; y < size.getRows(); y++) {
            int eraseFrom = eraser == null ? cols : blankTailStart(back, front, y, cols);
            int x = 0;
            while (x < eraseFrom) {
                if (back.getCharacterAt(x, y).equals(front.getCharacterAt(x, y))) {
                    x++;
                    continue;
                }
                if (pen == null) {
                    pen = new Pen(terminal);
                }
                if (curY != y || curX != x) {
                    int gap = curY == y ? x - curX : Integer.MAX_VALUE;
                    if (gap > 0 && gap <= MAX_GAP && pen.canWriteThrough(back, y, curX, x)) {
                        for (int g = curX; g < x; g++) {
                            curX += put(pen, back.getCharacterAt(g, y));
                        }
                    } else {
                        terminal.setCursorPosition(x, y);
                    }
                }
                int adv = put(pen, back.getCharacterAt(x, y));
                x += adv;
                curX = x;
                curY = y;
                wrote = true;
            }
            if (eraseFrom < cols) {
                if (pen == null) {
                    pen = new Pen(terminal);
                }
                if (curY != y || curX != eraseFrom) {
                    terminal.setCursorPosition(eraseFrom, y);
                }
                pen.plain();
                eraser.eraseToEndOfLine();
                curX = eraseFrom;
                curY = y;
                wrote = true;
            }
        }
        return wrote;
    }

    /**
     * The column from which the back row is all default blanks while the front row is not
     * (so one erase does the job), or {@code cols} when erasing would not help.
     */
    private static int blankTailStart(ScreenBuffer back, ScreenBuffer front, int y, int cols) {
        int start = cols;
        while (start > 0 && back.getCharacterAt(start - 1, y).equals(TextCharacter.DEFAULT_CHARACTER)) {
            start--;
        }
        if (start >= cols) {
            return cols;
        }
        int changed = 0;
        for (int x = start; x < cols; x++) {
            if (!front.getCharacterAt(x, y).equals(TextCharacter.DEFAULT_CHARACTER)) {
                changed++;
            }
        }
        // ESC[K costs 3 bytes (plus a possible cursor move); a few spaces may be cheaper.
        return changed > 4 ? start : cols;
    }

    private static int put(Pen pen, TextCharacter c) throws IOException {
        pen.become(c);
        pen.terminal.putString(c.getCharacterString());
        return c.isDoubleWidth() ? 2 : 1;
    }

    private static boolean same(TerminalPosition a, TerminalPosition b) {
        return a == null ? b == null : a.equals(b);
    }

    /** The terminal's current colours and attributes, so only differences are sent. */
    private static final class Pen {
        final Terminal terminal;
        TextColor fg = TextColor.ANSI.DEFAULT;
        TextColor bg = TextColor.ANSI.DEFAULT;
        EnumSet<SGR> sgr = EnumSet.noneOf(SGR.class);

        Pen(Terminal terminal) throws IOException {
            this.terminal = terminal;
            terminal.resetColorAndSGR();
        }

        /** Gap cells can be rewritten only if none is a wide character's padding. */
        boolean canWriteThrough(ScreenBuffer back, int y, int from, int to) {
            for (int x = from; x < to; x++) {
                if (back.getCharacterAt(x, y).isDoubleWidth()) {
                    return false;
                }
            }
            return true;
        }

        void plain() throws IOException {
            if (!sgr.isEmpty() || !fg.equals(TextColor.ANSI.DEFAULT) || !bg.equals(TextColor.ANSI.DEFAULT)) {
                terminal.resetColorAndSGR();
                fg = TextColor.ANSI.DEFAULT;
                bg = TextColor.ANSI.DEFAULT;
                sgr = EnumSet.noneOf(SGR.class);
            }
        }

        void become(TextCharacter c) throws IOException {
            EnumSet<SGR> want = c.getModifiers();
            boolean dropsAttribute = false;
            for (SGR s : sgr) {
                if (!want.contains(s)) {
                    dropsAttribute = true;
                    break;
                }
            }
            if (dropsAttribute) {
                // One reset is shorter than switching attributes off one by one.
                terminal.resetColorAndSGR();
                fg = TextColor.ANSI.DEFAULT;
                bg = TextColor.ANSI.DEFAULT;
                sgr = EnumSet.noneOf(SGR.class);
            }
            for (SGR s : want) {
                if (!sgr.contains(s)) {
                    terminal.enableSGR(s);
                    sgr.add(s);
                }
            }
            if (!fg.equals(c.getForegroundColor())) {
                terminal.setForegroundColor(c.getForegroundColor());
                fg = c.getForegroundColor();
            }
            if (!bg.equals(c.getBackgroundColor())) {
                terminal.setBackgroundColor(c.getBackgroundColor());
                bg = c.getBackgroundColor();
            }
        }
    }
}
