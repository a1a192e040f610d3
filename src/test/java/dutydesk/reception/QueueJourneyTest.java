package dutydesk.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.db.Database;
import dutydesk.testing.Pilot;
import dutydesk.testing.TestDb;
import dutydesk.tui.DataChanged;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reception and the duty queue through the real loop, each user in their own session on their own
 * connection to one database file, as separate processes would be: reception checks a person in,
 * the duty officer sees them arrive, takes them, logs the contact, and the visit is seen on every
 * screen. A {@link DataChanged} stands in for the poll that notices another session's commit.
 */
class QueueJourneyTest {

    @TempDir
    Path dir;
    Database receptionDb;
    Database officerDb;
    Database otherDb;

    @BeforeEach
    void open() {
        receptionDb = TestDb.demo(dir);
        officerDb = Database.open(dir.resolve("demo.db"), Database.Mode.MUST_EXIST);
        otherDb = Database.open(dir.resolve("demo.db"), Database.Mode.MUST_EXIST);
    }

    @AfterEach
    void close() {
        receptionDb.close();
        officerDb.close();
        otherDb.close();
    }

    /** A case due today with no DA, CP, MAPPA or high RoSH: any duty officer may see them. */
    Map<String, Object> plainCaseDueToday() {
        return officerDb.read(h -> h.createQuery("SELECT id, crn, surname, forename FROM cases WHERE unallocated = 1"
                        + " AND next_report_date = '2026-11-23' AND da_flag = 0 AND cp_flag = 0 AND mappa_level = 0"
                        + " AND rosh_rank < 3 ORDER BY surname_key, id LIMIT 1")
                .mapToMap().one());
    }

    @Test
    void checkInTakeLogContactSeen() {
        Map<String, Object> person = plainCaseDueToday();
        String crn = (String) person.get("crn");
        String surname = (String) person.get("surname");
        try (Pilot reception = new Pilot(receptionDb, 80, 24, "reception");
             Pilot officer = new Pilot(officerDb, 80, 24, "tbradshaw")) {
            assertTrue(reception.line(0).contains("Reception"), reception.screen());
            assertTrue(officer.line(0).contains("Duty queue"), "a duty officer starts on the queue: " + officer.screen());
            assertTrue(officer.screen().contains("No one is waiting."), officer.screen());

            // Reception finds the person by CRN and checks them in.
            reception.press("/").type(crn).press("<Enter>");
            assertTrue(reception.screen().contains("Checked in " + surname), reception.screen());
            int row = reception.rowOf(crn);
            assertTrue(reception.line(row).contains("waiting"), reception.screen());

            // The officer's session notices the change and shows the new arrival.
            officer.post(new DataChanged());
            int q = officer.rowOf(crn);
            assertTrue(q > 1, officer.screen());
            assertTrue(officer.line(q).contains("NEW") || officer.line(q).contains("waiting"), officer.screen());
            assertTrue(officer.line(0).contains("1 waiting"), officer.line(0));

            // Take: the case opens with the contact form ready; log an attended office visit.
            officer.press("<Enter>");
            assertTrue(officer.line(0).startsWith(" Log a contact") && officer.line(0).contains(crn), officer.screen());
            assertTrue(officer.screen().contains("COAP"), "due today, so a planned office visit: " + officer.screen());
            officer.press("a", "<Tab>", "N").type("Reported, no changes.").press("<c-s>");
            assertTrue(officer.screen().contains("Saved COAP ATTC"), officer.screen());
            officer.press("<Esc>");
            assertTrue(officer.line(0).contains("0 waiting") && officer.line(0).contains("1 seen today"),
                    officer.line(0));

            reception.post(new DataChanged());
            row = reception.rowOf(crn);
            assertTrue(reception.line(row).contains("seen by T. Bradshaw"), reception.screen());
        }
        List<Map<String, Object>> visits = officerDb.read(h -> h.createQuery("SELECT state, taken_by, contact_id"
                + " FROM visit").mapToMap().list());
        assertEquals(1, visits.size());
        assertEquals("SEEN", visits.get(0).get("state"));
        assertEquals("tbradshaw", visits.get(0).get("taken_by"));
        List<String> events = officerDb.read(h -> h.createQuery("SELECT action || ' ' || by_user FROM visit_event"
                + " ORDER BY id").mapTo(String.class).list());
        assertEquals(List.of("CHECK_IN reception", "TAKE tbradshaw", "SEEN tbradshaw"), events);
    }

    @Test
    void twoOfficersTakingTheSamePersonOneGetsThemTheOtherIsToldWho() {
        Map<String, Object> person = plainCaseDueToday();
        String crn = (String) person.get("crn");
        new VisitRepository(receptionDb, TestDb.CLOCK, "reception").checkIn(((Number) person.get("id")).longValue());
        try (Pilot tom = new Pilot(officerDb, 80, 24, "tbradshaw");
             Pilot anita = new Pilot(otherDb, 80, 24, "akaur")) {
            assertTrue(tom.line(tom.rowOf(crn)).contains("waiting"), tom.screen());
            assertTrue(anita.line(anita.rowOf(crn)).contains("waiting"), anita.screen());

            tom.press("<Enter>");
            assertTrue(tom.line(0).startsWith(" Log a contact"), tom.screen());

            // Anita's screen is a moment behind: she presses Take on the same person.
            anita.press("<Enter>");
            assertTrue(anita.line(0).contains("Duty queue"), "she stays on the queue: " + anita.screen());
            assertTrue(anita.screen().contains("Tom Bradshaw took"), anita.screen());
            assertTrue(anita.line(anita.rowOf(crn)).contains("with T. Bradshaw"), anita.screen());
        }
        int takes = officerDb.read(h -> h.createQuery("SELECT count(*) FROM visit_event WHERE action = 'TAKE'")
                .mapTo(Integer.class).one());
        assertEquals(1, takes);
    }

    @Test
    void aPsoIsWarnedBeforeTakingSomeoneRoutedToAProbationOfficer() {
        Map<String, Object> da = officerDb.read(h -> h.createQuery("SELECT id, crn FROM cases WHERE unallocated = 1"
                + " AND da_flag = 1 ORDER BY id LIMIT 1").mapToMap().one());
        String crn = (String) da.get("crn");
        new VisitRepository(receptionDb, TestDb.CLOCK, "reception").checkIn(((Number) da.get("id")).longValue());
        try (Pilot gareth = new Pilot(officerDb, 80, 24, "gpritchard")) {
            int row = gareth.rowOf(crn);
            assertTrue(gareth.line(row).contains(" PO "), "marked for a PO: " + gareth.line(row));
            gareth.press("<Enter>");
            assertTrue(gareth.screen().contains("Take a PO case?"), gareth.screen());
            assertTrue(gareth.screen().contains("DA"), gareth.screen());
            gareth.press("n");
            assertTrue(gareth.screen().contains("in the queue for a PO"), gareth.screen());
            assertTrue(gareth.line(gareth.rowOf(crn)).contains("waiting") || gareth.line(gareth.rowOf(crn)).contains("walk-in"),
                    gareth.screen());
            gareth.press("<Enter>", "y");
            assertTrue(gareth.line(0).startsWith(" Log a contact"), gareth.screen());
        }
    }
}
