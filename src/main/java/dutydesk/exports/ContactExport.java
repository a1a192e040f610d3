package dutydesk.exports;

import dutydesk.db.Database;
import dutydesk.db.DbException;
import dutydesk.io.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Exports the contacts recorded at the desk (not those imported with the case-management
 * extract): the latest version of each, as CSV, and remembers which version of which contact
 * went out in which run, so that the next run sends only what is new or corrected.
 *
 * <p>The rows are read in one statement (one consistent snapshot) without holding any lock,
 * written to a temporary file, and then, in one {@code BEGIN IMMEDIATE} transaction, recorded as
 * exported while the file is renamed into place. If anything fails before the commit nothing is
 * recorded and no file appears. Versions are recorded exactly, so a correction saved while an
 * export runs is not lost: it goes out, as a correction, next time.
 */
public final class ContactExport {

    /** What to export. */
    public enum Mode {
        /** Contacts whose latest version has not been exported. */
        NEW,
        /** Contacts recorded or corrected on or after a date, exported before or not. */
        SINCE,
        /** The last export's contact versions again, as they were. */
        AGAIN
    }

    /** What to export: a mode, and for {@link Mode#SINCE} the first day. */
    public record Selection(Mode mode, LocalDate since) {
        public static Selection notExported() {
            return new Selection(Mode.NEW, null);
        }

        public static Selection since(LocalDate day) {
            return new Selection(Mode.SINCE, day);
        }

        public static Selection again() {
            return new Selection(Mode.AGAIN, null);
        }

        /** How the run records it: {@code NEW}, {@code SINCE 2026-11-20} or {@code AGAIN 3}. */
        String describe(long againRun) {
            switch (mode) {
                case SINCE: return "SINCE " + since;
                case AGAIN: return "AGAIN " + againRun;
                default: return "NEW";
            }
        }
    }

    /** What a run did; {@code run} is 0 and no file was written when there was nothing to export. */
    public record Result(long run, Path file, int rows, int corrections, String selection) {
    }

    private final Database db;
    private final Clock clock;
    private final String user;

    public ContactExport(Database db, Clock clock, String user) {
        this.db = db;
        this.clock = clock;
        this.user = user;
    }

    /** The rows a run with this selection would write now, in file order. */
    public List<ExportRow> rows(Selection s) {
        return db.query(c -> {
            long again = s.mode() == Mode.AGAIN ? lastRun(c) : 0;
            return read(c, s, again);
        });
    }

    /**
     * Writes the selected contacts to {@code file} and records them as exported. Writes nothing
     * (and records nothing) when nothing is selected.
     *
     * @param replace overwrite an existing file; otherwise an existing file is refused
     * @throws java.nio.file.FileAlreadyExistsException if the file exists and {@code replace} is false
     * @throws IOException if the file cannot be written
     * @throws DbException for the database
     */
    public Result export(Selection s, Path file, boolean replace) throws IOException {
        return write(select(s), file, replace);
    }

    /** What a run read: the selection, the last run it knew of, and the rows it chose. */
    record Selected(Selection selection, long seenRun, List<ExportRow> rows) {
    }

    /** The first half of an export: reads the rows (no lock held). */
    Selected select(Selection s) {
        long seen = db.query(ContactExport::lastRun);
        long again = s.mode() == Mode.AGAIN ? seen : 0;
        return new Selected(s, seen, db.query(c -> read(c, s, again)));
    }

    /** The second half: writes the file and records the run. */
    Result write(Selected chosen, Path file, boolean replace) throws IOException {
        Selection s = chosen.selection();
        List<ExportRow> rows = chosen.rows();
        String selection = s.describe(chosen.seenRun());
        if (rows.isEmpty()) {
            return new Result(0, file.toAbsolutePath().normalize(), 0, 0, selection);
        }
        int corrections = 0;
        for (ExportRow r : rows) {
            corrections += r.correction() ? 1 : 0;
        }
        String now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        try (AtomicFile out = AtomicFile.create(file, replace)) {
            Writer w = out.writer();
            w.write(ExportCsv.header());
            for (ExportRow r : rows) {
                w.write(ExportCsv.row(r));
            }
            long run = record(out, rows, selection, now, s.mode() == Mode.NEW ? chosen.seenRun() : Long.MAX_VALUE);
            return new Result(run, out.target(), rows.size(), corrections, selection);
        }
    }

