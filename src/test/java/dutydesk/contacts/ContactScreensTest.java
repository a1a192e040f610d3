package dutydesk.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.cases.CaseRepository;
import dutydesk.db.Database;
import dutydesk.testing.Golden;
import dutydesk.testing.Pilot;
import dutydesk.testing.TestDb;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden 80x24 screens of the unsaved-contacts page (a new contact and a correction left unsaved,
 * then the desk started) and of the outcome list opened from the contact form, drawn by the real
 * loop, command thread and demo database, with what their keys do there.
 */
class ContactScreensTest {

    @TempDir
    Path dir;
    Database db;
    long caseId;
    String crn;

    @BeforeEach
    void open() {
        db = TestDb.demo(dir);
        caseId = Fixture.caseWhere(db, Fixture.CLEAN_WEEKLY);
        crn = crnOf(caseId);
    }

    @AfterEach
    void close() {
        db.close();
    }

    String crnOf(long id) {
        return db.read(h -> h.createQuery("SELECT crn FROM cases WHERE id = :id").bind("id", id)
                .mapTo(String.class).one());
    }

    /** The user's repository with the clock at a given time, so each draft starts when the story says. */
    ContactRepository at(LocalDate day, int h, int m) {
        Clock c = Clock.fixed(LocalDateTime.of(day, LocalTime.of(h, m)).atZone(TestDb.LONDON).toInstant(),
                TestDb.LONDON);
        return new ContactRepository(db, c, TestDb.USER, new CaseRepository(db, c));
    }

    /** A correction begun on Friday afternoon and a new office visit begun this morning, neither saved. */
    Map<String, Object> twoDrafts() {
        Map<String, Object> fix = db.read(h -> h.createQuery("SELECT x.case_id, x.id, c.crn FROM contact x"
                + " JOIN cases c ON c.id = x.case_id WHERE c.unallocated = 1 AND x.outcome_code = 'ATTC'"
                + " AND x.case_id <> :mine ORDER BY x.id LIMIT 1").bind("mine", caseId).mapToMap().one());
        long fixCase = ((Number) fix.get("case_id")).longValue();
        long fixContact = ((Number) fix.get("id")).longValue();
        at(TestDb.TODAY.minusDays(3), 16, 40).saveDraft(fixCase, fixContact, new ContactValues("COAP", "16/11/2026",
                "14:30", "ATTC", "", "", ContactValidatorTest.allNo(), "Reported on time. Says the new job starts"
                + " in January.", "23/11/2026", false, false));
        at(TestDb.TODAY, 9, 12).saveDraft(caseId, 0, new ContactValues("COAP", "23/11/2026", "09:10", "ATTC", "", "",
                Map.of(), "Reported. Talked about", "30/11/2026", false, false));
        return fix;
    }

    @Test
    void unsavedContactsOfferedWhenTheDeskStarts() {
        Map<String, Object> fix = twoDrafts();
        String fixCrn = (String) fix.get("crn");
        try (Pilot p = new Pilot(db, 80, 24)) {
            Golden.assertScreen("contacts/drafts-80x24", p.screen());
            assertEquals("Unsaved contacts", p.app().top().title());
            assertTrue(p.line(3).startsWith(">" + fixCrn), "the oldest first, selected: " + p.screen());
            assertTrue(p.rowReversed(3), "the selected draft is in reverse video");
            assertTrue(p.line(3).contains("20/11/2026 16:40") && p.line(3).contains("fix COAP ATTC"), p.line(3));
            assertTrue(p.line(4).startsWith(" " + crn) && p.line(4).contains("23/11/2026 09:12"), p.line(4));
            assertTrue(p.line(4).contains(" COAP ATTC ") && p.line(4).endsWith("22 chars"), p.line(4));
        }
    }

    @Test
    void discardingEveryDraftAsksEachTimeAndEndsOnTheCaseList() {
        Map<String, Object> fix = twoDrafts();
        String fixCrn = (String) fix.get("crn");
        try (Pilot p = new Pilot(db, 80, 24)) {
            p.press("d");
            assertTrue(p.screen().contains("Discard this draft?"), p.screen());
            int asked = p.rowOf(": what was typed is deleted.");
            assertTrue(asked > 4 && p.line(asked).contains(fixCrn + " "), "names the selected draft: " + p.screen());
            p.press("n");
            assertFalse(p.screen().contains("Discard this draft?"), p.screen());
            assertTrue(p.line(4).startsWith(" " + crn), "both still listed: " + p.screen());

            p.press("d", "y");
            assertEquals("Discarded the draft for " + fixCrn + ".", p.line(22));
            assertTrue(p.line(3).startsWith(">" + crn), "one left, selected: " + p.screen());
            assertEquals("", p.line(4));
            assertTrue(p.line(1).contains("You started a contact that was not saved."), p.line(1));

            p.press("d", "y");
            assertTrue(p.line(0).contains("Unallocated cases"), "no drafts left: " + p.screen());
            assertTrue(p.line(22).startsWith("Discarded the draft for " + crn + ". "), p.line(22));
        }
        ContactRepository repo = Fixture.repository(db);
        assertTrue(repo.drafts().isEmpty());
    }

    @Test
    void laterLeavesTheDraftsForTheFormToOfferAgain() {
        twoDrafts();
        try (Pilot p = new Pilot(db, 80, 24)) {
            p.press("q");
            assertTrue(p.line(0).contains("Unallocated cases"), p.screen());
            p.press("/").type(crn).press("<Enter>", "c");
            assertTrue(p.line(22).startsWith("Restored the contact you started at 09:12 today"), p.screen());
        }
        assertEquals(2, Fixture.repository(db).drafts().size());
    }

    @Test
    void theOutcomeListOpenedFromTheForm() {
        try (Pilot p = new Pilot(db, 80, 24)) {
            p.press("/").type(crn).press("<Enter>", "c");
            assertTrue(p.line(6).startsWith("> Outcome"), p.screen());
            p.press("<Enter>");
            Golden.assertScreen("contacts/picker-outcome-80x24", p.screen());
            assertTrue(p.line(0).contains(crn + ": outcome"), p.line(0));
            assertTrue(p.rowReversed(2), "the first code is selected");

            p.type("u");
            assertTrue(p.screen().contains("Code starts with: U"), p.screen());
            int row = p.rowOf(" UAAB ");
            assertTrue(row > 2 && p.rowReversed(row), "U jumps to UAAB: " + p.screen());
            assertEquals(" UAAB: Unacceptable Absence (absent, failure to comply)", p.line(21).stripTrailing(),
                    "the selected code in full, its flags uncut");

            p.press("<Esc>");
            assertTrue(p.line(0).contains("Log a contact"), "back on the form: " + p.screen());
            assertTrue(p.line(6).startsWith("> Outcome       type a code"), "nothing chosen: " + p.line(6));

            p.press("<Enter>").type("u").press("<Enter>");
            assertTrue(p.line(6).contains("UAAB"), "chosen: " + p.screen());
            assertTrue(p.line(7).startsWith("> Enforcement"), "and on to the next field: " + p.screen());
        }
    }
}
