package dutydesk.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.BasicCharacterPattern;
import com.googlecode.lanterna.input.CharacterPattern;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The terminal for SSH sessions (PuTTY, Windows Terminal, tmux, old xterms):
 * <ul>
 *   <li>output goes through one 64 KiB buffer, so a frame is one {@code write(2)} and one TCP
 *       segment instead of dozens;</li>
 *   <li>the size comes from {@code stty size} (an ioctl), never from a cursor-position probe
 *       that costs a network round trip and breaks behind a buffer;</li>
 *   <li>Ctrl+C arrives as a key (the app decides what it means), and Ctrl+Z, Ctrl+\, Ctrl+S/Q and
 *       Ctrl+V lose their tty meanings, so they cannot stop, dump, freeze or garble the app;
 *       the tty settings are saved first and restored on exit, also by Lanterna's shutdown hook;</li>
 *   <li>UTF-8 text is written as exact bytes (Lanterna 3.1.5 appends a NUL byte after every
 *       two-byte character);</li>
 *   <li>rxvt's Home/End sequences decode as Home/End;</li>
 *   <li>pastes arrive marked (bracketed paste), so pasted text is never taken for keys.</li>
 * </ul>
 * Saving, changing and measuring the tty take one shell at start-up, to keep start-up short.
 */
public final class AppTerminal extends UnixTerminal implements AnsiOut {

    public AppTerminal(Charset charset) throws IOException {
        super(System.in, new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                charset, CtrlCBehaviour.TRAP);
        // Normal (not application) cursor-key mode, so arrows arrive as ESC [ A.
        writeToTerminal(new byte[] {0x1b, '[', '?', '1', 'l', 0x1b, '>'});
        getInputDecoder().addProfile(() -> List.<CharacterPattern>of(
                new BasicCharacterPattern(new KeyStroke(KeyType.Home), '\033', '[', '7', '~'),
                new BasicCharacterPattern(new KeyStroke(KeyType.End), '\033', '[', '8', '~')));
        getInputDecoder().addProfile(PasteKeys.profile());
    }

    @Override
    public void enterPrivateMode() throws IOException {
        super.enterPrivateMode();
        writeToTerminal(PasteKeys.ENABLE);
    }

    @Override
    public void exitPrivateMode() throws IOException {
        writeToTerminal(PasteKeys.DISABLE);
        super.exitPrivateMode();
    }

    /** Settings to restore on exit; assigned while the superclass constructor runs (no initialiser). */
    private String savedSettings;
    /** The size read at start-up, used for the first size query. */
    private TerminalSize startSize;

    /**
     * Saves the tty settings, applies ours and reads the size in one shell: each process Java
     * starts costs milliseconds, and start-up used to start three.
     */
    @Override
    protected void saveTerminalSettings() throws IOException {
        String out = exec("/bin/sh", "-c", "stty -g; echo '|'; stty " + String.join(" ", SETTINGS) + "; stty size");
        int bar = out.indexOf('|');
        if (bar < 0) {
            throw new IOException("Cannot read the terminal settings (is this a terminal?)");
        }
        savedSettings = out.substring(0, bar).trim();
        startSize = parseSize(out.substring(bar + 1));
    }

    private static final List<String> SETTINGS = List.of("-icanon", "min", "1", "-echo", "intr", "undef", "-ixon",
            "icrnl", "susp", "undef", "quit", "undef", "lnext", "undef");

    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (savedSettings != null && !savedSettings.isEmpty()) {
            runSTTYCommand(savedSettings);
        }
    }

    @Override
    protected void canonicalMode(boolean enabled) throws IOException {
        if (enabled) {
            super.canonicalMode(true);
        }
        // Disabling is done with the other settings in saveTerminalSettings().
    }

    @Override
    protected void keyEchoEnabled(boolean enabled) throws IOException {
        if (enabled) {
            super.keyEchoEnabled(true);
        }
    }

    @Override
    protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
        if (enabled) {
            super.keyStrokeSignalsEnabled(true);
        }
    }

    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        if (startSize != null) {
            TerminalSize s = startSize;
            startSize = null;
            return s;
        }
        return parseSize(runSTTYCommand("size"));
    }

    private static TerminalSize parseSize(String sttySize) {
        String[] rc = sttySize.trim().split("\\s+");
        try {
            int rows = Integer.parseInt(rc[0]);
            int cols = Integer.parseInt(rc[1]);
            if (rows > 0 && cols > 0) {
                return new TerminalSize(cols, rows);
            }
        } catch (RuntimeException ignored) {
            // fall through
        }
        return new TerminalSize(80, 24);
    }

    @Override
    public void putString(String s) throws IOException {
        if (StandardCharsets.UTF_8.equals(getCharset())) {
            writeToTerminal(s.getBytes(StandardCharsets.UTF_8));
        } else {
            super.putString(s);
        }
    }

    @Override
    public void putCharacter(char c) throws IOException {
        if (StandardCharsets.UTF_8.equals(getCharset()) && !Character.isSurrogate(c)) {
            writeToTerminal(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        } else {
            super.putCharacter(c);
        }
    }

    @Override
    public void writeRaw(byte[] bytes) throws IOException {
        writeToTerminal(bytes);
    }

    @Override
    public Charset charset() {
        return getCharset();
    }
}
