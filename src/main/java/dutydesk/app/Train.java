package dutydesk.app;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dutydesk.db.Database;
import dutydesk.db.Migrator;
import dutydesk.demo.DemoSeeder;
import dutydesk.tui.CmdRunner;
import dutydesk.tui.FrameScreen;
import dutydesk.tui.Glyphs;
import dutydesk.tui.Theme;
import dutydesk.tui.TuiLoop;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * A headless session used once per build to record which classes start-up needs (an AppCDS
 * archive): a small demo database, the real loop on a virtual terminal, and the keys a user
 * presses first (move, filter, open a case, back, help, quit).
 */
final class Train {

    private Train() {
    }

    static int run(PrintStream err) throws Exception {
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
                return AppContext.of(d, Clock.systemDefaultZone()).warm();
            });
            DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(80, 24));
            FrameScreen screen = new FrameScreen(vt);
            screen.startScreen();
            TuiLoop<App> loop = Session.loop(ctx, screen, runner, Theme.COLOUR, Glyphs.UNICODE, err);
            loop.start();
            loop.pump();
            for (String k : new String[] {"<Down>", "<Down>", "<PageDown>", "/", "s", "m", "<BS>", "<Enter>",
                    "<Enter>", "<Down>", "<Enter>", "<Esc>", "<Esc>", "s", "f", "?", "<Esc>", "<End>", "<Home>", "q"}) {
                vt.addInput(KeyStroke.fromString(k));
                loop.pump();
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
}
