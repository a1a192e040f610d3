package dutydesk.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.cases.CaseDetail;
import dutydesk.cases.CaseRepository;
import dutydesk.cases.ContactEntry;
import dutydesk.cases.ContactRecord;
import dutydesk.cases.PriorVersion;
import dutydesk.compliance.Answer;
import dutydesk.compliance.Circumstance;
import dutydesk.db.Database;
import dutydesk.testing.TestDb;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving contacts, corrections kept as versions, referrals to the SPO and drafts, on SQLite with the real migrations. */
class ContactRepositoryTest {

    @TempDir
    Path dir;
    Database db;
    ContactRepository repo;
    CaseRepository cases;
    long caseId;

    @BeforeEach
    void open() {
        db = TestDb.demo(dir);
        repo = Fixture.repository(db);
        cases = new CaseRepository(db, TestDb.CLOCK);
        caseId = Fixture.caseWhere(db, Fixture.CLEAN_WEEKLY);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Map<Circumstance, Answer> answers(Circumstance yes, String detail) {
        Map<Circumstance, Answer> m = new EnumMap<>(Circumstance.class);
        for (Circumstance q : Circumstance.values()) {
            m.put(q, q == yes ? new Answer(true, detail) : new Answer(false, ""));
        }
        return m;
    }

    NewContact visit(String outcome, String enforcement, Map<Circumstance, Answer> answers, String notes) {
        return new NewContact(caseId, 0, 0, "COAP", LocalDate.of(2026, 11, 23), LocalTime.of(9, 45), outcome,
                enforcement, null, answers, notes, LocalDate.of(2026, 11, 30), false, false, "ROM".equals(enforcement),
                "Riverside Probation Office", null);
    }

    int count(String sql) {
        return db.read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    @Test
    void aSavedContactIsARecordOfWhoAndWhenAndMovesTheCaseOn() {
        repo.saveDraft(caseId, 0, ContactValidatorTest.good());
        SaveResult r = repo.save(visit("ATTC", null, answers(Circumstance.ADDRESS, "Moved to 4 Elm Row"), "Reported."));
        SaveResult.Saved s = assertInstanceOf(SaveResult.Saved.class, r);
        assertEquals(1, s.version());

        Map<String, Object> row = db.read(h -> h.createQuery("SELECT * FROM contact WHERE id = :id")
                .bind("id", s.contactId()).mapToMap().one());
        assertEquals("COAP", row.get("type_code"));
        assertEquals("2026-11-23", row.get("contact_date"));
        assertEquals("09:45", row.get("start_time"));
        assertEquals("ATTC", row.get("outcome_code"));
        assertEquals("DESK", row.get("source"));
        assertEquals(TestDb.USER, row.get("created_by"));
        assertEquals("2026-11-23T10:00:00Z", row.get("created_at"), "UTC, to the second");
        assertEquals("2026-11-30", row.get("next_report_date"));
        assertEquals("Riverside Probation Office", row.get("location"));

        CaseDetail d = cases.detail(caseId).orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 30), d.nextReport(), "the case's next reporting date moves");
        assertEquals("Duty One", d.contacts().stream().filter(e -> e.id() == s.contactId()).findFirst()
                .orElseThrow().staff(), "the officer, named from the desk's users when they have no staff code");
        assertEquals(LocalDate.of(2026, 11, 23), d.lastSeen(), "seen today");
        assertTrue(repo.draft(caseId, 0).isEmpty(), "the draft goes in the same transaction");

        Map<Circumstance, Answer> stored = repo.answers(s.contactId(), 1);
        assertEquals(6, stored.size());
        assertEquals(new Answer(true, "Moved to 4 Elm Row"), stored.get(Circumstance.ADDRESS));
        assertEquals(new Answer(false, null), stored.get(Circumstance.POLICE));
        assertEquals(1, count("SELECT count(*) FROM contact_circumstance WHERE changed = 1 AND question = 'ADDRESS'"
                + " AND contact_id = " + s.contactId()));
    }

    @Test
    void referringToTheOffenderManagerAndAlertsReachTheSpo() {
        NewContact afta = new NewContact(caseId, 0, 0, "COAP", LocalDate.of(2026, 11, 23), LocalTime.of(9, 0), "AFTA",
                "ROM", null, Map.of(), "Did not attend.", LocalDate.of(2026, 11, 24), false, true, true, null, null);
        SaveResult.Saved s = assertInstanceOf(SaveResult.Saved.class, repo.save(afta));
        assertTrue(s.referredToSpo());
        List<Map<String, Object>> refs = db.read(h -> h.createQuery("SELECT kind, reason, created_by FROM spo_referral"
                + " WHERE contact_id = :id ORDER BY kind").bind("id", s.contactId()).mapToMap().list());
        assertEquals(2, refs.size());
        assertEquals("ALERT", refs.get(0).get("kind"));
        assertEquals("ENFORCEMENT", refs.get(1).get("kind"));
        assertEquals("ROM Refer to Offender Manager after AFTA on 23/11/2026 (case unallocated)", refs.get(1).get("reason"));
        assertEquals(TestDb.USER, refs.get(1).get("created_by"));
    }

