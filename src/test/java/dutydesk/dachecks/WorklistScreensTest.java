package dutydesk.dachecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.db.Database;
import dutydesk.testing.Golden;
import dutydesk.testing.Pilot;
import dutydesk.testing.TestDb;
import dutydesk.tui.Canvas;
import dutydesk.tui.DataChanged;
import dutydesk.tui.Glyphs;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Msg;
import dutydesk.tui.Nav;
import dutydesk.tui.Next;
import dutydesk.tui.Page;
import dutydesk.tui.Role;
import dutydesk.tui.Theme;
import dutydesk.tui.keys.Keymap;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worklist drawn by the real loop, command thread and database on Lanterna's virtual
 * terminal, as the only page of a minimal application (the page is not wired into the desk's
 * navigation here). Golden 80x24 screens, and scripted keys.
 */
class WorklistScreensTest {

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

    /** Stands in for the checks panel (written elsewhere): names the case it was opened for. */
    record PanelStub(long caseId, String crn) implements Page {
        @Override
        public Next<Page> update(Msg msg) {
            return msg instanceof KeyMsg ? Next.of(this, Nav.pop()) : Next.ignored(this);
        }

        @Override
        public void draw(Canvas c) {
            c.text(0, 0, "Checks of " + crn, Role.TITLE);
        }

        @Override
        public String title() {
            return "Checks of " + crn;
        }

        @Override
        public List<Keymap<?>> keymaps() {
            return List.of();
        }
    }

    private Pilot pilot(Theme theme, Glyphs glyphs) {
        WorklistPage page = WorklistPage.create(new WorklistRepository(db, TestDb.CLOCK), PanelStub::new);
        return Pilot.showing(List.of(page), 80, 24, theme, glyphs);
    }

    private WorklistPage page(Pilot p) {
        return (WorklistPage) p.app().top();
    }

    @Test
    void worklist() {
        try (Pilot p = pilot(Theme.COLOUR, Glyphs.UNICODE)) {
            Golden.assertScreen("dachecks/worklist-80x24", p.screen());
            assertTrue(p.rowReversed(2), "the selected row is in reverse video");
        }
    }

    @Test
    void filteredByOneCheckInAsciiWithoutColour() {
        try (Pilot p = pilot(Theme.MONO, Glyphs.ASCII)) {
            p.press("t", "t", "j", "j");
            Golden.assertScreen("dachecks/worklist-csc-ascii-80x24", p.screen());
            assertTrue(p.rowReversed(4), "the selection shows without colour");
        }
    }

    @Test
    void aCheckNobodyMissedSaysSo() {
        try (Pilot p = pilot(Theme.COLOUR, Glyphs.UNICODE)) {
            for (int i = 0; i < CheckKind.values().length; i++) {
                p.press("t");
                if (page(p).cursor().total() == 0) {
                    assertTrue(p.screen().contains("No case is missing " + page(p).kind().label() + "."), p.screen());
                    return;
                }
            }
            throw new AssertionError("the demo has a check that no case misses");
        }
    }

    @Test
    void enterOpensTheSelectedCasesChecksAndComingBackKeepsTheSelection() {
        try (Pilot p = pilot(Theme.COLOUR, Glyphs.UNICODE)) {
            p.press("<PageDown>", "j", "j");
            WorklistRow chosen = page(p).selectedRow();
            int at = page(p).cursor().selected();
            p.press("<Enter>");
            assertEquals("Checks of " + chosen.crn(), p.line(0));
            p.press("<Esc>");
            assertEquals(chosen.id(), page(p).selectedRow().id());
            assertEquals(at, page(p).cursor().selected());
            assertTrue(p.rowReversed(p.rowOf(chosen.crn())), "still selected on screen");
        }
    }

    @Test
    void whenTheDataChangesTheSelectionStaysOnTheSameCase() {
        try (Pilot p = pilot(Theme.COLOUR, Glyphs.UNICODE)) {
            p.press("j", "j", "j", "j", "j");
            WorklistRow chosen = page(p).selectedRow();
            int total = page(p).cursor().total();
            long top = page(p).window().get(0).id();
            // Someone records the worst case's checks: it leaves the list, and everything moves up.
            db.write(h -> h.createUpdate("UPDATE cases SET missed_checks = 0, missed_kinds = 0,"
                    + " checks_oldest_due = NULL WHERE id = :id").bind("id", top).execute());
            p.post(new DataChanged());
            assertEquals(total - 1, page(p).cursor().total());
            assertEquals(chosen.id(), page(p).selectedRow().id());
            assertEquals(4, page(p).cursor().selected());
            assertTrue(p.rowReversed(p.rowOf(chosen.crn())));
        }
    }

    @Test
    void aCaseMissingMoreChecksThanTheStripHoldsSaysHowManyMore() {
        WorklistWindow all = new WorklistRepository(db, TestDb.CLOCK).load(null, null, 0, 16, 1000);
        int index = 0;
        while (all.rows().get(index).missed().size() <= WorklistPage.STRIP_ROWS - 1) {
            index++;
        }
        WorklistRow many = all.rows().get(index);
        try (Pilot p = pilot(Theme.COLOUR, Glyphs.UNICODE)) {
            for (int i = 0; i < index; i++) {
                p.press("j");
            }
            assertEquals(many.id(), page(p).selectedRow().id());
            String last = p.line(21);
            int more = many.missed().size() - 2;
            assertTrue(last.startsWith(" +" + more + " more: " + many.missed().get(2).kind().code()), last);
            assertTrue(last.contains("(Enter: all of this case's checks)"), last);
            assertTrue(p.line(19).startsWith(" " + many.missed().get(0).kind().code()), p.line(19));
        }
    }
}
