package dutydesk.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.nio.charset.Charset;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An ANSI terminal that writes into memory: the byte-budget tests count exactly what a frame
 * sends through it, and the start-up training run draws on it. It encodes text as
 * {@link AppTerminal} does (exact UTF-8, frames from {@link AnsiEncoder}).
 */
public final class MemoryTerminal extends ANSITerminal implements AnsiOut {

    private final ByteArrayOutputStream out;
    private TerminalSize size;

    public static MemoryTerminal create(int cols, int rows) {
        return new MemoryTerminal(new ByteArrayOutputStream(), new TerminalSize(cols, rows));
    }

    private MemoryTerminal(ByteArrayOutputStream out, TerminalSize size) {
        super(new ByteArrayInputStream(new byte[0]), out, StandardCharsets.UTF_8);
        this.out = out;
        this.size = size;
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    @Override
    public void putString(String s) throws IOException {
        writeToTerminal(s.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void putCharacter(char c) throws IOException {
        writeToTerminal(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void writeRaw(byte[] bytes) throws IOException {
        writeToTerminal(bytes);
    }

    @Override
    public Charset charset() {
        return StandardCharsets.UTF_8;
    }

    /** Everything written so far, without resetting. */
    public byte[] peek() {
        return out.toByteArray();
    }

    /** Bytes written since the last call, and the counter reset. */
    public byte[] take() {
        byte[] b = out.toByteArray();
        out.reset();
        return b;
    }
}
