package dutydesk.app;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dutydesk.tui.Canvas;
import dutydesk.tui.Cmd;
import dutydesk.tui.Closing;
import dutydesk.tui.CmdFailed;
import dutydesk.tui.GlobalKeys;
import dutydesk.tui.Glyphs;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Model;
import dutydesk.tui.Msg;
import dutydesk.tui.Nav;
import dutydesk.tui.Notice;
import dutydesk.tui.Refusal;
import dutydesk.tui.Next;
import dutydesk.tui.Page;
import dutydesk.tui.Paste;
import dutydesk.tui.Refresh;
import dutydesk.tui.Repaint;
import dutydesk.tui.Resized;
import dutydesk.tui.Resumed;
import dutydesk.tui.Role;
import dutydesk.tui.Text;
import dutydesk.tui.keys.Keymap;
import dutydesk.tui.keys.Keys;
import dutydesk.tui.widgets.Dialog;
import dutydesk.tui.widgets.HelpContent;
import dutydesk.tui.widgets.TextPage;
import java.util.ArrayList;
import java.util.List;

/**
 * The root model: a stack of pages, the terminal size, and a pending "quit?" question. It routes
 * messages, never interprets a page's business: keys go to the top page first, and only keys
 * the page leaves unhandled reach the global bindings ({@link GlobalKeys}).
 */
