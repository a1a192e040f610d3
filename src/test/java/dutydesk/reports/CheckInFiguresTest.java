package dutydesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dutydesk.db.Database;
import dutydesk.reception.Outcome;
import dutydesk.reception.VisitRepository;
import dutydesk.testing.Rows;
import dutydesk.testing.TestDb;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The daily report's check-in figures for visits made the way reception and the queue make them. */
class CheckInFiguresTest {

    @TempDir
    Path dir;

    static VisitRepository at(Database db, String time) {
        Clock clock = Clock.fixed(TestDb.TODAY.atTime(LocalTime.parse(time)).atZone(TestDb.LONDON).toInstant(),
                TestDb.LONDON);
        return new VisitRepository(db, clock, TestDb.USER);
    }

    @Test
    void checkedInTakenLeftAndUndoneAsTheQueueRecordsThem() {
        try (Database db = TestDb.empty(dir)) {
            Rows.office(db);
            long due = Rows.person(db, "X100001", "Smith", "John", null);
            long walkIn = Rows.person(db, "X100002", "Jones", "Amy", null);
            long mistake = Rows.person(db, "X100003", "Brown", "Lee", null);
            db.write(h -> h.execute("UPDATE cases SET next_report_date = '2026-11-23' WHERE id = ?", due));

            long first = ((Outcome.Done) at(db, "09:00").checkIn(due)).visitId();
            long second = ((Outcome.Done) at(db, "09:05").checkIn(walkIn)).visitId();
            long third = ((Outcome.Done) at(db, "09:06").checkIn(mistake)).visitId();
            at(db, "09:07").undo(third);
            at(db, "09:10").take(second);
            at(db, "09:20").release(second, false);
            at(db, "09:30").take(second);
            at(db, "09:40").left(first);

            DailyReport.CheckIns v = new ReportRepository(db, TestDb.CLOCK).daily(TestDb.TODAY).checkIns();

            assertEquals(new DailyReport.CheckIns(2, 1, 0, 1, 0, 1, 1, 1, 25 * 60L, 25 * 60L), v,
                    "the undone check-in is not counted; the wait runs to the last take (09:05 to 09:30)");
            assertEquals(1, v.walkIns());
        }
    }
}
