package dutydesk.db;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Tells a session when another process has committed to the database, by looking at
 * {@code PRAGMA data_version} on its own connection at a fixed interval. The connection is opened
 * like every other ({@link Database#open}) and only ever reads, so the session's own connection
 * stays free for its command thread, and the watcher never waits for a writer.
 *
 * <p>One look ({@link #pollOnce}) reads one number: however many commits happened since the
 * previous look, it reports one change. {@link #start} runs the looks on a daemon thread and calls
 * {@code onChange} on that thread after each look that saw a change; {@link #close} stops the
 * thread (waiting for a look or callback in progress to finish) and closes the connection.
 */
public final class ChangeWatcher implements AutoCloseable {

    private final Database db;
    private final Object lock = new Object();
    private long seen;
    private Thread thread;
    private volatile boolean closed;

    ChangeWatcher(Database db) {
        this.db = db;
        this.seen = db.changeStamp();
    }

    /** Opens a connection of its own to an existing database file; changes are counted from now. */
    public static ChangeWatcher open(Path file) {
        return new ChangeWatcher(Database.open(file, Database.Mode.MUST_EXIST));
    }

    /**
     * Looks once: true if another connection has committed since the previous look (or since the
     * watcher was opened). False once closed.
     */
    public boolean pollOnce() {
        synchronized (db) {
            if (closed) {
                return false;
            }
            long now = db.changeStamp();
            boolean changed = now != seen;
            seen = now;
            return changed;
        }
    }

    /**
     * Looks every {@code intervalMs} on a daemon thread and calls {@code onChange} after each look
     * that saw a change. A look or callback that fails is reported to the thread's uncaught
     * exception handler and the watching goes on.
     */
    public void start(long intervalMs, Runnable onChange) {
        if (intervalMs <= 0) {
            throw new IllegalArgumentException("interval must be positive: " + intervalMs);
        }
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("the watcher is closed");
            }
            if (thread != null) {
                throw new IllegalStateException("the watcher is already started");
            }
            thread = new Thread(() -> watch(TimeUnit.MILLISECONDS.toNanos(intervalMs), onChange), "change-watcher");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Whether the watching thread is running. */
    public boolean running() {
        synchronized (lock) {
            return thread != null && thread.isAlive() && !closed;
        }
    }

    private void watch(long intervalNanos, Runnable onChange) {
        long next = System.nanoTime() + intervalNanos;
        while (true) {
            synchronized (lock) {
                long wait;
                while (!closed && (wait = next - System.nanoTime()) > 0) {
                    try {
                        TimeUnit.NANOSECONDS.timedWait(lock, wait);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
            }
            next = System.nanoTime() + intervalNanos;
            try {
                if (pollOnce()) {
                    onChange.run();
                }
            } catch (RuntimeException e) {
                Thread t = Thread.currentThread();
                t.getUncaughtExceptionHandler().uncaughtException(t, e);
            }
        }
    }

    /** Stops the thread, if started, and closes the connection. */
    @Override
    public void close() {
        Thread t;
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            lock.notifyAll();
            t = thread;
        }
        if (t != null && t != Thread.currentThread()) {
            boolean interrupted = false;
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (db) {
            db.close();
        }
    }
}
