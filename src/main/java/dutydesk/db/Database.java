package dutydesk.db;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.sql.ResultSet;
import java.sql.Statement;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * One SQLite database file shared by every Duty Desk process on the machine.
 *
 * <p>Each process keeps one connection, used from one thread at a time, through two APIs: plain
 * JDBC ({@link #query}) for the list queries that run on every keystroke and for start-up, and
 * Jdbi ({@link #read}, {@link #write}) for everything else. Jdbi costs a few hundred milliseconds
 * on first use, so it is created on first use, after the first screen is up. Reads run in
 * autocommit, so a reader never holds a snapshot it would later have to upgrade; every write runs
 * in {@link #write} as {@code BEGIN IMMEDIATE}, which takes the write lock up front and waits up
 * to the busy timeout for it (a deferred read-then-write transaction fails at once under
 * contention instead of waiting).
 */
public final class Database implements AutoCloseable {

    /** How long a writer waits for another process's write lock before reporting "busy". */
    public static final int BUSY_TIMEOUT_MS = 5_000;

    /**
     * How many busy timeouts a write waits for the write lock before giving up: 30 s in all with
     * the default timeout.
     */
    public static final int BEGIN_ATTEMPTS = 6;

    /** New files: owner and group may read and write (the desk's users share a group); others nothing. */
    static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-rw----");

    /** How {@link #open} treats a missing file. */
    public enum Mode { CREATE_IF_MISSING, MUST_EXIST }

    /** Plain JDBC work on the session's connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    private Handle handle;
    private long localWrites;
    private volatile long busyRetries;
    private boolean writing;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /**
     * Opens (and in {@link Mode#CREATE_IF_MISSING}, creates) the database file and checks that it
     * can be read. Does not migrate: see {@link Migrator}.
     */
    public static Database open(Path file, Mode mode) {
        Path abs = file.toAbsolutePath().normalize();
        boolean exists = Files.exists(abs);
        if (!exists && mode == Mode.MUST_EXIST) {
            throw new DbException(DbException.Kind.CANNOT_OPEN, "No database at " + abs + ".", null);
        }
        if (exists && Files.isDirectory(abs)) {
            throw new DbException(DbException.Kind.CANNOT_OPEN, abs + " is a directory, not a database file.", null);
        }
        if (!exists) {
            createFile(abs);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setOpenMode(SQLiteOpenMode.READWRITE);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection c = null;
        try {
            c = config.createConnection("jdbc:sqlite:" + abs);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_master")) {
                rs.next();
            }
            return new Database(abs, c);
        } catch (SQLException | RuntimeException e) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // already failing
                }
            }
            DbException d = DbException.from(e);
            throw new DbException(d.kind(), "Cannot open " + abs + ": " + d.getMessage(), e);
        }
    }

    private static void createFile(Path abs) {
        try {
            Path dir = abs.getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            boolean posix = abs.getFileSystem().supportedFileAttributeViews().contains("posix");
            if (posix) {
                Files.createFile(abs, PosixFilePermissions.asFileAttribute(FILE_PERMISSIONS));
                // The umask may have removed group bits; the desk's users need them.
                Files.setPosixFilePermissions(abs, FILE_PERMISSIONS);
            } else {
                Files.createFile(abs);
            }
        } catch (FileAlreadyExistsException raced) {
            // Another process created it first: fine, we share it.
        } catch (IOException e) {
            throw new DbException(DbException.Kind.CANNOT_OPEN, "Cannot create " + abs + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    /** Runs plain JDBC work on the session's connection; failures surface as {@link DbException}. */
    public <T> T query(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException | RuntimeException e) {
            throw DbException.from(e);
        }
    }

    /**
     * A number that changes whenever the database may have changed: another process committed
     * ({@code PRAGMA data_version}) or this one wrote. Lets callers cache query results safely.
     */
    public long changeStamp() {
        long other = query(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA data_version")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        return (other << 32) ^ localWrites;
    }

    /** The session's connection as a Jdbi handle, created on first use. Confine it to one thread. */
    public Handle handle() {
        if (handle == null || handle.isClosed()) {
            try {
                handle = Jdbi.create(new ConnectionFactory() {
                    @Override
                    public Connection openConnection() {
                        return connection;
                    }

                    @Override
                    public void closeConnection(Connection toClose) {
                        // The connection belongs to this Database and is closed with it.
                    }
                }).open();
            } catch (RuntimeException e) {
                throw DbException.from(e);
            }
        }
        return handle;
    }

    /** Runs a read in autocommit mode; failures surface as {@link DbException}. */
    public <T> T read(HandleCallback<T, ? extends Exception> work) {
        try {
            return work.withHandle(handle());
        } catch (Exception e) {
            throw DbException.from(e);
        }
    }

    /**
     * Runs a write in one {@code BEGIN IMMEDIATE} transaction: all of it commits or none of it
     * does. A write called inside another write joins it, and its failure fails the outer one.
     * Failures surface as {@link DbException}.
     *
     * <p>The transaction is begun and committed by switching autocommit off and on, and rolled back
     * with a plain {@code ROLLBACK}: sqlite-jdbc's {@code commit()} and {@code rollback()} begin the
     * next transaction straight away, which takes the write lock a second time (waiting for other
     * sessions) and could fail, busy, a write that had already been saved.
     */
    public <T> T write(HandleCallback<T, ? extends Exception> work) {
        localWrites++;
        if (writing) {
            try {
                return work.withHandle(handle());
            } catch (Exception e) {
                throw DbException.from(e);
            }
        }
        Handle h = begin();
        writing = true;
        try {
            T result = work.withHandle(h);
            connection.setAutoCommit(true);           // COMMIT, and nothing after it
            return result;
        } catch (Exception e) {
            rollBack();
            throw DbException.from(e);
        } finally {
            writing = false;
        }
    }

    /**
     * Starts a write transaction ({@code BEGIN IMMEDIATE}), waiting for the write lock. SQLite's
     * own wait (the busy timeout) backs off to one try every 100 ms, so under a burst of writers
     * a long-waiting one can be overtaken until it times out; nothing has been done at that point,
     * so the begin is simply tried again, {@link #BEGIN_ATTEMPTS} times in all, before the user is
     * told the database is busy.
     */
    private Handle begin() {
        for (int attempt = 1; ; attempt++) {
            try {
                Handle h = handle();
                connection.setAutoCommit(false);      // BEGIN IMMEDIATE: waits for the write lock
                return h;
            } catch (SQLException | RuntimeException e) {
                restoreAutoCommit();
                DbException d = DbException.from(e);
                if (d.kind() != DbException.Kind.BUSY || attempt >= BEGIN_ATTEMPTS) {
                    throw d;
                }
                busyRetries++;
            }
        }
    }

    /** How many times a write has had to ask again for the write lock (for measurements). */
    public long busyRetries() {
        return busyRetries;
    }

    /** Ends a failed write: nothing of it is kept, and the connection is back in autocommit. */
    private void rollBack() {
        try (Statement st = connection.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException alreadyEnded) {
            // SQLite has already rolled the transaction back (some errors do so themselves).
        }
        restoreAutoCommit();
    }

    /**
     * After a failed {@code BEGIN IMMEDIATE} (another writer held the lock past the busy timeout)
     * or a rollback, sqlite-jdbc believes a transaction is open when none is; put the connection
     * back in autocommit so the next read or write works. No transaction is open here, so there is
     * never unfinished work to commit.
     */
    private void restoreAutoCommit() {
        try {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
        } catch (SQLException expected) {
            // "cannot commit - no transaction is active": the flag is reset all the same.
        }
    }

    @Override
    public void close() {
        try {
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA optimize");
            } catch (SQLException ignored) {
                // Only a planner hint; never fail a shutdown over it.
            }
            if (handle != null && !handle.isClosed()) {
                handle.close();
            }
            connection.close();
        } catch (SQLException | RuntimeException e) {
            throw DbException.from(e);
        }
    }
}