    /**
     * Records the run and its rows, and renames the file into place, in one transaction. For a
     * new export, a run recorded after {@code seenRun} (someone else exporting at the same time)
     * that took any of these rows stops this one: nothing is recorded and no file appears, so no
     * contact goes out twice.
     */
    private long record(AtomicFile out, List<ExportRow> rows, String selection, String now, long seenRun)
            throws IOException {
        try {
            return db.write(h -> {
                Connection c = h.getConnection();
                if (seenRun != Long.MAX_VALUE && lastRun(c) > seenRun && takenMeanwhile(c, rows, seenRun)) {
                    throw new DbException(DbException.Kind.OTHER, "Another export sent some of these contacts while"
                            + " this one ran; nothing was written. Run the export again.", null);
                }
                long run = h.createUpdate("INSERT INTO contact_export_run (file, selection, row_count, exported_by,"
                                + " exported_at) VALUES (:file, :selection, :rows, :user, :now)")
                        .bind("file", out.target().toString()).bind("selection", selection).bind("rows", rows.size())
                        .bind("user", user).bind("now", now)
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO contact_export (contact_id, version, run_id)"
                        + " VALUES (?, ?, ?)")) {
                    for (ExportRow r : rows) {
                        ps.setLong(1, r.contactId());
                        ps.setInt(2, r.version());
                        ps.setLong(3, run);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                try {
                    out.commit();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return run;
            });
        } catch (DbException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof UncheckedIOException u) {
                    throw u.getCause();
                }
            }
            throw e;
        }
    }

    /** Whether a run after {@code seenRun} exported any of these versions. */
    private static boolean takenMeanwhile(Connection c, List<ExportRow> rows, long seenRun) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM contact_export WHERE contact_id = ?"
                + " AND version = ? AND run_id > ?")) {
            for (ExportRow r : rows) {
                ps.setLong(1, r.contactId());
                ps.setInt(2, r.version());
                ps.setLong(3, seenRun);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Whether any contact has been recorded at the desk (imported ones do not count). */
    public static boolean anyRecorded(Database db) {
        return db.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM contact WHERE source = 'DESK')");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        });
    }

    /** The id of the most recent run, or 0. */
    private static long lastRun(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(id), 0) FROM contact_export_run");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The contact versions chosen, as {@code x}: for a new export or one since a date, the
     * latest version of each contact recorded at the desk; for a repeat, exactly the versions
     * the run wrote (earlier ones are kept in {@code contact_version}).
     */
    private static final String CURRENT = "SELECT c.id AS contact_id, c.version, c.contact_date, c.start_time,"
            + " c.type_code, c.outcome_code, c.enforcement_code, c.enforcement_response_by, c.notes, c.sensitive,"
            + " c.staff_code FROM contact c WHERE c.source = 'DESK'";

    private static final String REPEAT = "SELECT c.id AS contact_id, c.version, c.contact_date, c.start_time, c.type_code,"
            + " c.outcome_code, c.enforcement_code, c.enforcement_response_by, c.notes, c.sensitive, c.staff_code"
            + " FROM contact_export e JOIN contact c ON c.id = e.contact_id AND c.version = e.version"
            + " WHERE e.run_id = ?1"
            + " UNION ALL SELECT v.contact_id, v.version, v.contact_date, v.start_time, v.type_code, v.outcome_code,"
            + " v.enforcement_code, v.enforcement_response_by, v.notes, v.sensitive, v.staff_code"
            + " FROM contact_export e JOIN contact_version v ON v.contact_id = e.contact_id AND v.version = e.version"
            + " WHERE e.run_id = ?1";

    static String sql(Mode mode) {
        String chosen;
        switch (mode) {
            case SINCE:
                chosen = CURRENT + " AND coalesce(c.updated_at, c.created_at) >= ?2";
                break;
            case AGAIN:
                chosen = REPEAT;
                break;
            default:
                chosen = CURRENT + " AND NOT EXISTS (SELECT 1 FROM contact_export e WHERE e.contact_id = c.id"
                        + " AND e.version = c.version)";
                break;
        }
        return "WITH x AS (" + chosen + ")"
                + " SELECT x.contact_id, x.version, k.crn, x.contact_date, x.start_time, x.type_code, x.outcome_code,"
                + " x.enforcement_code, x.enforcement_response_by, c.description, x.notes, x.sensitive, x.staff_code,"
                + " c.created_by, c.created_at,"
                + " EXISTS (SELECT 1 FROM contact_export e WHERE e.contact_id = x.contact_id AND e.version < x.version"
                + " AND e.run_id < ?3) AS correction,"
                + " p.superseded_by, p.superseded_at, p.reason"
                + " FROM x JOIN contact c ON c.id = x.contact_id JOIN cases k ON k.id = c.case_id"
                + " LEFT JOIN contact_version p ON p.contact_id = x.contact_id AND p.version = x.version - 1"
                + " ORDER BY x.contact_date, x.start_time, k.crn, x.contact_id";
    }

    private List<ExportRow> read(Connection c, Selection s, long againRun) throws SQLException {
        List<ExportRow> out = new ArrayList<>();
        if (s.mode() == Mode.AGAIN && againRun == 0) {
            return out;
        }
        try (PreparedStatement ps = c.prepareStatement(sql(s.mode()))) {
            ps.setLong(1, againRun);
            ps.setString(2, s.since() == null ? "" : s.since().atStartOfDay(clock.getZone()).toInstant().toString());
            ps.setLong(3, s.mode() == Mode.AGAIN ? againRun : Long.MAX_VALUE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String respond = rs.getString(9);
                    out.add(new ExportRow(rs.getLong(1), rs.getInt(2), rs.getString(3), LocalDate.parse(rs.getString(4)),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            respond == null ? null : LocalDate.parse(respond), rs.getString(10), rs.getString(11),
                            rs.getInt(12) == 1, rs.getString(13), rs.getString(14), rs.getString(15),
                            rs.getInt(16) == 1, rs.getString(17), rs.getString(18), rs.getString(19)));
                }
            }
        }
        return out;
    }
}
