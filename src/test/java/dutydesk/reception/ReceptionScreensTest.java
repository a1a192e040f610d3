package dutydesk.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.db.Database;
import dutydesk.testing.Golden;
import dutydesk.testing.Pilot;
import dutydesk.testing.TestDb;
import dutydesk.tui.Glyphs;
import dutydesk.tui.Theme;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden 80x24 screens of reception, the duty queue, the end-of-day list and first-run set-up,
 * each started as its user would start the desk (the role picks the page), on the demo
 * database with a morning's check-ins: four waiting (one a walk-in, one routed to a PO) and one
 * with an officer.
 */
class ReceptionScreensTest {

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = TestDb.demo(dir);
        List<Long> due = ids("next_report_date = '2026-11-23' AND da_flag = 0 AND cp_flag = 0 AND mappa_level = 0"
                + " AND rosh_rank < 3", 3);
        long da = ids("next_report_date = '2026-11-23' AND da_flag = 1", 1).get(0);
        long walkIn = ids("next_report_date > '2026-11-23' AND da_flag = 0 AND cp_flag = 0 AND mappa_level = 0", 1)
                .get(0);
        at(9, 12).checkIn(due.get(0));
        at(9, 20).checkIn(due.get(1));
        at(9, 31).checkIn(da);
        at(9, 44).checkIn(walkIn);
        at(9, 47).checkIn(due.get(2));
        VisitRepository anita = new VisitRepository(db, clock(9, 50), "akaur");
        anita.take(firstVisit());
        // A mistaken check-in, undone: it shows nowhere.
        long mistake = ids("next_report_date = '2026-11-23' AND id NOT IN (SELECT case_id FROM visit)", 1).get(0);
        Outcome o = at(9, 55).checkIn(mistake);
        at(9, 56).undo(((Outcome.Done) o).visitId());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<Long> ids(String where, int n) {
        return db.read(h -> h.createQuery("SELECT id FROM cases WHERE unallocated = 1 AND " + where
                + " ORDER BY surname_key, id LIMIT " + n).mapTo(Long.class).list());
    }

    private long firstVisit() {
        return db.read(h -> h.createQuery("SELECT min(id) FROM visit").mapTo(Long.class).one());
    }

    private static Clock clock(int h, int m) {
        return Clock.fixed(LocalDateTime.of(TestDb.TODAY, LocalTime.of(h, m)).atZone(TestDb.LONDON).toInstant(),
                TestDb.LONDON);
    }

    private VisitRepository at(int h, int m) {
        return new VisitRepository(db, clock(h, m), "reception");
    }

    @Test
    void queue() {
        try (Pilot p = new Pilot(db, 80, 24, "tbradshaw")) {
            Golden.assertScreen("reception/queue-80x24", p.screen());
            assertTrue(p.line(0).contains("4 waiting") && p.line(0).contains("1 with officers"), p.line(0));
            assertTrue(p.rowReversed(2), "the longest waiting is selected");
        }
    }

    @Test
    void aPsoAsksBeforeTakingAPoCaseAsciiNoColour() {
        try (Pilot p = new Pilot(db, 80, 24, Theme.MONO, Glyphs.ASCII, "gpritchard")) {
            int row = p.rowOf(" PO ");
            assertTrue(row > 1, p.screen());
            for (int i = 2; i < row; i++) {
                p.press("<Down>");
            }
            p.press("t");
            Golden.assertScreen("reception/queue-po-warning-ascii-80x24", p.screen());
        }
    }

    @Test
    void reception() {
        try (Pilot p = new Pilot(db, 80, 24, "reception")) {
            Golden.assertScreen("reception/reception-80x24", p.screen());
            assertEquals("Reception", p.app().top().title());
        }
    }

    @Test
    void receptionFindingByDateOfBirth() {
        String dob = db.read(h -> h.createQuery("SELECT strftime('%d/%m/%Y', date_of_birth) FROM cases"
                + " WHERE unallocated = 1 ORDER BY id LIMIT 1").mapTo(String.class).one());
        try (Pilot p = new Pilot(db, 80, 24, "reception")) {
            p.press("/").type(dob);
            Golden.assertScreen("reception/reception-find-80x24", p.screen());
            assertTrue(p.line(0).contains("found"), p.line(0));
        }
    }

    @Test
    void endOfDay() {
        try (Pilot p = new Pilot(db, 80, 24, "tbradshaw")) {
            p.press("e");
            Golden.assertScreen("reception/no-shows-80x24", p.screen());
            p.press("<Enter>");
            assertTrue(p.line(0).startsWith(" Log a contact"), p.screen());
            assertTrue(p.screen().contains("AFTA"), "opens as a failure to attend: " + p.screen());
        }
    }

    @Test
    void firstRunSetUp(@TempDir Path empty) {
        try (Database fresh = TestDb.empty(empty); Pilot p = new Pilot(fresh, 80, 24, "hokoye")) {
            p.type("Helen Okoye").press("<Tab>").type("n07p001");
            Golden.assertScreen("reception/first-run-80x24", p.screen());
            p.press("<Tab>", "<Enter>");
            assertTrue(p.line(0).contains("Unallocated cases"), "an SPO starts on the case list: " + p.screen());
            String role = fresh.read(h -> h.createQuery("SELECT role || ' ' || grade || ' ' || staff_code FROM app_user"
                    + " WHERE os_user = 'hokoye'").mapTo(String.class).one());
            assertEquals("SPO SPO N07P001", role);
        }
    }
}
