package dutydesk.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The loop itself, with a toy model: commands, failures, coalescing and drawing. */
class TuiLoopTest {

    record Got(String what) implements Msg {
    }

    /** Counts keys; each key starts a keyed query; 'f' starts a failing command. */
    record Counter(List<String> log, boolean done) implements Model<Counter> {
        @Override
        public Next<Counter> update(Msg msg) {
            List<String> l = new ArrayList<>(log);
            if (msg instanceof KeyMsg k && k.key().getCharacter() != null) {
                char c = k.key().getCharacter();
                l.add("key " + c);
                if (c == 'q') {
                    return Next.of(new Counter(l, true));
                }
                if (c == 'd') {
                    return Next.of(new Counter(l, false), Cmd.debounce("pause", 60_000, new Got("quiet after " + l.size())));
                }
                if (c == 'f') {
                    return Next.of(new Counter(l, false), () -> {
                        throw new IllegalStateException("disk on fire");
                    });
                }
                return Next.of(new Counter(l, false), Cmd.latest("query", () -> new Got("result after " + c)));
            }
            if (msg instanceof Got g) {
                l.add(g.what());
            } else if (msg instanceof CmdFailed f) {
                l.add("failed: " + f.message());
            } else {
                l.add(msg.getClass().getSimpleName());
            }
            return Next.of(new Counter(l, false));
        }

        @Override
        public void draw(Canvas c) {
            c.text(0, 0, "log " + log.size(), Role.NORMAL);
        }

        @Override
        public boolean done() {
            return done;
        }
    }

    @Test
    void commandResultsFailuresAndBurstsOfKeys() throws Exception {
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(40, 10));
        FrameScreen screen = new FrameScreen(vt);
        screen.startScreen();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (CmdRunner runner = new CmdRunner("t")) {
            TuiLoop<Counter> loop = new TuiLoop<>(screen, new Counter(List.of(), false), runner,
                    t -> "described: " + t.getMessage(), Theme.MONO, Glyphs.UNICODE, 40, new PrintStream(log, true));
            loop.start();
            loop.pump();
            assertEquals(List.of("Resized"), loop.model().log());

            vt.addInput(new KeyStroke('a', false, false));
            loop.pump();
            assertTrue(loop.model().log().contains("result after a"));

            for (char c : "bcdegh".toCharArray()) {
                vt.addInput(new KeyStroke(c, false, false));
            }
            loop.pump();
            assertTrue(loop.model().log().contains("result after h"), "a burst ends with the newest result: "
                    + loop.model().log());

            vt.addInput(new KeyStroke('f', false, false));
            loop.pump();
            assertTrue(loop.model().log().contains("failed: described: disk on fire"), loop.model().log().toString());
            assertTrue(log.toString().contains("disk on fire"), "the stack trace goes to the log");

            assertEquals("log " + loop.model().log().size(), line(vt, 0).trim());
            vt.addInput(new KeyStroke('q', false, false));
            loop.pump();
            assertTrue(loop.model().done());
        }
    }

    @Test
    void aDebounceDeliversOnlyTheLastOfABurstOnceTheLoopIsIdle() throws Exception {
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(40, 10));
        FrameScreen screen = new FrameScreen(vt);
        screen.startScreen();
        try (CmdRunner runner = new CmdRunner("t")) {
            TuiLoop<Counter> loop = new TuiLoop<>(screen, new Counter(List.of(), false), runner, Throwable::getMessage,
                    Theme.MONO, Glyphs.UNICODE, 40, new PrintStream(new ByteArrayOutputStream(), true));
            loop.start();
            loop.pump();
            for (int i = 0; i < 3; i++) {
                vt.addInput(new KeyStroke('d', false, false));
            }
            loop.pump();
            List<String> log = loop.model().log();
            assertEquals(List.of("Resized", "key d", "key d", "key d", "quiet after 4"), log,
                    "three restarts of a one-minute wait, one delivery, and the test did not wait a minute");
            loop.pump();
            assertEquals(5, loop.model().log().size(), "delivered once");
        }
    }

    static String line(DefaultVirtualTerminal vt, int row) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < vt.getTerminalSize().getColumns(); c++) {
            b.append(vt.getCharacter(c, row).getCharacterString());
        }
        return b.toString();
    }
}
