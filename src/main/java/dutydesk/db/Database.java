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
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/**
 * One SQLite database file shared by every Duty Desk process on the machine.
 *
 * <p>Each process keeps one long-lived connection ({@link #handle()}), used from one thread at a
 * time. Reads run in autocommit, so a reader never holds a snapshot it would later have to
 * upgrade; every write runs in {@link #write} as {@code BEGIN IMMEDIATE}, which takes the write
 * lock up front and waits up to the busy timeout for it (a deferred read-then-write transaction
 * fails at once under contention instead of waiting).
 */
public final class Database implements AutoCloseable {

    /** How long a writer waits for another process's write lock before reporting "busy". */
    public static final int BUSY_TIMEOUT_MS = 5_000;

    /** New files: owner and group may read and write (the desk's users share a group); others nothing. */
    static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-rw----");

    /** Whether {@link #open} may create the file. */
    public enum Mode { CREATE_IF_MISSING, MUST_EXIST }

    private final Path file;
    private final Jdbi jdbi;
    private Handle handle;

    private Database(Path file, Jdbi jdbi) {
        this.file = file;
        this.jdbi = jdbi;
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
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + abs);
        Database db = new Database(abs, Jdbi.create(ds));
        try {
            db.handle().createQuery("SELECT count(*) FROM sqlite_master").mapTo(Integer.class).one();
        } catch (RuntimeException e) {
            db.close();
            DbException d = DbException.from(e);
            throw new DbException(d.kind(), "Cannot open " + abs + ": " + d.getMessage(), e);
        }
        return db;
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

    public Jdbi jdbi() {
        return jdbi;
    }

    /** The session's connection, opened on first use. Confine it to one thread at a time. */
    public Handle handle() {
        if (handle == null || handle.isClosed()) {
            try {
                handle = jdbi.open();
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
     * does. Failures surface as {@link DbException}.
     */
    public <T> T write(HandleCallback<T, ? extends Exception> work) {
        try {
            return handle().inTransaction(work);
        } catch (Exception e) {
            restoreAutoCommit();
            throw DbException.from(e);
        }
    }

    /**
     * After a failed {@code BEGIN IMMEDIATE} (another writer held the lock past the busy timeout)
     * sqlite-jdbc believes a transaction is open when none is; put the connection back in
     * autocommit so the next read or write works. Jdbi has already rolled back any transaction
     * that did begin, so there is never unfinished work to commit here.
     */
    private void restoreAutoCommit() {
        try {
            Connection c = handle.getConnection();
            if (!c.getAutoCommit()) {
                c.setAutoCommit(true);
            }
        } catch (SQLException expected) {
            // "cannot commit - no transaction is active": the flag is reset all the same.
        } catch (RuntimeException ignored) {
            // The handle is unusable; the next call reopens it.
        }
    }

    @Override
    public void close() {
        if (handle != null && !handle.isClosed()) {
            try {
                handle.execute("PRAGMA optimize");
            } catch (RuntimeException ignored) {
                // Only a planner hint; never fail a shutdown over it.
            }
            handle.close();
        }
    }
}
