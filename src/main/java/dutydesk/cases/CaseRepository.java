package dutydesk.cases;

import dutydesk.compliance.Answer;
import dutydesk.compliance.Circumstance;
import dutydesk.compliance.Compliance;
import dutydesk.compliance.EnforcementAction;
import dutydesk.compliance.History;
import dutydesk.compliance.Outcome;
import dutydesk.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Reads the unallocated caseload a slice at a time: never the whole table, whatever its size.
 *
 * <p>The list queries run on every keystroke, so they are plain JDBC on the session's connection
 * (no library start-up before the first screen), every one is driven by an index (the plans are
 * asserted in the repository tests), a slice is fetched as ids from the index and then only those
 * rows, the tail of a long list is read backwards, and counts are kept until the database changes.
 */
public final class CaseRepository {

    private static final String ROW_COLUMNS = "id, crn, surname, forename, tier, rosh, da_flag, cp_flag,"
            + " mappa_level, next_report_date, last_seen_date, missed_checks";

    private final Database db;
    private final Clock clock;
    private final Map<String, Integer> counts = new HashMap<>();
    private long countsStamp = Long.MIN_VALUE;

    public CaseRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The time zone dates and times are shown in. */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Loads the slice around a case: {@code anchorId}'s position if it still matches the query,
     * otherwise {@code fallbackIndex} (clamped). The slice starts {@code before} rows above the
     * selected position and holds up to {@code limit} rows.
     */
    public CaseWindow load(CaseQuery q, Long anchorId, int fallbackIndex, int before, int limit) {
        LocalDate today = today();
        return db.query(c -> {
            forgetCountsIfChanged();
            Where w = where(q, today);
            int all = countAll(c);
            int total = q.isFiltered() ? count(c, w) : all;
            int pos = anchorId == null ? -1 : position(c, q, w, anchorId);
            if (pos < 0) {
                pos = Math.max(0, Math.min(fallbackIndex, total - 1));
            }
            int offset = Math.max(0, Math.min(pos - before, total - limit));
            return new CaseWindow(total, all, offset, rows(c, q, w, offset, limit, total), total == 0 ? 0 : pos, today);
        });
    }

    /** Loads {@code limit} rows from position {@code offset} of a list of {@code total} rows. */
    public CaseWindow slice(CaseQuery q, int offset, int limit, int total, int all) {
        LocalDate today = today();
        return db.query(c -> new CaseWindow(total, all, offset, rows(c, q, where(q, today), offset, limit, total), -1,
                today));
    }