    @Test
    void aCorrectionIsANewVersionAndTheOldOneIsKept() {
        SaveResult.Saved first = assertInstanceOf(SaveResult.Saved.class,
                repo.save(visit("ATTC", null, answers(Circumstance.POLICE, "Arrested Saturday"), "First notes.")));
        NewContact fix = new NewContact(caseId, first.contactId(), 1, "COAP", LocalDate.of(2026, 11, 23),
                LocalTime.of(9, 50), "AFTC", "EA02", null, answers(Circumstance.POLICE, "Arrested Friday"),
                "Corrected notes.", LocalDate.of(2026, 12, 1), false, false, false, null, "Wrong outcome and day");
        Database other = Database.open(dir.resolve("demo.db"), Database.Mode.MUST_EXIST);
        try {
            ContactRepository colleague = new ContactRepository(other, TestDb.CLOCK, "duty2",
                    new CaseRepository(other, TestDb.CLOCK));
            SaveResult.Saved second = assertInstanceOf(SaveResult.Saved.class, colleague.save(fix));
            assertEquals(2, second.version());

            ContactRecord rec = cases.record(caseId, first.contactId()).orElseThrow();
            ContactEntry now = rec.entry();
            assertEquals(2, now.version());
            assertEquals("AFTC", now.outcomeCode());
            assertEquals("Corrected notes.", now.notes());
            assertEquals("duty2", rec.updatedBy());
            assertEquals(new Answer(true, "Arrested Friday"), rec.answers().get(Circumstance.POLICE));

            assertEquals(1, rec.earlier().size());
            PriorVersion v1 = rec.earlier().get(0);
            assertEquals(1, v1.version());
            assertEquals("ATTC", v1.outcome());
            assertEquals("First notes.", v1.notes());
            assertEquals(TestDb.USER, v1.recordedBy());
            assertEquals("duty2", v1.supersededBy());
            assertEquals("Wrong outcome and day", v1.reason());
            assertEquals(new Answer(true, "Arrested Saturday"), v1.answers().get(Circumstance.POLICE),
                    "each version keeps its own answers");
            assertEquals(LocalDate.of(2026, 12, 1), cases.detail(caseId).orElseThrow().nextReport());

            // A correction made from the first version, after someone else's, does not overwrite theirs.
            SaveResult stale = repo.save(fix.withReason("also fixing"));
            SaveResult.Conflict c = assertInstanceOf(SaveResult.Conflict.class, stale);
            assertEquals("duty2", c.by());
            assertEquals(2, c.version());
            assertEquals(1, count("SELECT count(*) FROM contact_version WHERE contact_id = " + first.contactId()));
        } finally {
            other.close();
        }
    }

    @Test
    void savingForACaseThatHasGoneSaysSo() {
        NewContact c = visit("ATTC", null, answers(null, ""), "x");
        NewContact gone = new NewContact(999_999, 0, 0, c.type(), c.date(), c.time(), c.outcome(), null, null,
                c.answers(), c.notes(), c.next(), false, false, false, null, null);
        assertInstanceOf(SaveResult.Gone.class, repo.save(gone));
        assertEquals(0, count("SELECT count(*) FROM contact WHERE case_id = 999999"));
    }

    @Test
    void draftsBelongToOneUserAndOneFormAndAreReplacedAsTheyChange() {
        ContactValues v = ContactValidatorTest.good();
        repo.saveDraft(caseId, 0, v);
        ContactValues later = ContactValidatorTest.with(v, "notes", "More notes\nsecond line");
        repo.saveDraft(caseId, 0, later);
        assertEquals(later, repo.draft(caseId, 0).orElseThrow().values());
        assertTrue(repo.draft(caseId, 42).isEmpty(), "a correction's draft is a different form");
        assertTrue(repo.hasDrafts());

        ContactRepository someoneElse = new ContactRepository(db, TestDb.CLOCK, "duty2", cases);
        assertTrue(someoneElse.draft(caseId, 0).isEmpty(), "drafts are per user");
        assertFalse(someoneElse.hasDrafts());

        List<DraftSummary> mine = repo.drafts();
        assertEquals(1, mine.size());
        DraftSummary d = mine.get(0);
        assertEquals(caseId, d.caseId());
        assertEquals("COAP", d.type());
        assertEquals("ATTC", d.outcome());
        assertEquals(later.notes().length(), d.notesLength());
        assertEquals(LocalTime.of(10, 0), d.startedAt().toLocalTime(), "shown in local time");

        repo.deleteDraft(caseId, 0);
        assertTrue(repo.drafts().isEmpty());
        assertFalse(repo.hasDrafts());
    }

    @Test
    void theFormContextCarriesTheCaseCodesCalendarAndDraft() {
        repo.saveDraft(caseId, 0, ContactValidatorTest.good());
        FormContext ctx = repo.context(caseId, 0).orElseThrow();
        assertEquals(caseId, ctx.detail().id());
        assertEquals(7, ctx.responseDays());
        assertEquals(12, ctx.liveBreachMonths());
        assertFalse(ctx.days().isWorkingDay(LocalDate.of(2026, 12, 28)), "Boxing Day (substitute day)");
        assertEquals(ContactValidatorTest.good(), ctx.draft().values());
        assertNull(ctx.correcting());
        assertTrue(repo.context(999_999, 0).isEmpty());
        assertTrue(repo.context(caseId, 999_999).isEmpty(), "correcting a contact that is not there");
    }
}
