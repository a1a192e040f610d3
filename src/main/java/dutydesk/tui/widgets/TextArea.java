package dutydesk.tui.widgets;

import dutydesk.tui.Text;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A multi-line text input (a notes field): its text, the cursor (a char index), the maximum
 * length in chars, the first visible visual row and the goal column of vertical movement. Pure:
 * every operation returns a new value.
 *
 * <p>The text holds paragraphs separated by '\n' and nothing a terminal cannot draw one char per
 * cell: no other control characters, no surrogates (emoji become U+FFFD on paste), no combining
 * marks or invisible format characters. The constructor enforces this, and the maximum length.
 *
 * <p>Layout is by terminal columns ({@link Text#width}, wide characters count 2). Paragraphs wrap
 * after a space; a word wider than the row is broken. When a row is full and the next char is a
 * space, that space "hangs" after the row: it is not drawn and a cursor on it shows at column 0 of
 * the next row. A paragraph whose last row exactly fills the width gets an empty row after it, so
 * the cursor at its end is drawable; the layout does not depend on where the cursor is.
 *
 * <p>{@link #up} and {@link #down} remember the column they started from ({@link #goalColumn()}),
 * so moving through a short row and back returns to the same column; every other operation
 * forgets it ({@code -1}). Edits and movement keep {@link #scroll()} as it is: call
 * {@link #scrolledFor} after them, before drawing.
 */
public record TextArea(String text, int cursor, int maxLength, int scroll, int goalColumn) {

    private static final char REPLACEMENT = '\uFFFD';
    private static final char ESC = '\u001b';

    /** One visual row: the index of its first char in the text, and the chars drawn on it. */
    public record Line(int start, String text) {

        /** One past the last char drawn on the row (a hanging space or line break is not drawn). */
        public int end() {
            return start + text.length();
        }
    }

    /** A visual row (0 = first row of the text) and a terminal column within it. */
    public record Position(int row, int col) {
    }

    /** Cleans and cuts the text as {@link #of} does if needed, and brings the numbers into range. */
    public TextArea {
        maxLength = Math.max(0, maxLength);
        text = text == null ? "" : text;
        if (!isClean(text)) {
            text = clean(text);
        }
        if (text.length() > maxLength) {
            text = text.substring(0, maxLength);
        }
        cursor = Math.max(0, Math.min(cursor, text.length()));
        scroll = Math.max(0, scroll);
        goalColumn = Math.max(-1, goalColumn);
    }

    /** An empty text area that takes up to {@code maxLength} chars. */
    public static TextArea empty(int maxLength) {
        return new TextArea("", 0, maxLength, 0, -1);
    }

    /**
     * Existing text to edit, cleaned like a paste ({@link #insert(String)}) and cut at
     * {@code maxLength}; the cursor is at the end.
     */
    public static TextArea of(String text, int maxLength) {
        String clean = clean(text);
        return new TextArea(clean, clean.length(), maxLength, 0, -1);
    }

    /** True when there is no text at all (a lone line break is text). */
    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** Length of the text in chars (what {@link #maxLength()} limits). */
    public int length() {
        return text.length();
    }

    /** The same limit, no text. */
    public TextArea clear() {
        return empty(maxLength);
    }

    // ---------------------------------------------------------------- editing

    /**
     * Inserts a typed character at the cursor: '\n' breaks the line, '\t' becomes one space;
     * other control characters, surrogates, zero-width characters and overflow are refused.
     */
    public TextArea insert(char c) {
        char ch = c == '\t' ? ' ' : c;
        if ((ch != '\n' && !isAllowed(ch)) || text.length() >= maxLength) {
            return this;
        }
        return new TextArea(text.substring(0, cursor) + ch + text.substring(cursor), cursor + 1, maxLength, scroll, -1);
    }

    /**
     * Inserts pasted text at the cursor and puts the cursor after it. The paste is composed (NFC);
     * CRLF, CR and Unicode line/paragraph separators become '\n'; each tab becomes one space; ANSI
     * escape sequences (CSI and OSC) are removed whole, and any other control character dropped;
     * emoji and other characters outside the BMP become U+FFFD. What does not fit in
     * {@link #maxLength()} is cut off.
     */
    public TextArea insert(String paste) {
        String add = clean(paste);
        int room = maxLength - text.length();
        if (add.length() > room) {
            add = add.substring(0, Math.max(0, room));
        }
        if (add.isEmpty()) {
            return this;
        }
        return new TextArea(text.substring(0, cursor) + add + text.substring(cursor), cursor + add.length(),
                maxLength, scroll, -1);
    }

    /** Breaks the line at the cursor (if there is room for one more char). */
    public TextArea newline() {
        return insert('\n');
    }

    /** Deletes the char before the cursor; at the start of a paragraph, joins it to the one before. */
    public TextArea backspace() {
        if (cursor == 0) {
            return this;
        }
        return new TextArea(text.substring(0, cursor - 1) + text.substring(cursor), cursor - 1, maxLength, scroll, -1);
    }

    /** Deletes the char at the cursor; at the end of a paragraph, joins the next one to it. */
    public TextArea delete() {
        if (cursor >= text.length()) {
            return this;
        }
        return new TextArea(text.substring(0, cursor) + text.substring(cursor + 1), cursor, maxLength, scroll, -1);
    }

    // ---------------------------------------------------------------- movement

    /** One char back (across line breaks). */
    public TextArea left() {
        return moveTo(cursor - 1);
    }

    /** One char forward (across line breaks). */
    public TextArea right() {
        return moveTo(cursor + 1);
    }

    /** Start of the whole text. */
    public TextArea top() {
        return moveTo(0);
    }

    /** End of the whole text. */
    public TextArea bottom() {
        return moveTo(text.length());
    }

    /** Start of the cursor's visual row. */
    public TextArea home(int width) {
        Layout l = layout(text, width);
        return moveTo(l.lines.get(l.position(text, cursor).row()).start());
    }

    /** End of the cursor's visual row: after its last drawn char, or before a hanging space. */
    public TextArea end(int width) {
        Layout l = layout(text, width);
        return moveTo(l.limits[l.position(text, cursor).row()]);
    }

    /**
     * Up one visual row, to the goal column or the nearest column left of it (the end of a shorter
     * row). On the first row nothing changes: see {@link #atFirstRow}.
     */
    public TextArea up(int width) {
        return vertical(width, -1);
    }

    /**
     * Down one visual row, to the goal column or the nearest column left of it (the end of a
     * shorter row). On the last row nothing changes: see {@link #atLastRow}.
     */
    public TextArea down(int width) {
        return vertical(width, 1);
    }

    /** True when Up cannot move: a form may move the focus to the previous field instead. */
    public boolean atFirstRow(int width) {
        return cursorRow(width) == 0;
    }

    /** True when Down cannot move: a form may move the focus to the next field instead. */
    public boolean atLastRow(int width) {
        Layout l = layout(text, width);
        return l.position(text, cursor).row() == l.lines.size() - 1;
    }

    private TextArea moveTo(int index) {
        return new TextArea(text, index, maxLength, scroll, -1);
    }

    private TextArea vertical(int width, int delta) {
        Layout l = layout(text, width);
        Position at = l.position(text, cursor);
        int row = at.row() + delta;
        if (row < 0 || row >= l.lines.size()) {
            return this;
        }
        int goal = goalColumn >= 0 ? goalColumn : at.col();
        return new TextArea(text, l.indexAt(text, row, goal), maxLength, scroll, goal);
    }

    // ---------------------------------------------------------------- layout and scrolling

    /**
     * The text laid out in rows of {@code width} columns (at least 1): never empty, each row's
     * text at most {@code width} columns wide (unless a wide char alone is wider).
     */
    public List<Line> lines(int width) {
        return layout(text, width).lines;
    }

    /** Where the cursor is drawn: its visual row and a column less than {@code width}. */
    public Position cursorPosition(int width) {
        return layout(text, width).position(text, cursor);
    }

    /** The cursor's visual row, counted from the first row of the text (not of the window). */
    public int cursorRow(int width) {
        return cursorPosition(width).row();
    }

    /** The cursor's column in its visual row: always less than {@code width}. */
    public int cursorCol(int width) {
        return cursorPosition(width).col();
    }

    /**
     * A copy scrolled as little as possible to show the cursor's row among {@code height} rows,
     * and no further than needed to fill them (so deleting text scrolls back up).
     */
    public TextArea scrolledFor(int width, int height) {
        Layout l = layout(text, width);
        int h = Math.max(1, height);
        int row = l.position(text, cursor).row();
        int maxTop = Math.max(0, l.lines.size() - h);
        int top = Math.max(Math.max(0, row - h + 1), Math.min(Math.min(row, maxTop), scroll));
        return top == scroll ? this : new TextArea(text, cursor, maxLength, top, goalColumn);
    }

    /**
     * The rows to draw in a box of {@code height} rows, from {@link #scroll()} (kept within the
     * text). On a {@link #scrolledFor} copy with the same size, the cursor is on screen row
     * {@code cursorRow(width) - scroll()}.
     */
    public List<Line> visibleLines(int width, int height) {
        List<Line> all = lines(width);
        int h = Math.max(1, height);
        int top = Math.min(scroll, Math.max(0, all.size() - h));
        return all.subList(top, Math.min(all.size(), top + h));
    }

    /** Visual rows and, for each, the last cursor index drawn on it. */
    private static final class Layout {
        final List<Line> lines;
        final int[] limits;
        final int[] starts;

        Layout(List<Line> lines, int[] limits) {
            this.lines = Collections.unmodifiableList(lines);
            this.limits = limits;
            this.starts = new int[lines.size()];
            for (int i = 0; i < starts.length; i++) {
                starts[i] = lines.get(i).start();
            }
        }

        /** Row starts are strictly increasing: the cursor is on the last row starting at or before it. */
        Position position(String text, int index) {
            int found = Arrays.binarySearch(starts, index);
            int row = found >= 0 ? found : -found - 2;
            if (index > limits[row]) {
                return new Position(row + 1, 0);
            }
            return new Position(row, columns(text, starts[row], index));
        }

        /** The last index on {@code row} whose column is at most {@code col}. */
        int indexAt(String text, int row, int col) {
            int i = starts[row];
            int cols = 0;
            while (i < limits[row]) {
                int w = Text.isWide(text.charAt(i)) ? 2 : 1;
                if (cols + w > col) {
                    break;
                }
                cols += w;
                i++;
            }
            return i;
        }
    }

    private static Layout layout(String text, int width) {
        int w = Math.max(1, width);
        List<Line> lines = new ArrayList<>();
        int[] limits = new int[16];
        int paraStart = 0;
        while (true) {
            int paraEnd = text.indexOf('\n', paraStart);
            if (paraEnd < 0) {
                paraEnd = text.length();
            }
            int rowStart = paraStart;
            while (true) {
                int cols = 0;
                int breakAfter = -1;
                int end = -1;
                int next = -1;
                for (int i = rowStart; i < paraEnd; i++) {
                    char c = text.charAt(i);
                    int cw = Text.isWide(c) ? 2 : 1;
                    if (cols + cw > w) {
                        if (c == ' ') {
                            end = i;
                            next = i + 1;
                        } else if (breakAfter >= 0) {
                            end = breakAfter;
                            next = breakAfter;
                        } else {
                            end = Math.max(i, rowStart + 1);
                            next = end;
                        }
                        break;
                    }
                    cols += cw;
                    if (c == ' ') {
                        breakAfter = i + 1;
                    }
                }
                if (lines.size() + 2 > limits.length) {
                    limits = Arrays.copyOf(limits, limits.length * 2);
                }
                if (end < 0) {
                    limits[lines.size()] = paraEnd;
                    lines.add(new Line(rowStart, text.substring(rowStart, paraEnd)));
                    if (cols >= w) {
                        limits[lines.size()] = paraEnd;
                        lines.add(new Line(paraEnd, ""));
                    }
                    break;
                }
                limits[lines.size()] = end - 1;
                lines.add(new Line(rowStart, text.substring(rowStart, end)));
                rowStart = next;
            }
            if (paraEnd == text.length()) {
                break;
            }
            paraStart = paraEnd + 1;
        }
        return new Layout(lines, Arrays.copyOf(limits, lines.size()));
    }

    private static int columns(String text, int from, int to) {
        int cols = 0;
        for (int i = from; i < to; i++) {
            cols += Text.isWide(text.charAt(i)) ? 2 : 1;
        }
        return cols;
    }

    // ---------------------------------------------------------------- cleaning

    /** A char that may be stored as typed: drawn in one or two cells, never a control. */
    private static boolean isAllowed(char c) {
        if (c >= 0x20 && c < 0x7F) {
            return true;
        }
        if (Character.isISOControl(c) || Character.isSurrogate(c)) {
            return false;
        }
        int type = Character.getType(c);
        return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                && type != Character.FORMAT && type != Character.PRIVATE_USE && type != Character.UNASSIGNED
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
    }

    private static boolean isClean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\n' && !isAllowed(c)) {
                return false;
            }
        }
        return true;
    }

    /** Untrusted text (a paste, a stored note) as storable text: see {@link #insert(String)}. */
    private static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String s = Normalizer.isNormalized(raw, Normalizer.Form.NFC)
                ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\u2028' || c == '\u2029') {
                out.append('\n');
            } else if (c == '\t') {
                out.append(' ');
            } else if (c == ESC) {
                i = escapeEnd(s, i);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(REPLACEMENT);
                i++;
            } else if (isAllowed(c)) {
                out.append(c);
            } else if (!Character.isISOControl(c) && !Character.isSurrogate(c)) {
                int type = Character.getType(c);
                if (type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
                    out.append(REPLACEMENT);
                }
            }
        }
        return out.toString();
    }

    /**
     * The index of the last char of the escape sequence starting at {@code esc}: a whole CSI
     * ({@code ESC [ params final}) or terminated OSC ({@code ESC ] ... BEL or ESC \}); otherwise
     * just the ESC.
     */
    private static int escapeEnd(String s, int esc) {
        if (esc + 1 >= s.length()) {
            return esc;
        }
        char kind = s.charAt(esc + 1);
        if (kind == '[') {
            int j = esc + 2;
            while (j < s.length() && s.charAt(j) >= 0x20 && s.charAt(j) <= 0x3F) {
                j++;
            }
            if (j < s.length() && s.charAt(j) >= 0x40 && s.charAt(j) <= 0x7E) {
                return j;
            }
            return esc;
        }
        if (kind == ']') {
            for (int j = esc + 2; j < s.length(); j++) {
                char c = s.charAt(j);
                if (c == '\u0007') {
                    return j;
                }
                if (c == ESC && j + 1 < s.length() && s.charAt(j + 1) == '\\') {
                    return j + 1;
                }
                if (c == '\n' || c == '\r') {
                    break;
                }
            }
        }
        return esc;
    }
}
