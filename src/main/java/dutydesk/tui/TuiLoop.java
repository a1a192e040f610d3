package dutydesk.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The application loop: one UI thread takes messages from a queue, passes them to the model's
 * pure {@code update}, hands the returned commands to the {@link CmdRunner}, and redraws.
 *
 * <p>Only this thread touches the model and the screen; the input thread and the resize handler
 * only enqueue. While idle the loop blocks on the queue: no CPU, no bytes. After a burst of
 * messages it waits briefly ({@code settleMillis}) for the commands that burst started, so a key
 * whose result is a quick query draws one frame, not a stale frame and then the real one.
 *
 * <p>Tests drive the same loop without threads: queue keys on a virtual terminal and call
 * {@link #pump()}, which returns once every message and command has been processed.
 */
public final class TuiLoop<M extends Model<M>> {

    private static final Object WAKE = new Object();
    private static final long PUMP_TIMEOUT_SECONDS = 30;

    private final FrameScreen screen;
    private final CmdRunner runner;
    private final ErrorDescriber describe;
    private final Cells cells;
    private final Glyphs glyphs;
    private final long settleNanos;
    private final PrintStream log;
    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    /** Debounced messages waiting for their quiet period, by key (touched only by the UI thread). */
    private final Map<String, Timer> timers = new LinkedHashMap<>();
    private final InputAssembler pumpInput = new InputAssembler();
    private record Timer(long due, Msg msg) {
    }

    private M model;
    private M drawn;
    private int inflight;
    private boolean fullRedraw = true;

    public TuiLoop(FrameScreen screen, M model, CmdRunner runner, ErrorDescriber describe, Theme theme,
                   Glyphs glyphs, long settleMillis, PrintStream log) {
        this.screen = screen;
        this.model = model;
        this.runner = runner;
        this.describe = describe;
        this.cells = new Cells(theme);
        this.glyphs = glyphs;
        this.settleNanos = TimeUnit.MILLISECONDS.toNanos(settleMillis);
        this.log = log;
    }

    public M model() {
        return model;
    }

    /** Adds a message from any thread (e.g. a poller). */
    public void post(Msg msg) {
        queue.add(msg);
    }

    /** Sends the initial size to the model and runs its first commands. */
    public void start() {
        TerminalSize size = screen.getTerminalSize();
        dispatch(new Resized(size.getColumns(), size.getRows()));
    }

    /**
     * Runs until the model is done. Reads keys on a daemon thread; returns on quit or EOF.
     * {@code firstFrame} runs once the first screen has been sent.
     */
    public void run(Runnable firstFrame) throws IOException, InterruptedException {
        screen.getTerminal().addResizeListener((t, size) -> queue.offer(WAKE));
        Thread input = new Thread(this::readKeys, "tty-input");
        input.setDaemon(true);
        input.start();
        start();
        settle();
        render();
        firstFrame.run();
        while (!model.done()) {
            Object e = timers.isEmpty() ? queue.take() : queue.poll(untilNextTimer(), TimeUnit.NANOSECONDS);
            if (e == null) {
                fireTimers(false);
            } else {
                handle(e);
            }
            settle();
            render();
        }
    }

    private void readKeys() {
        InputAssembler input = new InputAssembler();
        try {
            for (;;) {
                KeyStroke k = screen.readInput();
                for (Msg m : input.accept(k)) {
                    queue.put(m);
                }
                if (k.getKeyType() == KeyType.EOF) {
                    return;
                }
            }
        } catch (IOException | RuntimeException | InterruptedException e) {
            queue.offer(new KeyMsg(new KeyStroke(KeyType.EOF)));
        }
    }

    private long untilNextTimer() {
        long next = Long.MAX_VALUE;
        for (Timer t : timers.values()) {
            next = Math.min(next, t.due());
        }
        return Math.max(0, next - System.nanoTime());
    }

    /** Delivers the timers that are due (or, in tests, the earliest one whatever the clock says). */
    private void fireTimers(boolean skipAhead) {
        long now = System.nanoTime();
        Timer earliest = null;
        String earliestKey = null;
        for (Map.Entry<String, Timer> en : timers.entrySet()) {
            if (earliest == null || en.getValue().due() < earliest.due()) {
                earliest = en.getValue();
                earliestKey = en.getKey();
            }
        }
        if (skipAhead && earliest != null) {
            timers.remove(earliestKey);
            dispatch(earliest.msg());
            return;
        }
        for (Iterator<Map.Entry<String, Timer>> it = timers.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<String, Timer> en = it.next();
            if (en.getValue().due() <= now) {
                it.remove();
                queue.add(en.getValue().msg());
            }
        }
    }

    /**
     * Test driver: processes queued input and messages, waiting for running commands, until
     * nothing is left; then draws once. A pending debounce fires as soon as the loop is idle
     * (the test has stopped "typing"), so tests never wait for a clock.
     */
    public void pump() throws IOException, InterruptedException {
        for (;;) {
            KeyStroke k;
            while ((k = screen.pollInput()) != null) {
                queue.addAll(pumpInput.accept(k));
            }
            Object e = queue.poll();
            if (e == null) {
                if (inflight == 0 && !timers.isEmpty()) {
                    // Idle with a debounce pending: the user has stopped typing; deliver it now.
                    fireTimers(true);
                    continue;
                }
                if (inflight == 0) {
                    break;
                }
                e = queue.poll(PUMP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
                if (e == null) {
                    throw new IllegalStateException("A command did not finish within " + PUMP_TIMEOUT_SECONDS + " s");
                }
            }
            handle(e);
        }
        render();
    }

    /** Drains what is queued now, then waits up to the settle time for commands still running. */
    private void settle() throws InterruptedException {
        long deadline = System.nanoTime() + settleNanos;
        for (;;) {
            Object e = queue.poll();
            if (e == null) {
                long left = deadline - System.nanoTime();
                if (inflight == 0 || left <= 0 || model.done()) {
                    return;
                }
                e = queue.poll(left, TimeUnit.NANOSECONDS);
                if (e == null) {
                    return;
                }
            }
            handle(e);
        }
    }

    private void handle(Object e) {
        if (e == WAKE) {
            return;
        }
        if (e instanceof CmdRunner.Outcome o) {
            inflight--;
            if (o.msg() != null) {
                dispatch(o.msg());
            }
            return;
        }
        dispatch((Msg) e);
    }

    private void dispatch(Msg m) {
        Next<M> next;
        try {
            next = model.update(m);
        } catch (RuntimeException bug) {
            bug.printStackTrace(log);
            try {
                next = model.update(new CmdFailed(bug, "Internal error (details in the log): " + bug, null));
            } catch (RuntimeException again) {
                throw bug;
            }
        }
        model = next.state();
        for (Cmd c : next.cmds()) {
            if (c instanceof Repaint) {
                fullRedraw = true;
                continue;
            }
            if (c instanceof Cmd.Debounce d) {
                timers.remove(d.key());
                timers.put(d.key(), new Timer(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(d.millis()), d.msg()));
                continue;
            }
            inflight++;
            runner.submit(c, describe, outcome -> {
                if (outcome.msg() instanceof CmdFailed f) {
                    f.error().printStackTrace(log);
                }
                queue.add(outcome);
            });
        }
    }

    /** Draws the model if it changed (or the screen was resized or must be repainted). */
    private void render() throws IOException {
        TerminalSize resized = screen.doResizeIfNecessary();
        if (resized != null) {
            dispatch(new Resized(resized.getColumns(), resized.getRows()));
            fullRedraw = true;
        }
        if (!fullRedraw && model == drawn) {
            return;
        }
        TerminalSize size = screen.getTerminalSize();
        Canvas canvas = new Canvas(screen, size.getColumns(), size.getRows(), cells, glyphs);
        canvas.clear();
        model.draw(canvas);
        screen.setCursorPosition(canvas.cursor());
        if (fullRedraw) {
            screen.refresh(Screen.RefreshType.COMPLETE);
            fullRedraw = false;
        } else {
            screen.refresh(Screen.RefreshType.DELTA);
        }
        drawn = model;
    }
}
