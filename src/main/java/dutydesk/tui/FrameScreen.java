package dutydesk.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.ScreenBuffer;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;

/**
 * A Lanterna {@link TerminalScreen} that sends as few bytes as possible: on an {@link AnsiOut}
 * terminal every frame is encoded by {@link AnsiEncoder} and written at once, and a frame in
 * which nothing changed sends nothing at all (Lanterna would still send the cursor-visibility
 * sequence). Other terminals (Lanterna's virtual terminal in tests) are drawn by Lanterna.
 */
public final class FrameScreen extends TerminalScreen {

    private final Terminal terminal;
    private final AnsiOut ansi;
    private final AnsiEncoder encoder;

    public FrameScreen(Terminal terminal) throws IOException {
        super(terminal);
        this.terminal = terminal;
        this.ansi = terminal instanceof AnsiOut a ? a : null;
        this.encoder = ansi == null ? null : new AnsiEncoder(ansi.charset());
    }

    @Override
    public synchronized void refresh(RefreshType type) throws IOException {
        if (ansi == null) {
            super.refresh(type == RefreshType.COMPLETE ? RefreshType.COMPLETE : RefreshType.DELTA);
            return;
        }
        TerminalSize size = getTerminalSize();
        ScreenBuffer back = getBackBuffer();
        TerminalPosition cur = getCursorPosition();
        int cx = cur == null ? -1 : cur.getColumn();
        int cy = cur == null ? -1 : cur.getRow();
        byte[] bytes = type == RefreshType.COMPLETE
                ? encoder.complete(back, size.getColumns(), size.getRows(), cx, cy)
                : encoder.delta(back, getFrontBuffer(), size.getColumns(), size.getRows(), cx, cy);
        if (bytes.length > 0) {
            ansi.writeRaw(bytes);
            terminal.flush();
        }
        back.copyTo(getFrontBuffer());
    }

    @Override
    public synchronized void startScreen() throws IOException {
        super.startScreen();
        if (encoder != null) {
            encoder.forget();
        }
    }
}
