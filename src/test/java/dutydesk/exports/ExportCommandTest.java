package dutydesk.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.db.Database;
import dutydesk.testing.Output;
import dutydesk.testing.Rows;
import dutydesk.testing.TestDb;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless entry point: what it prints and its exit status. */
class ExportCommandTest {

    @TempDir
    Path dir;
    Path db;
    final Output output = new Output();

    @BeforeEach
    void open() {
        try (Database d = TestDb.empty(dir)) {
            Rows.office(d);
            long id = Rows.person(d, "X100001", "Smith", "John", null);
            Rows.contact(d, Map.of("case_id", id, "type_code", "COAP", "contact_date", "2026-11-23",
                    "start_time", "09:30", "outcome_code", "ATTC", "created_by", "duty1",
                    "created_at", "2026-11-23T09:40:00Z"));
            db = d.file();
        }
    }

    int run(Path file, LocalDate since, boolean again, boolean force) {
        output.reset();
        return ExportCommand.run(db, file, since, again, force, "clerk1", TestDb.CLOCK, output.stdout(),
                output.stderr());
    }

    @Test
    void exportsThenFindsNothingThenRepeats() throws IOException {
        Path file = dir.resolve("contacts.csv");
        assertEquals(0, run(file, null, false, false), output.err());
        assertTrue(output.out().startsWith("Exported 1 contact (0 corrections) to " + file.toAbsolutePath()), output.out());
        assertTrue(output.out().endsWith("(export 1, NEW).\n"), output.out());
        assertEquals(2, Files.readAllLines(file).size());

        assertEquals(0, run(dir.resolve("none.csv"), null, false, false));
        assertTrue(output.out().startsWith("Nothing to export: every contact recorded at the desk has been exported"), output.out());
        assertFalse(Files.exists(dir.resolve("none.csv")));

        assertEquals(0, run(dir.resolve("again.csv"), null, true, false));
        assertTrue(output.out().contains("(export 2, AGAIN 1)"), output.out());
        assertEquals(Files.readString(file), Files.readString(dir.resolve("again.csv")));
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws IOException {
        Path file = dir.resolve("contacts.csv");
        Files.writeString(file, "keep me");
        assertEquals(2, run(file, null, false, false));
        assertEquals("dutydesk: " + file + " already exists\nUse --force to replace it, or give another file name.\n",
                output.err());
        assertEquals("keep me", Files.readString(file));

        assertEquals(0, run(file, null, false, true), output.err());
        assertTrue(Files.readString(file).startsWith("crn,contact_date,"));
    }

    @Test
    void badArgumentsAndAMissingDatabaseAreRefused() {
        assertEquals(2, run(dir.resolve("x.csv"), TestDb.TODAY, true, false));
        assertEquals("dutydesk: --since and --again do not go together\nUse --again to repeat the last export, or"
                + " --since to choose the contacts by date.\n", output.err());
        db = dir.resolve("nothing-here.db");
        assertEquals(2, run(dir.resolve("x.csv"), null, false, false));
        assertEquals("dutydesk: no database at " + db + "\nGive another --db, or create one with 'dutydesk seed' or"
                + " 'dutydesk import'.\n", output.err());
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }

    @Test
    void sinceAFutureDayFindsNothing() {
        assertEquals(0, run(dir.resolve("x.csv"), TestDb.TODAY.plusDays(1), false, false));
        assertEquals("Nothing to export: no contact was recorded or corrected at the desk since 2026-11-24."
                + " No file was written.\n", output.out());
    }

    @Test
    void aFileThatCannotBeWrittenFailsWhileRunningAndRecordsNothing() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        assertEquals(1, run(notAFolder.resolve("x.csv"), null, false, false));
        assertEquals("dutydesk: cannot write " + notAFolder.resolve("x.csv") + ": " + notAFolder + "\n"
                + "No file was written and no contact was recorded as exported.\n", output.err());
        try (Database d = Database.open(db, Database.Mode.MUST_EXIST)) {
            int runs = d.read(h -> h.createQuery("SELECT count(*) FROM contact_export_run").mapTo(Integer.class).one());
            assertEquals(0, runs);
        }
    }

    @Test
    void aMissingFolderIsRefusedAndNothingIsRecordedAsSent() throws IOException {
        Path file = dir.resolve("mistyped/exports/x.csv");
        assertEquals(2, run(file, null, false, false));
        assertEquals("", output.out());
        assertEquals("dutydesk: there is no folder " + dir.resolve("mistyped/exports") + " for " + file + "\n"
                + "Check the path, or create the folder first. Nothing was exported.\n", output.err());
        assertFalse(Files.exists(dir.resolve("mistyped")), "no folder is made");
        try (Database d = Database.open(db, Database.Mode.MUST_EXIST)) {
            int runs = d.read(h -> h.createQuery("SELECT count(*) FROM contact_export_run").mapTo(Integer.class).one());
            assertEquals(0, runs);
        }
        assertEquals(0, run(dir.resolve("x.csv"), null, false, false), output.err());
        assertTrue(output.out().startsWith("Exported 1 contact "), "the contact is still to be sent: " + output.out());
    }

    @Test
    void withNoContactRecordedAtTheDeskItSaysSo() throws IOException {
        try (Database d = TestDb.empty(Files.createDirectory(dir.resolve("new")))) {
            Rows.office(d);
            long id = Rows.person(d, "X100002", "Jones", "Ann", null);
            Rows.contact(d, Map.of("case_id", id, "type_code", "COAP", "contact_date", "2026-11-20",
                    "outcome_code", "ATTC", "source", "IMPORT", "created_by", "extract",
                    "created_at", "2026-11-20T06:00:00Z"));
            db = d.file();
        }
        assertEquals(0, run(dir.resolve("x.csv"), null, false, false), output.err());
        assertEquals("Nothing to export: no contact has been recorded at the desk yet. No file was written.\n",
                output.out());
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }
}
