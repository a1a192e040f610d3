package dutydesk.app;

import dutydesk.cases.CaseListPage;
import dutydesk.contacts.DraftsPage;
import dutydesk.reception.QueuePage;
import dutydesk.reception.ReceptionPage;
import dutydesk.tui.CmdRunner;
import dutydesk.tui.FrameScreen;
import dutydesk.tui.Glyphs;
import dutydesk.tui.Page;
import dutydesk.tui.Theme;
import dutydesk.tui.TuiLoop;
import dutydesk.users.Access;
import dutydesk.users.Role;
import dutydesk.users.SetupPage;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Wires one user's session: the repositories over the database, the first pages, the root model
 * and the loop. The same wiring serves the real terminal, the tests' virtual terminal and the
 * class-archive training run.
 *
 * <p>The role decides where the session starts: reception on its check-in page (and nowhere
 * else); a duty officer on the duty queue, with the case list underneath; the SPO on the case
 * list, the queue and the missed-checks worklist one key away. A login that is not a user reads
 * the case list and is told why it can do nothing else; on a database with no users at all, the
 * first person sets themselves up as its SPO.
 */
public final class Session {

    /** How long a frame waits for the quick commands a key started (ms). */
    public static final long SETTLE_MS = 40;

    private Session() {
    }

    public static TuiLoop<App> loop(AppContext ctx, FrameScreen screen, CmdRunner runner, Theme theme,
                                    Glyphs glyphs, PrintStream log) {
        List<Page> start = ctx.firstRun()
                ? List.of(SetupPage.create(ctx.users(), ctx.user(), a -> startPages(ctx.withAccess(a))))
                : startPages(ctx);
        App app = App.of(start, glyphs);
        return new TuiLoop<>(screen, app, runner, Describe.ERRORS, theme, glyphs, SETTLE_MS, log);
    }

    /** The pages a session starts with, the last on top. */
    static List<Page> startPages(AppContext ctx) {
        Access access = ctx.access();
        Links links = new Links(ctx);
        List<Page> start = new ArrayList<>();
        if (access.known() && !access.canReadCases()) {
            start.add(ReceptionPage.create(ctx.visits(), access, true));
            return start;
        }
        start.add(access.known() ? CaseListPage.create(ctx.cases(), links)
                : CaseListPage.create(ctx.cases(), links).withNotice(access.refusal("change anything")));
        if (access.known() && !access.is(Role.SPO)) {
            start.add(QueuePage.create(ctx.visits(), links, access));
        }
        if (ctx.draftsWaiting()) {
            start.add(DraftsPage.create(ctx.contacts(), links));
        }
        return start;
    }
}
