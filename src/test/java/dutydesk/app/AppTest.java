package dutydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dutydesk.tui.Canvas;
import dutydesk.tui.Closing;
import dutydesk.tui.Cmd;
import dutydesk.tui.CmdFailed;
import dutydesk.tui.Glyphs;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Msg;
import dutydesk.tui.Nav;
import dutydesk.tui.Next;
import dutydesk.tui.Notice;
import dutydesk.tui.Paste;
import dutydesk.tui.Page;
import dutydesk.tui.Refresh;
import dutydesk.tui.Refusal;
import dutydesk.tui.Resized;
import dutydesk.tui.Resumed;
import dutydesk.tui.keys.Keymap;
import dutydesk.tui.widgets.TextPage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The root model's routing, global keys and navigation, with stand-in pages. */
class AppTest {

    /**
     * Records what it receives; 'x' starts a command, 'o' opens a child page, 'b' goes back, 'n'
     * asks for a page it may not open.
     */
    record Probe(String name, List<Msg> got) implements Page {
        Probe(String name) {
            this(name, List.of());
        }

        @Override
        public Next<Page> update(Msg msg) {
            List<Msg> all = new ArrayList<>(got);
            all.add(msg);
            Probe next = new Probe(name, all);
            if (msg instanceof KeyMsg k && k.key().getKeyType() == KeyType.Character) {
                switch (k.key().getCharacter()) {
                    case 'x': return Next.of(next, () -> new Done(name));
                    case 'o': return Next.of(next, Nav.push(new Probe(name + "/child")));
                    case 'b': return Next.of(next, Nav.pop());
                    case 'r': return Next.of(next, Nav.popWith(new Notice("from " + name)));
                    case 'n': return Next.of(next, Nav.push(new Refusal("You can't log contacts as reception.")));
                    default: return Next.ignored(this);
                }
            }
            if (msg instanceof Closing) {
                return Next.of(next, () -> new Done("kept " + name));
            }
            return msg instanceof KeyMsg ? Next.ignored(this) : Next.of(next);
        }

        @Override
        public List<Cmd> init() {
            return List.of(() -> new Done("init " + name));
        }

        @Override
        public void draw(Canvas c) {
        }

        @Override
        public String title() {
            return name;
        }

        @Override
        public List<Keymap<?>> keymaps() {
            return List.of();
        }
    }

    record Done(String what) implements Msg {
    }

    static App started() {
        return App.of(new Probe("root"), Glyphs.UNICODE).update(new Resized(80, 24)).state();
    }

    static Next<App> key(App a, KeyStroke k) {
        return a.update(new KeyMsg(k));
    }

    static Next<App> key(App a, char c) {
        return key(a, new KeyStroke(c, false, false));
    }

    static Probe probe(App a, int index) {
        return (Probe) a.stack().get(index).page();
    }

    /** Runs a command as the loop would and feeds its result back. */
    static App run(App a, Cmd c) throws Exception {
        Msg m = c.run();
        return m == null ? a : a.update(m).state();
    }

    @Test
    void theFirstSizeStartsTheRootPage() throws Exception {
        Next<App> n = App.of(new Probe("root"), Glyphs.UNICODE).update(new Resized(80, 24));
        assertEquals(1, n.cmds().size());
        App a = run(n.state(), n.cmds().get(0));
        assertTrue(probe(a, 0).got().contains(new Done("init root")), "the result came back to the page");
        assertInstanceOf(Resized.class, probe(a, 0).got().get(0));
    }

    @Test
    void resultsGoToThePageThatAskedEvenWhenAnotherIsOnTop() throws Exception {
        App a = started();
        Next<App> x = key(a, 'x');
        Cmd rootCommand = x.cmds().get(0);
        Next<App> opened = key(x.state(), 'o');
        App withChild = opened.state();
        assertEquals(2, withChild.stack().size());
        App after = run(withChild, rootCommand);
        assertTrue(probe(after, 0).got().contains(new Done("root")));
        assertFalse(probe(after, 1).got().contains(new Done("root")));
    }

    @Test
    void resultsForAClosedPageAreDropped() throws Exception {
        App a = key(started(), 'o').state();
        Next<App> x = key(a, 'x');
        App back = key(x.state(), 'b').state();
        assertEquals(1, back.stack().size());
        assertEquals(back, run(back, x.cmds().get(0)));
    }

    @Test
    void goingBackTellsThePageUnderneath() {
        App back = key(key(started(), 'o').state(), 'b').state();
        assertInstanceOf(Resumed.class, probe(back, 0).got().get(probe(back, 0).got().size() - 1));
    }

    @Test
    void aFailedCommandReachesItsPageAsAMessage() {
        App a = started();
        Cmd c = key(a, 'x').cmds().get(0);
        App after = a.update(new CmdFailed(new IllegalStateException("boom"), "It failed", c)).state();
        assertTrue(probe(after, 0).got().stream().anyMatch(m -> m instanceof CmdFailed f && f.message().equals("It failed")));
    }

