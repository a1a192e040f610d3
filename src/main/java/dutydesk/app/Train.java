package dutydesk.app;

import com.googlecode.lanterna.input.KeyStroke;
import dutydesk.db.Database;
import dutydesk.db.JdbiWarmUp;
import dutydesk.db.Migrator;
import dutydesk.demo.DemoSeeder;
import dutydesk.tui.CmdRunner;
import dutydesk.tui.FrameScreen;
import dutydesk.tui.Glyphs;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.MemoryTerminal;
import dutydesk.tui.Theme;
import dutydesk.tui.TuiLoop;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Sessions run once per build to record which classes start-up needs (AppCDS archives, so they
 * load pre-parsed and pre-verified). The desk's ({@link #run}): a small demo database, the real
 * loop drawing ANSI frames into memory, the keys a user presses first (move, filter, open a case,
 * back, help, quit), and the classes of the real terminal and its process calls, which need a
 * tty to run. The headless commands' ({@link #batch}): each command once.
 */
final class Train {

    private Train() {
    }

    static int run(PrintStream err) throws Exception {
        loadTerminalClasses();
        Path dir = Files.createTempDirectory("dutydesk-train");
        Path file = dir.resolve("train.db");
        try {
            try (Database seedDb = Database.open(file, Database.Mode.CREATE_IF_MISSING)) {
                Migrator.migrate(seedDb, "train");
                DemoSeeder.seed(seedDb, 200, Options.DEFAULT_SEED, LocalDate.now(), "train", (d, t) -> { });
            }
            CmdRunner runner = new CmdRunner("db");
            AppContext ctx = runner.call(() -> {
                Database d = Database.open(file, Database.Mode.MUST_EXIST);
                Migrator.migrate(d, "train");
                return AppContext.of(d, Clock.systemDefaultZone(), "train").warm();
            });
            MemoryTerminal term = MemoryTerminal.create(80, 24);
            FrameScreen screen = new FrameScreen(term);
            screen.startScreen();
            TuiLoop<App> loop = Session.loop(ctx, screen, runner, Theme.COLOUR, Glyphs.UNICODE, err);
            loop.start();
            loop.pump();
            JdbiWarmUp.start();
            for (String k : new String[] {"<Down>", "<Down>", "<PageDown>", "/", "s", "m", "<BS>", "<Enter>",
                    "<Enter>", "<Down>", "<Enter>", "<Esc>", "c", "a", "<Tab>", "N", "x", "<Enter>", "y", "<c-s>", "<Esc>", "s", "f", "?", "<Esc>", "<End>", "<Home>",
                    "<c-l>", "u", "<Down>", "<Esc>", "q"}) {
                loop.post(new KeyMsg(KeyStroke.fromString(k)));
                loop.pump();
                term.take();
            }
            screen.stopScreen();
            runner.call(() -> {
                ctx.db().close();
                return null;
            });
            runner.close();
            return loop.model().done() ? 0 : 1;
        } finally {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Files.deleteIfExists(dir.resolve("train.db" + suffix));
            }
            Files.deleteIfExists(dir);
        }
    }

    /**
     * The headless commands' session: each command once, in this process, on a small seeded
     * database (and a new one made by importing the example extracts), output discarded.
     */
    static int batch(PrintStream err) throws Exception {
        Path dir = Files.createTempDirectory("dutydesk-train");
        String db = dir.resolve("train.db").toString();
        String made = dir.resolve("imported.db").toString();
        String today = LocalDate.now().toString();
        List<List<String>> runs = new ArrayList<>(List.of(
                List.of("seed", "--cases", "300", "--db", db, "--as-of", today),
                List.of("checks", "--db", db, "--format", "csv"),
                List.of("checks", "--db", db, "--missed-only"),
                List.of("report", "daily", "--db", db),
                List.of("report", "missed", "--db", db, "--format", "csv"),
                List.of("export", "--db", db, dir.resolve("export.csv").toString()),
                List.of("backup", "--db", db, dir.resolve("copy.db").toString()),
                List.of("backup", "--check", dir.resolve("copy.db").toString()),
                List.of("users", "list", "--db", db)));
        Path examples = Path.of(System.getProperty("dutydesk.home", "."), "data", "examples");
        if (Files.isDirectory(examples)) {
            List<String> files = List.of("cases.csv", "registrations.csv", "contacts.csv").stream()
                    .map(f -> examples.resolve(f).toString()).toList();
            List<String> load = new ArrayList<>(List.of("import", "--db", made));
            load.addAll(files);
            runs.add(load);
            runs.add(load);
        }
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
        int failed = 0;
        try {
            for (List<String> args : runs) {
                if (Cli.execute(args, nowhere, nowhere) != Cli.OK) {
                    err.println("train batch: " + String.join(" ", args) + " failed");
                    failed++;
                }
            }
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        return failed == 0 ? 0 : 1;
    }

    /** Loads what the real terminal uses (it cannot be built without a tty). */
    private static void loadTerminalClasses() throws Exception {
        for (String c : new String[] {"dutydesk.tui.AppTerminal", "dutydesk.app.DutyDeskApp", "dutydesk.app.Trace",
                "com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal$CtrlCBehaviour"}) {
            Class.forName(c);
        }
        new ProcessBuilder("/bin/sh", "-c", "true").start().waitFor();
        System.console();
    }
}
