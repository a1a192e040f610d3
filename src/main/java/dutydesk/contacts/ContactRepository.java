package dutydesk.contacts;

import dutydesk.cases.DateInput;
import dutydesk.compliance.Answer;
import dutydesk.compliance.Circumstance;
import dutydesk.calendar.WorkingDays;
import dutydesk.cases.CaseDetail;
import dutydesk.cases.CaseRepository;
import dutydesk.dachecks.CheckStore;
import dutydesk.cases.ContactEntry;
import dutydesk.compliance.Codes;
import dutydesk.compliance.ContactType;
import dutydesk.compliance.EnforcementAction;
import dutydesk.compliance.Outcome;
import dutydesk.db.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Stores contacts logged at the desk, their corrections (each earlier version kept), their
 * change-of-circumstance answers, and the user's drafts. Every write is one {@code BEGIN
 * IMMEDIATE} transaction that also keeps the case's next reporting date and list markers current.
 * Runs on the command thread only.
 */
public final class ContactRepository {

    private final Database db;
    private final Clock clock;
    private final String user;
    private final CaseRepository cases;
    private final AfterSave afterSave;
    private Codes codes;
    private WorkingDays days;

    /**
     * Other features' work that belongs in the same transaction as a new contact (the queue marks
     * the person's visit seen). It runs after the contact and its answers are written.
     */
    @FunctionalInterface
    public interface AfterSave {
        AfterSave NONE = (h, caseId, contactId, type, date, user, at) -> { };

        void saved(Handle h, long caseId, long contactId, String typeCode, LocalDate date, String user, Instant at);
    }

    public ContactRepository(Database db, Clock clock, String user, CaseRepository cases) {
        this(db, clock, user, cases, AfterSave.NONE);
    }

    public ContactRepository(Database db, Clock clock, String user, CaseRepository cases, AfterSave afterSave) {
        this.db = db;
        this.clock = clock;
        this.user = user;
        this.cases = cases;
        this.afterSave = afterSave;
    }

    public String user() {
        return user;
    }

