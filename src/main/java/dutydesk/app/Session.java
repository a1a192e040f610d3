package dutydesk.app;

import dutydesk.cases.CaseListPage;
import dutydesk.contacts.DraftsPage;
import dutydesk.tui.Page;
import java.util.ArrayList;
import java.util.List;
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
        Links links = new Links(ctx.contacts(), ctx.checks(), ctx.worklist());
        List<Page> start = new ArrayList<>();
        start.add(CaseListPage.create(ctx.cases(), links));
        if (ctx.draftsWaiting()) {
            start.add(DraftsPage.create(ctx.contacts(), links));
        }
        App app = App.of(start, glyphs);
        return new TuiLoop<>(screen, app, runner, Describe.ERRORS, theme, glyphs, SETTLE_MS, log);
    }
}
