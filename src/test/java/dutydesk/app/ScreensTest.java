package dutydesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.db.Database;
import dutydesk.testing.Golden;
import dutydesk.testing.Pilot;
import dutydesk.testing.TestDb;
import dutydesk.tui.Glyphs;
import dutydesk.tui.Theme;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One golden 80x24 screen per page, drawn by the real loop from the seeded demo database. */
class ScreensTest {

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

    @Test
    void caseList() {
        try (Pilot p = new Pilot(db, 80, 24)) {
            Golden.assertScreen("cases/case-list-80x24", p.screen());
            assertTrue(p.rowReversed(2), "the selected row is in reverse video");
        }
    }

    @Test
    void caseListWhileFiltering() {
        try (Pilot p = new Pilot(db, 80, 24)) {
            p.press("/").type("o'b");
            Golden.assertScreen("cases/case-list-filtering-80x24", p.screen());
        }
    }

    @Test
    void caseListInAsciiWithoutColour() {
        try (Pilot p = new Pilot(db, 80, 24, Theme.MONO, Glyphs.ASCII)) {
            p.press("f");
            Golden.assertScreen("cases/case-list-ascii-da-80x24", p.screen());
        }
    }

    @Test
    void casePage() {
        try (Pilot p = new Pilot(db, 80, 24)) {
            p.press("/").type("kowalski").press("<Enter>", "<Enter>");
            Golden.assertScreen("cases/case-page-80x24", p.screen());
        }
    }

    @Test
    void contactNotesPage() {
        try (Pilot p = new Pilot(db, 80, 24)) {
            p.press("/").type("kowalski").press("<Enter>", "<Enter>", "<Enter>");
            Golden.assertScreen("cases/contact-notes-80x24", p.screen());
        }
    }

    @Test
    void help() {
        try (Pilot p = new Pilot(db, 80, 24)) {
            p.press("?");
            Golden.assertScreen("app/help-case-list-80x24", p.screen());
        }
    }

    @Test
    void tooSmall() {
        try (Pilot p = new Pilot(db, 80, 24)) {
            p.resize(70, 20);
            Golden.assertScreen("app/too-small-70x20", p.screen());
        }
    }

    @Test
    void quitQuestion() {
        try (Pilot p = new Pilot(db, 80, 24)) {
            p.press("<c-c>");
            Golden.assertScreen("app/quit-question-80x24", p.screen());
        }
    }
}
