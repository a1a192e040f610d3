package dutydesk.dachecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.compliance.Answer;
import dutydesk.compliance.Circumstance;
import dutydesk.contacts.ContactRepository;
import dutydesk.contacts.NewContact;
import dutydesk.cases.CaseRepository;
import dutydesk.db.Database;
import dutydesk.testing.Pilot;
import dutydesk.testing.TestDb;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DA checks through the real loop and database: a duty officer finds a case whose police
 * check was never requested, records the request, and sees the flag go; and a "yes" in the
 * contact form's questions makes the checks due again.
 */
class ChecksJourneyTest {

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = TestDb.demo(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** The first unallocated case (by id) whose stored police check is missed as not requested. */
    long caseWithPoliceNotRequested() {
        return db.read(h -> h.createQuery("SELECT c.id FROM cases c JOIN case_check k ON k.case_id = c.id"
                        + " WHERE c.unallocated = 1 AND k.kind = 'PDA' AND k.missed = 'NOT_REQUESTED'"
                        + " ORDER BY c.id LIMIT 1")
                .mapTo(Long.class).one());
    }

    String crn(long id) {
        return db.read(h -> h.createQuery("SELECT crn FROM cases WHERE id = :id").bind("id", id)
                .mapTo(String.class).one());
    }

    int missed(long id) {
        return db.read(h -> h.createQuery("SELECT missed_checks FROM cases WHERE id = :id").bind("id", id)
                .mapTo(Integer.class).one());
    }

    @Test
    void recordingThePoliceRequestMovesTheFlagFromNotRequestedToRequested() {
        long id = caseWithPoliceNotRequested();
        String crn = crn(id);
        int before = missed(id);
        try (Pilot p = new Pilot(db, 80, 24)) {
            p.press("/").type(crn).press("<Enter>");
            assertTrue(p.line(2).startsWith(">" + crn), p.screen());
            assertTrue(p.line(2).endsWith(" " + before), "the Chk column shows the count: " + p.line(2));

            p.press("d");
            assertTrue(p.line(0).contains("Checks") && p.line(0).contains(crn), p.screen());
            int row = p.rowOf("Police DA information request");
            assertTrue(row > 1, p.screen());
            assertTrue(p.line(row).contains("NOT REQUESTED"), p.screen());
            assertTrue(p.rowReversed(row), "the police check is selected first: " + p.screen());
            assertTrue(p.screen().contains("no C369 by induction"), p.screen());

            p.press("r");
            assertTrue(p.screen().contains("Record: Police request sent (C369)"), p.screen());
            // Date (today), the kind of check (domestic abuse), an optional note: Enter through them.
            p.press("<Enter>", "<Enter>").type("Sent to the police DA unit by email.").press("<Enter>");

            assertTrue(p.screen().contains("Recorded C369 Police request sent on 23/11/2026."), p.screen());
            assertTrue(p.line(row).contains("requested"), p.screen());
            assertFalse(p.line(row).contains("NOT REQUESTED"), p.screen());
            assertTrue(p.screen().contains("C369 requested 2026-11-23"), p.screen());

            p.press("<Esc>");
            assertTrue(p.line(2).startsWith(">" + crn), p.screen());
            String chk = before - 1 == 0 ? "" : " " + (before - 1);
            assertTrue(chk.isEmpty() ? !p.line(2).endsWith(" " + before) : p.line(2).endsWith(chk), p.screen());
        }
        assertEquals(before - 1, missed(id));
        Map<String, Object> c = db.read(h -> h.createQuery("SELECT * FROM contact WHERE case_id = :id"
                + " ORDER BY id DESC LIMIT 1").bind("id", id).mapToMap().one());
        assertEquals("C369", c.get("type_code"));
        assertEquals("PDA", c.get("check_kind"));
        assertEquals("Police request sent: Domestic abuse", c.get("description"));
        assertEquals("Sent to the police DA unit by email.", c.get("notes"));
        assertEquals(TestDb.USER, c.get("created_by"));
        assertEquals("DESK", c.get("source"));
    }

    @Test
    void aNewRelationshipAtTheDeskMakesThePoliceCheckDueAgain() {
        // A case whose police response was received and analysed: nothing is due for the police check.
        long id = db.read(h -> h.createQuery("SELECT case_id FROM case_check WHERE kind = 'PDA' AND state = 'ANALYSED'"
                + " ORDER BY case_id LIMIT 1").mapTo(Long.class).one());
        CaseRepository cases = new CaseRepository(db, TestDb.CLOCK);
        ContactRepository contacts = new ContactRepository(db, TestDb.CLOCK, TestDb.USER, cases);
        Map<Circumstance, Answer> answers = new EnumMap<>(Circumstance.class);
        for (Circumstance q : Circumstance.values()) {
            answers.put(q, q == Circumstance.RELATIONSHIP ? new Answer(true, "New partner, moved in last week")
                    : new Answer(false, ""));
        }
        contacts.save(new NewContact(id, 0, 0, "COAP", TestDb.TODAY, LocalTime.of(10, 0), "ATTC", null, null, answers,
                "Attended. New partner.", LocalDate.of(2026, 11, 30), false, false, false, "Riverside Probation Office",
                null));

        Map<String, Object> pda = db.read(h -> h.createQuery("SELECT * FROM case_check WHERE case_id = :id"
                + " AND kind = 'PDA'").bind("id", id).mapToMap().one());
        assertEquals("DUE", pda.get("state"));
        assertEquals("NONE", pda.get("missed"), "due, not yet missed");
        assertEquals("2026-11-30", pda.get("due_date"), "five working days after 23/11/2026");
        assertTrue(((String) pda.get("reason")).startsWith("new relationship reported 2026-11-23"), pda.toString());

        // The stored copy says when it runs out: on 01/12/2026 the re-check is stale unless requested.
        String until = db.read(h -> h.createQuery("SELECT checks_valid_until FROM cases WHERE id = :id")
                .bind("id", id).mapTo(String.class).one());
        assertTrue(until.compareTo("2026-12-01") <= 0, until);
        CheckStore.refreshExpired(db, LocalDate.of(2026, 12, 1), CheckStore.Progress.NONE);
        Map<String, Object> later = db.read(h -> h.createQuery("SELECT * FROM case_check WHERE case_id = :id"
                + " AND kind = 'PDA'").bind("id", id).mapToMap().one());
        assertEquals("STALE", later.get("missed"), later.toString());
    }
}
