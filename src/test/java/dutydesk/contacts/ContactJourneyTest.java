package dutydesk.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dutydesk.db.Database;
import dutydesk.testing.Golden;
import dutydesk.testing.Pilot;
import dutydesk.testing.TestDb;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logging contacts through the real loop, command thread and database, on a virtual 80x24 terminal. */
class ContactJourneyTest {

    @TempDir
    Path dir;
    Database db;
    String crn;
    long caseId;

    @BeforeEach
    void open() {
        db = TestDb.demo(dir);
        caseId = Fixture.caseWhere(db, Fixture.CLEAN_WEEKLY);
        crn = db.read(h -> h.createQuery("SELECT crn FROM cases WHERE id = :id").bind("id", caseId)
                .mapTo(String.class).one());
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Selects a case on the list by its CRN (the filter, kept). */
    void select(Pilot p, String which) {
        p.press("/").type(which).press("<Enter>");
        assertTrue(p.line(2).startsWith(">" + which), p.screen());
    }

    Map<String, Object> lastContact() {
        return db.read(h -> h.createQuery("SELECT * FROM contact WHERE case_id = :id ORDER BY id DESC LIMIT 1")
                .bind("id", caseId).mapToMap().one());
    }

    @Test
    void anAttendedOfficeVisitTakesFiveKeysAndTheNote() {
        try (Pilot p = new Pilot(db, 80, 24)) {
            select(p, crn);
            int keys = 0;
            p.press("c");
            keys++;
            assertTrue(p.line(0).contains("Log a contact") && p.line(0).contains(crn), p.line(0));
            p.type("a");
            keys++;
            p.press("<Tab>");
            keys++;
            p.type("N");
            keys++;
            p.type("Reported on time. No concerns.");
            p.press("<c-s>");
            keys++;
            assertTrue(keys <= 12, "at most 12 keystrokes plus the note: " + keys);
            assertEquals(5, keys);

            assertTrue(p.line(22).startsWith("Saved COAP ATTC for " + crn + ". Next report Mon 30/11/2026."),
                    p.screen());
            Map<String, Object> c = lastContact();
            assertEquals("ATTC", c.get("outcome_code"));
            assertEquals("Reported on time. No concerns.", c.get("notes"));
            assertEquals(TestDb.USER, c.get("created_by"));
            assertEquals(6, (int) db.read(h -> h.createQuery("SELECT count(*) FROM contact_circumstance WHERE contact_id"
                    + " = :id AND changed = 0").bind("id", c.get("id")).mapTo(Integer.class).one()));

            p.press("<Enter>");
            assertTrue(p.screen().contains("ATTC Attended - Complied"), p.screen());
            int newest = p.rowOf("Contact history") + 1;
            assertTrue(p.line(newest).contains("23/11/26 10:00 COAP"), p.line(newest));
        }
    }

    @Test
    void aCorrectionAsksWhyAndKeepsTheEarlierVersionReadable() {
        try (Pilot p = new Pilot(db, 80, 24)) {
            select(p, crn);
            p.press("<Enter>", "c").type("a").press("<Tab>").type("N").type("Reported.").press("<c-s>");
            int newest = p.rowOf("Contact history") + 1;
            assertTrue(p.line(newest).startsWith(">23/11/26 10:00 COAP"), p.screen());
            p.press("e");
            assertTrue(p.line(0).contains("Correct a contact"), p.screen());
            assertEquals("Correcting COAP of 23/11/2026 (version 1), which stays in the history.", p.line(22),
                    "the banner fits 80 columns whole");
            p.press("<Tab>").type("N").press("<End>").type(" Mentioned a new job.").press("<c-s>");
            assertTrue(p.screen().contains("Why is this contact being corrected?"), p.screen());
            p.press("<Enter>");
            assertTrue(p.line(22).startsWith("Reason: say why"), "a reason is required: " + p.line(22));
            p.type("Left out the job").press("<Enter>");
            assertTrue(p.line(22).startsWith("Corrected COAP ATTC for " + crn + " (version 2)."), p.screen());
            assertTrue(p.line(newest).startsWith(">23/11/26 10:00*COAP"), "marked corrected: " + p.line(newest));
            p.press("<Enter>");
            String read = p.screen();
            assertTrue(read.contains("(version 2)"), read);
            assertTrue(read.contains("Reported. Mentioned a new job."), read);
            assertTrue(read.contains("Version 1, replaced by " + TestDb.USER + " at 23/11/2026 10:00"), read);
            assertTrue(read.contains("Reason: Left out the job"), read);
        }
        assertEquals(2, ((Number) lastContact().get("version")).intValue());
    }

    @Test
    void aCorrectionThatChangesNothingIsRefusedWithNothingLost() {
        try (Pilot p = new Pilot(db, 80, 24)) {
            select(p, crn);
            p.press("<Enter>", "c").type("a").press("<Tab>").type("N").type("Reported.").press("<c-s>");
            p.press("e");
            assertTrue(p.line(0).contains("Correct a contact"), p.screen());
            p.press("<c-s>");
            assertFalse(p.screen().contains("Why is this contact being corrected?"), p.screen());
            assertTrue(p.line(0).contains("Correct a contact"), "the form stays open: " + p.screen());
            assertTrue(p.line(22).startsWith("Not saved: nothing was changed."), p.line(22));
            assertFalse(p.line(22).endsWith("\u2026"), "the message fits: " + p.line(22));
            p.press("<S-Tab>").type("1000").press("<c-s>");
            assertTrue(p.line(22).startsWith("Not saved: nothing was changed."), "10:00 typed as 1000: " + p.line(22));
            assertTrue(p.line(5).contains("Time 1000"), "what was typed is kept: " + p.line(5));
        }
        assertEquals(1, ((Number) lastContact().get("version")).intValue());
    }

    @Test
    void aDetailIsShownFromItsStartOnceTheCursorLeavesIt() {
        try (Pilot p = new Pilot(db, 80, 24)) {
            select(p, crn);
            p.press("c").type("a").press("<Tab>").type("y");
            p.type("New partner since October, lives separately");
            assertTrue(p.line(9).endsWith("since October, lives separately"), "typing shows the cursor's end: "
                    + p.line(9));
            p.press("<Tab>");
            assertTrue(p.line(9).contains("yes   New partner since October, lives separa"), p.line(9));
            p.press("<S-Tab>");
            assertTrue(p.line(9).endsWith("since October, lives separately"), "back in it, the cursor shows: "
                    + p.line(9));
        }
    }

    @Test
    void aWholeTimeOrDateIsReplacedByWhatIsTyped() {
        try (Pilot p = new Pilot(db, 80, 24)) {
            select(p, crn);
            p.press("c", "<S-Tab>").type("0930");
            assertTrue(p.line(5).contains("Time 0930"), p.line(5));
            p.press("<S-Tab>").type("+3");
            assertTrue(p.line(5).startsWith("> Date          3 "), p.line(5));
            p.type("/11/2026");
            assertTrue(p.line(5).startsWith("> Date          3/11/2026 "), p.line(5));
            p.press("<Tab>", "<S-Tab>", "<Del>").type("-1");
            assertTrue(p.line(5).startsWith("> Date          -1 "), p.line(5));
        }
    }

    @Test
    void anUnacceptableAbsenceIsReferredToTheSpoThroughTheEnforcementList() {
        try (Pilot p = new Pilot(db, 80, 24)) {
            select(p, crn);
            p.press("<Enter>", "c");
            p.type("u").press("<Tab>");
            assertTrue(p.line(7).startsWith("> Enforcement"), p.screen());
            p.press("<Enter>");
            assertTrue(p.line(0).contains(crn + ": enforcement"), p.screen());
            assertTrue(p.screen().contains("goes to the SPO"), "the list says where ROM goes: " + p.screen());
            p.type("rom").press("<Enter>");
            assertTrue(p.line(7).contains("ROM Refer to Offender Manager") && p.line(7).contains("goes to the SPO"),
                    p.line(7));
            assertTrue(p.line(8).contains("not asked: the person was not seen"), p.line(8));
            assertTrue(p.line(15).startsWith("> Notes"), "the pick moved on to the notes: " + p.screen());
            p.type("No show, no phone call.").press("<c-s>");

            assertTrue(p.line(0).contains(crn), "back on the case page: " + p.line(0));
            assertTrue(p.line(22).contains("Referred to the SPO."), p.line(22));
            Map<String, Object> c = lastContact();
            assertEquals("UAAB", c.get("outcome_code"));
            assertEquals("ROM", c.get("enforcement_code"));
            assertEquals(1, (int) db.read(h -> h.createQuery("SELECT count(*) FROM spo_referral WHERE contact_id = :id"
                    + " AND kind = 'ENFORCEMENT'").bind("id", c.get("id")).mapTo(Integer.class).one()));
            assertTrue(p.screen().contains("1 failure to comply within 12 months (23/11/2026)"), p.screen());
        }
    }

    @Test
    void aKilledSessionsDraftComesBackWhenTheDeskStartsAgain() {
        Pilot first = new Pilot(db, 80, 24);
        select(first, crn);
        first.press("c").type("a").press("<Tab>").type("nny");
        first.type("Moved in with partner").press("<Tab>").type("N");
        first.type("Half-way through the note");
        // The process dies here: no quit, no hang-up, nothing more runs.
        first.close();
        db.close();

        db = Database.open(dir.resolve("demo.db"), Database.Mode.MUST_EXIST);
        try (Pilot second = new Pilot(db, 80, 24)) {
            assertTrue(second.line(0).contains("Unsaved contacts"), second.screen());
            assertTrue(second.line(3).startsWith(">" + crn), second.screen());
            second.press("<Enter>");
            assertTrue(second.line(22).startsWith("Restored the contact you started at 10:00 today"), second.screen());
            assertTrue(second.line(6).contains("ATTC Attended - Complied"), second.line(6));
            assertTrue(second.line(11).contains("yes") && second.line(11).contains("Moved in with partner"),
                    second.line(11));
            assertTrue(second.line(15).contains("Half-way through the note"), second.line(15));
            assertTrue(second.line(15).startsWith("> Notes"), "carry on where the form was left: " + second.line(15));
            second.type(", finished.");
            second.press("<c-s>");
            assertTrue(second.line(0).contains("Unallocated cases"), "no drafts left: " + second.screen());
            assertTrue(second.line(22).startsWith("Saved COAP ATTC"), second.line(22));
        }
        assertEquals("Half-way through the note, finished.", lastContact().get("notes"));
    }

    @Test
    void aDroppedConnectionMidSentenceKeepsEveryCharacter() {
        try (Pilot p = new Pilot(db, 80, 24)) {
            select(p, crn);
            p.press("c").type("a").press("<Tab>").type("N");
            // Keys still arriving when the terminal closes: none has had time to be kept yet.
            for (char ch : "Typed just before the line dropped".toCharArray()) {
                p.queue(new KeyStroke(ch, false, false));
            }
            p.queue(new KeyStroke(KeyType.EOF)).pump();
            assertTrue(p.done());
        }
        ContactRepository repo = Fixture.repository(db);
        assertEquals("Typed just before the line dropped", repo.draft(caseId, 0).orElseThrow().values().notes());
    }

    @Test
    void aPastedMultiLineNoteStaysInTheNotesAndSavesNothing() {
        try (Pilot p = new Pilot(db, 80, 24)) {
            select(p, crn);
            p.press("c").type("a").press("<Tab>").type("N");
            p.paste("Attended.\nDiscussed housing.\n\tHas a new partner.\n");
            assertTrue(p.line(0).contains("Log a contact"), "still in the form: " + p.screen());
            assertTrue(p.line(15).contains("Attended."), p.screen());
            assertTrue(p.line(16).contains("Discussed housing."), p.screen());
            assertTrue(p.line(17).contains("Has a new partner."), p.screen());
            assertFalse(db.read(h -> h.createQuery("SELECT count(*) FROM contact WHERE case_id = :id AND source = 'DESK'")
                    .bind("id", caseId).mapTo(Integer.class).one()) > 0, "nothing was saved");
        }
    }

    @Test
    void escAsksBeforeDiscardingAndKeepingLeavesADraft() {
        try (Pilot p = new Pilot(db, 80, 24)) {
            select(p, crn);
            p.press("c").type("a").press("<Esc>");
            assertTrue(p.screen().contains("Leave this contact?"), p.screen());
            p.press("k");
            assertTrue(p.line(0).contains("Unallocated cases"), p.screen());
            assertTrue(p.line(22).startsWith("Kept as a draft"), p.line(22));
            p.press("c");
            assertTrue(p.line(22).startsWith("Restored the contact you started"), p.line(22));
            p.press("<Esc>", "d");
            assertTrue(p.line(22).startsWith("Discarded the unsaved contact"), p.line(22));
        }
        assertTrue(Fixture.repository(db).draft(caseId, 0).isEmpty());
    }

    @Test
    void anotherUsersDraftIsNotOffered() {
        try (Pilot p = new Pilot(db, 80, 24)) {
            select(p, crn);
            p.press("c").type("a").hangUp();
        }
        try (Pilot other = new Pilot(db, 80, 24, "duty2")) {
            assertTrue(other.line(0).contains("Unallocated cases"), other.screen());
            select(other, crn);
            other.press("c");
            assertFalse(other.line(22).startsWith("Restored"), other.line(22));
        }
    }

    @Test
    void goldenScreens() {
        try (Pilot p = new Pilot(db, 80, 24)) {
            select(p, crn);
            p.press("c");
            Golden.assertScreen("contacts/form-new-80x24", p.screen());
            p.type("a").press("<c-s>");
            Golden.assertScreen("contacts/form-problems-80x24", p.screen());
        }
    }

    @Test
    void goldenFailureToComplyPrompt() {
        long id = Fixture.caseWhere(db, Fixture.ONE_FAILURE);
        String which = db.read(h -> h.createQuery("SELECT crn FROM cases WHERE id = :id").bind("id", id)
                .mapTo(String.class).one());
        try (Pilot p = new Pilot(db, 80, 24)) {
            select(p, which);
            p.press("c").type("u").press("<Tab>").type("ea12").press("<Tab>", "<Tab>");
            p.type("Did not attend; letter sent.").press("<c-s>");
            Golden.assertScreen("contacts/form-ftc-prompt-80x24", p.screen());
            p.type("s");
            assertTrue(p.line(22).startsWith("Saved COAP UAAB for " + which), p.line(22));
        }
    }
}
