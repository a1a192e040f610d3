package dutydesk.reception;

import dutydesk.cases.CaseFormat;
import dutydesk.cases.DateInput;
import dutydesk.cases.NameKey;
import dutydesk.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Check-ins and the duty queue, shared by every process on the database file.
 *
 * <p>Every change is one {@code BEGIN IMMEDIATE} transaction that reads the visit's state and
 * changes it only if it is still what the action expects, so two people acting at once cannot
 * both succeed: the second is told who got there first. Every change is also written to
 * {@code visit_event} with who and when. Reads are plain JDBC in autocommit: the queue is read
 * again whenever another session changes the database.
 */
public final class VisitRepository {

    private static final String QUEUE_SQL = "SELECT v.id, v.case_id, c.crn, c.surname, c.forename, v.arrived_at,"
            + " v.expected, v.state, v.taken_by, coalesce(u.name, v.taken_by), v.taken_at, c.rosh, c.da_flag,"
            + " c.cp_flag, c.mappa_level, c.missed_checks"
            + " FROM visit v JOIN cases c ON c.id = v.case_id LEFT JOIN app_user u ON u.os_user = v.taken_by"
            + " WHERE v.state IN ('WAITING', 'WITH_OFFICER') ORDER BY v.arrived_at, v.id";

    private static final String PERSON = "c.id, c.crn, c.surname, c.forename, c.date_of_birth, c.next_report_date";

    private final Database db;
    private final Clock clock;
    private final String user;
    private QueueRules rules;

    public VisitRepository(Database db, Clock clock, String user) {
        this.db = db;
        this.clock = clock;
        this.user = user;
    }

    public String user() {
        return user;
    }