    /** The local date and time now (what the form defaults to). */
    public LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
    }

    /** A record's timestamp: UTC, to the second, as every table stores it. */
    private String stamp() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A stored timestamp in local time. */
    private LocalDateTime local(String stamp) {
        return LocalDateTime.ofInstant(Instant.parse(stamp), clock.getZone());
    }

    // ---- reference data ---------------------------------------------------------------------

    /** The code lists (loaded once). */
    public synchronized Codes codes() {
        if (codes == null) {
            codes = db.read(h -> {
                List<ContactType> types = h.createQuery("SELECT code, description, category, appointment,"
                                + " national_standard, location_required FROM contact_type ORDER BY rowid")
                        .map((rs, ctx) -> new ContactType(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getInt(4) == 1, rs.getInt(5) == 1, rs.getInt(6) == 1))
                        .list();
                List<Outcome> outcomes = h.createQuery("SELECT code, description, attended, compliant_acceptable,"
                                + " enforceable, action_required, counts_as_ftc, allowed_in_future"
                                + " FROM contact_outcome ORDER BY rowid")
                        .map((rs, ctx) -> new Outcome(rs.getString(1), rs.getString(2), flag(rs, 3), flag(rs, 4),
                                rs.getInt(5) == 1, rs.getInt(6) == 1, rs.getInt(7) == 1, rs.getInt(8) == 1))
                        .list();
                List<EnforcementAction> actions = h.createQuery("SELECT code, description, kind"
                                + " FROM enforcement_action ORDER BY rowid")
                        .map((rs, ctx) -> new EnforcementAction(rs.getString(1), rs.getString(2),
                                EnforcementAction.Kind.valueOf(rs.getString(3))))
                        .list();
                Map<String, List<String>> byType = new LinkedHashMap<>();
                h.createQuery("SELECT x.type_code, x.outcome_code FROM contact_type_outcome x"
                                + " JOIN contact_outcome o ON o.code = x.outcome_code ORDER BY x.type_code, o.rowid")
                        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                        .forEach(p -> byType.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]));
                Map<String, List<String>> byOutcome = new LinkedHashMap<>();
                h.createQuery("SELECT outcome_code, action_code FROM outcome_enforcement ORDER BY outcome_code, position")
                        .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                        .forEach(p -> byOutcome.computeIfAbsent(p[0], k -> new ArrayList<>()).add(p[1]));
                return new Codes(types, outcomes, actions, byType, byOutcome);
            });
        }
        return codes;
    }

    /** Working days: weekends and the bank holidays in the database (loaded once). */
    public synchronized WorkingDays workingDays() {
        if (days == null) {
            days = db.query(CheckStore::workingDays);
        }
        return days;
    }

    private static Boolean flag(ResultSet rs, int col) throws SQLException {
        int v = rs.getInt(col);
        return rs.wasNull() ? null : v == 1;
    }

    // ---- the form ---------------------------------------------------------------------------

    /**
     * Everything the form needs for a new contact ({@code contactId} 0) or a correction, with
     * this user's draft for it; empty if the case (or the contact) is gone.
     */
    public Optional<FormContext> context(long caseId, long contactId) {
        Optional<CaseDetail> detail = cases.detail(caseId);
        if (detail.isEmpty()) {
            return Optional.empty();
        }
        ContactEntry correcting = null;
        Map<Circumstance, Answer> answers = Map.of();
        if (contactId != 0) {
            for (ContactEntry e : detail.get().contacts()) {
                if (e.id() == contactId) {
                    correcting = e;
                }
            }
            if (correcting == null) {
                return Optional.empty();
            }
            answers = answers(contactId, correcting.version());
        }
        return Optional.of(new FormContext(detail.get(), codes(), workingDays(),
                cases.intSetting("enforcement.response_days", 7), cases.intSetting("compliance.live_breach_months", 12),
                cases.officeName(), correcting, answers,
                draft(caseId, contactId).orElse(null)));
    }

    /** The answers recorded with one version of a contact. */
    public Map<Circumstance, Answer> answers(long contactId, int version) {
        return db.read(h -> CaseRepository.answers(h, contactId, version));
    }

    // ---- saving -----------------------------------------------------------------------------

    /**
     * Stores a new contact, or a correction of one (the version it replaces is kept). In the same
     * transaction: the answers, a referral to the SPO where one is due, the case's next reporting
     * date, its list markers, and the removal of the user's draft.
     */
    public SaveResult save(NewContact c) {
        String now = stamp();
        return db.write(h -> {
            boolean caseExists = h.createQuery("SELECT count(*) FROM cases WHERE id = :id")
                    .bind("id", c.caseId()).mapTo(Integer.class).one() == 1;
            if (!caseExists) {
                return new SaveResult.Gone("The case is no longer in the database.");
            }
            long id;
            int version;
            if (c.contactId() == 0) {
                id = h.createUpdate("INSERT INTO contact (case_id, type_code, contact_date, start_time, location,"
                                + " staff_code, notes, outcome_code, sensitive, alert, enforcement_code,"
                                + " enforcement_response_by, next_report_date, source, version, created_by, created_at)"
                                + " VALUES (:case, :type, :date, :time, :location, :staff, :notes, :outcome, :sensitive,"
                                + " :alert, :enforcement, :respond, :next, 'DESK', 1, :user, :now)")
                        .bind("case", c.caseId())
                        .bind("staff", staffCode(h))
                        .bind("user", user)
                        .bind("now", now)
                        .bindMap(values(c))
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                version = 1;
            } else {
                Optional<Map<String, Object>> current = h.createQuery("SELECT version, coalesce(updated_by, created_by)"
                                + " AS who, coalesce(updated_at, created_at) AS at FROM contact"
                                + " WHERE id = :id AND case_id = :case")
                        .bind("id", c.contactId()).bind("case", c.caseId()).mapToMap().findOne();
                if (current.isEmpty()) {
                    return new SaveResult.Gone("The contact is no longer in the database.");
                }
                int stored = ((Number) current.get().get("version")).intValue();
                if (stored != c.expectedVersion()) {
                    return new SaveResult.Conflict(String.valueOf(current.get().get("who")),
                            String.valueOf(current.get().get("at")), stored);
                }
                h.createUpdate("INSERT INTO contact_version (contact_id, version, type_code, contact_date, start_time,"
                                + " location, staff_code, notes, outcome_code, sensitive, alert, enforcement_code,"
                                + " enforcement_response_by, next_report_date, recorded_by, recorded_at, superseded_by,"
                                + " superseded_at, reason)"
                                + " SELECT id, version, type_code, contact_date, start_time, location, staff_code, notes,"
                                + " outcome_code, sensitive, alert, enforcement_code, enforcement_response_by,"
                                + " next_report_date, coalesce(updated_by, created_by), coalesce(updated_at, created_at),"
                                + " :user, :now, :reason FROM contact WHERE id = :id")
                        .bind("id", c.contactId()).bind("user", user).bind("now", now)
                        .bind("reason", c.reason() == null ? "" : c.reason())
                        .execute();
                version = stored + 1;
                h.createUpdate("UPDATE contact SET type_code = :type, contact_date = :date, start_time = :time,"
                                + " location = coalesce(:location, location), notes = :notes, outcome_code = :outcome,"
                                + " sensitive = :sensitive, alert = :alert, enforcement_code = :enforcement,"
                                + " enforcement_response_by = :respond, next_report_date = :next, version = :version,"
                                + " updated_by = :user, updated_at = :now WHERE id = :id")
                        .bind("id", c.contactId()).bind("version", version).bind("user", user).bind("now", now)
                        .bindMap(values(c))
                        .execute();
                id = c.contactId();
            }
            for (Map.Entry<Circumstance, Answer> a : c.answers().entrySet()) {
                h.createUpdate("INSERT INTO contact_circumstance (contact_id, version, question, changed, detail)"
                                + " VALUES (:id, :v, :q, :changed, :detail)")
                        .bind("id", id).bind("v", version).bind("q", a.getKey().name())
                        .bind("changed", a.getValue().yes() ? 1 : 0)
                        .bind("detail", a.getValue().yes() ? a.getValue().detail() : null)
                        .execute();
            }
            boolean referred = false;
            if (c.referToSpo() && !openReferral(h, id, "ENFORCEMENT")) {
                refer(h, c.caseId(), id, "ENFORCEMENT", c.enforcement() + " Refer to Offender Manager after "
                        + c.outcome() + " on " + DateInput.format(c.date()) + " (case unallocated)", now);
                referred = true;
            }
            if (c.alert() && !openReferral(h, id, "ALERT")) {
                refer(h, c.caseId(), id, "ALERT", "Alert raised with the " + c.type() + " contact on "
                        + DateInput.format(c.date()), now);
                referred = true;
            }
            h.createUpdate("UPDATE cases SET next_report_date = :next, updated_at = :now, updated_by = :user"
                            + " WHERE id = :case")
                    .bind("next", c.next().toString()).bind("now", now).bind("user", user).bind("case", c.caseId())
                    .execute();
            CaseRepository.refreshDerived(h, List.of(c.caseId()));
            CheckStore.refresh(h.getConnection(), List.of(c.caseId()), LocalDate.now(clock));
            if (c.contactId() == 0) {
                afterSave.saved(h, c.caseId(), id, c.type(), c.date(), user, Instant.parse(now));
            }
            deleteDraft(h, c.caseId(), c.contactId());
            return new SaveResult.Saved(id, version, c.type(), c.outcome(), c.next(), referred || c.referToSpo());
        });
    }

    private static Map<String, Object> values(NewContact c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", c.type());
        m.put("date", c.date().toString());
        m.put("time", DateInput.format(c.time()));
        m.put("location", c.location());
        m.put("notes", c.notes());
        m.put("outcome", c.outcome());
        m.put("sensitive", c.sensitive() ? 1 : 0);
        m.put("alert", c.alert() ? 1 : 0);
        m.put("enforcement", c.enforcement());
        m.put("respond", c.respondBy() == null ? null : c.respondBy().toString());
        m.put("next", c.next().toString());
        return m;
    }

    private String staffCode(Handle h) {
        return h.createQuery("SELECT staff_code FROM app_user WHERE os_user = :u AND active = 1")
                .bind("u", user).mapTo(String.class).findOne().orElse(null);
    }

    private static boolean openReferral(Handle h, long contactId, String kind) {
        return h.createQuery("SELECT count(*) FROM spo_referral WHERE contact_id = :id AND kind = :k"
                        + " AND closed_at IS NULL")
                .bind("id", contactId).bind("k", kind).mapTo(Integer.class).one() > 0;
    }

    private void refer(Handle h, long caseId, long contactId, String kind, String reason, String now) {
        h.createUpdate("INSERT INTO spo_referral (case_id, contact_id, kind, reason, created_by, created_at)"
                        + " VALUES (:case, :contact, :kind, :reason, :user, :now)")
                .bind("case", caseId).bind("contact", contactId).bind("kind", kind).bind("reason", reason)
                .bind("user", user).bind("now", now)
                .execute();
    }

    // ---- drafts -----------------------------------------------------------------------------

    /** Keeps (or replaces) this user's draft of a form. */
    public void saveDraft(long caseId, long contactId, ContactValues v) {
        String now = stamp();
        db.write(h -> h.createUpdate("INSERT INTO contact_draft (os_user, case_id, contact_id, body, started_at, saved_at)"
                        + " VALUES (:u, :case, :contact, :body, :now, :now)"
                        + " ON CONFLICT (os_user, case_id, contact_id) DO UPDATE SET body = excluded.body,"
                        + " saved_at = excluded.saved_at")
                .bind("u", user).bind("case", caseId).bind("contact", contactId)
                .bind("body", DraftCodec.encode(v)).bind("now", now)
                .execute());
    }

    public void deleteDraft(long caseId, long contactId) {
        db.write(h -> deleteDraft(h, caseId, contactId));
    }

    private int deleteDraft(Handle h, long caseId, long contactId) {
        return h.createUpdate("DELETE FROM contact_draft WHERE os_user = :u AND case_id = :case AND contact_id = :contact")
                .bind("u", user).bind("case", caseId).bind("contact", contactId)
                .execute();
    }

    /** This user's draft of a form, if there is one. */
    public Optional<Draft> draft(long caseId, long contactId) {
        return db.read(h -> h.createQuery("SELECT body, started_at, saved_at FROM contact_draft"
                        + " WHERE os_user = :u AND case_id = :case AND contact_id = :contact")
                .bind("u", user).bind("case", caseId).bind("contact", contactId)
                .map((rs, ctx) -> new Draft(user, caseId, contactId, DraftCodec.decode(rs.getString(1)),
                        local(rs.getString(2)), local(rs.getString(3))))
                .findOne());
    }

    /** All of this user's drafts, oldest first. */
    public List<DraftSummary> drafts() {
        return db.read(h -> h.createQuery("SELECT d.case_id, d.contact_id, c.crn, c.surname, c.forename, d.body,"
                        + " d.started_at, d.saved_at FROM contact_draft d JOIN cases c ON c.id = d.case_id"
                        + " WHERE d.os_user = :u ORDER BY d.started_at")
                .bind("u", user)
                .map((rs, ctx) -> {
                    ContactValues v = DraftCodec.decode(rs.getString(6));
                    return new DraftSummary(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            dutydesk.cases.CaseFormat.name(rs.getString(4), rs.getString(5)), v.type(), v.outcome(),
                            v.notes().length(), local(rs.getString(7)), local(rs.getString(8)));
                })
                .list());
    }

    /** Whether this user has any drafts (a cheap check at start-up). */
    public boolean hasDrafts() {
        return db.query(c -> {
            try (var ps = c.prepareStatement("SELECT 1 FROM contact_draft WHERE os_user = ? LIMIT 1")) {
                ps.setString(1, user);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }
}
