package dutydesk.app;

import dutydesk.cases.CaseListPage;
import dutydesk.tui.CmdRunner;
import dutydesk.tui.FrameScreen;
import dutydesk.tui.Glyphs;
import dutydesk.tui.Theme;
import dutydesk.tui.TuiLoop;
import java.io.PrintStream;

/**
 * Wires one user's session: the repositories over the database, the first page, the root model
 * and the loop. The same wiring serves the real terminal, the tests' virtual terminal and the
 * class-archive training run.
 */
public final class Session {

    /** How long a frame waits for the quick commands a key started (ms). */
    public static final long SETTLE_MS = 40;

    private Session() {
    }

    public static TuiLoop<App> loop(AppContext ctx, FrameScreen screen, CmdRunner runner, Theme theme,
                                    Glyphs glyphs, PrintStream log) {
        App app = App.of(CaseListPage.create(ctx.cases()), glyphs);
        return new TuiLoop<>(screen, app, runner, Describe.ERRORS, theme, glyphs, SETTLE_MS, log);
    }
}
