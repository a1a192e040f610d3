package dutydesk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Noticing other connections' commits through {@code PRAGMA data_version}, on a real SQLite file. */
class ChangeWatcherTest {

    @TempDir
    Path dir;
    Path file;
    Database other;

    @BeforeEach
    void open() {
        file = dir.resolve("watched.db");
        other = Database.open(file, Database.Mode.CREATE_IF_MISSING);
        other.write(h -> h.execute("CREATE TABLE t (n INTEGER)"));
    }

    @AfterEach
    void close() {
        other.close();
    }

    void commit(int n) {
        other.write(h -> h.execute("INSERT INTO t VALUES (?)", n));
    }

    @Test
    void eachLookReportsTheCommitsSinceThePreviousOneOnce() {
        try (ChangeWatcher w = ChangeWatcher.open(file)) {
            assertFalse(w.pollOnce(), "nothing committed since it opened");
            commit(1);
            assertTrue(w.pollOnce());
            assertFalse(w.pollOnce(), "the same commit is not reported twice");
            commit(2);
            commit(3);
            other.write(h -> h.execute("UPDATE t SET n = n + 1"));
            assertTrue(w.pollOnce(), "three commits between two looks");
            assertFalse(w.pollOnce());
            other.read(h -> h.createQuery("SELECT count(*) FROM t").mapTo(Integer.class).one());
            assertFalse(w.pollOnce(), "a read is not a change");
        }
    }

    @Test
    void aCommitBeforeTheWatcherOpensIsNotAChange() {
        commit(1);
        try (ChangeWatcher w = ChangeWatcher.open(file)) {
            assertFalse(w.pollOnce());
        }
    }

    @Test
    void theThreadCallsBackAfterACommitAndStopsWhenClosed() throws Exception {
        Semaphore changes = new Semaphore(0);
        AtomicInteger calls = new AtomicInteger();
        ChangeWatcher w = ChangeWatcher.open(file);
        w.start(1, () -> {
            calls.incrementAndGet();
            changes.release();
        });
        assertTrue(w.running());
        commit(1);
        assertTrue(changes.tryAcquire(30, TimeUnit.SECONDS), "the commit was noticed");
        commit(2);
        assertTrue(changes.tryAcquire(30, TimeUnit.SECONDS), "and the next one");

        w.close();
        assertFalse(w.running());
        assertEquals(2, calls.get(), "one call per commit, none without one");
        commit(3);
        assertFalse(w.pollOnce(), "closed");
        assertEquals(2, calls.get(), "no call after close: the thread has ended");
        w.close();
    }

    @Test
    void itStartsOnceAndNotAfterClose() {
        ChangeWatcher w = ChangeWatcher.open(file);
        assertThrows(IllegalArgumentException.class, () -> w.start(0, () -> { }));
        w.start(60_000, () -> { });
        assertThrows(IllegalStateException.class, () -> w.start(60_000, () -> { }));
        w.close();
        assertFalse(w.running());
        assertThrows(IllegalStateException.class, () -> w.start(60_000, () -> { }));
    }

    @Test
    void aMissingFileIsAnError() {
        assertThrows(DbException.class, () -> ChangeWatcher.open(dir.resolve("none.db")));
    }
}