    public Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** The queue and reception settings (read once per session). */
    public synchronized QueueRules rules() {
        if (rules == null) {
            rules = db.query(c -> {
                Map<String, String> s = new HashMap<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT key, value FROM setting"
                        + " WHERE key LIKE 'queue.%' OR key LIKE 'reception.%'");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        s.put(rs.getString(1), rs.getString(2));
                    }
                }
                return QueueRules.of(s);
            });
        }
        return rules;
    }

    // ---- reading ------------------------------------------------------------------------------

    /** Everyone waiting or with an officer, in arrival order (whatever day they arrived). */
    public List<QueueRow> queue() {
        return db.query(c -> {
            List<QueueRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(QUEUE_SQL); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new QueueRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), Instant.parse(rs.getString(6)), rs.getInt(7) == 1,
                            VisitState.valueOf(rs.getString(8)), rs.getString(9), rs.getString(10),
                            instant(rs.getString(11)), rs.getString(12), rs.getInt(13) == 1, rs.getInt(14) == 1,
                            rs.getInt(15), rs.getInt(16)));
                }
            }
            return out;
        });
    }

    /** How many of {@code day}'s visits ended in each state (for the queue's title). */
    public Map<VisitState, Integer> dayCounts(LocalDate day) {
        return db.query(c -> {
            Map<VisitState, Integer> out = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT state, count(*) FROM visit WHERE visit_date = ?"
                    + " GROUP BY state")) {
                ps.setString(1, day.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(VisitState.valueOf(rs.getString(1)), rs.getInt(2));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Reception's list for {@code day}: everyone due to report that day or overdue by at most the
     * configured number of days, and everyone who has arrived that day, by surname.
     */
    public List<ReceptionRow> expected(LocalDate day) {
        int overdue = rules().overdueDays();
        return db.query(c -> {
            Map<Long, ReceptionRow> rows = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + PERSON + " FROM cases c"
                    + " WHERE c.unallocated = 1 AND c.next_report_date BETWEEN ? AND ?")) {
                ps.setString(1, day.minusDays(overdue).toString());
                ps.setString(2, day.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ReceptionRow r = person(rs);
                        rows.put(r.caseId(), r);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT " + PERSON + ", v.id, v.state, v.arrived_at,"
                    + " coalesce(u.name, v.taken_by) FROM visit v JOIN cases c ON c.id = v.case_id"
                    + " LEFT JOIN app_user u ON u.os_user = v.taken_by"
                    + " WHERE v.visit_date = ? AND v.state <> 'CANCELLED' ORDER BY v.id")) {
                ps.setString(1, day.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ReceptionRow r = withVisit(person(rs), rs, 7);
                        rows.put(r.caseId(), r);
                    }
                }
            }
            return ReceptionRow.sortedByName(rows.values());
        });
    }

    /**
     * Finds people by what reception has to hand: a CRN (or its start), a date of birth
     * (dd/mm/yyyy, d/m/yy, yyyy-mm-dd or ddmmyyyy), or the start of a surname (accents, case and
     * punctuation ignored). At most {@code limit} people, by surname, with today's visit if any.
     */
    public List<ReceptionRow> find(String text, LocalDate day, int limit) {
        Query q = Query.of(text);
        if (q == null) {
            return List.of();
        }
        return db.query(c -> {
            List<ReceptionRow> out = new ArrayList<>();
            String where;
            switch (q.kind) {
                case CRN: where = "c.crn >= ? AND c.crn < ? ORDER BY c.crn"; break;
                case DOB: where = "c.date_of_birth = ? ORDER BY c.surname_key, c.forename_key"; break;
                default: where = "c.surname_key >= ? AND c.surname_key < ? ORDER BY c.surname_key, c.forename_key";
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT " + PERSON + " FROM cases c WHERE c.unallocated = 1"
                    + " AND " + where + ", c.id LIMIT ?")) {
                int i = 1;
                ps.setString(i++, q.value);
                if (q.kind != Query.Kind.DOB) {
                    ps.setString(i++, q.value + "\uffff");
                }
                ps.setInt(i, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(person(rs));
                    }
                }
            }
            return withTodaysVisits(c, out, day);
        });
    }

    /**
     * People due to report on {@code day} who have not been seen: no visit that day other than an
     * undone check-in, and no attendance contact dated that day. The duty officer records a
     * failure to attend for each.
     */
    public List<ReceptionRow> noShows(LocalDate day) {
        return db.query(c -> {
            List<ReceptionRow> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + PERSON + " FROM cases c"
                    + " WHERE c.unallocated = 1 AND c.next_report_date = ?"
                    + " AND NOT EXISTS (SELECT 1 FROM visit v WHERE v.case_id = c.id AND v.visit_date = ?"
                    + "   AND v.state IN ('WAITING', 'WITH_OFFICER', 'SEEN'))"
                    + " AND NOT EXISTS (SELECT 1 FROM contact k JOIN contact_type t ON t.code = k.type_code"
                    + "   WHERE k.case_id = c.id AND k.contact_date = ? AND t.appointment = 1"
                    + "   AND k.outcome_code IS NOT NULL)"
                    + " ORDER BY c.surname_key, c.forename_key, c.id")) {
                ps.setString(1, day.toString());
                ps.setString(2, day.toString());
                ps.setString(3, day.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(person(rs));
                    }
                }
            }
            return withTodaysVisits(c, out, day);
        });
    }

    private static List<ReceptionRow> withTodaysVisits(Connection c, List<ReceptionRow> rows, LocalDate day)
            throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        List<ReceptionRow> out = new ArrayList<>(rows.size());
        try (PreparedStatement ps = c.prepareStatement("SELECT v.id, v.state, v.arrived_at, coalesce(u.name, v.taken_by)"
                + " FROM visit v LEFT JOIN app_user u ON u.os_user = v.taken_by"
                + " WHERE v.case_id = ? AND v.visit_date = ? AND v.state <> 'CANCELLED' ORDER BY v.id DESC LIMIT 1")) {
            for (ReceptionRow r : rows) {
                ps.setLong(1, r.caseId());
                ps.setString(2, day.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    out.add(rs.next() ? withVisit(r, rs, 1) : r);
                }
            }
        }
        return out;
    }

    private static ReceptionRow person(ResultSet rs) throws SQLException {
        return new ReceptionRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                LocalDate.parse(rs.getString(5)), LocalDate.parse(rs.getString(6)), 0, null, null, null);
    }

    private static ReceptionRow withVisit(ReceptionRow r, ResultSet rs, int first) throws SQLException {
        return new ReceptionRow(r.caseId(), r.crn(), r.surname(), r.forename(), r.dateOfBirth(), r.nextReport(),
                rs.getLong(first), VisitState.valueOf(rs.getString(first + 1)), Instant.parse(rs.getString(first + 2)),
                rs.getString(first + 3));
    }

    private static Instant instant(String s) {
        return s == null ? null : Instant.parse(s);
    }

    /** What reception typed, read as a CRN prefix, a date of birth or a surname prefix. */
    record Query(Kind kind, String value) {
        enum Kind { CRN, DOB, SURNAME }

        static Query of(String text) {
            String t = text.strip();
            if (t.isEmpty()) {
                return null;
            }
            String upper = t.toUpperCase(java.util.Locale.ROOT);
            if (upper.matches("[A-Z][0-9]{1,6}")) {
                return new Query(Kind.CRN, upper);
            }
            if (t.matches("[0-9][0-9/.\\-]*")) {
                LocalDate d = birthDate(t);
                return d == null ? null : new Query(Kind.DOB, d.toString());
            }
            // "smith, jo" as on the case list: the surname is what comes before the comma.
            int comma = t.indexOf(',');
            String key = NameKey.fold(comma >= 0 ? t.substring(0, comma) : t);
            return key.isEmpty() ? null : new Query(Kind.SURNAME, key);
        }
    }

    /**
     * A date of birth as typed: 14/03/1990, 14-3-90, 14.03.1990, 1990-03-14, 14031990 or 140390.
     * A two-digit year is in the last hundred years. Null if it is not a whole, real date.
     */
    static LocalDate birthDate(String t) {
        try {
            int d;
            int m;
            int y;
            if (t.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
                String[] p = t.split("-");
                y = Integer.parseInt(p[0]);
                m = Integer.parseInt(p[1]);
                d = Integer.parseInt(p[2]);
            } else if (t.matches("\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](\\d{2}|\\d{4})")) {
                String[] p = t.split("[/.\\-]");
                d = Integer.parseInt(p[0]);
                m = Integer.parseInt(p[1]);
                y = Integer.parseInt(p[2]);
                y = p[2].length() == 2 ? century(y) : y;
            } else if (t.matches("\\d{8}")) {
                d = Integer.parseInt(t.substring(0, 2));
                m = Integer.parseInt(t.substring(2, 4));
                y = Integer.parseInt(t.substring(4));
            } else if (t.matches("\\d{6}")) {
                d = Integer.parseInt(t.substring(0, 2));
                m = Integer.parseInt(t.substring(2, 4));
                y = century(Integer.parseInt(t.substring(4)));
            } else {
                return null;
            }
            return LocalDate.of(y, m, d);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** 90 -> 1990, 05 -> 2005: nobody on probation is born in the future. */
    private static int century(int yy) {
        int now = LocalDate.now().getYear() % 100;
        return yy <= now ? 2000 + yy : 1900 + yy;
    }

    // ---- changing -----------------------------------------------------------------------------

    /** Checks a person in as arrived now. Refused if they are already waiting or with an officer. */
    public Outcome checkIn(long caseId) {
        Instant now = now();
        LocalDate day = LocalDate.ofInstant(now, clock.getZone());
        return db.write(h -> {
            Optional<Map<String, Object>> person = h.createQuery("SELECT surname, forename, next_report_date FROM cases"
                    + " WHERE id = :id").bind("id", caseId).mapToMap().findOne();
            if (person.isEmpty()) {
                return new Outcome.Refused(0, "That person is no longer in the database.", null, null);
            }
            String name = name(person.get());
            Optional<Map<String, Object>> open = h.createQuery("SELECT id, state, visit_date, arrived_at, taken_by"
                    + " FROM visit WHERE case_id = :id AND state IN ('WAITING', 'WITH_OFFICER')").bind("id", caseId)
                    .mapToMap().findOne();
            if (open.isPresent()) {
                long id = ((Number) open.get().get("id")).longValue();
                LocalDate since = LocalDate.parse((String) open.get().get("visit_date"));
                String arrived = time(Instant.parse((String) open.get().get("arrived_at")))
                        + (since.isBefore(day) ? " on " + DateInput.format(since) : "");
                String takenBy = (String) open.get().get("taken_by");
                if (!since.isBefore(day) || !"WAITING".equals(open.get().get("state"))) {
                    return new Outcome.Refused(id, name + " is already checked in (arrived " + arrived + ").",
                            takenBy, null);
                }
                // Still waiting from an earlier day: nobody saw them then, and they are here again now.
                h.createUpdate("UPDATE visit SET state = 'LEFT', ended_at = :now, ended_by = :user,"
                                + " version = version + 1 WHERE id = :id")
                        .bind("id", id).bind("now", now.toString()).bind("user", user).execute();
                event(h, id, "LEFT", "still waiting from " + since + " when checked in again", now);
            }
            boolean expected = !LocalDate.parse((String) person.get().get("next_report_date")).isAfter(day);
            long id = h.createUpdate("INSERT INTO visit (case_id, visit_date, arrived_at, expected, checked_in_by, state)"
                            + " VALUES (:case, :day, :now, :expected, :user, 'WAITING')")
                    .bind("case", caseId).bind("day", day.toString()).bind("now", now.toString())
                    .bind("expected", expected ? 1 : 0).bind("user", user)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            event(h, id, "CHECK_IN", expected ? null : "walk-in", now);
            return new Outcome.Done(id, "Checked in " + name + " at " + time(now) + (expected ? "." : " (not due today)."));
        });
    }

    /**
     * Takes a waiting person: exactly one officer gets them, however many press at once. Taking
     * someone you already have is allowed (a second session of yours).
     */
    public Outcome take(long visitId) {
        Instant now = now();
        return db.write(h -> {
            Optional<Map<String, Object>> v = visit(h, visitId);
            if (v.isEmpty()) {
                return new Outcome.Refused(visitId, "That visit is no longer in the database.", null, null);
            }
            String state = (String) v.get().get("state");
            String by = (String) v.get().get("taken_by");
            String name = name(v.get());
            if (state.equals("WITH_OFFICER") && user.equals(by)) {
                return new Outcome.Done(visitId, "You already have " + name + ".");
            }
            if (!state.equals("WAITING")) {
                return refusedFor(h, visitId, name, state, by, (String) v.get().get("taken_at"));
            }
            h.createUpdate("UPDATE visit SET state = 'WITH_OFFICER', taken_by = :user, taken_at = :now,"
                            + " version = version + 1 WHERE id = :id AND state = 'WAITING'")
                    .bind("id", visitId).bind("user", user).bind("now", now.toString()).execute();
            event(h, visitId, "TAKE", null, now);
            return new Outcome.Done(visitId, "You have " + name + ".");
        });
    }

    /**
     * Puts a person back in the queue at their original place. Only the officer who has them may,
     * or a supervisor ({@code anyone}).
     */
    public Outcome release(long visitId, boolean anyone) {
        Instant now = now();
        return db.write(h -> {
            Optional<Map<String, Object>> v = visit(h, visitId);
            if (v.isEmpty()) {
                return new Outcome.Refused(visitId, "That visit is no longer in the database.", null, null);
            }
            String state = (String) v.get().get("state");
            String by = (String) v.get().get("taken_by");
            String name = name(v.get());
            if (!state.equals("WITH_OFFICER")) {
                return new Outcome.Refused(visitId, name + " is not with an officer (" + VisitState.valueOf(state).label()
                        + ").", by, null);
            }
            if (!user.equals(by) && !anyone) {
                return new Outcome.Refused(visitId, name + " is with " + nameOf(h, by) + "; only they or the SPO can"
                        + " put them back.", by, instant((String) v.get().get("taken_at")));
            }
            h.createUpdate("UPDATE visit SET state = 'WAITING', taken_by = NULL, taken_at = NULL,"
                    + " version = version + 1 WHERE id = :id").bind("id", visitId).execute();
            event(h, visitId, "RELEASE", user.equals(by) ? null : "was with " + by, now);
            return new Outcome.Done(visitId, name + " is back in the queue.");
        });
    }

    /** Reception: the person left without being seen (only while waiting). */
    public Outcome left(long visitId) {
        Instant now = now();
        return db.write(h -> {
            Optional<Map<String, Object>> v = visit(h, visitId);
            if (v.isEmpty()) {
                return new Outcome.Refused(visitId, "That visit is no longer in the database.", null, null);
            }
            String state = (String) v.get().get("state");
            String name = name(v.get());
            if (!state.equals("WAITING")) {
                return refusedFor(h, visitId, name, state, (String) v.get().get("taken_by"),
                        (String) v.get().get("taken_at"));
            }
            h.createUpdate("UPDATE visit SET state = 'LEFT', ended_at = :now, ended_by = :user, version = version + 1"
                    + " WHERE id = :id").bind("id", visitId).bind("now", now.toString()).bind("user", user).execute();
            event(h, visitId, "LEFT", null, now);
            return new Outcome.Done(visitId, name + " left without being seen at " + time(now) + ".");
        });
    }

    /**
     * Reception's undo: a check-in made by mistake is withdrawn (kept as undone), and a "left
     * without being seen" is put back to waiting. Anything an officer has started is left alone.
     */
    public Outcome undo(long visitId) {
        Instant now = now();
        return db.write(h -> {
            Optional<Map<String, Object>> v = visit(h, visitId);
            if (v.isEmpty()) {
                return new Outcome.Refused(visitId, "That visit is no longer in the database.", null, null);
            }
            String state = (String) v.get().get("state");
            String name = name(v.get());
            if (state.equals("WAITING")) {
                h.createUpdate("UPDATE visit SET state = 'CANCELLED', ended_at = :now, ended_by = :user,"
                        + " version = version + 1 WHERE id = :id").bind("id", visitId).bind("now", now.toString())
                        .bind("user", user).execute();
                event(h, visitId, "UNDO", "check-in", now);
                return new Outcome.Done(visitId, "Check-in of " + name + " undone.");
            }
            if (state.equals("LEFT")) {
                long caseId = ((Number) v.get().get("case_id")).longValue();
                boolean reopened = h.createQuery("SELECT count(*) FROM visit WHERE case_id = :c"
                                + " AND state IN ('WAITING', 'WITH_OFFICER')")
                        .bind("c", caseId).mapTo(Integer.class).one() > 0;
                if (reopened) {
                    return new Outcome.Refused(visitId, name + " has been checked in again since.", null, null);
                }
                h.createUpdate("UPDATE visit SET state = 'WAITING', ended_at = NULL, ended_by = NULL,"
                        + " version = version + 1 WHERE id = :id").bind("id", visitId).execute();
                event(h, visitId, "UNDO", "left", now);
                return new Outcome.Done(visitId, name + " is waiting again.");
            }
            return refusedFor(h, visitId, name, state, (String) v.get().get("taken_by"),
                    (String) v.get().get("taken_at"));
        });
    }

    /**
     * Called in the transaction that saves a new contact: if the contact is an appointment on
     * the day of the person's open visit, that visit is seen (by the officer who has them, or by
     * whoever logged it if they were still waiting).
     */
    public static void contactSaved(Handle h, long caseId, long contactId, String typeCode, LocalDate date,
                                    String user, Instant now) {
        List<Long> ids = h.createQuery("SELECT v.id FROM visit v WHERE v.case_id = :case AND v.visit_date = :date"
                        + " AND (v.state = 'WAITING' OR (v.state = 'WITH_OFFICER' AND v.taken_by = :user))"
                        + " AND EXISTS (SELECT 1 FROM contact_type t WHERE t.code = :type AND t.appointment = 1)")
                .bind("case", caseId).bind("date", date.toString()).bind("user", user).bind("type", typeCode)
                .mapTo(Long.class).list();
        for (long id : ids) {
            h.createUpdate("UPDATE visit SET state = 'SEEN', taken_by = coalesce(taken_by, :user),"
                            + " taken_at = coalesce(taken_at, :now), contact_id = :contact, ended_at = :now,"
                            + " ended_by = :user, version = version + 1 WHERE id = :id")
                    .bind("id", id).bind("user", user).bind("now", now.toString()).bind("contact", contactId).execute();
            h.createUpdate("INSERT INTO visit_event (visit_id, at, by_user, action, detail)"
                            + " VALUES (:id, :now, :user, 'SEEN', :detail)")
                    .bind("id", id).bind("now", now.toString()).bind("user", user)
                    .bind("detail", typeCode + " contact " + contactId).execute();
        }
    }

    private Outcome refusedFor(Handle h, long visitId, String name, String state, String by, String at) {
        switch (VisitState.valueOf(state)) {
            case WITH_OFFICER:
                return new Outcome.Refused(visitId, nameOf(h, by) + " took " + name + " at " + time(Instant.parse(at))
                        + ".", by, Instant.parse(at));
            case SEEN:
                return new Outcome.Refused(visitId, name + " has been seen" + (by == null ? "" : " by " + nameOf(h, by))
                        + ".", by, null);
            case LEFT:
                return new Outcome.Refused(visitId, name + " left without being seen.", null, null);
            default:
                return new Outcome.Refused(visitId, "The check-in of " + name + " was undone.", null, null);
        }
    }

    private static Optional<Map<String, Object>> visit(Handle h, long id) {
        return h.createQuery("SELECT v.case_id, v.state, v.taken_by, v.taken_at, c.surname, c.forename FROM visit v"
                + " JOIN cases c ON c.id = v.case_id WHERE v.id = :id").bind("id", id).mapToMap().findOne();
    }

    private static String nameOf(Handle h, String login) {
        if (login == null) {
            return "someone";
        }
        return h.createQuery("SELECT name FROM app_user WHERE os_user = :u").bind("u", login).mapTo(String.class)
                .findOne().orElse(login);
    }

    private void event(Handle h, long visitId, String action, String detail, Instant now) {
        h.createUpdate("INSERT INTO visit_event (visit_id, at, by_user, action, detail)"
                        + " VALUES (:id, :now, :user, :action, :detail)")
                .bind("id", visitId).bind("now", now.toString()).bind("user", user).bind("action", action)
                .bind("detail", detail).execute();
    }

    private static String name(Map<String, Object> row) {
        return CaseFormat.name((String) row.get("surname"), (String) row.get("forename"));
    }

    private String time(Instant t) {
        return DateInput.format(LocalTime.ofInstant(t, clock.getZone()).truncatedTo(ChronoUnit.MINUTES));
    }
}
