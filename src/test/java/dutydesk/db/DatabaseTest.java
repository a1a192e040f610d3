package dutydesk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    private static int count(Database db, String sql) {
        Integer n = db.read(h -> h.createQuery(sql).mapTo(Integer.class).one());
        return n;
    }

    @Test
    void aNewFileIsReadableByItsOwnerAndGroupOnly() throws Exception {
        Path file = dir.resolve("sub/dir/new.db");
        try (Database db = Database.open(file, Database.Mode.CREATE_IF_MISSING)) {
            Migrator.migrate(db, "alice");
        }
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void connectionsUseWalForeignKeysAndABusyTimeout() {
        try (Database db = Database.open(dir.resolve("a.db"), Database.Mode.CREATE_IF_MISSING)) {
            assertEquals("wal", db.read(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()));
            assertEquals(1, count(db, "PRAGMA foreign_keys"));
            assertEquals(Database.BUSY_TIMEOUT_MS, count(db, "PRAGMA busy_timeout"));
            assertEquals(2, count(db, "PRAGMA synchronous"), "FULL");
        }
    }

    @Test
    void aMissingFileIsAClearErrorWhenItMustExist() {
        DbException e = assertThrows(DbException.class,
                () -> Database.open(dir.resolve("nope.db"), Database.Mode.MUST_EXIST));
        assertEquals(DbException.Kind.CANNOT_OPEN, e.kind());
        assertTrue(e.getMessage().startsWith("No database at "), e.getMessage());
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAsSuch() throws Exception {
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "this is a text file, not SQLite ".repeat(200));
        DbException e = assertThrows(DbException.class, () -> Database.open(junk, Database.Mode.MUST_EXIST));
        assertEquals(DbException.Kind.CORRUPT, e.kind(), e.getMessage());
        assertTrue(e.getMessage().contains("not a Duty Desk database"), e.getMessage());
    }

    @Test
    void writesTakeTheWriteLockAtBeginSoAWaitingWriterReportsBusy() throws Exception {
        Path file = dir.resolve("lock.db");
        try (Database db = Database.open(file, Database.Mode.CREATE_IF_MISSING)) {
            db.write(h -> h.execute("CREATE TABLE t (n INTEGER)"));
            // Another process holds the write lock (a plain connection in an IMMEDIATE transaction).
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                Statement st = other.createStatement();
                st.execute("BEGIN IMMEDIATE");
                db.read(h -> h.execute("PRAGMA busy_timeout = 200"));
                DbException e = assertThrows(DbException.class, () -> db.write(h -> h.execute("INSERT INTO t VALUES (1)")));
                assertEquals(DbException.Kind.BUSY, e.kind());
                assertTrue(e.getMessage().contains("Nothing lost"), e.getMessage());
                assertTrue(db.handle().getConnection().getAutoCommit(), "the connection is usable again");
                st.execute("ROLLBACK");
            }
            db.write(h -> h.execute("INSERT INTO t VALUES (2)"));
            assertEquals(1, count(db, "SELECT count(*) FROM t"));
        }
    }

    @Test
    void aWriterThatTimesOutWaitingForTheLockAsksAgainAndSaves() throws Exception {
        Path file = dir.resolve("retry.db");
        try (Database db = Database.open(file, Database.Mode.CREATE_IF_MISSING)) {
            db.write(h -> h.execute("CREATE TABLE t (n INTEGER)"));
            db.read(h -> h.execute("PRAGMA busy_timeout = 100"));
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                Statement st = other.createStatement();
                st.execute("BEGIN IMMEDIATE");
                AtomicReference<Throwable> failed = new AtomicReference<>();
                Thread writer = new Thread(() -> {
                    try {
                        db.write(h -> h.execute("INSERT INTO t VALUES (1)"));
                    } catch (Throwable t) {
                        failed.set(t);
                    }
                });
                writer.start();
                // Let go of the lock only once the writer has timed out waiting and asked again.
                while (db.busyRetries() == 0 && writer.isAlive()) {
                    Thread.onSpinWait();
                }
                st.execute("ROLLBACK");
                writer.join();
                assertEquals(null, failed.get(), "the write was saved, not reported busy");
                assertTrue(db.busyRetries() >= 1);
            }
            assertEquals(1, count(db, "SELECT count(*) FROM t"));
        }
    }

    @Test
    void concurrentReadThenWriteTransactionsAllCommit() throws Exception {
        Path file = dir.resolve("many.db");
        try (Database db = Database.open(file, Database.Mode.CREATE_IF_MISSING)) {
            db.write(h -> h.execute("CREATE TABLE t (writer INTEGER, n INTEGER)"));
        }
        int writers = 4;
        int each = 50;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                jobs.add(pool.submit(() -> {
                    try (Database db = Database.open(file, Database.Mode.MUST_EXIST)) {
                        go.await();
                        for (int i = 0; i < each; i++) {
                            int n = i;
                            // Read, then write, in one transaction: the shape that fails under
                            // deferred transactions and must not fail here.
                            db.write(h -> {
                                int count = h.createQuery("SELECT count(*) FROM t").mapTo(Integer.class).one();
                                return h.execute("INSERT INTO t VALUES (?, ?)", writer, n + count * 0);
                            });
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : jobs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        try (Database db = Database.open(file, Database.Mode.MUST_EXIST)) {
            assertEquals(writers * each, count(db, "SELECT count(*) FROM t"));
            assertEquals(writers * each, count(db, "SELECT count(DISTINCT writer || '/' || n) FROM t"));
        }
    }

    @Test
    void aWriteInsideAWriteJoinsItAndAFailureInsideRollsBackAllOfIt() throws Exception {
        try (Database db = Database.open(dir.resolve("nested.db"), Database.Mode.CREATE_IF_MISSING)) {
            db.write(h -> h.execute("CREATE TABLE t (n INTEGER NOT NULL)"));
            db.write(h -> {
                h.execute("INSERT INTO t VALUES (1)");
                return db.write(inner -> inner.execute("INSERT INTO t VALUES (2)"));
            });
            assertEquals(2, count(db, "SELECT count(*) FROM t"));

            // A repository's write that fails inside a caller's write: nothing of either is kept.
            assertThrows(DbException.class, () -> db.write(h -> {
                h.execute("INSERT INTO t VALUES (3)");
                return db.write(inner -> {
                    inner.execute("INSERT INTO t VALUES (4)");
                    return inner.execute("INSERT INTO t VALUES (NULL)");
                });
            }));
            assertEquals(2, count(db, "SELECT count(*) FROM t"));
            assertTrue(db.handle().getConnection().getAutoCommit(), "the connection is usable again");
            db.write(h -> h.execute("INSERT INTO t VALUES (5)"));
            assertEquals(3, count(db, "SELECT count(*) FROM t"));
        }
    }

    @Test
    void nothingRunsAfterAWritesCommitThatCouldStillFailIt() {
        try (Database db = Database.open(dir.resolve("commit.db"), Database.Mode.CREATE_IF_MISSING)) {
            db.write(h -> h.execute("CREATE TABLE t (n INTEGER)"));
            // After this pragma the commit still succeeds, but any further BEGIN IMMEDIATE fails: a
            // driver that opens the next transaction as it commits (waiting for the write lock, and
            // failing after the busy timeout when other sessions hold it) would report a failure
            // here for a write that was saved.
            db.write(h -> {
                h.execute("INSERT INTO t VALUES (1)");
                return h.execute("PRAGMA query_only = ON");
            });
            db.read(h -> h.execute("PRAGMA query_only = OFF"));
            assertEquals(1, count(db, "SELECT count(*) FROM t"));

            // The same for a write that fails: its own error is reported, and nothing is kept.
            DbException e = assertThrows(DbException.class, () -> db.write(h -> {
                h.execute("INSERT INTO t VALUES (2)");
                h.execute("PRAGMA query_only = ON");
                throw new IllegalStateException("the work failed");
            }));
            assertTrue(e.getMessage().contains("the work failed"), e.getMessage());
            db.read(h -> h.execute("PRAGMA query_only = OFF"));
            assertEquals(1, count(db, "SELECT count(*) FROM t"));
            db.write(h -> h.execute("INSERT INTO t VALUES (3)"));
            assertEquals(2, count(db, "SELECT count(*) FROM t"));
        }
    }

    @Test
    void whatTheUserIsToldOfAFailingDatabaseFitsTheStatusLineBesideTheListPosition() {
        // The case list's status line leaves 65 columns beside "96,485/96,485" at 80 columns.
        for (org.sqlite.SQLiteErrorCode code : List.of(org.sqlite.SQLiteErrorCode.SQLITE_BUSY,
                org.sqlite.SQLiteErrorCode.SQLITE_LOCKED, org.sqlite.SQLiteErrorCode.SQLITE_READONLY,
                org.sqlite.SQLiteErrorCode.SQLITE_CORRUPT, org.sqlite.SQLiteErrorCode.SQLITE_FULL,
                org.sqlite.SQLiteErrorCode.SQLITE_CANTOPEN)) {
            DbException e = DbException.from(new org.sqlite.SQLiteException("[" + code.name() + "]", code));
            assertTrue(e.getMessage().length() <= 65, code + ": " + e.getMessage().length() + " " + e.getMessage());
        }
        assertEquals(DbException.Kind.BUSY, DbException.from(new org.sqlite.SQLiteException("x",
                org.sqlite.SQLiteErrorCode.SQLITE_BUSY)).kind());
    }
}
