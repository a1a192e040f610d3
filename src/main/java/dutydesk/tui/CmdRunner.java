package dutydesk.tui;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs {@link Cmd}s one at a time on a single daemon thread (one connection, one writer: what
 * SQLite wants) and hands each outcome back through a callback. Keyed commands
 * ({@link Cmd#latest}) that are superseded before they start are skipped.
 */
public final class CmdRunner implements AutoCloseable {

    /** What became of one submitted command: its message (may be null), or skipped. */
    public record Outcome(Msg msg) {
    }

    private final ExecutorService executor;
    private final Map<String, Cmd> newest = new ConcurrentHashMap<>();

    public CmdRunner(String threadName) {
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Queues a command. {@code done} is called exactly once, on the command thread, with its
     * outcome; a failure becomes a {@link CmdFailed} described by {@code describe}.
     */
    public void submit(Cmd cmd, ErrorDescriber describe, Consumer<Outcome> done) {
        if (cmd instanceof Cmd.Keyed k) {
            newest.put(k.key(), k);
        }
        executor.execute(() -> {
            Cmd toRun = cmd;
            if (cmd instanceof Cmd.Keyed k && !newest.remove(k.key(), k)) {
                done.accept(new Outcome(null));
                return;
            }
            done.accept(new Outcome(runSafely(toRun, describe)));
        });
    }

    /** Starts work on the command thread (start-up: open the database while the terminal starts). */
    public <T> Future<T> start(java.util.concurrent.Callable<T> work) {
        return executor.submit(work);
    }

    /** Runs work on the command thread and waits for it (start-up and shut-down only). */
    public <T> T call(java.util.concurrent.Callable<T> work) throws Exception {
        Future<T> f = executor.submit(work);
        try {
            return f.get();
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    static Msg runSafely(Cmd cmd, ErrorDescriber describe) {
        try {
            return cmd.run();
        } catch (Exception | LinkageError | AssertionError e) {
            return new CmdFailed(e, describe.describe(e), cmd);
        }
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
