package dutydesk.backup;

import dutydesk.db.Database;
import dutydesk.db.DbException;
import dutydesk.io.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * A consistent copy of a live database, and a check of such a copy.
 *
 * <p>The copy is SQLite's online backup with every page copied in one step: one read
 * transaction on the source, so the copy is the database exactly as some committed transaction
 * left it, while other users keep writing (in WAL mode a reader never blocks a writer). A backup
 * copied a few pages at a time would restart each time someone else committed, and on a busy
 * desk might never finish. {@code VACUUM INTO} gives the same snapshot but rebuilds every table
 * and index, which took longer (see docs/performance.md); it is kept as {@link Method#VACUUM_INTO}
 * for comparison.
 *
 * <p>The copy is written under a temporary name beside the target and renamed only when it is
 * complete and on disk, so a half-written backup never carries the real name. It is left in
 * rollback-journal mode, one self-contained file; {@link Database#open} puts a restored file
 * back in WAL mode.
 */
public final class Backup {

    /** How the pages are copied. */
    public enum Method { ONLINE_BACKUP, VACUUM_INTO }

    /** What a backup made: where, how big, how long it took. */
    public record Made(Path file, long bytes, long millis) {
    }

    /** What a check found: SQLite's own verdict, the schema version and row counts of some tables. */
    public record Checked(Path file, List<String> problems, int schemaVersion, Map<String, Long> counts) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private Backup() {
    }

    /**
     * Copies the open database {@code db} to {@code target}.
     *
     * @param replace overwrite an existing {@code target}; otherwise it is refused
     * @throws IOException for the target file (already there, not writable, disk full)
     * @throws DbException for the database
     */
    public static Made copy(Database db, Path target, boolean replace, Method method) throws IOException {
        Path abs = target.toAbsolutePath().normalize();
        if (Files.exists(abs) && Files.isSameFile(abs, db.file())) {
            throw new IOException("the backup cannot be the database itself (" + abs + ")");
        }
        long t0 = System.nanoTime();
        try (AtomicFile out = AtomicFile.create(abs, replace)) {
            String temp = out.temp().toString();
            db.query(c -> {
                if (method == Method.VACUUM_INTO) {
                    try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                        ps.setString(1, temp);
                        ps.execute();
                    }
                } else {
                    int rc = c.unwrap(SQLiteConnection.class).getDatabase().backup("main", temp, null, 100, 50, -1);
                    if (rc != 0) {
                        throw new SQLException("the backup stopped with SQLite result code " + rc);
                    }
                }
                return null;
            });
            selfContained(out.temp());
            out.commit();
        }
        return new Made(abs, Files.size(abs), (System.nanoTime() - t0) / 1_000_000);
    }

    /** Leaves the copy in rollback-journal mode: one file, no -wal or -shm beside it. */
    private static void selfContained(Path file) {
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            st.execute("PRAGMA journal_mode = DELETE");
        } catch (SQLException e) {
            throw DbException.from(e);
        }
    }

    /**
     * Checks a copy, read-only: {@code PRAGMA integrity_check}, the schema version, and the row
     * count of each of {@code tables} that exists in it.
     *
     * @throws DbException if the file cannot be opened as a database at all
     */
    public static Checked check(Path file, List<String> tables) {
        Path abs = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(abs)) {
            throw new DbException(DbException.Kind.CANNOT_OPEN, "No file at " + abs + ".", null);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + abs); Statement st = c.createStatement()) {
            List<String> problems = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    String line = rs.getString(1);
                    if (!"ok".equals(line)) {
                        problems.add(line);
                    }
                }
            }
            int version;
            try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String t : tables) {
                boolean exists;
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?")) {
                    ps.setString(1, t);
                    try (ResultSet rs = ps.executeQuery()) {
                        exists = rs.next() && rs.getInt(1) == 1;
                    }
                }
                if (exists) {
                    try (ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + t.replace("\"", "\"\"") + "\"")) {
                        rs.next();
                        counts.put(t, rs.getLong(1));
                    }
                }
            }
            return new Checked(abs, problems, version, counts);
        } catch (SQLException e) {
            DbException d = DbException.from(e);
            throw new DbException(d.kind(), abs + ": " + d.getMessage(), e);
        }
    }
}
