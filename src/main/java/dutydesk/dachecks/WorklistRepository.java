package dutydesk.dachecks;

import dutydesk.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the senior probation officer's worklist of unallocated cases with missed checks, worst
 * first (highest RoSH, then child protection, then the longest overdue), a slice at a time.
 *
 * <p>Like the case list's queries, these run on every key, so they are plain JDBC on the session's
 * connection, driven by the {@code cases_worklist} index (the plan is asserted in the tests): a
 * slice is read as ids from the index, then only those rows and their missed checks; the tail
 * of a long list is read backwards; counts are kept until the database changes. The worklist
 * reads the stored evaluation ({@code missed_checks}, {@code missed_kinds},
 * {@code checks_oldest_due}, {@code case_check}); it never evaluates checks itself.
 */
public final class WorklistRepository {

    /** Worst first; ends with the unique id so the order is total (paging and positions are exact). */
    static final String ORDER = "rosh_rank DESC, cp_flag DESC, checks_oldest_due, id";
    /** {@link #ORDER} backwards, to read the tail of a long list from its end. */
    static final String REVERSED = "rosh_rank, cp_flag, checks_oldest_due DESC, id DESC";

    private static final String ROW_COLUMNS = "id, crn, surname, forename, rosh, cp_flag, da_flag, mappa_level,"
            + " missed_checks, missed_kinds, checks_oldest_due";

    private final Database db;
    private final Clock clock;
    private final Map<String, Integer> counts = new HashMap<>();
    private long countsStamp = Long.MIN_VALUE;

    public WorklistRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Loads the slice around a case: {@code anchorId}'s position if it is still listed, otherwise
     * {@code fallbackIndex} (clamped). {@code kind} narrows the list to cases missing that check
     * (null: every case with a missed check). The slice starts {@code before} rows above the
     * selected position and holds up to {@code limit} rows.
     */
    WorklistWindow load(CheckKind kind, Long anchorId, int fallbackIndex, int before, int limit) {
        LocalDate today = today();
        return db.query(c -> {
            forgetCountsIfChanged();
            Where w = where(kind);
            int all = count(c, where(null));
            int total = kind == null ? all : count(c, w);
            int pos = anchorId == null ? -1 : position(c, w, anchorId);
            if (pos < 0) {
                pos = Math.max(0, Math.min(fallbackIndex, total - 1));
            }
            int offset = Math.max(0, Math.min(pos - before, total - limit));
            return new WorklistWindow(total, all, offset, rows(c, w, offset, limit, total), total == 0 ? 0 : pos,
                    today);
        });
    }

    /** Loads {@code limit} rows from position {@code offset} of a list of {@code total} rows. */
    WorklistWindow slice(CheckKind kind, int offset, int limit, int total, int all) {
        LocalDate today = today();
        return db.query(c -> new WorklistWindow(total, all, offset, rows(c, where(kind), offset, limit, total), -1,
                today));
    }

    /** How many cases are listed with this filter (null: the whole worklist); cached until the database changes. */
    int count(CheckKind kind) {
        return db.query(c -> {
            forgetCountsIfChanged();
            return count(c, where(kind));
        });
    }

    // ---- SQL ---------------------------------------------------------------------------------

    /** A WHERE clause with {@code ?} parameters, in order. */
    record Where(String sql, List<Object> params) {
    }

    /** The worklist, or the part of it missing one kind of check. */
    static Where where(CheckKind kind) {
        String sql = "unallocated = 1 AND missed_checks > 0";
        if (kind == null) {
            return new Where(sql, List.of());
        }
        return new Where(sql + " AND (missed_kinds & ?) <> 0", List.of(kind.bit()));
    }

    /** The ids of one slice, in order: the part of a slice query that must be index-driven. */
    static String idsSql(Where w, boolean reversed) {
        return "SELECT id FROM cases WHERE " + w.sql() + " ORDER BY " + (reversed ? REVERSED : ORDER)
                + " LIMIT ? OFFSET ?";
    }

    /** One slice: the ids from the index, then only those rows. Parameters: the WHERE's, limit, offset. */
    static String rowsSql(Where w, boolean reversed) {
        return "SELECT " + ROW_COLUMNS + " FROM cases WHERE id IN (" + idsSql(w, reversed) + ") ORDER BY "
                + (reversed ? REVERSED : ORDER);
    }

