package dutydesk.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.db.Database;
import dutydesk.testing.Rows;
import dutydesk.testing.TestDb;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

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
        out.reset();
        err.reset();
        return ExportCommand.run(db, file, since, again, force, "clerk1", TestDb.CLOCK,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportsThenFindsNothingThenRepeats() throws IOException {
        Path file = dir.resolve("contacts.csv");
        assertEquals(0, run(file, null, false, false), err());
        assertTrue(out().startsWith("Exported 1 contact (0 corrections) to " + file.toAbsolutePath()), out());
        assertTrue(out().endsWith("(export 1, NEW).\n"), out());
        assertEquals(2, Files.readAllLines(file).size());

        assertEquals(0, run(dir.resolve("none.csv"), null, false, false));
        assertTrue(out().startsWith("Nothing to export: every contact recorded at the desk has been exported"), out());
        assertFalse(Files.exists(dir.resolve("none.csv")));

        assertEquals(0, run(dir.resolve("again.csv"), null, true, false));
        assertTrue(out().contains("(export 2, AGAIN 1)"), out());
        assertEquals(Files.readString(file), Files.readString(dir.resolve("again.csv")));
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws IOException {
        Path file = dir.resolve("contacts.csv");
        Files.writeString(file, "keep me");
        assertEquals(2, run(file, null, false, false));
        assertEquals("dutydesk export: " + file + " already exists; use --force to replace it\n", err());
        assertEquals("keep me", Files.readString(file));

        assertEquals(0, run(file, null, false, true), err());
        assertTrue(Files.readString(file).startsWith("crn,contact_date,"));
    }

    @Test
    void badArgumentsAndAMissingDatabaseAreRefused() {
        assertEquals(2, run(dir.resolve("x.csv"), TestDb.TODAY, true, false));
        assertEquals("dutydesk export: --since and --again cannot be used together\n", err());
        db = dir.resolve("nothing-here.db");
        assertEquals(2, run(dir.resolve("x.csv"), null, false, false));
        assertTrue(err().startsWith("dutydesk export: no database at "), err());
        assertFalse(Files.exists(dir.resolve("x.csv")));
    }

    @Test
    void sinceAFutureDayFindsNothing() {
        assertEquals(0, run(dir.resolve("x.csv"), TestDb.TODAY.plusDays(1), false, false));
        assertEquals("Nothing to export: no contact was recorded or corrected at the desk since 2026-11-24."
                + " No file was written.\n", out());
    }

    @Test
    void aFileThatCannotBeWrittenFailsWhileRunningAndRecordsNothing() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file, not a folder");
        assertEquals(1, run(notAFolder.resolve("x.csv"), null, false, false));
        assertEquals("dutydesk export: cannot write " + notAFolder.resolve("x.csv") + ": " + notAFolder + "\n", err());
        try (Database d = Database.open(db, Database.Mode.MUST_EXIST)) {
            int runs = d.read(h -> h.createQuery("SELECT count(*) FROM contact_export_run").mapTo(Integer.class).one());
            assertEquals(0, runs);
        }
    }
}