    @Test
    void helpIsGlobalAndListsThePagesKeysAndTheGlobalOnes() {
        App a = key(started(), '?').state();
        TextPage help = assertInstanceOf(TextPage.class, a.top());
        assertTrue(help.title().contains("root"));
        assertTrue(help.lines().stream().anyMatch(l -> l.text().contains("Quit Duty Desk")));
        assertEquals(a.top(), key(a, new KeyStroke(KeyType.F1)).state().stack().get(1).page(), "F1 works too");
    }

    @Test
    void ctrlCGoesBackOnAChildPageAndAsksOnTheRoot() {
        App child = key(started(), 'o').state();
        assertEquals(1, key(child, new KeyStroke('c', true, false)).state().stack().size());
        App asking = key(started(), new KeyStroke('c', true, false)).state();
        assertTrue(asking.confirmQuit());
        assertFalse(key(asking, 'x').state().done(), "other keys do nothing while asking");
        assertTrue(key(asking, 'y').state().done());
        assertFalse(key(asking, new KeyStroke(KeyType.Escape)).state().confirmQuit());
    }

    @Test
    void bigQAndF10QuitAtOnce() {
        assertTrue(key(started(), 'Q').state().done());
        assertTrue(key(started(), new KeyStroke(KeyType.F10)).state().done());
        assertTrue(key(started(), new KeyStroke(KeyType.EOF)).state().done(), "the terminal went away");
    }

    @Test
    void ctrlLAsksThePageToReload() {
        App a = key(started(), new KeyStroke('l', true, false)).state();
        assertInstanceOf(Refresh.class, probe(a, 0).got().get(probe(a, 0).got().size() - 1));
    }

    @Test
    void altKeyIsEscapeThenTheKey() {
        App a = key(started(), new KeyStroke('o', false, true)).state();
        List<Msg> got = probe(a, 0).got();
        assertEquals(2, a.stack().size(), "the 'o' part opened a page");
        assertTrue(got.stream().noneMatch(m -> m instanceof KeyMsg k && k.key().isAltDown()));
    }

    @Test
    void aTooSmallTerminalOnlyQuits() {
        App small = started().update(new Resized(60, 20)).state();
        assertEquals(1, key(small, 'o').state().stack().size(), "keys do nothing");
        assertTrue(!key(small, 'q').state().done(), "a letter typed while resizing does not quit");
        assertTrue(!key(small, new KeyStroke('Q', false, false)).state().done());
        assertTrue(key(small, new KeyStroke('c', true, false)).state().done(), "Ctrl+C quits");
        assertTrue(key(small, new KeyStroke(KeyType.F10)).state().done(), "F10 quits");
    }

    @Test
    void theEndOfTheSessionIsAnnouncedToEveryPageAndTheirCommandsStillRun() {
        App a = key(started(), new KeyStroke('o', false, false)).state();
        Next<App> closed = key(a, new KeyStroke(KeyType.EOF));
        assertTrue(closed.state().done());
        assertEquals(2, closed.cmds().size(), "one keep-command from each open page");
        for (Page p : List.of(closed.state().stack().get(0).page(), closed.state().top())) {
            assertInstanceOf(Closing.class, ((Probe) p).got().get(((Probe) p).got().size() - 1));
        }
        assertTrue(key(closed.state(), new KeyStroke(KeyType.EOF)).cmds().isEmpty(), "announced once");
    }

    @Test
    void aPageClosingWithAResultHandsItToThePageUnderneathAfterResumed() {
        App a = key(started(), new KeyStroke('o', false, false)).state();
        App back = key(a, new KeyStroke('r', false, false)).state();
        Probe root = (Probe) back.top();
        List<Msg> got = root.got();
        assertInstanceOf(Resumed.class, got.get(got.size() - 2));
        assertEquals(new Notice("from root/child"), got.get(got.size() - 1));
    }

    @Test
    void aRefusalOpensNothingAndTellsThePageOnTopWhy() {
        App a = key(started(), 'o').state();
        Next<App> n = key(a, 'n');
        App after = n.state();
        assertEquals(2, after.stack().size(), "nothing was opened");
        assertEquals(a.nextId(), after.nextId());
        assertTrue(n.cmds().isEmpty(), "nothing starts");
        List<Msg> got = probe(after, 1).got();
        assertEquals(new Notice("You can't log contacts as reception."), got.get(got.size() - 1));
        assertEquals(new KeyMsg(new KeyStroke('n', false, false)), got.get(got.size() - 2));
        assertEquals(probe(a, 0), probe(after, 0), "the page underneath hears nothing");
        assertFalse(after.confirmQuit() || after.done());
    }

    @Test
    void aPasteGoesToTheTopPageButNotPastTheQuitQuestion() {
        App a = started();
        Probe p = (Probe) a.update(new Paste("text")).state().top();
        assertEquals(new Paste("text"), p.got().get(p.got().size() - 1));
        App asking = key(a, new KeyStroke('c', true, false)).state();
        assertTrue(asking.confirmQuit());
        assertEquals(asking, asking.update(new Paste("y")).state(), "a pasted y does not answer the question");
    }
}