public record App(List<Entry> stack, int nextId, int cols, int rows, boolean confirmQuit, boolean done,
                  Glyphs glyphs) implements Model<App> {

    /** Smallest terminal the pages are laid out for. */
    public static final int MIN_COLS = 80;
    public static final int MIN_ROWS = 24;

    /** A page on the stack, with the id its commands' results are addressed to. */
    public record Entry(int id, Page page, boolean started) {
    }

    /** A command's result on its way back to the page that issued it. */
    record Routed(int pageId, Msg msg) implements Msg {
    }

    /** A page's command, tagged with the page's id. */
    record RoutedCmd(int pageId, Cmd inner) implements Cmd {
        @Override
        public Msg run() throws Exception {
            Msg m = inner.run();
            return m == null ? null : new Routed(pageId, m);
        }
    }

    public App {
        stack = List.copyOf(stack);
    }

    /** An application showing {@code root}; the page starts when the first size arrives. */
    public static App of(Page root, Glyphs glyphs) {
        return of(List.of(root), glyphs);
    }

    /** An application starting with several pages stacked (the last on top). */
    public static App of(List<Page> pages, Glyphs glyphs) {
        List<Entry> entries = new ArrayList<>();
        for (Page p : pages) {
            entries.add(new Entry(entries.size() + 1, p, false));
        }
        return new App(entries, entries.size() + 1, 0, 0, false, false, glyphs);
    }

    public Page top() {
        return stack.get(stack.size() - 1).page();
    }

    boolean tooSmall() {
        return cols < MIN_COLS || rows < MIN_ROWS;
    }

    @Override
    public Next<App> update(Msg msg) {
        if (msg instanceof KeyMsg k) {
            return key(k.key());
        }
        if (msg instanceof Routed r) {
            return toPage(r.pageId(), r.msg());
        }
        if (msg instanceof CmdFailed f && origin(f.source()) instanceof RoutedCmd rc) {
            return toPage(rc.pageId(), f);
        }
        if (msg instanceof Resized r) {
            return resized(r);
        }
        if (msg instanceof Nav n) {
            return navigate(n, List.of());
        }
        if (msg instanceof Closing) {
            return quitting();
        }
        if (msg instanceof Paste && (confirmQuit || tooSmall())) {
            return Next.of(this);
        }
        return toPage(topId(), msg);
    }

    private static Cmd origin(Cmd c) {
        return c instanceof Cmd.Keyed k ? k.cmd() : c;
    }

    private int topId() {
        return stack.get(stack.size() - 1).id();
    }

    private Next<App> resized(Resized r) {
        App sized = new App(stack, nextId, r.cols(), r.rows(), confirmQuit, done, glyphs);
        List<Entry> entries = new ArrayList<>();
        List<Cmd> cmds = new ArrayList<>();
        for (Entry e : sized.stack) {
            Next<Page> n = e.page().update(r);
            Page p = n.state();
            List<Cmd> pageCmds = new ArrayList<>(n.cmds());
            if (!e.started()) {
                pageCmds.addAll(p.init());
            }
            for (Cmd c : pageCmds) {
                cmds.add(routed(e.id(), c));
            }
            entries.add(new Entry(e.id(), p, true));
        }
        return Next.of(new App(entries, nextId, r.cols(), r.rows(), confirmQuit, done, glyphs), cmds);
    }

    private Next<App> key(KeyStroke raw) {
        KeyStroke k = Keys.normalise(raw);
        if (k.getKeyType() == KeyType.EOF) {
            return quitting();
        }
        if (tooSmall()) {
            // Nothing on the screen to act on: letters typed while a window is being resized must
            // not quit (q) or act unseen. Only keys no one types by accident quit, and an open
            // form is kept as a draft when they do.
            boolean quitKey = Keys.isCtrlC(k) || k.getKeyType() == KeyType.F10;
            return quitKey ? quitting() : Next.of(this);
        }
        if (confirmQuit) {
            Character c = Keys.typed(k);
            if (c != null && (c == 'y' || c == 'Y') || k.getKeyType() == KeyType.Enter) {
                return quitting();
            }
            boolean no = c != null && (c == 'n' || c == 'N' || c == 'q') || k.getKeyType() == KeyType.Escape
                    || Keys.isCtrlC(k);
            return Next.of(no ? new App(stack, nextId, cols, rows, false, done, glyphs) : this);
        }
        if (k.isAltDown() && k.getKeyType() == KeyType.Character) {
            // Esc followed quickly by a key arrives as Alt+key; nothing here binds Alt, so split it.
            Next<App> first = key(new KeyStroke(KeyType.Escape));
            Next<App> second = first.state().key(new KeyStroke(k.getCharacter(), k.isCtrlDown(), false));
            return Next.of(first.state(), first.cmds()).and(second.cmds()).map(ignored -> second.state());
        }
        Entry top = stack.get(stack.size() - 1);
        Next<Page> n = top.page().update(new KeyMsg(k));
        if (n.handled()) {
            return apply(top.id(), n);
        }
        return GlobalKeys.KEYS.lookup(k).map(this::global).orElse(Next.of(this));
    }

    private Next<App> global(GlobalKeys.Action a) {
        switch (a) {
            case HELP: {
                Page p = top();
                List<Keymap<?>> maps = new ArrayList<>(p.keymaps());
                maps.add(GlobalKeys.KEYS);
                return navigate(Nav.push(TextPage.of("Help: " + p.title(), new HelpContent(maps, glyphs))), List.of());
            }
            case QUIT:
                return quitting();
            case REDRAW:
                return toPage(topId(), new Refresh()).and(List.of(new Repaint()));
            case INTERRUPT:
                if (stack.size() > 1) {
                    return navigate(Nav.pop(), List.of());
                }
                return Next.of(new App(stack, nextId, cols, rows, true, done, glyphs));
            default:
                return Next.of(this);
        }
    }

    /**
     * Ends the session: every page hears {@link Closing} first, and the commands it returns (an
     * unsaved form's draft) are queued before the database closes.
     */
    private Next<App> quitting() {
        if (done) {
            return Next.of(this);
        }
        List<Cmd> cmds = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        for (Entry e : stack) {
            Next<Page> n = e.page().update(new Closing());
            entries.add(new Entry(e.id(), n.state(), e.started()));
            for (Cmd c : n.cmds()) {
                if (!(c instanceof Nav)) {
                    cmds.add(routed(e.id(), c));
                }
            }
        }
        return Next.of(new App(entries, nextId, cols, rows, false, true, glyphs), cmds);
    }

    /** Delivers a message to one page (dropped if that page has closed meanwhile). */
    private Next<App> toPage(int id, Msg msg) {
        for (Entry e : stack) {
            if (e.id() == id) {
                return apply(id, e.page().update(msg));
            }
        }
        return Next.of(this);
    }

    /** Replaces a page with its next state, applies its navigation and routes its commands. */
    private Next<App> apply(int id, Next<Page> n) {
        List<Entry> entries = new ArrayList<>();
        for (Entry e : stack) {
            entries.add(e.id() == id ? new Entry(id, n.state(), e.started()) : e);
        }
        App next = new App(entries, nextId, cols, rows, confirmQuit, done, glyphs);
        List<Cmd> cmds = new ArrayList<>();
        Next<App> result = Next.of(next);
        for (Cmd c : n.cmds()) {
            if (c instanceof Nav nav) {
                result = result.state().navigate(nav, result.cmds());
            } else {
                cmds.add(routed(id, c));
            }
        }
        return result.and(cmds);
    }

    private Next<App> navigate(Nav nav, List<Cmd> pending) {
        if (nav instanceof Nav.Quit) {
            return quitting().and(pending);
        }
        if (nav instanceof Nav.Pop pop) {
            if (stack.size() <= 1) {
                return Next.of(this, pending);
            }
            App popped = new App(stack.subList(0, stack.size() - 1), nextId, cols, rows, confirmQuit, done, glyphs);
            Next<App> resumed = popped.toPage(popped.topId(), new Resumed());
            if (pop.result() != null) {
                Next<App> told = resumed.state().toPage(popped.topId(), pop.result());
                resumed = Next.of(told.state(), resumed.cmds()).and(told.cmds());
            }
            return Next.of(resumed.state(), pending).and(resumed.cmds());
        }
        if (nav instanceof Nav.Reset reset) {
            App cleared = new App(List.of(), nextId, cols, rows, confirmQuit, done, glyphs);
            Next<App> n = Next.of(cleared, pending);
            for (Page p : reset.pages()) {
                n = n.state().navigate(Nav.push(p), n.cmds());
            }
            return n;
        }
        Page page = ((Nav.Push) nav).page();
        if (page instanceof Refusal r) {
            return toPage(topId(), new Notice(r.text())).and(pending);
        }
        int id = nextId;
        List<Cmd> cmds = new ArrayList<>(pending);
        boolean sized = cols > 0;
        if (sized) {
            Next<Page> n = page.update(new Resized(cols, rows));
            page = n.state();
            for (Cmd c : n.cmds()) {
                cmds.add(routed(id, c));
            }
            for (Cmd c : page.init()) {
                cmds.add(routed(id, c));
            }
        }
        List<Entry> entries = new ArrayList<>(stack);
        entries.add(new Entry(id, page, sized));
        return Next.of(new App(entries, id + 1, cols, rows, confirmQuit, done, glyphs), cmds);
    }

    private static Cmd routed(int id, Cmd c) {
        if (c instanceof Cmd.Debounce d) {
            return Cmd.debounce(id + "/" + d.key(), d.millis(), new Routed(id, d.msg()));
        }
        if (c instanceof Cmd.Keyed k) {
            return Cmd.latest(id + "/" + k.key(), new RoutedCmd(id, k.cmd()));
        }
        return new RoutedCmd(id, c);
    }

    @Override
    public void draw(Canvas c) {
        if (tooSmall()) {
            List<String> lines = new ArrayList<>(Text.wrap("Duty Desk needs a terminal of at least " + MIN_COLS + "x"
                    + MIN_ROWS + ".", c.cols(), c.glyphs().ascii()));
            int first = lines.size();
            lines.addAll(Text.wrap("This one is " + cols + "x" + rows + ". Make the window bigger: until then keys"
                    + " are not used. Ctrl+C quits (an open form is kept as a draft).", c.cols(), c.glyphs().ascii()));
            for (int i = 0; i < lines.size(); i++) {
                c.text(0, i, lines.get(i), i < first ? Role.HEADER : Role.NORMAL);
            }
            return;
        }
        top().draw(c);
        if (confirmQuit) {
            Dialog.draw(c, "Quit Duty Desk?", List.of("y  quit", "n  stay"));
        }
    }

    @Override
    public boolean done() {
        return done;
    }
}
