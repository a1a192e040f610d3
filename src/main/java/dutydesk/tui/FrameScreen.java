package dutydesk.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.util.Arrays;

/**
 * A Lanterna {@link TerminalScreen} that keeps the frame in its own cell arrays and sends as few
 * bytes as possible. Views draw through a {@link Canvas} into {@link #set}; on an
 * {@link AnsiOut} terminal each refresh is encoded by {@link AnsiEncoder} and written at once,
 * and a frame in which nothing changed sends nothing at all. Other terminals (Lanterna's virtual
 * terminal in tests) get the frame through Lanterna's own buffers and refresh.
 *
 * <p>Wide (East Asian) characters follow Lanterna's buffer model: the cell after one holds a
 * blank in its style, and overwriting either half blanks the other.
 */
public final class FrameScreen extends TerminalScreen {

    private final Terminal terminal;
    private final AnsiOut ansi;
    private final AnsiEncoder encoder;
    private TextCharacter[][] back;
    private TextCharacter[][] front;
    private int cols;
    private int rows;

    public FrameScreen(Terminal terminal) throws IOException {
        super(terminal);
        this.terminal = terminal;
        this.ansi = terminal instanceof AnsiOut a ? a : null;
        this.encoder = ansi == null ? null : new AnsiEncoder(ansi.charset());
        allocate(getTerminalSize());
    }

    private void allocate(TerminalSize size) {
        cols = size.getColumns();
        rows = size.getRows();
        back = new TextCharacter[rows][cols];
        front = new TextCharacter[rows][cols];
        for (TextCharacter[] row : back) {
            Arrays.fill(row, TextCharacter.DEFAULT_CHARACTER);
        }
    }

    /** Puts one cell of the next frame. */
    public void set(int col, int row, TextCharacter c) {
        if (col < 0 || row < 0 || col >= cols || row >= rows) {
            return;
        }
        TextCharacter[] line = back[row];
        if (col > 0 && wide(line[col - 1])) {
            line[col - 1] = blank(line[col - 1]);
        }
        if (wide(line[col]) && col + 1 < cols) {
            line[col + 1] = blank(line[col]);
        }
        line[col] = c;
        if (wide(c) && col + 1 < cols) {
            line[col + 1] = blank(c);
        }
    }

    /** The cell of the next frame at this position. */
    public TextCharacter cell(int col, int row) {
        return back[row][col];
    }

    private static boolean wide(TextCharacter c) {
        return Text.isWide(c.getCharacterString().charAt(0));
    }

    private static TextCharacter blank(TextCharacter styleOf) {
        return styleOf.withCharacter(' ');
    }

    @Override
    public synchronized TerminalSize doResizeIfNecessary() {
        TerminalSize size = super.doResizeIfNecessary();
        if (size != null) {
            allocate(size);
        }
        return size;
    }

    @Override
    public synchronized void refresh(RefreshType type) throws IOException {
        TerminalPosition cur = getCursorPosition();
        if (ansi == null) {
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    super.setCharacter(c, r, back[r][c]);
                }
            }
            super.refresh(type == RefreshType.COMPLETE ? RefreshType.COMPLETE : RefreshType.DELTA);
            return;
        }
        int cx = cur == null ? -1 : cur.getColumn();
        int cy = cur == null ? -1 : cur.getRow();
        byte[] bytes = type == RefreshType.COMPLETE
                ? encoder.complete(back, cols, rows, cx, cy)
                : encoder.delta(back, front, cols, rows, cx, cy);
        if (bytes.length > 0) {
            ansi.writeRaw(bytes);
            terminal.flush();
        }
        for (int r = 0; r < rows; r++) {
            System.arraycopy(back[r], 0, front[r], 0, cols);
        }
    }

    @Override
    public synchronized void startScreen() throws IOException {
        super.startScreen();
        if (encoder != null) {
            encoder.forget();
        }
    }
}
