package dutydesk.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies the numbered SQL scripts under {@code db/migration/} (listed, in order, in
 * {@code index.txt}) that a database has not had yet. The version is kept in
 * {@code PRAGMA user_version} (a fast start-up check) and, with each script's checksum, in the
 * {@code schema_version} table. Several processes may start at once: each script runs in its own
 * {@code BEGIN IMMEDIATE} transaction that re-checks the version first, so it is applied once.
 * A shipped script is never edited; changes go in a new one.
 *
 * <p>A script whose first line is {@value #FOREIGN_KEYS_OFF} runs with foreign-key enforcement
 * off, as SQLite's procedure for rebuilding a table requires (a table referenced by others cannot
 * be dropped and made again otherwise), and commits only if {@code PRAGMA foreign_key_check}
 * then finds nothing.
 */
public final class Migrator {

    private static final String DIR = "/db/migration/";
    private static final Pattern NAME = Pattern.compile("V(\\d{3})__[a-z0-9_]+\\.sql");

    /** The first line of a script that must run with foreign keys off (a table rebuild). */
    public static final String FOREIGN_KEYS_OFF = "-- dutydesk: foreign_keys=off";

    /** One script: its version number, file name and text. */
    public record Script(int version, String name, String sql) {
        public String checksum() {
            try {
                byte[] d = MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(d);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** Whether the script asks to run with foreign-key enforcement off. */
        public boolean foreignKeysOff() {
            return sql.startsWith(FOREIGN_KEYS_OFF + "\n") || sql.startsWith(FOREIGN_KEYS_OFF + "\r\n");
        }
    }

    private Migrator() {
    }

    /** The scripts this build ships, in order. */
    public static List<Script> scripts() {
        String index = resource("index.txt");
        List<Script> out = new ArrayList<>();
        for (String line : index.split("\n")) {
            String name = line.trim();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            Matcher m = NAME.matcher(name);
            if (!m.matches()) {
                throw new IllegalStateException("Bad migration name in index.txt: " + name);
            }
            int version = Integer.parseInt(m.group(1));
            if (version != out.size() + 1) {
                throw new IllegalStateException("Migrations must be numbered 1, 2, 3...: " + name);
            }
            out.add(new Script(version, name, resource(name)));
        }
        return out;
    }

    /** The newest schema version this build knows. */
    public static int latestVersion() {
        return scripts().size();
    }

    /**
     * Brings the database up to {@link #latestVersion()}. Returns the number of scripts applied.
     *
     * @param appliedBy recorded with each script (the OS user)
     * @throws DbException {@link DbException.Kind#TOO_NEW} if the file comes from a newer build
     */
    public static int migrate(Database db, String appliedBy) {
        return migrate(db, appliedBy, latestVersion());
    }

    /** Brings the database up to version {@code upTo} (tests of a migration start from the one before). */
    static int migrate(Database db, String appliedBy, int upTo) {
        int current = db.query(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        List<Script> scripts = scripts();
        if (current == upTo) {
            return 0;
        }
        checkNotNewer(db, current, scripts.size());
        int applied = 0;
        for (Script s : scripts.subList(0, upTo)) {
            if (s.foreignKeysOff()) {
                // Only outside a transaction does this pragma take effect.
                foreignKeys(db, false);
            }
            boolean did;
            try {
                did = apply(db, s, scripts.size(), appliedBy);
            } finally {
                if (s.foreignKeysOff()) {
                    foreignKeys(db, true);
                }
            }
            if (did) {
                applied++;
            }
        }
        return applied;
    }

    private static void foreignKeys(Database db, boolean on) {
        db.query(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
            }
            return null;
        });
    }

    /**
     * Applies one script in its own transaction, unless another process already has; returns whether it did.
     * Plain JDBC throughout: a script's text goes to the driver as written (it may hold colons), and
     * a new database is made without the cost of starting Jdbi's SQL parser.
     */
    private static boolean apply(Database db, Script s, int latest, String appliedBy) {
        return db.write(h -> {
            Connection c = h.getConnection();
            try (Statement st = c.createStatement()) {
                int now;
                try (ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                    rs.next();
                    now = rs.getInt(1);
                }
                checkNotNewer(db, now, latest);
                if (now >= s.version()) {
                    return false;
                }
                if (now != s.version() - 1) {
                    throw new DbException(DbException.Kind.OTHER,
                            "Schema version " + now + " cannot be upgraded by " + s.name() + ".", null);
                }
                st.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                        + " version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL,"
                        + " applied_at TEXT NOT NULL, applied_by TEXT NOT NULL)");
                for (String stmt : SqlScript.statements(s.sql())) {
                    st.execute(stmt);
                }
                if (s.foreignKeysOff()) {
                    try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
                        int broken = 0;
                        String first = null;
                        while (rs.next()) {
                            if (broken++ == 0) {
                                first = "table " + rs.getString(1) + ", row " + rs.getString(2) + ", refers to "
                                        + rs.getString(3);
                            }
                        }
                        if (broken > 0) {
                            throw new DbException(DbException.Kind.CONSTRAINT, s.name() + " would leave " + broken
                                    + " rows with a broken reference (first: " + first + "); nothing was changed.",
                                    null);
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO schema_version (version, name, checksum,"
                        + " applied_at, applied_by) VALUES (?, ?, ?, ?, ?)")) {
                    ps.setInt(1, s.version());
                    ps.setString(2, s.name());
                    ps.setString(3, s.checksum());
                    ps.setString(4, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
                    ps.setString(5, appliedBy);
                    ps.executeUpdate();
                }
                st.execute("PRAGMA user_version = " + s.version());
                return true;
            }
        });
    }

    private static void checkNotNewer(Database db, int current, int latest) {
        if (current > latest) {
            throw new DbException(DbException.Kind.TOO_NEW, db.file() + " was made by a newer version of"
                    + " Duty Desk (schema " + current + "; this one knows up to " + latest + "). Update Duty Desk.",
                    null);
        }
    }

    private static String resource(String name) {
        try (InputStream in = Migrator.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing migration resource " + DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
