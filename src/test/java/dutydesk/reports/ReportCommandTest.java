package dutydesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.db.Database;
import dutydesk.testing.Golden;
import dutydesk.testing.Output;
import dutydesk.testing.TestDb;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless entry point: the same text as the golden files, CSV, and its exit status. */
class ReportCommandTest {

    @TempDir
    Path dir;
    Path db;
    final Output output = new Output();

    @BeforeEach
    void open() {
        try (Database d = ReportFixture.open(dir)) {
            db = d.file();
        }
    }

    int run(ReportKind kind, LocalDate date, ReportCommand.Format format) {
        output.reset();
        return ReportCommand.run(db, kind, date, format, TestDb.CLOCK, "tester", output.stdout(), output.stderr());
    }

    @Test
    void printsTheReportsAsText() {
        assertEquals(0, run(ReportKind.DAILY, null, ReportCommand.Format.TEXT), output::err);
        Golden.assertScreen("reports/daily", output.out());
        assertEquals(0, run(ReportKind.MISSED, TestDb.TODAY, ReportCommand.Format.TEXT), output::err);
        Golden.assertScreen("reports/missed", output.out());
        assertEquals("", output.err(), "nothing on stderr when all is well");
    }

    @Test
    void printsCsv() {
        assertEquals(0, run(ReportKind.DAILY, TestDb.TODAY, ReportCommand.Format.CSV));
        assertTrue(output.out().startsWith(String.join(",", ReportCsv.DAILY) + "\r\n"), output.out());
        assertEquals(0, run(ReportKind.MISSED, null, ReportCommand.Format.CSV));
        assertTrue(output.out().startsWith(String.join(",", ReportCsv.MISSED) + "\r\n"), output.out());
    }

    @Test
    void refusesADateForTheMissedChecksAndAMissingDatabase() {
        assertEquals(2, run(ReportKind.MISSED, TestDb.TODAY.minusDays(1), ReportCommand.Format.TEXT));
        assertEquals("dutydesk: --date goes with the daily report\nThe missed-checks report is always as of today.\n",
                output.err());
        db = dir.resolve("missing.db");
        assertEquals(2, run(ReportKind.DAILY, null, ReportCommand.Format.TEXT));
        assertEquals("dutydesk: no database at " + db + "\nGive another --db, or create one with 'dutydesk seed' or"
                + " 'dutydesk import'.\n", output.err());
    }

    @Test
    void refusesADayAfterTodayAsTheDeskDoes() {
        assertEquals(2, run(ReportKind.DAILY, TestDb.TODAY.plusDays(1), ReportCommand.Format.TEXT));
        assertEquals("", output.out());
        assertEquals("dutydesk: there is no daily report for 2026-11-24: it is after today (2026-11-23)\n"
                + "Give today or an earlier day, or leave out --date for today's.\n", output.err());
        assertEquals(2, run(ReportKind.DAILY, LocalDate.of(2027, 1, 1), ReportCommand.Format.CSV));
        assertEquals("", output.out());
        assertEquals(0, run(ReportKind.DAILY, TestDb.TODAY, ReportCommand.Format.TEXT), output::err);
        Golden.assertScreen("reports/daily", output.out());
    }

    @Test
    void namesOnTheCommandLine() {
        assertEquals(ReportKind.DAILY, ReportKind.parse("Daily"));
        assertEquals(ReportKind.MISSED, ReportKind.parse(" missed "));
        assertEquals(null, ReportKind.parse("weekly"));
    }
}
