package dutydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.db.Database;
import dutydesk.testing.Pilot;
import dutydesk.testing.TestDb;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripted-key journeys through the real loop, command thread and database, on a virtual 80x24 terminal. */
class JourneyTest {

    @TempDir
    Path dir;
    Database db;
    Pilot pilot;

    @BeforeEach
    void start() {
        db = TestDb.demo(dir);
        pilot = new Pilot(db, 80, 24);
    }

    @AfterEach
    void stop() {
        pilot.close();
        db.close();
    }

    @Test
    void startsOnTheCaseListWithTheFirstCaseSelected() {
        assertTrue(pilot.line(0).contains("Unallocated cases"), pilot.screen());
        assertTrue(pilot.line(0).contains("629 cases"), pilot.line(0));
        assertTrue(pilot.line(2).startsWith(">"), pilot.line(2));
        assertTrue(pilot.rowReversed(2));
        assertFalse(pilot.rowReversed(3));
        assertTrue(pilot.line(23).contains("Enter Open"), pilot.line(23));
    }

    @Test
    void filterOpenBackAndQuit() {
        pilot.press("/").type("obr");
        String first = pilot.line(2);
        assertTrue(first.contains("O'Brien"), pilot.screen());
        assertTrue(pilot.line(22).startsWith("Filter: obr"), pilot.line(22));
        assertTrue(pilot.cursorVisible(), "the text cursor shows in the filter field");
        assertTrue(pilot.line(0).contains(" of 629"), pilot.line(0));

        pilot.press("<Enter>");
        assertFalse(pilot.cursorVisible(), "Enter keeps the filter and leaves the field");
        assertTrue(pilot.line(22).contains("Showing \"obr\""), pilot.line(22));

        pilot.press("<Down>");
        String chosen = pilot.line(3).substring(1, 8);
        pilot.press("<Enter>");
        assertTrue(pilot.line(0).contains(chosen), "the case page shows the chosen CRN: " + pilot.line(0));
        assertTrue(pilot.screen().contains("Contact history"), pilot.screen());

        pilot.press("<Esc>");
        assertEquals(chosen, pilot.line(3).substring(1, 8), "back on the list, the same case is selected");
        assertTrue(pilot.line(3).startsWith(">"));

        pilot.press("<Esc>");
        assertTrue(pilot.line(0).contains("629 cases"), "Esc clears the filter: " + pilot.line(0));
        int row = pilot.rowOf(chosen);
        assertTrue(row >= 2 && pilot.line(row).startsWith(">"), "the selection stays on the case in the full list");

        pilot.press("q");
        assertTrue(pilot.done());
    }

    @Test
    void crnFilterFindsOneCase() {
        String crn = pilot.line(5).substring(1, 8);
        pilot.press("/").type(crn.toLowerCase());
        assertTrue(pilot.line(0).contains("1 of 629"), pilot.line(0));
        assertEquals(crn, pilot.line(2).substring(1, 8));
        assertTrue(pilot.line(22).contains("(CRN)"), pilot.line(22));
    }

    @Test
    void movingPagingAndEnds() {
        pilot.press("j", "j", "<Down>");
        assertTrue(pilot.line(5).startsWith(">"));
        pilot.press("<PageDown>");
        assertTrue(pilot.line(22).contains("24/629"), pilot.line(22));
        pilot.press("G");
        assertTrue(pilot.line(22).contains("629/629"), pilot.line(22));
        assertTrue(pilot.line(21).startsWith(">"), "the last case is on the last list row");
        pilot.press("g");
        assertTrue(pilot.line(22).contains("1/629"), pilot.line(22));
    }

    @Test
    void sortAndRiskFilterKeepTheSelectedCase() {
        pilot.press("j", "j");
        String crn = pilot.line(4).substring(1, 8);
        pilot.press("s");
        assertTrue(pilot.line(0).contains("by name"), pilot.line(0));
        int row = pilot.rowOf(crn);
        assertTrue(row >= 2 && pilot.line(row).startsWith(">"), "the same case stays selected after sorting");

        pilot.press("f");
        assertTrue(pilot.line(22).contains("DA only"), pilot.line(22));
        int risk = pilot.line(1).indexOf("Risk");
        for (int r = 2; r < 22; r++) {
            String l = pilot.line(r);
            assertEquals("DA", l.substring(risk, risk + 2), "row " + r + ": " + l);
        }
    }

    @Test
    void helpIsGeneratedFromTheKeyTables() {
        pilot.press("?");
        String help = pilot.screen();
        assertTrue(help.contains("Help: Unallocated cases"), help);
        assertTrue(help.contains("Filter by surname"), help);
        pilot.press("<End>");
        assertTrue(pilot.screen().contains("Quit Duty Desk"), "the last keys are one End away: " + pilot.screen());
        pilot.press("<Esc>");
        assertTrue(pilot.line(0).contains("Unallocated cases"));
    }

    @Test
    void ctrlCAsksBeforeQuittingAndQuitsOnlyOnYes() {
        pilot.press("<c-c>");
        assertTrue(pilot.screen().contains("Quit Duty Desk?"), pilot.screen());
        pilot.press("n");
        assertFalse(pilot.done());
        assertFalse(pilot.screen().contains("Quit Duty Desk?"));
        pilot.press("<c-c>", "y");
        assertTrue(pilot.done());
    }

    @Test
    void tooSmallTerminalSaysSoAndRecoversWhenEnlarged() {
        pilot.resize(60, 20);
        assertTrue(pilot.line(0).contains("at least 80x24"), pilot.screen());
        assertTrue(pilot.line(1).contains("60x20"));
        pilot.press("j");
        pilot.resize(120, 40);
        assertTrue(pilot.line(0).contains("Unallocated cases"), pilot.screen());
        assertTrue(pilot.line(37).startsWith(" ") || pilot.line(37).startsWith(">"), "a 120x40 screen shows 36 rows");
        assertNotEquals("", pilot.line(37).trim(), pilot.screen());
        pilot.resize(60, 20).type("quick");
        assertFalse(pilot.done(), "letters typed while the window is too small do nothing");
        pilot.resize(80, 24);
        assertTrue(pilot.line(0).contains("Unallocated cases"), "nor did they filter or open anything: "
                + pilot.screen());
        pilot.resize(60, 20).press("<c-c>");
        assertTrue(pilot.done(), "Ctrl+C quits from the too-small screen");
    }

    @Test
    void escThenKeyArrivingTogetherIsTwoKeys() {
        pilot.press("/").type("sm").press("<Enter>");
        // Esc followed at once by "/" arrives as Alt+/ over a busy link.
        pilot.queue(new com.googlecode.lanterna.input.KeyStroke('/', false, true)).pump();
        assertTrue(pilot.line(0).contains("629 cases"), "Esc cleared the filter: " + pilot.line(0));
        assertTrue(pilot.cursorVisible(), "and / opened the filter field again");
    }

    @Test
    void terminalClosingEndsTheSession() {
        pilot.hangUp();
        assertTrue(pilot.done());
    }
}
