package dutydesk.reports;

import dutydesk.cases.CaseFormat;
import dutydesk.dachecks.CheckAction;
import dutydesk.dachecks.CheckKind;
import dutydesk.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the reports' figures: plain JDBC, read-only, a few grouped queries each. The contacts
 * recorded at the desk are found through their own partial index ({@code contact_desk_by_date}),
 * so a day's report does not walk the imported history; missed checks come from the stored
 * evaluation through the worklist's index.
 */
public final class ReportRepository {

    private final Database db;
    private final Clock clock;

    public ReportRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }

    /** The daily duty report for {@code date}. */
    public DailyReport daily(LocalDate date) {
        String day = date.toString();
        return db.query(c -> new DailyReport(date, office(c), now(), contacts(c, day), failures(c, day),
                enforcement(c, day), checkIns(c, day), checks(c, day), missedNow(c)));
    }

    /** The missed-checks report; {@code caseLimit} caps the cases listed (the totals count them all). */
    public MissedReport missed(int caseLimit) {
        return db.query(c -> {
            DailyReport.MissedNow now = missedNow(c);
            return new MissedReport(today(), office(c), now(), now.checks(), now.cases(), byCheck(c), byCase(c, caseLimit));
        });
    }

    // ---- the daily report --------------------------------------------------------------------

    /** Maps the current row of a result. */
    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** The rows of a query with {@code params} bound in order. */
    private static <T> List<T> list(Connection c, String sql, Row<T> row, Object... params) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
        }
        return out;
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static List<DailyReport.ContactCount> contacts(Connection c, String day) throws SQLException {
        return list(c, "SELECT x.type_code, t.description, x.outcome_code, o.description, count(*) FROM contact x"
                + " JOIN contact_type t ON t.code = x.type_code LEFT JOIN contact_outcome o ON o.code = x.outcome_code"
                + " WHERE x.source = 'DESK' AND x.contact_date = ?"
                + " GROUP BY x.type_code, x.outcome_code ORDER BY t.rowid, o.rowid",
                rs -> new DailyReport.ContactCount(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5)), day);
    }

    private static List<DailyReport.Failure> failures(Connection c, String day) throws SQLException {
        return list(c, "SELECT x.start_time, k.crn, k.surname, k.forename, x.type_code, x.outcome_code, o.description,"
                + " o.attended, x.enforcement_code, x.enforcement_response_by FROM contact x"
                + " JOIN contact_outcome o ON o.code = x.outcome_code JOIN cases k ON k.id = x.case_id"
                + " WHERE x.source = 'DESK' AND x.contact_date = ?"
                + " AND ((o.attended = 0 AND o.compliant_acceptable IS NOT 1)"
                + " OR (o.attended = 1 AND o.compliant_acceptable = 0))"
                + " ORDER BY x.start_time, k.crn, x.id",
                rs -> new DailyReport.Failure(rs.getString(1), rs.getString(2),
                        CaseFormat.name(rs.getString(3), rs.getString(4)), rs.getString(5), rs.getString(6),
                        rs.getString(7), rs.getInt(8) == 1, rs.getString(9), date(rs.getString(10))), day);
    }

    private static List<DailyReport.CodeCount> enforcement(Connection c, String day) throws SQLException {
        return list(c, "SELECT x.enforcement_code, a.description, count(*) FROM contact x"
                + " JOIN enforcement_action a ON a.code = x.enforcement_code"
                + " WHERE x.source = 'DESK' AND x.contact_date = ? GROUP BY x.enforcement_code ORDER BY a.rowid",
                rs -> new DailyReport.CodeCount(rs.getString(1), rs.getString(2), rs.getInt(3)), day);
    }

    private static DailyReport.CheckIns checkIns(Connection c, String day) throws SQLException {
        int total = 0;
        int expected = 0;
        int cancelled = 0;
        Map<String, Integer> states = new java.util.HashMap<>();
        List<Long> waits = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT state, expected, arrived_at, taken_at FROM visit"
                + " WHERE visit_date = ?")) {
            ps.setString(1, day);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String state = rs.getString(1);
                    if ("CANCELLED".equals(state)) {
                        cancelled++;
                        continue;
                    }
                    total++;
                    expected += rs.getInt(2);
                    states.merge(state, 1, Integer::sum);
                    String taken = rs.getString(4);
                    if (taken != null) {
                        waits.add(Duration.between(Instant.parse(rs.getString(3)), Instant.parse(taken)).getSeconds());
                    }
                }
            }
        }
        Collections.sort(waits);
        Long median = null;
        Long longest = null;
        if (!waits.isEmpty()) {
            int n = waits.size();
            median = n % 2 == 1 ? waits.get(n / 2) : (waits.get(n / 2 - 1) + waits.get(n / 2)) / 2;
            longest = waits.get(n - 1);
        }
        return new DailyReport.CheckIns(total, expected, states.getOrDefault("SEEN", 0), states.getOrDefault("LEFT", 0),
                states.getOrDefault("WAITING", 0), states.getOrDefault("WITH_OFFICER", 0), cancelled, waits.size(),
                median, longest);
    }

    private static List<DailyReport.CheckCount> checks(Connection c, String day) throws SQLException {
        List<DailyReport.CheckCount> out = new ArrayList<>(list(c, "SELECT check_kind, type_code, count(*) FROM contact"
                + " WHERE source = 'DESK' AND contact_date = ?1 AND check_kind IS NOT NULL GROUP BY check_kind, type_code"
                + " UNION ALL SELECT kind, NULL, count(*) FROM check_record WHERE done_date = ?1 GROUP BY kind", rs -> {
                    CheckKind kind = CheckKind.parse(rs.getString(1));
                    String type = rs.getString(2);
                    CheckAction a = action(kind, type);
                    return new DailyReport.CheckCount(kind, a == null ? type : a.label(), type, rs.getInt(3));
                }, day));
        out.sort(Comparator.comparing((DailyReport.CheckCount k) -> k.kind() == null ? Integer.MAX_VALUE
                : k.kind().ordinal()).thenComparing(k -> order(action(k.kind(), k.contactType()))));
        return out;
    }

    /** What recording {@code type} for a check stands for ({@code CTPJ} is "analysed" for police, "followed up" for CSC). */
    static CheckAction action(CheckKind kind, String type) {
        for (CheckAction a : CheckAction.values()) {
            boolean sameType = type == null ? a.contact() == null : type.equals(a.contact());
            if (sameType && (a.check() == kind || a == CheckAction.FLAG_SPO)) {
                return a;
            }
        }
        return null;
    }

    private static int order(CheckAction a) {
        return a == null ? Integer.MAX_VALUE : a.ordinal();
    }

    // ---- missed checks -----------------------------------------------------------------------

    private static DailyReport.MissedNow missedNow(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(sum(missed_checks), 0), count(*) FROM cases"
                + " WHERE unallocated = 1 AND missed_checks > 0");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new DailyReport.MissedNow(rs.getInt(1), rs.getInt(2));
        }
    }

    private static List<MissedReport.ByCheck> byCheck(Connection c) throws SQLException {
        Map<CheckKind, MissedReport.ByCheck> found = new EnumMap<>(CheckKind.class);
        for (MissedReport.ByCheck b : list(c, "SELECT x.kind, count(*), min(x.due_date) FROM cases k"
                + " JOIN case_check x ON x.case_id = k.id WHERE k.unallocated = 1 AND k.missed_checks > 0"
                + " AND x.missed <> 'NONE' GROUP BY x.kind",
                rs -> new MissedReport.ByCheck(CheckKind.parse(rs.getString(1)), rs.getInt(2), date(rs.getString(3))))) {
            if (b.kind() != null) {
                found.put(b.kind(), b);
            }
        }
        List<MissedReport.ByCheck> out = new ArrayList<>();
        for (CheckKind k : CheckKind.values()) {
            out.add(found.getOrDefault(k, new MissedReport.ByCheck(k, 0, null)));
        }
        return out;
    }

    private static List<MissedReport.ByCase> byCase(Connection c, int limit) throws SQLException {
        // The worklist's order, read from its index.
        return list(c, "SELECT crn, surname, forename, rosh, cp_flag, missed_kinds, checks_oldest_due FROM cases"
                + " WHERE unallocated = 1 AND missed_checks > 0"
                + " ORDER BY rosh_rank DESC, cp_flag DESC, checks_oldest_due, id LIMIT ?",
                rs -> new MissedReport.ByCase(rs.getString(1), CaseFormat.name(rs.getString(2), rs.getString(3)),
                        rs.getString(4), rs.getInt(5) == 1, CheckKind.fromBits(rs.getInt(6)), date(rs.getString(7))),
                limit);
    }

    private static String office(Connection c) throws SQLException {
        List<String> name = list(c, "SELECT value FROM setting WHERE key = 'office_name'", rs -> rs.getString(1));
        return name.isEmpty() ? "" : name.get(0);
    }
}
