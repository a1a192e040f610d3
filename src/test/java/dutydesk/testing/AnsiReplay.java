package dutydesk.testing;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

/**
 * A small terminal emulator for the sequences the renderer and Lanterna's screen start-up send
 * (cursor position and forward, erase line and screen, SGR, cursor visibility), so tests can
 * check that the bytes sent really produce the intended screen. It refuses to auto-wrap: the
 * renderer must never rely on writing past the right margin.
 */
public final class AnsiReplay {

    /** One cell as the emulated terminal shows it. */
    public record Cell(String ch, TextColor fg, TextColor bg, EnumSet<SGR> sgr) {
    }

    private final int cols;
    private final int rows;
    private final Cell[][] cells;
    private int x;
    private int y;
    private TextColor fg = TextColor.ANSI.DEFAULT;
    private TextColor bg = TextColor.ANSI.DEFAULT;
    private EnumSet<SGR> sgr = EnumSet.noneOf(SGR.class);
    private boolean cursorVisible = true;
    private int top;
    private int bottom;

    public AnsiReplay(int cols, int rows) {
        this.cols = cols;
        this.rows = rows;
        this.cells = new Cell[rows][cols];
        this.bottom = rows - 1;
        clear();
    }

    public Cell cell(int col, int row) {
        return cells[row][col];
    }

    public boolean cursorVisible() {
        return cursorVisible;
    }

    public int cursorX() {
        return x;
    }

    public int cursorY() {
        return y;
    }

