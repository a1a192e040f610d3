package dutydesk.dachecks;

import dutydesk.calendar.BankHoliday;
import dutydesk.calendar.WorkingDays;
import dutydesk.compliance.Circumstance;
import dutydesk.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.LongPredicate;

/**
 * Reads the facts the checks engine needs straight from SQLite and keeps each case's stored
 * evaluation ({@code case_check} and the summary columns of {@code cases}) current.
 *
 * <p>Facts are read for a range of case ids with one query per table, each walked in case order
 * along an index and merged, so 100,000 cases are read in one pass. Stored evaluations are
 * written in the same {@code BEGIN IMMEDIATE} transaction that reads the facts, so a concurrent
 * writer can never leave a case evaluated on facts older than its own.
 *
 * <p>A stored evaluation is exact until {@code checks_valid_until} (the first day a due date
 * passes): every writer of a case's facts calls {@link #refresh} in its transaction, and
 * {@link #refreshExpired} re-evaluates the cases whose day has come (at start-up, in the
 * background).
 */
public final class CheckStore {

    /** Cases per write transaction when refreshing many: short enough not to keep others waiting long. */
    static final int CHUNK = 2_000;

    private CheckStore() {
    }

    // ---- configuration ----------------------------------------------------------------------

    /** The timescales from the {@code checks.*} settings (defaults where missing). */
    public static CheckRules rules(Connection c) throws SQLException {
        Map<String, String> values = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM setting WHERE key LIKE 'checks.%'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.put(rs.getString(1).substring("checks.".length()), rs.getString(2));
            }
        }
        return CheckRules.of(values);
    }

    /** Working days: weekends and the bank holidays in the database. */
    public static WorkingDays workingDays(Connection c) throws SQLException {
        List<BankHoliday> holidays = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT holiday_date, name FROM bank_holiday");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                holidays.add(new BankHoliday(LocalDate.parse(rs.getString(1)), rs.getString(2)));
            }
        }
        return WorkingDays.of(holidays);
    }

    /** An engine with this database's rules and calendar. */
    public static CheckEngine engine(Connection c) throws SQLException {
        return new CheckEngine(rules(c), workingDays(c));
    }

    // ---- reading facts ----------------------------------------------------------------------

    /** One case's facts, or null if there is no such case. */
    public static CheckFacts facts(Connection c, long caseId) throws SQLException {
        CheckFacts[] found = new CheckFacts[1];
        read(c, caseId, caseId, id -> true, f -> found[0] = f);
        return found[0];
    }

    /**
     * Calls {@code out} with the facts of every case with an id in {@code [lo, hi]} that
     * {@code wanted} accepts, in id order.
     */
    public static void read(Connection c, long lo, long hi, LongPredicate wanted, Consumer<CheckFacts> out)
            throws SQLException {
        try (Rows cases = new Rows(c, "SELECT id, case_type, sentence_date, release_date, order_description"
                + " FROM cases WHERE id BETWEEN ? AND ? ORDER BY id", lo, hi);
             Rows regs = new Rows(c, "SELECT case_id, type_code, registered_date FROM registration"
                     + " WHERE case_id BETWEEN ? AND ? AND deregistered_date IS NULL ORDER BY case_id", lo, hi);
             // A contact comes back as one text (id|type|date|outcome|appointment|attended|kind|incidents)
             // plus, for an untagged referral, its words: two column reads a row instead of ten,
             // which is most of the cost of reading 100,000 cases' contacts through JDBC.
             Rows contacts = new Rows(c, "SELECT c.case_id, c.id || '|' || c.type_code || '|' || c.contact_date"
                     + " || '|' || coalesce(c.outcome_code, '') || '|' || t.appointment || '|'"
                     + " || coalesce(o.attended, 0) || '|' || coalesce(c.check_kind, '') || '|'"
                     + " || coalesce(c.da_incidents, ''),"
                     + " CASE WHEN c.type_code = 'CGRF' AND c.check_kind IS NULL"
                     + "   THEN coalesce(c.description, '') || ' ' || coalesce(c.notes, '') END"
                     + " FROM contact c JOIN contact_type t ON t.code = c.type_code"
                     + " LEFT JOIN contact_outcome o ON o.code = c.outcome_code"
                     + " WHERE c.case_id BETWEEN ? AND ? ORDER BY c.case_id", lo, hi);
             Rows triggers = new Rows(c, "SELECT c.case_id, c.contact_date, a.question, c.id"
                     + " FROM contact c JOIN contact_circumstance a ON a.contact_id = c.id AND a.version = c.version"
                     + " WHERE c.case_id BETWEEN ? AND ? AND a.changed = 1 ORDER BY c.case_id", lo, hi);
             Rows records = new Rows(c, "SELECT case_id, kind, done_date, level FROM check_record"
                     + " WHERE case_id BETWEEN ? AND ? ORDER BY case_id", lo, hi)) {
            for (; cases.has; cases.next()) {
                ResultSet rs = cases.rs;
                long id = rs.getLong(1);
                if (!wanted.test(id)) {
                    regs.skip(id);
                    contacts.skip(id);
                    triggers.skip(id);
                    records.skip(id);
                    continue;
                }
                String caseType = rs.getString(2);
                LocalDate sentence = date(rs.getString(3));
                LocalDate release = date(rs.getString(4));
                String order = rs.getString(5);
                List<CheckFacts.Reg> rl = new ArrayList<>(4);
                while (regs.at(id)) {
                    rl.add(new CheckFacts.Reg(regs.rs.getString(2), date(regs.rs.getString(3))));
                    regs.next();
                }
                List<CheckFacts.Event> el = new ArrayList<>(24);
                while (contacts.at(id)) {
                    el.add(event(contacts.rs.getString(2), contacts.rs.getString(3)));
                    contacts.next();
                }
                List<CheckFacts.Trigger> tl = new ArrayList<>(0);
                while (triggers.at(id)) {
                    Circumstance q = circumstance(triggers.rs.getString(3));
                    if (q != null) {
                        tl.add(new CheckFacts.Trigger(date(triggers.rs.getString(2)), q, triggers.rs.getLong(4)));
                    }
                    triggers.next();
                }
                List<CheckFacts.Record> dl = new ArrayList<>(0);
                while (records.at(id)) {
                    dl.add(new CheckFacts.Record(CheckKind.parse(records.rs.getString(2)),
                            date(records.rs.getString(3)), records.rs.getString(4)));
                    records.next();
                }
                out.accept(new CheckFacts(id, caseType, sentence, release, order, rl, el, tl, dl));
            }
        }
    }

    /** A contact from its packed text (see the query) and, for an untagged referral, its words. */
    static CheckFacts.Event event(String packed, String referralText) {
        String[] f = packed.split("\\|", -1);
        CheckKind about = f[6].isEmpty() ? null : CheckKind.parse(f[6]);
        if (about == null && referralText != null && DaProgramme.matches(referralText)) {
            about = CheckKind.DA_INTERVENTION;
        }
        return new CheckFacts.Event(Long.parseLong(f[0]), f[1], LocalDate.parse(f[2]), f[3].isEmpty() ? null : f[3],
                "1".equals(f[4]), "1".equals(f[5]), about, f[7].isEmpty() ? null : Integer.valueOf(f[7]));
    }

    private static Circumstance circumstance(String name) {
        try {
            return Circumstance.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    static LocalDate date(String iso) {
        return iso == null || iso.isEmpty() ? null : LocalDate.parse(iso);
    }

    /** One query's rows, walked in case-id order alongside the others. */
    private static final class Rows implements AutoCloseable {
        final PreparedStatement ps;
        final ResultSet rs;
        boolean has;

        Rows(Connection c, String sql, long lo, long hi) throws SQLException {
            ps = c.prepareStatement(sql);
            ps.setLong(1, lo);
            ps.setLong(2, hi);
            rs = ps.executeQuery();
            has = rs.next();
        }

        boolean next() throws SQLException {
            has = rs.next();
            return has;
        }

        /** True while the current row belongs to case {@code id}; skips rows of earlier cases. */
        boolean at(long id) throws SQLException {
            while (has && rs.getLong(1) < id) {
                has = rs.next();
            }
            return has && rs.getLong(1) == id;
        }

        void skip(long id) throws SQLException {
            while (at(id)) {
                has = rs.next();
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                rs.close();
            } finally {
                ps.close();
            }
        }
    }

    // ---- storing evaluations ----------------------------------------------------------------

    /**
     * Re-evaluates the given cases on {@code asOf} and stores the results. Call it inside the
     * write transaction that changed their facts.
     */
    public static int refresh(Connection c, Collection<Long> ids, LocalDate asOf) throws SQLException {
        return refresh(c, ids, asOf, Progress.NONE);
    }

    /**
     * {@link #refresh(Connection, Collection, LocalDate)} for many cases at once: ids close
     * together are read as one range ({@value #CHUNK} ids at most), so a bulk change costs a few
     * range reads rather than five queries per case.
     */
    public static int refresh(Connection c, Collection<Long> ids, LocalDate asOf, Progress progress)
            throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        CheckEngine engine = engine(c);
        List<Long> sorted = new ArrayList<>(new TreeSet<>(ids));
        TreeSet<Long> wanted = new TreeSet<>(sorted);
        int n = 0;
        int i = 0;
        while (i < sorted.size()) {
            long lo = sorted.get(i);
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) - lo < CHUNK) {
                j++;
            }
            n += evaluateAndStore(c, engine, lo, sorted.get(j), wanted::contains, asOf);
            progress.update(j + 1, sorted.size());
            i = j + 1;
        }
        return n;
    }

    /** Evaluates and stores every wanted case in {@code [lo, hi]}; returns how many. */
    static int evaluateAndStore(Connection c, CheckEngine engine, long lo, long hi, LongPredicate wanted,
                                LocalDate asOf) throws SQLException {
        List<Evaluation> done = new ArrayList<>();
        read(c, lo, hi, wanted, f -> done.add(engine.evaluate(f, asOf)));
        store(c, done);
        return done.size();
    }

    /** Writes evaluations: the applicable checks of each case and its summary columns. */
    public static void store(Connection c, List<Evaluation> evaluations) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM case_check WHERE case_id = ?");
             PreparedStatement ins = c.prepareStatement("INSERT INTO case_check (case_id, kind, state, missed,"
                     + " due_date, reason) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement upd = c.prepareStatement("UPDATE cases SET missed_checks = ?, missed_kinds = ?,"
                     + " checks_oldest_due = ?, checks_as_of = ?, checks_valid_until = ? WHERE id = ?")) {
            for (Evaluation e : evaluations) {
                del.setLong(1, e.caseId());
                del.addBatch();
                for (CheckResult r : e.results()) {
                    if (!r.applies()) {
                        continue;
                    }
                    ins.setLong(1, e.caseId());
                    ins.setString(2, r.kind().code());
                    ins.setString(3, r.state().name());
                    ins.setString(4, r.missed().name());
                    ins.setString(5, r.due() == null ? null : r.due().toString());
                    ins.setString(6, r.reason());
                    ins.addBatch();
                }
                upd.setInt(1, e.missedCount());
                upd.setInt(2, e.missedBits());
                upd.setString(3, e.oldestMissedDue() == null ? null : e.oldestMissedDue().toString());
                upd.setString(4, e.asOf().toString());
                upd.setString(5, e.validUntil() == null ? null : e.validUntil().toString());
                upd.setLong(6, e.caseId());
                upd.addBatch();
            }
            del.executeBatch();
            ins.executeBatch();
            upd.executeBatch();
        }
    }

    /** The ids of cases whose stored evaluation is missing or not valid on {@code today}. */
    public static List<Long> expired(Connection c, LocalDate today) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM cases WHERE checks_as_of IS NULL"
                + " OR checks_as_of > ?1 OR checks_valid_until <= ?1 ORDER BY id")) {
            ps.setString(1, today.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * Re-evaluates every case whose stored evaluation has run out (or was never made), in
     * transactions of up to {@value #CHUNK} consecutive ids. Safe to run from several processes
     * at once: each chunk re-reads its facts under the write lock. Returns how many were done.
     */
    public static int refreshExpired(Database db, LocalDate today, Progress progress) {
        List<Long> ids = db.query(c -> expired(c, today));
        if (ids.isEmpty()) {
            return 0;
        }
        CheckEngine engine = db.query(CheckStore::engine);
        TreeSet<Long> wanted = new TreeSet<>(ids);
        int done = 0;
        int i = 0;
        while (i < ids.size()) {
            long lo = ids.get(i);
            int j = i;
            while (j + 1 < ids.size() && ids.get(j + 1) - lo < CHUNK && j + 1 - i < CHUNK) {
                j++;
            }
            long hi = ids.get(j);
            int count = j - i + 1;
            done += db.write(h -> {
                Connection c = h.getConnection();
                // Another process may have done these meanwhile: only redo those still expired.
                List<Long> still = new ArrayList<>();
                for (long id : expired(c, lo, hi, today)) {
                    if (wanted.contains(id)) {
                        still.add(id);
                    }
                }
                TreeSet<Long> set = new TreeSet<>(still);
                return still.isEmpty() ? 0 : evaluateAndStore(c, engine, lo, hi, set::contains, today);
            });
            progress.update(i + count, ids.size());
            i = j + 1;
        }
        return done;
    }

    private static List<Long> expired(Connection c, long lo, long hi, LocalDate today) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM cases WHERE id BETWEEN ?1 AND ?2"
                + " AND (checks_as_of IS NULL OR checks_as_of > ?3 OR checks_valid_until <= ?3)")) {
            ps.setLong(1, lo);
            ps.setLong(2, hi);
            ps.setString(3, today.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Told how many cases are done so far. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(int done, int total);
    }
}
