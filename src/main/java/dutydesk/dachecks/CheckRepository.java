package dutydesk.dachecks;

import dutydesk.cases.CaseFormat;
import dutydesk.cases.DateInput;
import dutydesk.db.Database;
import dutydesk.tui.NotAllowed;
import dutydesk.db.DbException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The checks panel's data: one case's checks evaluated afresh, and recording what the duty
 * officer did about them. Every record is written in one {@code BEGIN IMMEDIATE} transaction
 * with the case's stored evaluation, as the OS user.
 */
public final class CheckRepository {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Database db;
    private final Clock clock;
    private final String user;
    private final String refusal;

    public CheckRepository(Database db, Clock clock, String user) {
        this(db, clock, user, null);
    }

    /** {@code refusal}: why this user may only read checks (null: they may record them). */
    public CheckRepository(Database db, Clock clock, String user, String refusal) {
        this.db = db;
        this.clock = clock;
        this.user = user;
        this.refusal = refusal;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Who the case is, and its checks as of today; empty if the case is gone. */
    public Optional<Panel> panel(long caseId) {
        LocalDate today = today();
        return db.query(c -> {
            Panel.Person person = person(c, caseId);
            if (person == null) {
                return Optional.empty();
            }
            CheckFacts facts = CheckStore.facts(c, caseId);
            Evaluation e = CheckStore.engine(c).evaluate(facts, today);
            return Optional.of(new Panel(person, e, today));
        });
    }

    private static Panel.Person person(Connection c, long caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT crn, surname, forename, rosh, da_flag, cp_flag,"
                + " mappa_level FROM cases WHERE id = ?")) {
            ps.setLong(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Panel.Person(caseId, rs.getString(1), CaseFormat.name(rs.getString(2), rs.getString(3)),
                        rs.getString(4), rs.getInt(5) == 1, rs.getInt(6) == 1, rs.getInt(7));
            }
        }
    }

    /**
     * What the officer recorded: the action, for which check, on which date, the option picked
     * (a {@link CheckAction.Choice} code, or null), the DA incidents the police reported (or
     * null) and the one-line text.
     */
    public record Entry(long caseId, CheckAction action, CheckKind check, LocalDate date, String choice,
                        Integer incidents, String text) {
    }

    /**
     * Writes the entry as its contact (or Duty Desk record), re-evaluates the case's checks in
     * the same transaction, and returns a sentence saying what was recorded. A flag to the SPO is
     * also an open item on the SPO's referral list.
     */
    public String record(Entry e) {
        if (refusal != null) {
            throw new NotAllowed(refusal);
        }
        String now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        String time = LocalTime.now(clock).format(HH_MM);
        CheckAction a = e.action();
        String text = e.text() == null ? "" : e.text().strip();
        return db.write(h -> {
            Connection c = h.getConnection();
            String team = string(c, "SELECT team_code FROM cases WHERE id = ?", e.caseId());
            if (team == null) {
                // A DbException passes through the write unchanged: the status line says just this.
                throw new DbException(DbException.Kind.OTHER, "This case is no longer in the database.", null);
            }
            String said;
            if (a.contact() == null) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO check_record (case_id, kind, done_date,"
                        + " level, note, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, e.caseId());
                    ps.setString(2, a.check().code());
                    ps.setString(3, e.date().toString());
                    ps.setString(4, e.choice());
                    ps.setString(5, text.isEmpty() ? null : text);
                    ps.setString(6, user);
                    ps.setString(7, now);
                    ps.executeUpdate();
                }
                said = "Recorded " + a.label() + " on " + DateInput.format(e.date()) + ".";
            } else {
                CheckKind about = a == CheckAction.FLAG_SPO ? e.check() : a.check();
                String description = description(a, e);
                String outcome = a == CheckAction.SAFEGUARDING_RESPONSE ? e.choice() : null;
                long contactId;
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO contact (case_id, type_code, contact_date,"
                        + " start_time, staff_code, team_code, description, notes, outcome_code, sensitive, alert,"
                        + " check_kind, da_incidents, source, created_by, created_at, updated_by, updated_at)"
                        + " VALUES (?, ?, ?, ?, (SELECT staff_code FROM app_user WHERE os_user = ? AND active = 1),"
                        + " ?, ?, ?, ?, ?, ?, ?, ?, 'DESK', ?, ?, ?, ?)")) {
                    ps.setLong(1, e.caseId());
                    ps.setString(2, a.contact());
                    ps.setString(3, e.date().toString());
                    ps.setString(4, e.date().equals(today()) ? time : null);
                    ps.setString(5, user);
                    ps.setString(6, team);
                    ps.setString(7, description);
                    ps.setString(8, text.isEmpty() ? null : text);
                    ps.setString(9, outcome);
                    // Police and children's-services responses carry third-party information.
                    ps.setInt(10, a == CheckAction.POLICE_RESPONSE || a == CheckAction.SAFEGUARDING_RESPONSE ? 1 : 0);
                    ps.setInt(11, a == CheckAction.FLAG_SPO ? 1 : 0);
                    ps.setString(12, about == null ? null : about.code());
                    if (e.incidents() == null) {
                        ps.setNull(13, java.sql.Types.INTEGER);
                    } else {
                        ps.setInt(13, e.incidents());
                    }
                    ps.setString(14, user);
                    ps.setString(15, now);
                    ps.setString(16, user);
                    ps.setString(17, now);
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    contactId = rs.getLong(1);
                }
                if (a == CheckAction.FLAG_SPO) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO spo_referral (case_id, contact_id,"
                            + " kind, reason, created_by, created_at) VALUES (?, ?, 'ALERT', ?, ?, ?)")) {
                        ps.setLong(1, e.caseId());
                        ps.setLong(2, contactId);
                        ps.setString(3, (e.check() == null ? "" : e.check().label() + ": ") + text);
                        ps.setString(4, user);
                        ps.setString(5, now);
                        ps.executeUpdate();
                    }
                }
                said = "Recorded " + a.contact() + " " + a.label()
                        + (a == CheckAction.FLAG_SPO ? " (alert raised)" : "") + " on " + DateInput.format(e.date())
                        + ".";
            }
            CheckStore.refresh(c, List.of(e.caseId()), today());
            return said;
        });
    }

    /** The contact's description: the action, and the option picked where there is one. */
    static String description(CheckAction a, Entry e) {
        String base = a == CheckAction.FLAG_SPO && e.check() != null ? "Flag to SPO: " + e.check().label() : a.label();
        if (a == CheckAction.POLICE_REQUEST && e.choice() != null) {
            return base + ": " + e.choice();
        }
        if (a == CheckAction.POLICE_RESPONSE && e.incidents() != null) {
            return base + ": " + e.incidents() + " DA incident" + (e.incidents() == 1 ? "" : "s") + " in 12 months";
        }
        return base;
    }

    private static String string(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