    private List<WorklistRow> rows(Connection c, Where w, int offset, int limit, int total) throws SQLException {
        if (limit <= 0 || offset >= total) {
            return List.of();
        }
        int n = Math.min(limit, total - offset);
        // The tail of a long list is cheaper to read backwards from its end.
        boolean reversed = offset > total / 2;
        int skip = reversed ? total - offset - n : offset;
        List<WorklistRow> bare = new ArrayList<>(n);
        try (PreparedStatement ps = c.prepareStatement(rowsSql(w, reversed))) {
            int p = bind(ps, w.params(), 1);
            ps.setInt(p, n);
            ps.setInt(p + 1, skip);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    bare.add(new WorklistRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getInt(6) == 1, rs.getInt(7) == 1, rs.getInt(8), rs.getInt(9),
                            WorklistRow.kinds(rs.getInt(10)), date(rs.getString(11)), List.of()));
                }
            }
        }
        if (reversed) {
            Collections.reverse(bare);
        }
        List<Long> ids = new ArrayList<>(bare.size());
        for (WorklistRow r : bare) {
            ids.add(r.id());
        }
        Map<Long, List<MissedCheck>> missed = missedChecks(c, ids);
        List<WorklistRow> rows = new ArrayList<>(bare.size());
        for (WorklistRow r : bare) {
            rows.add(r.withMissed(missed.getOrDefault(r.id(), List.of())));
        }
        return rows;
    }

    /** The missed checks of these cases (by primary key), each case's in {@link CheckKind} order. */
    private static Map<Long, List<MissedCheck>> missedChecks(Connection c, List<Long> ids) throws SQLException {
        Map<Long, List<MissedCheck>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT case_id, kind, missed, due_date, reason"
                + " FROM case_check WHERE case_id IN (" + marks + ") AND missed <> 'NONE'")) {
            bind(ps, new ArrayList<>(ids), 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    CheckKind kind = CheckKind.parse(rs.getString(2));
                    Missed flag = missed(rs.getString(3));
                    if (kind == null || flag == Missed.NONE) {
                        continue;
                    }
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new MissedCheck(kind, flag, date(rs.getString(4)), rs.getString(5)));
                }
            }
        }
        for (List<MissedCheck> l : out.values()) {
            l.sort((a, b) -> Integer.compare(a.kind().ordinal(), b.kind().ordinal()));
        }
        return out;
    }

    /** A stored missed flag, or NONE for one this version does not know (it is not listed). */
    private static Missed missed(String name) {
        try {
            return Missed.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Missed.NONE;
        }
    }

    /**
     * Position of a case in the list, or -1 if it is not listed: how many listed cases sort before
     * it. A missing oldest due date sorts first, as SQLite's ascending order puts NULL first.
     */
    private static int position(Connection c, Where w, long id) throws SQLException {
        int rosh;
        int cp;
        String due;
        try (PreparedStatement ps = c.prepareStatement("SELECT rosh_rank, cp_flag, checks_oldest_due FROM cases"
                + " WHERE id = ? AND " + w.sql())) {
            ps.setLong(1, id);
            bind(ps, w.params(), 2);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return -1;
                }
                rosh = rs.getInt(1);
                cp = rs.getInt(2);
                due = rs.getString(3);
            }
        }
        List<Object> params = new ArrayList<>(w.params());
        String before = beforePredicate(rosh, cp, due, id, params);
        try (PreparedStatement ps = c.prepareStatement(positionSql(w, before))) {
            bind(ps, params, 1);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /**
     * Counts the listed cases before an anchor. The worklist index is named: it holds the order's
     * keys, so only the entries from the anchor's RoSH upwards are read, where the planner might
     * otherwise pick the missed-checks index and read every listed case.
     */
    static String positionSql(Where w, String before) {
        return "SELECT count(*) FROM cases INDEXED BY cases_worklist WHERE " + w.sql() + " AND " + before;
    }

    /**
     * "Sorts before the anchor" in {@link #ORDER} as SQL, adding the anchor's values to
     * {@code params} in order. NULL-safe on the due date ({@code IS}), the one nullable key.
     * The result is a conjunction: put it after {@code AND} as it is.
     */
    static String beforePredicate(int rosh, int cp, String due, long id, List<Object> params) {
        // The leading "rosh_rank >= ?" is implied by the rest; it is there so that the index is
        // searched from the anchor's RoSH (the planner cannot see that two parameters are equal).
        params.add(rosh);
        params.add(rosh);
        params.add(rosh);
        params.add(cp);
        params.add(cp);
        String dueBefore;
        if (due == null) {
            dueBefore = "0";
        } else {
            dueBefore = "checks_oldest_due IS NULL OR checks_oldest_due < ?";
            params.add(due);
        }
        params.add(due);
        params.add(id);
        return "rosh_rank >= ? AND (rosh_rank > ? OR (rosh_rank = ? AND (cp_flag > ? OR (cp_flag = ? AND (" + dueBefore
                + " OR (checks_oldest_due IS ? AND id < ?))))))";
    }

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

    private static int countUncached(Connection c, Where w) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM cases WHERE " + w.sql())) {
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

    private static LocalDate date(String iso) {
        return iso == null || iso.isEmpty() ? null : LocalDate.parse(iso);
    }
}
