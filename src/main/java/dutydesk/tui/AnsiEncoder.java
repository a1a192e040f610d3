package dutydesk.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

/**
 * Encodes screen changes as short ANSI sequences, remembering the terminal's cursor and
 * attributes between frames so nothing is sent twice:
 * <ul>
 *   <li>short runs of unchanged cells in the current style are written through, longer ones are
 *       skipped with a cursor-forward ({@code ESC[nC}), and only a change of row or a move left
 *       costs a full cursor position;</li>
 *   <li>attribute changes are one combined {@code SGR} ({@code ESC[0;1;31m}), never one
 *       sequence per attribute;</li>
 *   <li>a row whose remainder becomes blank is cleared with {@code ESC[K}.</li>
 * </ul>
 * Only bold, underline, blink, reverse, italic and crossed-out attributes are sent (the rest
 * are Lanterna's GUI-only styles).
 */
final class AnsiEncoder {

    /** Unchanged cells worth rewriting rather than skipping with a cursor move. */
    private static final int MAX_GAP = 3;

    private final Charset charset;
    private final boolean utf8;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    private int curX = -1;
    private int curY = -1;
    private TextColor fg;
    private TextColor bg;
    private EnumSet<SGR> sgr;
    private Boolean cursorShown;

    AnsiEncoder(Charset charset) {
        this.charset = charset;
        this.utf8 = StandardCharsets.UTF_8.equals(charset);
    }

    /** Forgets what the terminal shows (after someone else wrote to it). */
    void forget() {
        curX = -1;
        curY = -1;
        fg = null;
        bg = null;
        sgr = null;
        cursorShown = null;
    }

    /** The bytes that turn {@code front} into {@code back}; empty when nothing changed. */
    byte[] delta(TextCharacter[][] back, TextCharacter[][] front, int cols, int rows, int cursorX, int cursorY) {
        out.reset();
        scroll(back, front, cols, rows);
        for (int y = 0; y < rows; y++) {
            int tail = blankTail(back, cols, y);
            int changedInTail = 0;
            for (int x = tail; x < cols; x++) {
                if (!TextCharacter.DEFAULT_CHARACTER.equals(front[y][x])) {
                    changedInTail++;
                }
            }
            boolean erase = changedInTail > 4;
            int end = erase ? tail : cols;
            for (int x = 0; x < end; ) {
                TextCharacter c = back[y][x];
                if (c.equals(front[y][x])) {
                    x++;
                    continue;
                }
                moveTo(back, x, y);
                x += put(c, cols);
            }
            if (erase) {
                moveTo(back, tail, y);
                style(TextCharacter.DEFAULT_CHARACTER);
                esc("K");
            }
        }
        cursor(cursorX, cursorY);
        return out.toByteArray();
    }

    /** Fewest rows a block must have to be moved by scrolling rather than redrawn. */
    private static final int MIN_SCROLL_ROWS = 4;
    /** Largest scroll tried, in rows. */
    private static final int MAX_SCROLL = 3;

    /**
     * When a block of rows has moved up or down by a few rows (a list scrolled), moves it on the
     * terminal with a scroll region ({@code ESC[t;br} then line feeds or reverse line feeds)
     * instead of rewriting it, and updates {@code front} to match; the cells that then still
     * differ are sent as usual.
     */
    private void scroll(TextCharacter[][] back, TextCharacter[][] front, int cols, int rows) {
        int bestLen = 0;
        int bestStart = 0;
        int bestShift = 0;
        for (int shift = -MAX_SCROLL; shift <= MAX_SCROLL; shift++) {
            if (shift == 0) {
                continue;
            }
            int run = 0;
            for (int y = 0; y < rows; y++) {
                int from = y + shift;
                boolean same = from >= 0 && from < rows && front[from][0] != null && sameRow(back[y], front[from], cols)
                        && !sameRow(back[y], front[y], cols);
                run = same ? run + 1 : 0;
                if (run > bestLen) {
                    bestLen = run;
                    bestStart = y - run + 1;
                    bestShift = shift;
                }
            }
        }
        if (bestLen < MIN_SCROLL_ROWS) {
            return;
        }
        // Rows [bestStart, bestStart + bestLen) of back were rows [.. + shift] of front.
        int top = Math.min(bestStart, bestStart + bestShift);
        int bottom = Math.max(bestStart + bestLen - 1, bestStart + bestLen - 1 + bestShift);
        style(TextCharacter.DEFAULT_CHARACTER); // new lines are blanked in the current background
        esc((top + 1) + ";" + (bottom + 1) + "r");
        int n = Math.abs(bestShift);
        if (bestShift > 0) {
            esc((bottom + 1) + "H");
            for (int i = 0; i < n; i++) {
                out.write('\n');
            }
            for (int y = top; y <= bottom; y++) {
                copyRow(y + n <= bottom ? front[y + n] : null, front[y], cols);
            }
        } else {
            esc((top + 1) + "H");
            for (int i = 0; i < n; i++) {
                out.write(0x1b);
                out.write('M');
            }
            for (int y = bottom; y >= top; y--) {
                copyRow(y - n >= top ? front[y - n] : null, front[y], cols);
            }
        }
        esc("r"); // the whole screen again; this also moves the cursor
        curX = -1;
        curY = -1;
    }