    /** Position of a case in the query's order, or -1 if it does not match the query. */
    private int position(Connection c, CaseQuery q, Where w, long id) throws SQLException {
        List<CaseSort.Key> keys = q.sort().keys();
        StringBuilder select = new StringBuilder("SELECT ");
        for (int i = 0; i < keys.size(); i++) {
            select.append(i > 0 ? ", " : "").append(keys.get(i).expr());
        }
        select.append(" FROM cases WHERE id = ? AND ").append(w.sql());
        Object[] values = new Object[keys.size()];
        try (PreparedStatement ps = c.prepareStatement(select.toString())) {
            ps.setLong(1, id);
            bind(ps, w.params(), 2);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return -1;
                }
                for (int i = 0; i < values.length; i++) {
                    values[i] = rs.getObject(i + 1);
                }
            }
        }
        List<Object> params = new ArrayList<>(w.params());
        String before = beforePredicate(keys, 0, values, params);
        return countUncached(c, new Where(w.sql() + " AND " + before, params));
    }

    /**
     * "Sorts before the anchor" as SQL, {@code k0 < ? OR (k0 = ? AND (k1 < ? OR ...))}, adding
     * the anchor's values to {@code params} in order.
     */
    static String beforePredicate(List<CaseSort.Key> keys, int i, Object[] values, List<Object> params) {
        CaseSort.Key k = keys.get(i);
        String cmp = k.expr() + (k.desc() ? " > ?" : " < ?");
        params.add(values[i]);
        if (i == keys.size() - 1) {
            return "(" + cmp + ")";
        }
        params.add(values[i]);
        return "(" + cmp + " OR (" + k.expr() + " = ? AND " + beforePredicate(keys, i + 1, values, params) + "))";
    }

    private List<CaseRow> rows(Connection c, CaseQuery q, Where w, int offset, int limit, int total)
            throws SQLException {
        if (limit <= 0 || offset >= total) {
            return List.of();
        }
        int n = Math.min(limit, total - offset);
        // The tail of a long list is cheaper to read backwards from its end.
        boolean reversed = offset > total / 2;
        int skip = reversed ? total - offset - n : offset;
        List<CaseRow> rows = new ArrayList<>(n);
        try (PreparedStatement ps = c.prepareStatement(rowsSql(q, w, reversed))) {
            int p = bind(ps, w.params(), 1);
            ps.setInt(p, n);
            ps.setInt(p + 1, skip);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                }
            }
        }
        if (reversed) {
            Collections.reverse(rows);
        }
        return rows;
    }

    /**
     * One slice of the list: the ids in order from the index (without reading the rows they
     * skip or sort), then just those rows. Parameters: the WHERE's, then limit and offset.
     */
    static String rowsSql(CaseQuery q, Where w, boolean reversed) {
        return "SELECT " + ROW_COLUMNS + " FROM cases WHERE id IN (" + idsSql(q, w, reversed) + ") ORDER BY "
                + q.sort().orderBy(reversed);
    }

    /** The ids of one slice, in order: the part of {@link #rowsSql} that must be index-driven. */
    static String idsSql(CaseQuery q, Where w, boolean reversed) {
        return "SELECT id FROM cases WHERE " + w.sql() + " ORDER BY " + q.sort().orderBy(reversed) + " LIMIT ? OFFSET ?";
    }

    /** A count, kept until the database changes (typing a filter asks for the same totals often). */
    /** Drops the cached counts if the database changed since they were made (one cheap PRAGMA). */
    private void forgetCountsIfChanged() {
        long stamp = db.changeStamp();
        if (stamp != countsStamp) {
            counts.clear();
            countsStamp = stamp;
        }
    }

    private int count(Connection c, Where w) throws SQLException {
        String key = w.sql() + "|" + w.params();
        Integer n = counts.get(key);
        if (n == null) {
            n = countUncached(c, w);
            counts.put(key, n);
        }
        return n;
    }

    /**
     * All unallocated cases: every case less the few that are not unallocated. SQLite counts a
     * whole table from its page structure in about a millisecond, where counting the
     * unallocated ones directly would step through all of them.
     */
    private int countAll(Connection c) throws SQLException {
        Where everything = new Where("", List.of());
        Where others = new Where("unallocated = 0", List.of());
        return count(c, everything) - count(c, others);
    }

    private static int countUncached(Connection c, Where w) throws SQLException {
        String sql = "SELECT count(*) FROM cases" + (w.sql().isEmpty() ? "" : " WHERE " + w.sql());
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, w.params(), 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static int bind(PreparedStatement ps, List<Object> params, int first) throws SQLException {
        int i = first;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }

    /** A WHERE clause with {@code ?} parameters, in order. */
    record Where(String sql, List<Object> params) {
    }

    static Where where(CaseQuery q, LocalDate today) {
        StringBuilder sql = new StringBuilder("unallocated = 1");
        List<Object> params = new ArrayList<>();
        switch (q.searchKind()) {
            case CRN:
                sql.append(" AND crn >= ? AND crn < ?");
                params.add(q.crnPrefix());
                params.add(q.crnPrefix() + '\u007f');
                break;
            case NAME:
                if (!q.surnamePrefix().isEmpty()) {
                    sql.append(" AND surname_key >= ? AND surname_key < ?");
                    params.add(q.surnamePrefix());
                    params.add(q.surnamePrefix() + '\u007f');
                }
                if (!q.forenamePrefix().isEmpty()) {
                    sql.append(" AND forename_key >= ? AND forename_key < ?");
                    params.add(q.forenamePrefix());
                    params.add(q.forenamePrefix() + '\u007f');
                }
                break;
            default:
                break;
        }
        String flag = q.flag().sql();
        if (flag != null) {
            sql.append(" AND ").append(flag);
            if (flag.contains("?")) {
                params.add(today.toString());
            }
        }
        return new Where(sql.toString(), List.copyOf(params));
    }

    private static CaseRow row(ResultSet rs) throws SQLException {
        return new CaseRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getInt(7) == 1, rs.getInt(8) == 1, rs.getInt(9), date(rs.getString(10)),
                date(rs.getString(11)), rs.getInt(12));
    }

    static LocalDate date(String iso) {
        return iso == null || iso.isEmpty() ? null : LocalDate.parse(iso);
    }

    /** Everything the case page shows, or empty if there is no such case. */
    public Optional<CaseDetail> detail(long id) {
        LocalDate today = today();
        int liveBreachMonths = intSetting("compliance.live_breach_months", 12);
        return db.read(h -> h.createQuery("SELECT c.id, c.crn, c.pnc, c.surname, c.forename, c.date_of_birth,"
                        + " c.pdu_code, p.name, c.team_code, t.name, c.om_staff_code, c.tier, c.rosh, c.case_type,"
                        + " c.order_description, c.sentence_date, c.release_date, c.order_end_date,"
                        + " c.reporting_frequency, c.next_report_date, c.last_seen_date, c.unallocated"
                        + " FROM cases c LEFT JOIN pdu p ON p.code = c.pdu_code LEFT JOIN team t ON t.code = c.team_code"
                        + " WHERE c.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> {
                    List<ContactEntry> contacts = contacts(h, id);
                    List<History> history = new ArrayList<>();
                    for (ContactEntry e : contacts) {
                        history.add(e.history());
                    }
                    String caseType = rs.getString(14);
                    return new CaseDetail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), date(rs.getString(6)), rs.getString(7), rs.getString(8), rs.getString(9),
                            rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), caseType,
                            rs.getString(15), date(rs.getString(16)), date(rs.getString(17)), date(rs.getString(18)),
                            rs.getString(19), date(rs.getString(20)), date(rs.getString(21)), rs.getInt(22) == 1,
                            registrations(h, id), contacts, Compliance.of(history, today, caseType, liveBreachMonths),
                            today, h.createQuery("SELECT count(*) FROM case_check WHERE case_id = :id").bind("id", id)
                                    .mapTo(Integer.class).one(), missedChecks(h, id));
                })
                .findOne());
    }

    /**
     * The case's missed DA and safeguarding checks from its stored evaluation, as "PDA not
     * requested": the check's code and the flag in words, longest overdue first.
     */
    static List<String> missedChecks(Handle h, long caseId) {
        return h.createQuery("SELECT kind, missed FROM case_check WHERE case_id = :id AND missed <> 'NONE'"
                        + " ORDER BY coalesce(due_date, ''), kind")
                .bind("id", caseId)
                .map((rs, ctx) -> rs.getString(1) + " " + rs.getString(2).toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' '))
                .list();
    }

    /** A whole-number setting, or the default when it is missing or not a number. */
    public int intSetting(String key, int defaultValue) {
        String v = db.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
        try {
            return v == null ? defaultValue : Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return defaultValue;
        }
    }

    private static List<Registration> registrations(Handle h, long caseId) {
        return h.createQuery("SELECT r.type_code, t.description, t.kind, r.level, r.category, r.registered_date,"
                        + " r.next_review_date FROM registration r JOIN register_type t ON t.code = r.type_code"
                        + " WHERE r.case_id = :id AND r.deregistered_date IS NULL"
                        + " ORDER BY CASE t.kind WHEN 'DA' THEN 1 WHEN 'CHILD' THEN 2 WHEN 'MAPPA' THEN 3"
                        + " WHEN 'ROSH' THEN 4 ELSE 5 END, r.registered_date")
                .bind("id", caseId)
                .map((rs, ctx) -> new Registration(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), date(rs.getString(6)), date(rs.getString(7))))
                .list();
    }

    /** A case's contacts, newest first, with their codes' descriptions and flags. */
    public static List<ContactEntry> contacts(Handle h, long caseId) {
        return h.createQuery("SELECT c.id, c.contact_date, c.start_time, c.type_code, ct.description,"
                        + " c.outcome_code, o.description, o.attended, o.compliant_acceptable, o.enforceable,"
                        + " o.action_required, o.counts_as_ftc, o.allowed_in_future,"
                        + " c.enforcement_code, e.description, e.kind,"
                        // The officer: their staff record, else the code, else (a login with no staff
                        // code) the desk user's name.
                        + " CASE WHEN s.code IS NOT NULL THEN substr(s.forename, 1, 1) || ' ' || s.surname"
                        + " ELSE coalesce(c.staff_code, u.name) END,"
                        + " c.notes, c.sensitive, c.alert, c.created_by, c.version, c.source, c.next_report_date,"
                        + " c.enforcement_response_by"
                        + " FROM contact c JOIN contact_type ct ON ct.code = c.type_code"
                        + " LEFT JOIN contact_outcome o ON o.code = c.outcome_code"
                        + " LEFT JOIN enforcement_action e ON e.code = c.enforcement_code"
                        + " LEFT JOIN staff s ON s.code = c.staff_code"
                        + " LEFT JOIN app_user u ON u.os_user = c.created_by"
                        + " WHERE c.case_id = :id"
                        + " ORDER BY c.contact_date DESC, coalesce(c.start_time, '') DESC, c.id DESC")
                .bind("id", caseId)
                .map((rs, ctx) -> {
                    String outcomeCode = rs.getString(6);
                    Outcome outcome = outcomeCode == null ? null : new Outcome(outcomeCode, rs.getString(7),
                            flag(rs, 8), flag(rs, 9), rs.getInt(10) == 1, rs.getInt(11) == 1, rs.getInt(12) == 1,
                            rs.getInt(13) == 1);
                    String actionCode = rs.getString(14);
                    EnforcementAction action = actionCode == null ? null : new EnforcementAction(actionCode,
                            rs.getString(15), kind(rs.getString(16)));
                    return new ContactEntry(rs.getLong(1), date(rs.getString(2)), rs.getString(3), rs.getString(4),
                            rs.getString(5), outcome, action, rs.getString(17), rs.getString(18), rs.getInt(19) == 1,
                            rs.getInt(20) == 1, rs.getString(21), rs.getInt(22), "DESK".equals(rs.getString(23)),
                            date(rs.getString(24)), date(rs.getString(25)));
                })
                .list();
    }

    /** A nullable 0/1 column as a Boolean. */
    private static Boolean flag(ResultSet rs, int col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v == 1;
    }

    private static EnforcementAction.Kind kind(String k) {
        try {
            return k == null ? EnforcementAction.Kind.OTHER : EnforcementAction.Kind.valueOf(k);
        } catch (IllegalArgumentException e) {
            return EnforcementAction.Kind.OTHER;
        }
    }

    /** A stored UTC timestamp in this desk's time zone (null stays null). */
    private java.time.LocalDateTime local(String stamp) {
        return stamp == null ? null : java.time.LocalDateTime.ofInstant(java.time.Instant.parse(stamp), clock.getZone());
    }

    /** The change-of-circumstance answers given with one version of a contact. */
    public static Map<Circumstance, Answer> answers(Handle h, long contactId, int version) {
        Map<Circumstance, Answer> out = new EnumMap<>(Circumstance.class);
        h.createQuery("SELECT question, changed, detail FROM contact_circumstance"
                        + " WHERE contact_id = :id AND version = :v")
                .bind("id", contactId)
                .bind("v", version)
                .map((rs, ctx) -> Map.entry(Circumstance.valueOf(rs.getString(1)),
                        new Answer(rs.getInt(2) == 1, rs.getString(3))))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** One contact in full (its answers and earlier versions), or empty if it is gone. */
    public Optional<ContactRecord> record(long caseId, long contactId) {
        return db.read(h -> {
            ContactEntry entry = null;
            for (ContactEntry e : contacts(h, caseId)) {
                if (e.id() == contactId) {
                    entry = e;
                }
            }
            if (entry == null) {
                return Optional.<ContactRecord>empty();
            }
            List<PriorVersion> earlier = new ArrayList<>();
            h.createQuery("SELECT version, type_code, contact_date, start_time, outcome_code, enforcement_code, notes,"
                            + " next_report_date, sensitive, alert, recorded_by, recorded_at, superseded_by,"
                            + " superseded_at, reason FROM contact_version WHERE contact_id = :id ORDER BY version DESC")
                    .bind("id", contactId)
                    .map((rs, ctx) -> new Object[] {rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getInt(9),
                            rs.getInt(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                            rs.getString(15)})
                    .list()
                    .forEach(r -> earlier.add(new PriorVersion((Integer) r[0], (String) r[1], date((String) r[2]),
                            (String) r[3], (String) r[4], (String) r[5], (String) r[6], date((String) r[7]),
                            (Integer) r[8] == 1, (Integer) r[9] == 1, (String) r[10], local((String) r[11]), (String) r[12],
                            local((String) r[13]), (String) r[14], answers(h, contactId, (Integer) r[0]))));
            Map<String, Object> who = h.createQuery("SELECT updated_by, updated_at FROM contact WHERE id = :id")
                    .bind("id", contactId).mapToMap().one();
            return Optional.of(new ContactRecord(entry, answers(h, contactId, entry.version()), earlier,
                    (String) who.get("updated_by"), local((String) who.get("updated_at"))));
        });
    }

    /** The office name shown in titles (a setting), or empty. */
    public String officeName() {
        return db.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM setting WHERE key = 'office_name'");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : "";
            }
        });
    }

    /**
     * Recomputes the list columns derived from registrations and contacts (DA, child-protection
     * and MAPPA markers, last-seen date) for the given cases, or for all cases when {@code ids}
     * is null. Every writer of registrations or contacts calls this in the same transaction.
     */
    public static int refreshDerived(Handle h, List<Long> ids) {
        if (ids == null) {
            return h.createUpdate(DERIVED).execute();
        }
        try {
            return refreshDerived(h.getConnection(), ids);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@link #refreshDerived(Handle, List)} for the given cases on a plain connection, as one batch. */
    public static int refreshDerived(Connection c, java.util.Collection<Long> ids) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement(DERIVED + " WHERE id = ?")) {
            for (Long id : ids) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            for (int k : ps.executeBatch()) {
                n += k;
            }
        }
        return n;
    }

    private static final String DERIVED = "UPDATE cases SET"
                + " da_flag = EXISTS (SELECT 1 FROM registration r JOIN register_type t ON t.code = r.type_code"
                + "   WHERE r.case_id = cases.id AND r.deregistered_date IS NULL AND t.kind = 'DA'),"
                + " cp_flag = EXISTS (SELECT 1 FROM registration r JOIN register_type t ON t.code = r.type_code"
                + "   WHERE r.case_id = cases.id AND r.deregistered_date IS NULL AND t.kind = 'CHILD'),"
                + " mappa_level = coalesce((SELECT max(CASE r.level WHEN 'M3' THEN 3 WHEN 'M2' THEN 2 ELSE 1 END)"
                + "   FROM registration r WHERE r.case_id = cases.id AND r.type_code = 'MAPP'"
                + "   AND r.deregistered_date IS NULL), 0),"
                + " last_seen_date = (SELECT max(c.contact_date) FROM contact c"
                + "   JOIN contact_outcome o ON o.code = c.outcome_code"
                + "   WHERE c.case_id = cases.id AND o.attended = 1)";
}
