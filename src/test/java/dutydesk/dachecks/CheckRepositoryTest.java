package dutydesk.dachecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.db.Database;
import dutydesk.db.DbException;
import dutydesk.testing.TestDb;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Recording from the checks panel on the demo database with the real migrations: each action
 * writes its contact (or Duty Desk record) as the OS user, and the case's stored evaluation moves
 * with it in the same transaction.
 */
class CheckRepositoryTest {

    /** Yesterday: a date in the past, recorded with no time. */
    static final LocalDate YESTERDAY = TestDb.TODAY.minusDays(1);

    @TempDir
    Path dir;
    Database db;
    CheckRepository repo;
    /** The first DA case by id (every check can be recorded for it). */
    long caseId;

    @BeforeEach
    void open() {
        db = TestDb.demo(dir);
        repo = new CheckRepository(db, TestDb.CLOCK, TestDb.USER);
        caseId = firstCase("SELECT min(id) FROM cases WHERE da_flag = 1");
    }

    @AfterEach
    void close() {
        db.close();
    }

    long firstCase(String sql) {
        return db.read(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    int count(String sql) {
        return db.read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    Map<String, Object> one(String sql, Object id) {
        return db.read(h -> h.createQuery(sql).bind("id", id).mapToMap().one());
    }

    /** What an officer would typically enter for the action: its first option, 4 incidents, some text. */
    static CheckRepository.Entry entry(long caseId, CheckAction a, CheckKind check, LocalDate date) {
        String choice = a.choices().isEmpty() ? null : a.choices().get(0).code();
        return new CheckRepository.Entry(caseId, a, check, date, choice, a.asksIncidents() ? 4 : null,
                "  Text for " + a.name() + "  ");
    }

    long lastContact() {
        return firstCase("SELECT max(id) FROM contact");
    }

    @ParameterizedTest
    @EnumSource(CheckAction.class)
    void eachActionWritesItsContactOrRecordAsTheUser(CheckAction a) {
        CheckKind check = a.check() == null ? CheckKind.SARA : a.check();
        long contactsBefore = lastContact();
        int recordsBefore = count("SELECT count(*) FROM check_record");
        int referralsBefore = count("SELECT count(*) FROM spo_referral");
        String said = repo.record(entry(caseId, a, check, TestDb.TODAY));
        String text = "Text for " + a.name();

        if (a.contact() == null) {
            assertEquals(contactsBefore, lastContact(), "no contact for a fact kept in Duty Desk");
            assertEquals(recordsBefore + 1, count("SELECT count(*) FROM check_record"));
            Map<String, Object> r = one("SELECT * FROM check_record WHERE id = (SELECT max(id) FROM check_record)"
                    + " AND case_id = :id", caseId);
            assertEquals(check.code(), r.get("kind"));
            assertEquals("2026-11-23", r.get("done_date"));
            assertEquals(a == CheckAction.SARA_SEEN ? "LOW" : null, r.get("level"));
            assertEquals(text, r.get("note"), "stripped");
            assertEquals(TestDb.USER, r.get("recorded_by"));
            assertEquals("2026-11-23T10:00:00Z", r.get("recorded_at"));
            assertEquals("Recorded " + a.label() + " on 23/11/2026.", said);
            return;
        }
        assertEquals(recordsBefore, count("SELECT count(*) FROM check_record"));
        long id = lastContact();
        assertEquals(contactsBefore + 1, id, "one contact written");
        Map<String, Object> c = one("SELECT * FROM contact WHERE id = :id", id);
        assertEquals(caseId, ((Number) c.get("case_id")).longValue());
        assertEquals(a.contact(), c.get("type_code"));
        assertEquals(check.code(), c.get("check_kind"));
        assertEquals("2026-11-23", c.get("contact_date"));
        assertEquals("10:00", c.get("start_time"), "today's record has the time it was made");
        assertEquals(text, c.get("notes"));
        assertEquals(a == CheckAction.SAFEGUARDING_RESPONSE ? "SFG1" : null, c.get("outcome_code"));
        assertEquals(a == CheckAction.POLICE_RESPONSE ? 4 : null,
                c.get("da_incidents") == null ? null : ((Number) c.get("da_incidents")).intValue());
        boolean thirdParty = a == CheckAction.POLICE_RESPONSE || a == CheckAction.SAFEGUARDING_RESPONSE;
        assertEquals(thirdParty ? 1 : 0, ((Number) c.get("sensitive")).intValue());
        assertEquals(a == CheckAction.FLAG_SPO ? 1 : 0, ((Number) c.get("alert")).intValue());
        assertEquals("DESK", c.get("source"));
        assertEquals(TestDb.USER, c.get("created_by"));
        assertEquals("2026-11-23T10:00:00Z", c.get("created_at"));
        assertEquals(1, ((Number) c.get("version")).intValue());
        assertEquals(one("SELECT team_code FROM cases WHERE id = :id", caseId).get("team_code"), c.get("team_code"));
        String description = (String) c.get("description");
        assertTrue(description.startsWith(a == CheckAction.FLAG_SPO ? "Flag to SPO: " + check.label() : a.label()),
                description);
        if (a == CheckAction.POLICE_RESPONSE) {
            assertEquals("Police response received: 4 DA incidents in 12 months", description);
        }
        if (a == CheckAction.POLICE_REQUEST) {
            assertEquals("Police request sent: Domestic abuse", description);
        }
        assertTrue(said.startsWith("Recorded " + a.contact() + " " + a.label()), said);
        assertTrue(said.endsWith(" on 23/11/2026."), said);

        if (a == CheckAction.FLAG_SPO) {
            assertEquals(referralsBefore + 1, count("SELECT count(*) FROM spo_referral"));
            Map<String, Object> r = one("SELECT * FROM spo_referral WHERE contact_id = :id", id);
            assertEquals("ALERT", r.get("kind"));
            assertEquals(caseId, ((Number) r.get("case_id")).longValue());
            assertEquals(check.label() + ": " + text, r.get("reason"));
            assertEquals(TestDb.USER, r.get("created_by"));
            assertNull(r.get("closed_at"), "open on the SPO's list");
            assertTrue(said.contains("(alert raised)"), said);
        } else {
            assertEquals(referralsBefore, count("SELECT count(*) FROM spo_referral"), "only a flag reaches the SPO");
        }
    }

    @Test
    void theSecondSafeguardingOutcomeAndAPastDateAreRecordedAsGiven() {
        repo.record(new CheckRepository.Entry(caseId, CheckAction.SAFEGUARDING_RESPONSE, CheckKind.SAFEGUARDING,
                YESTERDAY, "SFG2", null, "Not known"));
        Map<String, Object> c = one("SELECT * FROM contact WHERE id = :id", lastContact());
        assertEquals("SFRR", c.get("type_code"));
        assertEquals("SFG2", c.get("outcome_code"));
        assertEquals("2026-11-22", c.get("contact_date"));
        assertNull(c.get("start_time"), "an earlier day's record has no time");
    }

    @Test
    void aPoliceResponseWithNoIncidentsStoresZero() {
        repo.record(new CheckRepository.Entry(caseId, CheckAction.POLICE_RESPONSE, CheckKind.POLICE_DA,
                TestDb.TODAY, null, 0, "Nothing known"));
        Map<String, Object> c = one("SELECT * FROM contact WHERE id = :id", lastContact());
        assertEquals(0, ((Number) c.get("da_incidents")).intValue(), "0 is a fact, not unknown");
        assertEquals("Police response received: 0 DA incidents in 12 months", c.get("description"));
    }

    @Test
    void aFlagNamesTheCheckItIsAbout() {
        repo.record(new CheckRepository.Entry(caseId, CheckAction.FLAG_SPO, CheckKind.MARAC, TestDb.TODAY, null, null,
                "MARAC not considered"));
        long id = lastContact();
        assertEquals("MARAC", one("SELECT check_kind FROM contact WHERE id = :id", id).get("check_kind"));
        assertEquals("MARAC referral or liaison: MARAC not considered",
                one("SELECT reason FROM spo_referral WHERE contact_id = :id", id).get("reason"));
    }

    /** The case's stored police line and summary. */
    Map<String, Object> storedPolice(long id) {
        return one("SELECT k.state, k.missed, k.due_date, k.reason, c.missed_checks, c.missed_kinds, c.checks_as_of"
                + " FROM case_check k JOIN cases c ON c.id = k.case_id WHERE k.case_id = :id AND k.kind = 'PDA'", id);
    }

    @Test
    void aPoliceRequestMovesTheCheckToRequestedInThePanelAndTheStoredEvaluation() {
        long id = firstCase("SELECT min(case_id) FROM case_check WHERE kind = 'PDA' AND missed = 'NOT_REQUESTED'");
        Panel before = repo.panel(id).orElseThrow();
        CheckResult was = before.evaluation().get(CheckKind.POLICE_DA);
        assertEquals(Missed.NOT_REQUESTED, was.missed());
        Map<String, Object> storedBefore = storedPolice(id);
        assertEquals("NOT_REQUESTED", storedBefore.get("missed"));
        int missedBefore = ((Number) storedBefore.get("missed_checks")).intValue();
        int kindsBefore = ((Number) storedBefore.get("missed_kinds")).intValue();
        assertTrue((kindsBefore & CheckKind.POLICE_DA.bit()) != 0);

        repo.record(new CheckRepository.Entry(id, CheckAction.POLICE_REQUEST, CheckKind.POLICE_DA, TestDb.TODAY,
                "Domestic abuse", null, ""));

        Panel after = repo.panel(id).orElseThrow();
        CheckResult now = after.evaluation().get(CheckKind.POLICE_DA);
        assertEquals(CheckState.REQUESTED, now.state());
        assertEquals(Missed.NONE, now.missed());
        assertTrue(now.reason().contains("C369"), now.reason());
        assertTrue(now.due().isAfter(TestDb.TODAY), "the response is expected later: " + now.due());
        assertNull(one("SELECT notes FROM contact WHERE id = :id", lastContact()).get("notes"), "no text, no notes");

        Map<String, Object> stored = storedPolice(id);
        assertEquals("REQUESTED", stored.get("state"));
        assertEquals("NONE", stored.get("missed"));
        assertEquals(now.due().toString(), stored.get("due_date"));
        assertEquals(now.reason(), stored.get("reason"));
        assertEquals(missedBefore - 1, ((Number) stored.get("missed_checks")).intValue());
        assertEquals(kindsBefore & ~CheckKind.POLICE_DA.bit(), ((Number) stored.get("missed_kinds")).intValue());
        assertEquals(TestDb.TODAY.toString(), stored.get("checks_as_of"));
        // Stored == fresh, every line and the summary.
        CheckStoreTest.Stored want = CheckStoreTest.expected(after.evaluation());
        assertEquals(want, CheckStoreTest.stored(db).get(id));
    }

    @Test
    void recordingSaraChangesTheStoredEvaluationToo() {
        long id = firstCase("SELECT min(case_id) FROM case_check WHERE kind = 'SARA' AND missed = 'NOT_REQUESTED'");
        repo.record(new CheckRepository.Entry(id, CheckAction.SARA_SEEN, CheckKind.SARA, YESTERDAY, "HIGH", null, ""));
        Panel after = repo.panel(id).orElseThrow();
        assertEquals(CheckState.DONE, after.evaluation().get(CheckKind.SARA).state());
        assertTrue(after.evaluation().get(CheckKind.DA_INTERVENTION).applies(), "a HIGH SARA calls for a programme");
        assertEquals(CheckStoreTest.expected(after.evaluation()), CheckStoreTest.stored(db).get(id));
    }

    @Test
    void thePanelIsTheCaseAndItsChecksAsOfToday() {
        Panel p = repo.panel(caseId).orElseThrow();
        assertEquals(TestDb.TODAY, p.today());
        assertEquals(caseId, p.person().caseId());
        assertTrue(p.person().da());
        assertEquals(one("SELECT crn FROM cases WHERE id = :id", caseId).get("crn"), p.person().crn());
        assertEquals(CheckStoreTest.expected(p.evaluation()), CheckStoreTest.stored(db).get(caseId),
                "the panel's fresh evaluation is what is stored");
        assertEquals(Optional.empty(), repo.panel(99_999));
    }

    @ParameterizedTest
    @EnumSource(value = CheckAction.class, names = {"POLICE_REQUEST", "SARA_SEEN", "FLAG_SPO"})
    void recordingOnACaseThatIsGoneFailsClearlyAndWritesNothing(CheckAction a) {
        String tables = "SELECT (SELECT count(*) FROM contact) || '/' || (SELECT count(*) FROM check_record) || '/'"
                + " || (SELECT count(*) FROM spo_referral) || '/' || (SELECT count(*) FROM case_check) || '/'"
                + " || (SELECT total_changes())";
        String before = db.read(h -> h.createQuery(tables).mapTo(String.class).one());
        CheckKind check = a.check() == null ? CheckKind.POLICE_DA : a.check();
        DbException e = assertThrows(DbException.class,
                () -> repo.record(entry(99_999, a, check, TestDb.TODAY)));
        assertEquals("This case is no longer in the database.", e.getMessage());
        assertEquals(before, db.read(h -> h.createQuery(tables).mapTo(String.class).one()), "nothing written");
        // The connection is fine afterwards.
        assertFalse(repo.record(entry(caseId, a, check, TestDb.TODAY)).isEmpty());
        assertNotEquals(before, db.read(h -> h.createQuery(tables).mapTo(String.class).one()));
    }

    @Test
    void recordingWithAnotherUsersSessionRecordsThatUser() {
        new CheckRepository(db, TestDb.CLOCK, "duty2").record(entry(caseId, CheckAction.REVIEW, CheckKind.REVIEW,
                TestDb.TODAY));
        assertEquals("duty2", one("SELECT created_by FROM contact WHERE id = :id", lastContact()).get("created_by"));
    }
}
