package dutydesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.db.Database;
import dutydesk.testing.Golden;
import dutydesk.testing.TestDb;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void open() {
        try (Database d = ReportFixture.open(dir)) {
            db = d.file();
        }
    }

    int run(ReportKind kind, LocalDate date, ReportCommand.Format format) {
        out.reset();
        err.reset();
        return ReportCommand.run(db, kind, date, format, TestDb.CLOCK, "tester",
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsTheReportsAsText() {
        assertEquals(0, run(ReportKind.DAILY, null, ReportCommand.Format.TEXT), err::toString);
        Golden.assertScreen("reports/daily", out());
        assertEquals(0, run(ReportKind.MISSED, TestDb.TODAY, ReportCommand.Format.TEXT), err::toString);
        Golden.assertScreen("reports/missed", out());
        assertEquals("", err.toString(StandardCharsets.UTF_8), "nothing on stderr when all is well");
    }

    @Test
    void printsCsv() {
        assertEquals(0, run(ReportKind.DAILY, TestDb.TODAY, ReportCommand.Format.CSV));
        assertTrue(out().startsWith(String.join(",", ReportCsv.DAILY) + "\r\n"), out());
        assertEquals(0, run(ReportKind.MISSED, null, ReportCommand.Format.CSV));
        assertTrue(out().startsWith(String.join(",", ReportCsv.MISSED) + "\r\n"), out());
    }

    @Test
    void refusesADateForTheMissedChecksAndAMissingDatabase() {
        assertEquals(2, run(ReportKind.MISSED, TestDb.TODAY.minusDays(1), ReportCommand.Format.TEXT));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("as of today only"));
        db = dir.resolve("missing.db");
        assertEquals(2, run(ReportKind.DAILY, null, ReportCommand.Format.TEXT));
        assertEquals("dutydesk report: no database at " + db + "\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void namesOnTheCommandLine() {
        assertEquals(ReportKind.DAILY, ReportKind.parse("Daily"));
        assertEquals(ReportKind.MISSED, ReportKind.parse(" missed "));
        assertEquals(null, ReportKind.parse("weekly"));
    }
}
