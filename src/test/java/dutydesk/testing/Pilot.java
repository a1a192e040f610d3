package dutydesk.testing;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dutydesk.app.App;
import dutydesk.app.AppContext;
import dutydesk.app.Session;
import dutydesk.db.Database;
import dutydesk.tui.CmdRunner;
import dutydesk.tui.FrameScreen;
import dutydesk.tui.Glyphs;
import dutydesk.tui.Msg;
import dutydesk.tui.Page;
import dutydesk.tui.PasteKeys;
import dutydesk.tui.Theme;
import dutydesk.tui.TuiLoop;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives the real application loop on Lanterna's virtual terminal: keys go in as a user would
 * type them, {@link TuiLoop#pump()} processes them and every command they start (on the real
 * command thread) before the screen is read. No sleeps: the pump waits for the work itself.
 */
public final class Pilot implements AutoCloseable {

    private final DefaultVirtualTerminal vt;
    private final FrameScreen screen;
    private final CmdRunner runner;
    private final TuiLoop<App> loop;

    public Pilot(Database db, int cols, int rows) {
        this(db, cols, rows, Theme.COLOUR, Glyphs.UNICODE);
    }

    public Pilot(Database db, int cols, int rows, Theme theme, Glyphs glyphs) {
        this(db, cols, rows, theme, glyphs, TestDb.USER);
    }

    /** A session of {@code user} (the OS login the desk records as the author). */
    public Pilot(Database db, int cols, int rows, String user) {
        this(db, cols, rows, Theme.COLOUR, Glyphs.UNICODE, user);
    }

    public Pilot(Database db, int cols, int rows, Theme theme, Glyphs glyphs, String user) {
        this(cols, rows, (screen, runner) -> {
            AppContext ctx = runner.call(() -> AppContext.of(db, TestDb.CLOCK, user).warm());
            return Session.loop(ctx, screen, runner, theme, glyphs, new PrintStream(System.err, true));
        });
    }

    /**
     * Drives an application showing these pages (the last on top) instead of the desk's own
     * start: for a page not yet wired into the application. Failures are described by their
     * message.
     */
    public static Pilot showing(List<Page> pages, int cols, int rows, Theme theme, Glyphs glyphs) {
        return new Pilot(cols, rows, (screen, runner) -> new TuiLoop<>(screen, App.of(pages, glyphs), runner,
                Throwable::getMessage, theme, glyphs, Session.SETTLE_MS, new PrintStream(System.err, true)));
    }

    /** Builds the loop on the pilot's screen and command thread. */
    @FunctionalInterface
    private interface LoopFactory {
        TuiLoop<App> create(FrameScreen screen, CmdRunner runner) throws Exception;
    }

    private Pilot(int cols, int rows, LoopFactory factory) {
        try {
            vt = new DefaultVirtualTerminal(new TerminalSize(cols, rows));
            screen = new FrameScreen(vt);
            screen.startScreen();
            runner = new CmdRunner("test-db");
            loop = factory.create(screen, runner);
            loop.start();
            loop.pump();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Presses keys given in vim notation ("j", "<Down>", "<Enter>", "<c-c>") one at a time. */
    public Pilot press(String... keys) {
        for (String k : keys) {
            KeyStroke ks = k.equals("<Space>") ? new KeyStroke(' ', false, false) : KeyStroke.fromString(k);
            vt.addInput(ks);
            pump();
        }
        return this;
    }

    /** Types text, one character at a time. */
    public Pilot type(String text) {
        for (char ch : text.toCharArray()) {
            vt.addInput(new KeyStroke(ch, false, false));
            pump();
        }
        return this;
    }

    /** Queues keys without processing them (to test what arrives in one burst). */
    public Pilot queue(KeyStroke... keys) {
        for (KeyStroke k : keys) {
            vt.addInput(k);
        }
        return this;
    }

    public Pilot pump() {
        try {
            loop.pump();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    /** Delivers a message as if another thread had posted it (a poller's {@code DataChanged}). */
    public Pilot post(Msg msg) {
        loop.post(msg);
        return pump();
    }

    public Pilot resize(int cols, int rows) {
        vt.setTerminalSize(new TerminalSize(cols, rows));
        return pump();
    }

    public App app() {
        return loop.model();
    }

    public boolean done() {
        return loop.model().done();
    }

    /** The visible text, one string per row, trailing blanks removed. */
    public List<String> lines() {
        TerminalSize size = vt.getTerminalSize();
        List<String> out = new ArrayList<>();
        for (int r = 0; r < size.getRows(); r++) {
            out.add(line(r));
        }
        return out;
    }

    public String line(int row) {
        TerminalSize size = vt.getTerminalSize();
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < size.getColumns(); c++) {
            TextCharacter ch = vt.getCharacter(c, row);
            b.append(ch.getCharacterString());
            if (ch.isDoubleWidth()) {
                c++;
            }
        }
        return b.toString().stripTrailing();
    }

    /** The whole screen as text (rows joined by newlines). */
    public String screen() {
        return String.join("\n", lines());
    }

    /** True when every cell of the row is drawn in reverse video. */
    public boolean rowReversed(int row) {
        for (int c = 0; c < vt.getTerminalSize().getColumns(); c++) {
            if (!vt.getCharacter(c, row).isReversed()) {
                return false;
            }
        }
        return true;
    }

    /** The row on which the text first appears, or -1. */
    public int rowOf(String text) {
        List<String> ls = lines();
        for (int i = 0; i < ls.size(); i++) {
            if (ls.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    public boolean cursorVisible() {
        return vt.isCursorVisible();
    }

    /** Types text as one bracketed paste (what a terminal sends when text is pasted into it). */
    public Pilot paste(String text) {
        vt.addInput(PasteKeys.START);
        for (char ch : text.toCharArray()) {
            vt.addInput(ch == '\n' ? new KeyStroke(KeyType.Enter) : ch == '\t' ? new KeyStroke(KeyType.Tab)
                    : new KeyStroke(ch, false, false));
        }
        vt.addInput(PasteKeys.END);
        return pump();
    }

    /** Simulates the terminal closing (SSH dropped). */
    public Pilot hangUp() {
        vt.addInput(new KeyStroke(KeyType.EOF));
        return pump();
    }

    @Override
    public void close() {
        runner.close();
    }
}
