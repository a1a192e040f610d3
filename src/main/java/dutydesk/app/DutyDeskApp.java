package dutydesk.app;

import dutydesk.dachecks.CheckStore;
import dutydesk.db.ChangeWatcher;
import dutydesk.db.Database;
import dutydesk.db.DbException;
import dutydesk.db.JdbiWarmUp;
import dutydesk.db.Migrator;
import dutydesk.demo.DemoSeeder;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dutydesk.tui.AppTerminal;
import dutydesk.tui.CmdRunner;
import dutydesk.tui.DataChanged;
import dutydesk.tui.FrameScreen;
import dutydesk.tui.Glyphs;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Theme;
import dutydesk.tui.Tick;
import dutydesk.tui.TuiLoop;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Starts the full-screen desk: checks the terminal, creates the demo database on first use,
 * opens and migrates the database on the command thread while the terminal starts, runs the
 * loop, and always gives the terminal back as it found it.
 */
final class DutyDeskApp {

    /** How long a stop signal waits for the session to keep its drafts and close the database. */
    private static final int HANGUP_WAIT_SECONDS = 3;

    private final Options options;
    private final PrintStream out;
    private final PrintStream err;

    DutyDeskApp(Options options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    int run() throws Exception {
        Trace.mark(err, "main");
        String term = System.getenv("TERM");
        if ("dumb".equals(term)) {
            err.println("dutydesk: this terminal (TERM=dumb) cannot show a full-screen program.");
            return 2;
        }
        if (System.console() == null) {
            err.println("dutydesk: Duty Desk is a full-screen program: run it in a terminal"
                    + " (for scripts, use 'dutydesk seed').");
            return 2;
        }
        String user = Main.osUser();
        Path dbPath = options.db() != null ? options.db() : Options.defaultDatabase();
        if (!Files.exists(dbPath)) {
            if (options.db() != null) {
                err.println("dutydesk: no database at " + dbPath + ". To create a demo one there: dutydesk seed --db "
                        + dbPath);
                return 2;
            }
            createDemo(dbPath, user);
        }

        boolean ascii = options.ascii() != null ? options.ascii() : !isUtf8(nativeCharset());
        Charset charset = ascii && options.ascii() != null ? StandardCharsets.US_ASCII
                : ascii ? nativeCharset() : StandardCharsets.UTF_8;
        String noColor = System.getenv("NO_COLOR");
        Theme theme = options.noColour() || (noColor != null && !noColor.isEmpty()) ? Theme.MONO : Theme.COLOUR;
        Glyphs glyphs = ascii ? Glyphs.ASCII : Glyphs.UNICODE;

        // The database opens on the command thread while this thread starts the terminal.
        CmdRunner runner = new CmdRunner("db");
        Clock clock = Clock.systemDefaultZone();
        Future<AppContext> opening = runner.start(() -> {
            Database db = Database.open(dbPath, Database.Mode.MUST_EXIST);
            Trace.mark(err, "database open");
            try {
                Migrator.migrate(db, user);
                AppContext ctx = AppContext.of(db, clock, user, options.role()).warm();
                Trace.mark(err, "first queries done");
                return ctx;
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        });
        AppTerminal terminal = new AppTerminal(charset);
        FrameScreen screen = new FrameScreen(terminal);
        screen.startScreen();
        screen.setCursorPosition(null);
        Trace.mark(err, "screen started");
        AppContext ctx;
        try {
            ctx = opening.get();
        } catch (ExecutionException e) {
            screen.stopScreen();
            giveBack(terminal);
            runner.close();
            Throwable c = e.getCause();
            err.println("dutydesk: " + (c instanceof DbException || c instanceof IllegalArgumentException ? c.getMessage()
                    : "cannot open " + dbPath + ": " + c));
            return 2;
        }
        TuiLoop<App> loop = Session.loop(ctx, screen, runner, theme, glyphs, err);
        AtomicReference<ChangeWatcher> watcher = new AtomicReference<>();
        // Told to stop (SIGHUP when an SSH session or tmux pane goes, SIGTERM): end the session as
        // if the terminal had closed, so open forms keep their drafts, and wait for that to finish.
        CountDownLatch finished = new CountDownLatch(1);
        Thread hangup = new Thread(() -> {
            loop.post(new KeyMsg(new KeyStroke(KeyType.EOF)));
            try {
                finished.await(HANGUP_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "hangup");
        Runtime.getRuntime().addShutdownHook(hangup);
        try {
            loop.run(() -> {
                Trace.mark(err, "first frame");
                // Work that can wait starts once the first frame is on the screen, so that it does
                // not compete with it for the two cores.
                watcher.set(watchOtherSessions(dbPath, ctx, loop));
                refreshChecksInBackground(dbPath, clock, loop);
                tickEveryMinute(clock, loop);
                JdbiWarmUp.start();
            });
            return 0;
        } finally {
            try {
                if (watcher.get() != null) {
                    watcher.get().close();
                }
                closeAll(screen, terminal, runner, ctx);
            } finally {
                finished.countDown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hangup);
                } catch (IllegalStateException shuttingDown) {
                    // The hook is running: it is waiting for exactly this.
                }
            }
        }
    }

    /**
     * Restores the terminal's settings. When the session ends by a hangup or a kill, the JVM is
     * already shutting down: Lanterna's own shutdown hook restores the settings then (if the
     * terminal is still there), and its {@code close} fails removing that hook. Not an error.
     */
    private static void giveBack(AppTerminal terminal) throws IOException {
        try {
            terminal.close();
        } catch (IllegalStateException shuttingDown) {
            // Lanterna's hook does it.
        }
    }

    /** Gives the terminal back, then closes the database after every queued command (drafts) has run. */
    private static void closeAll(FrameScreen screen, AppTerminal terminal, CmdRunner runner, AppContext ctx)
            throws Exception {
        try {
            screen.stopScreen();
        } finally {
            try {
                giveBack(terminal);
            } finally {
                try {
                    runner.call(() -> {
                        ctx.db().close();
                        return null;
                    });
                } finally {
                    runner.close();
                }
            }
        }
    }

    /**
     * Re-evaluates, on its own connection and thread, the cases whose stored DA-check evaluation
     * has run out since the database was last used (a due date passed), then tells the page on
     * top to re-read. The lists are usable meanwhile; the first person to start the desk each
     * day does the work for everyone, and several starting at once share it safely.
     */
    private void refreshChecksInBackground(Path dbPath, Clock clock, TuiLoop<App> loop) {
        Thread t = new Thread(() -> {
            try (Database db = Database.open(dbPath, Database.Mode.MUST_EXIST)) {
                long t0 = System.nanoTime();
                int n = CheckStore.refreshExpired(db, LocalDate.now(clock), CheckStore.Progress.NONE);
                if (n > 0) {
                    err.printf(Locale.UK, "dutydesk: re-evaluated the checks of %,d cases in %d ms%n", n,
                            (System.nanoTime() - t0) / 1_000_000);
                    loop.post(new DataChanged());
                }
            } catch (RuntimeException e) {
                err.println("dutydesk: could not re-evaluate the DA checks: " + e.getMessage());
            }
        }, "checks-refresh");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Looks for other sessions' commits (check-ins, takes, contacts) every {@code queue.poll_ms}
     * on a connection of its own, and tells the page on top to re-read when there are some. A
     * failure to open it only costs the live updates (Ctrl+L still reloads).
     */
    private ChangeWatcher watchOtherSessions(Path dbPath, AppContext ctx, TuiLoop<App> loop) {
        try {
            ChangeWatcher w = ChangeWatcher.open(dbPath);
            w.start(ctx.visits().rules().pollMillis(), () -> loop.post(new DataChanged()));
            // What another session saved between the first frame's queries and this look.
            loop.post(new DataChanged());
            return w;
        } catch (RuntimeException e) {
            err.println("dutydesk: not watching for other sessions' changes: " + e.getMessage());
            return null;
        }
    }

    /**
     * Tells the pages the time once a minute, on the minute, so waiting times move on; between
     * ticks (and polls) an idle session does nothing and sends nothing.
     */
    private static void tickEveryMinute(Clock clock, TuiLoop<App> loop) {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "clock");
            t.setDaemon(true);
            return t;
        });
        long toNextMinute = 60_000 - System.currentTimeMillis() % 60_000;
        ticker.scheduleAtFixedRate(() -> loop.post(new Tick(Instant.now(clock))), toNextMinute, 60_000,
                TimeUnit.MILLISECONDS);
    }

    private void createDemo(Path path, String user) {
        out.println("Creating the demo database " + path + " (" + Options.DEFAULT_DEMO_CASES + " cases)...");
        try (Database db = Database.open(path, Database.Mode.CREATE_IF_MISSING)) {
            Migrator.migrate(db, user);
            DemoSeeder.seed(db, Options.DEFAULT_DEMO_CASES, Options.DEFAULT_SEED, LocalDate.now(), user, (d, t) -> { });
        }
    }

    private static Charset nativeCharset() {
        String enc = System.getProperty("native.encoding");
        try {
            return enc == null ? Charset.defaultCharset() : Charset.forName(enc);
        } catch (RuntimeException e) {
            return StandardCharsets.US_ASCII;
        }
    }

    private static boolean isUtf8(Charset c) {
        return StandardCharsets.UTF_8.equals(c);
    }
}