    private void clear() {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                cells[r][c] = blank();
            }
        }
    }

    private Cell blank() {
        return new Cell(" ", TextColor.ANSI.DEFAULT, bg, EnumSet.noneOf(SGR.class));
    }

    public void feed(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == 0x1b) {
                i = escape(s, i + 1);
                continue;
            }
            if (c == '\r') {
                x = 0;
                i++;
                continue;
            }
            if (c == '\n') {
                if (y == bottom) {
                    scrollUp();
                } else {
                    y++;
                }
                x = 0; // the tty's output processing turns LF into CR LF
                i++;
                continue;
            }
            if (c < 0x20) {
                throw new IllegalStateException("Unexpected control character " + (int) c + " at " + i);
            }
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            put(new String(Character.toChars(cp)));
        }
    }

    private void put(String ch) {
        if (x >= cols) {
            throw new IllegalStateException("Text written past the right margin at row " + y + ": '" + ch + "'");
        }
        boolean wide = com.googlecode.lanterna.TerminalTextUtils.isCharDoubleWidth(ch.charAt(0));
        Cell cell = new Cell(ch, fg, bg, EnumSet.copyOf(withNone(sgr)));
        // Overwriting half of a wide character leaves a blank in its other half, as terminals do.
        if (x > 0 && isWide(cells[y][x - 1])) {
            Cell left = cells[y][x - 1];
            cells[y][x - 1] = new Cell(" ", left.fg(), left.bg(), left.sgr());
        }
        cells[y][x] = cell;
        if (wide && x + 1 < cols) {
            cells[y][x + 1] = new Cell(" ", fg, bg, EnumSet.copyOf(withNone(sgr)));
        }
        x += wide ? 2 : 1;
    }

    private static boolean isWide(Cell c) {
        return com.googlecode.lanterna.TerminalTextUtils.isCharDoubleWidth(c.ch().charAt(0));
    }

    private static EnumSet<SGR> withNone(EnumSet<SGR> s) {
        return s.isEmpty() ? EnumSet.noneOf(SGR.class) : s;
    }

    private int escape(String s, int i) {
        if (i >= s.length()) {
            return i;
        }
        char k = s.charAt(i);
        if (k == 'M') {
            if (y == top) {
                scrollDown();
            } else {
                y--;
            }
            return i + 1;
        }
        if (k != '[') {
            return i + 1; // ESC > and similar two-character sequences
        }
        int j = i + 1;
        boolean priv = j < s.length() && s.charAt(j) == '?';
        if (priv) {
            j++;
        }
        int start = j;
        while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == ';')) {
            j++;
        }
        String params = s.substring(start, j);
        char fin = s.charAt(j);
        if (priv) {
            if (params.equals("25")) {
                cursorVisible = fin == 'h';
            }
            return j + 1;
        }
        int[] p = parse(params);
        switch (fin) {
            case 'H': case 'f':
                y = (p.length > 0 && p[0] > 0 ? p[0] : 1) - 1;
                x = (p.length > 1 && p[1] > 0 ? p[1] : 1) - 1;
                break;
            case 'C':
                x += p.length > 0 && p[0] > 0 ? p[0] : 1;
                break;
            case 'K':
                for (int c = x; c < cols; c++) {
                    cells[y][c] = blank();
                }
                break;
            case 'J':
                if (p.length > 0 && p[0] == 2) {
                    clear();
                }
                break;
            case 'm':
                sgr(p);
                break;
            case 'r':
                top = p.length > 0 && p[0] > 0 ? p[0] - 1 : 0;
                bottom = p.length > 1 && p[1] > 0 ? p[1] - 1 : rows - 1;
                x = 0;
                y = 0;
                break;
            case 's': case 'u':
                break;
            default:
                throw new IllegalStateException("Unsupported sequence ESC[" + params + fin);
        }
        return j + 1;
    }

    private void scrollUp() {
        for (int r = top; r < bottom; r++) {
            cells[r] = cells[r + 1];
        }
        cells[bottom] = blankRow();
    }

    private void scrollDown() {
        for (int r = bottom; r > top; r--) {
            cells[r] = cells[r - 1];
        }
        cells[top] = blankRow();
    }

    private Cell[] blankRow() {
        Cell[] row = new Cell[cols];
        for (int c = 0; c < cols; c++) {
            row[c] = blank();
        }
        return row;
    }

    private static int[] parse(String params) {
        if (params.isEmpty()) {
            return new int[0];
        }
        String[] parts = params.split(";", -1);
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = parts[i].isEmpty() ? 0 : Integer.parseInt(parts[i]);
        }
        return out;
    }

    private void sgr(int[] p) {
        if (p.length == 0) {
            p = new int[] {0};
        }
        for (int i = 0; i < p.length; i++) {
            int v = p[i];
            if (v == 0) {
                fg = TextColor.ANSI.DEFAULT;
                bg = TextColor.ANSI.DEFAULT;
                sgr = EnumSet.noneOf(SGR.class);
            } else if (v == 1) {
                sgr.add(SGR.BOLD);
            } else if (v == 3) {
                sgr.add(SGR.ITALIC);
            } else if (v == 4) {
                sgr.add(SGR.UNDERLINE);
            } else if (v == 5) {
                sgr.add(SGR.BLINK);
            } else if (v == 7) {
                sgr.add(SGR.REVERSE);
            } else if (v == 9) {
                sgr.add(SGR.CROSSED_OUT);
            } else if (v == 22) {
                sgr.remove(SGR.BOLD);
            } else if (v == 23) {
                sgr.remove(SGR.ITALIC);
            } else if (v == 24) {
                sgr.remove(SGR.UNDERLINE);
            } else if (v == 25) {
                sgr.remove(SGR.BLINK);
            } else if (v == 27) {
                sgr.remove(SGR.REVERSE);
            } else if (v == 29) {
                sgr.remove(SGR.CROSSED_OUT);
            } else if (v >= 30 && v <= 37) {
                fg = TextColor.ANSI.values()[v - 30];
            } else if (v == 39) {
                fg = TextColor.ANSI.DEFAULT;
            } else if (v >= 40 && v <= 47) {
                bg = TextColor.ANSI.values()[v - 40];
            } else if (v == 49) {
                bg = TextColor.ANSI.DEFAULT;
            } else if (v >= 90 && v <= 97) {
                fg = TextColor.ANSI.valueOf(TextColor.ANSI.values()[v - 90].name() + "_BRIGHT");
            } else if (v >= 100 && v <= 107) {
                bg = TextColor.ANSI.valueOf(TextColor.ANSI.values()[v - 100].name() + "_BRIGHT");
            } else if (v == 38 || v == 48) {
                TextColor c;
                if (p[i + 1] == 5) {
                    c = new TextColor.Indexed(p[i + 2]);
                    i += 2;
                } else {
                    c = new TextColor.RGB(p[i + 2], p[i + 3], p[i + 4]);
                    i += 4;
                }
                if (v == 38) {
                    fg = c;
                } else {
                    bg = c;
                }
            }
        }
    }
}
