package dutydesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.db.Database;
import dutydesk.testing.Golden;
import dutydesk.testing.Pilot;
import dutydesk.testing.TestDb;
import dutydesk.tui.Glyphs;
import dutydesk.tui.Theme;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reports page drawn by the real loop, command thread and database on Lanterna's virtual
 * terminal, as the only page of a minimal application, over the hand-made office of
 * {@link ReportFixture}. Golden 80x24 screens, and scripted keys.
 */
class ReportsScreensTest {

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = ReportFixture.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    Pilot pilot(Theme theme, Glyphs glyphs) {
        ReportsPage page = ReportsPage.create(new ReportRepository(db, TestDb.CLOCK), TestDb.TODAY);
        return Pilot.showing(List.of(page), 80, 24, theme, glyphs);
    }

    ReportsPage page(Pilot p) {
        return (ReportsPage) p.app().top();
    }

    @Test
    void theDailyReportOpensOnToday() {
        try (Pilot p = pilot(Theme.COLOUR, Glyphs.UNICODE)) {
            Golden.assertScreen("reports/reports-daily-80x24", p.screen());
        }
    }

    @Test
    void scrollingShowsTheRestOfTheReport() {
        try (Pilot p = pilot(Theme.MONO, Glyphs.ASCII)) {
            p.press("<PageDown>", "<PageDown>");
            Golden.assertScreen("reports/reports-daily-page3-ascii-80x24", p.screen());
            p.press("G");
            assertEquals("6 missed checks in 3 unallocated cases.", p.line(21).strip());
        }
    }

    @Test
    void theOtherReportIsTheMissedChecks() {
        try (Pilot p = pilot(Theme.COLOUR, Glyphs.UNICODE)) {
            p.press("r");
            Golden.assertScreen("reports/reports-missed-80x24", p.screen());
            p.press("-");
            assertTrue(p.screen().contains("The missed checks are always as they stand today"), p.screen());
        }
    }

    @Test
    void anEarlierDayHasItsOwnFigures() {
        try (Pilot p = pilot(Theme.COLOUR, Glyphs.UNICODE)) {
            p.press("-", "-");
            assertEquals(TestDb.TODAY.minusDays(2), page(p).date());
            assertTrue(p.line(0).endsWith("Sat 21/11/2026"), p.line(0));
            assertTrue(p.line(2).strip().equals("Saturday 21 November 2026 (produced 23/11/2026 10:00)"), p.line(2));
            assertEquals("CONTACTS LOGGED AT THE DESK: 0", p.line(5).strip());
            p.press("t");
            assertEquals("CONTACTS LOGGED AT THE DESK: 12", p.line(5).strip());
            p.press("+");
            assertTrue(p.screen().contains("Today is the latest day with a report."), p.screen());
        }
    }
}