    private static boolean sameRow(TextCharacter[] a, TextCharacter[] b, int cols) {
        if (a == b) {
            return true;
        }
        for (int x = 0; x < cols; x++) {
            if (!a[x].equals(b[x])) {
                return false;
            }
        }
        return true;
    }

    /** Copies a row's cells (a blank row when {@code from} is null) without sharing arrays. */
    private static void copyRow(TextCharacter[] from, TextCharacter[] to, int cols) {
        if (from == null) {
            java.util.Arrays.fill(to, 0, cols, TextCharacter.DEFAULT_CHARACTER);
        } else {
            System.arraycopy(from, 0, to, 0, cols);
        }
    }

    /** A full repaint: clear, then every non-blank cell. */
    byte[] complete(TextCharacter[][] back, int cols, int rows, int cursorX, int cursorY) {
        out.reset();
        forget();
        esc("0m");
        fg = TextColor.ANSI.DEFAULT;
        bg = TextColor.ANSI.DEFAULT;
        sgr = EnumSet.noneOf(SGR.class);
        esc("H");
        esc("2J");
        curX = 0;
        curY = 0;
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < cols; ) {
                TextCharacter c = back[y][x];
                if (c.equals(TextCharacter.DEFAULT_CHARACTER)) {
                    x++;
                    continue;
                }
                moveTo(back, x, y);
                x += put(c, cols);
            }
        }
        cursor(cursorX, cursorY);
        return out.toByteArray();
    }

    /** Column from which the back row is all default blanks ({@code cols} if none). */
    private static int blankTail(TextCharacter[][] back, int cols, int y) {
        int t = cols;
        while (t > 0 && back[y][t - 1].equals(TextCharacter.DEFAULT_CHARACTER)) {
            t--;
        }
        return t;
    }

    private void moveTo(TextCharacter[][] back, int x, int y) {
        if (curY == y && curX == x) {
            return;
        }
        if (curY == y && curX >= 0 && x > curX) {
            int gap = x - curX;
            if (gap <= MAX_GAP && writableInPenStyle(back, curX, x, y)) {
                for (int g = curX; g < x; g++) {
                    text(back[y][g]);
                }
                curX = x;
                return;
            }
            esc(gap == 1 ? "C" : gap + "C");
            curX = x;
            return;
        }
        String absolute = x == 0 ? (y + 1) + "H" : (y + 1) + ";" + (x + 1) + "H";
        if (curY >= 0 && y == curY + 1) {
            // The next row: carriage return and line feed (which also ends a pending wrap at the
            // right margin), then a step right, is often shorter than an absolute position. The
            // scroll region is always the whole screen here and y is never past the last row,
            // so the line feed cannot scroll.
            String right = x == 0 ? "" : x == 1 ? "C" : x + "C";
            if (2 + (right.isEmpty() ? 0 : 2 + right.length()) < 2 + absolute.length()) {
                out.write('\r');
                out.write('\n');
                if (!right.isEmpty()) {
                    esc(right);
                }
                curX = x;
                curY = y;
                return;
            }
        }
        esc(absolute);
        curX = x;
        curY = y;
    }

    private boolean writableInPenStyle(TextCharacter[][] back, int from, int to, int y) {
        for (int x = from; x < to; x++) {
            TextCharacter c = back[y][x];
            if (wide(c) || !sameStyle(c)) {
                return false;
            }
        }
        return true;
    }

    /** Writes one cell at the cursor; returns the columns it takes. */
    private int put(TextCharacter c, int cols) {
        style(c);
        text(c);
        int w = wide(c) ? 2 : 1;
        curX += w;
        if (curX >= cols) {
            curX = -1; // a terminal at its right margin is in a "pending wrap" state: position unknown
        }
        return w;
    }

    private static boolean wide(TextCharacter c) {
        return Text.isWide(c.getCharacterString().charAt(0));
    }

    private void text(TextCharacter c) {
        String s = c.getCharacterString();
        if (s.length() == 1 && s.charAt(0) < 0x80) {
            out.write(s.charAt(0));
        } else {
            byte[] b = s.getBytes(utf8 ? StandardCharsets.UTF_8 : charset);
            out.write(b, 0, b.length);
        }
    }

    private boolean sameStyle(TextCharacter c) {
        return sgr != null && c.getForegroundColor().equals(fg) && c.getBackgroundColor().equals(bg)
                && visible(c.getModifiers()).equals(sgr);
    }

    private void style(TextCharacter c) {
        if (sameStyle(c)) {
            return;
        }
        EnumSet<SGR> want = visible(c.getModifiers());
        TextColor wantFg = c.getForegroundColor();
        TextColor wantBg = c.getBackgroundColor();
        StringBuilder p = new StringBuilder();
        boolean reset = sgr == null || !want.containsAll(sgr)
                || (!fg.equals(wantFg) && wantFg.equals(TextColor.ANSI.DEFAULT))
                || (!bg.equals(wantBg) && wantBg.equals(TextColor.ANSI.DEFAULT));
        if (reset) {
            p.append('0');
            for (SGR s : want) {
                p.append(';').append(code(s));
            }
            if (!wantFg.equals(TextColor.ANSI.DEFAULT)) {
                p.append(';').append(new String(wantFg.getForegroundSGRSequence(), StandardCharsets.US_ASCII));
            }
            if (!wantBg.equals(TextColor.ANSI.DEFAULT)) {
                p.append(';').append(new String(wantBg.getBackgroundSGRSequence(), StandardCharsets.US_ASCII));
            }
        } else {
            for (SGR s : want) {
                if (!sgr.contains(s)) {
                    sep(p).append(code(s));
                }
            }
            if (!fg.equals(wantFg)) {
                sep(p).append(new String(wantFg.getForegroundSGRSequence(), StandardCharsets.US_ASCII));
            }
            if (!bg.equals(wantBg)) {
                sep(p).append(new String(wantBg.getBackgroundSGRSequence(), StandardCharsets.US_ASCII));
            }
        }
        esc(p.length() == 1 && p.charAt(0) == '0' ? "0m" : p + "m");
        fg = wantFg;
        bg = wantBg;
        sgr = want;
    }

    private void cursor(int x, int y) {
        if (x < 0) {
            if (!Boolean.FALSE.equals(cursorShown)) {
                esc("?25l");
                cursorShown = false;
            }
            return;
        }
        if (curX != x || curY != y) {
            esc((y + 1) + ";" + (x + 1) + "H");
            curX = x;
            curY = y;
        }
        if (!Boolean.TRUE.equals(cursorShown)) {
            esc("?25h");
            cursorShown = true;
        }
    }

    private static StringBuilder sep(StringBuilder b) {
        return b.length() == 0 ? b : b.append(';');
    }

    private static EnumSet<SGR> visible(EnumSet<SGR> s) {
        EnumSet<SGR> v = EnumSet.noneOf(SGR.class);
        for (SGR x : s) {
            if (code(x) != null) {
                v.add(x);
            }
        }
        return v;
    }

    private static String code(SGR s) {
        switch (s) {
            case BOLD: return "1";
            case ITALIC: return "3";
            case UNDERLINE: return "4";
            case BLINK: return "5";
            case REVERSE: return "7";
            case CROSSED_OUT: return "9";
            default: return null;
        }
    }

    private void esc(String body) {
        out.write(0x1b);
        out.write('[');
        for (int i = 0; i < body.length(); i++) {
            out.write(body.charAt(i));
        }
    }
}
