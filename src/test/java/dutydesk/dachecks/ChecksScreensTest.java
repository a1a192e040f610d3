package dutydesk.dachecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.db.Database;
import dutydesk.testing.Golden;
import dutydesk.testing.Pilot;
import dutydesk.testing.TestDb;
import dutydesk.tui.Glyphs;
import dutydesk.tui.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks panel drawn by the real loop, command thread and database on Lanterna's virtual
 * terminal, as the only page of a minimal application. Golden 80x24 screens of a demo case with
 * several checks and more than one missed, and scripted keys.
 */
class ChecksScreensTest {

    @TempDir
    Path dir;
    Database db;
    long caseId;
    String crn;

    @BeforeEach
    void open() {
        db = TestDb.demo(dir);
        // The first case by id with two or more missed checks and a current DA registration.
        Map<String, Object> c = db.read(h -> h.createQuery("SELECT id, crn FROM cases WHERE missed_checks >= 2"
                + " AND EXISTS (SELECT 1 FROM registration r WHERE r.case_id = cases.id AND r.type_code IN ('ADVP', 'REG30')"
                + " AND r.deregistered_date IS NULL) ORDER BY id LIMIT 1").mapToMap().one());
        caseId = ((Number) c.get("id")).longValue();
        crn = (String) c.get("crn");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Pilot pilot() {
        ChecksPage page = ChecksPage.open(new CheckRepository(db, TestDb.CLOCK, TestDb.USER), caseId, crn);
        return Pilot.showing(List.of(page), 80, 24, Theme.COLOUR, Glyphs.UNICODE);
    }

    private ChecksPage page(Pilot p) {
        return (ChecksPage) p.app().top();
    }

    @Test
    void panel() {
        try (Pilot p = pilot()) {
            Golden.assertScreen("dachecks/checks-panel-80x24", p.screen());
            ChecksPage page = page(p);
            assertTrue(page.rows().size() >= 5, "several checks apply");
            assertTrue(page.panel().evaluation().missedCount() >= 2, "more than one is missed");
            assertTrue(p.rowReversed(2), "the selected check is in reverse video");
            assertTrue(p.line(0).contains(crn), p.line(0));
        }
    }

    @Test
    void policeRequestFormWithAProblem() {
        try (Pilot p = pilot()) {
            assertEquals(CheckKind.POLICE_DA, page(p).current().kind());
            p.press("r", "<End>");
            for (int i = 0; i < 10; i++) {
                p.press("<BS>");
            }
            p.type("30/11/2026");
            p.press("<Tab>", "<Right>", "<Tab>");
            p.type("Sent to Thames Valley Police");
            p.press("<c-s>");
            Golden.assertScreen("dachecks/checks-form-80x24", p.screen());
            ChecksPage page = page(p);
            assertEquals(ChecksPage.Field.DATE, page.form().focus());
            assertTrue(p.screen().contains("Date: 30/11/2026 is in the future"), p.screen());
            assertTrue(p.cursorVisible(), "the cursor is in the date");
        }
    }

    @Test
    void recordingThePoliceRequestMovesTheFlagOnScreen() {
        try (Pilot p = pilot()) {
            ChecksPage before = page(p);
            assertEquals(Missed.NOT_REQUESTED, before.current().missed(), "the chosen case misses its police check");
            p.press("r", "<Enter>", "<Enter>", "<Enter>");
            ChecksPage after = page(p);
            assertNull(after.form());
            assertTrue(p.line(22).startsWith("Recorded C369 Police request sent on 23/11/2026."), p.line(22));
            assertEquals(CheckKind.POLICE_DA, after.current().kind());
            assertEquals(CheckState.REQUESTED, after.current().state());
            assertTrue(p.line(2).contains("requested"), p.line(2));
            assertEquals(before.panel().evaluation().missedCount() - 1, after.panel().evaluation().missedCount());
            assertFalse(p.line(2).contains("NOT REQUESTED"), p.line(2));
        }
    }

    @Test
    void aLongNoteIsShownFromItsStartOnceTheCursorLeavesIt() {
        String note = "Sent to Thames Valley Police by secure email, copy on the case file, chased by phone";
        try (Pilot p = pilot()) {
            p.press("r", "<Tab>", "<Tab>");
            assertEquals(ChecksPage.Field.TEXT, page(p).form().focus());
            p.type(note);
            int row = p.rowOf("  Note ");
            assertTrue(p.line(row).endsWith("chased by phone"), "typing shows the cursor's end: " + p.line(row));
            p.press("<Tab>");
            assertEquals(ChecksPage.Field.DATE, page(p).form().focus());
            assertTrue(p.line(row).startsWith("  Note        Sent to Thames Valley Police by secure email"),
                    p.line(row));
        }
    }

    @Test
    void onTheOptionFieldTheHintsSayHowToChangeIt() {
        try (Pilot p = pilot()) {
            p.press("r");
            assertFalse(p.line(23).contains("Option"), p.line(23));
            p.press("<Tab>");
            assertTrue(p.line(23).contains("\u2190\u2192 Option"), p.line(23));
            p.press("<Right>");
            assertTrue(p.screen().contains("< 2 Domestic abuse and other check >"), p.screen());
        }
    }

    @Test
    void everyActionOfEveryCheckIsListedWholeAt80Columns() {
        for (CheckKind kind : CheckKind.values()) {
            List<String> lines = ChecksView.actionsLines(kind, 80 - 6);
            String all = String.join(" ", lines);
            for (CheckAction a : CheckAction.forCheck(kind)) {
                assertTrue(all.contains(a.key() + " " + a.label()), kind + ": " + lines);
            }
            for (String l : lines) {
                assertTrue(l.length() <= 74, kind + ": " + l);
            }
            assertTrue(lines.get(0).startsWith("Record: "), kind + ": " + lines);
        }
        assertEquals(List.of("Record: r Police request sent   p Police response received",
                "        a Police response analysed   f Flag to SPO"), ChecksView.actionsLines(CheckKind.POLICE_DA, 74));
        assertEquals(List.of("Record: r SARA seen   f Flag to SPO"), ChecksView.actionsLines(CheckKind.SARA, 74));
    }
}
