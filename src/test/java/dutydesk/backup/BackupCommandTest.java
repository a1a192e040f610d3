package dutydesk.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.db.Database;
import dutydesk.testing.Output;
import dutydesk.testing.TestDb;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless entry points: what they print and their exit status. */
class BackupCommandTest {

    @TempDir
    Path dir;
    Path db;
    final Output output = new Output();

    @BeforeEach
    void open() {
        try (Database d = TestDb.demo(dir)) {
            db = d.file();
        }
    }

    int backup(Path file, boolean force) {
        output.reset();
        return BackupCommand.run(db, file, force, output.stdout(), output.stderr());
    }

    int check(Path file) {
        output.reset();
        return BackupCommand.check(file, output.stdout(), output.stderr());
    }

    @Test
    void backsUpThenChecksTheCopy() {
        Path file = dir.resolve("copy.db");
        assertEquals(0, backup(file, false), output.err());
        String[] lines = output.out().split("\n");
        assertEquals(2, lines.length, output.out());
        assertTrue(Pattern.matches("Backed up .*demo\\.db to .*copy\\.db: [0-9.,]+ MB in [0-9.]+ s\\.", lines[0]), lines[0]);
        assertTrue(Pattern.matches(".*copy\\.db: integrity check ok; schema \\d+; 650 cases, [0-9,]+ contacts\\.",
                lines[1]), lines[1]);

        assertEquals(0, check(file));
        assertEquals(lines[1] + "\n", output.out());
    }

    @Test
    void anExistingFileIsReplacedOnlyWithForce() throws IOException {
        Path file = Files.writeString(dir.resolve("copy.db"), "keep");
        assertEquals(2, backup(file, false));
        assertEquals("dutydesk: " + file + " already exists\nUse --force to replace it, or give another file name.\n",
                output.err());
        assertEquals("keep", Files.readString(file));
        assertEquals(0, backup(file, true), output.err());
    }

    @Test
    void noDatabaseNoBackup() {
        db = dir.resolve("missing.db");
        assertEquals(2, backup(dir.resolve("copy.db"), false));
        assertEquals("dutydesk: no database at " + db + "\nGive another --db, or create one with 'dutydesk seed' or"
                + " 'dutydesk import'.\n", output.err());
        assertEquals(2, check(dir.resolve("nothing.db")));
        assertEquals("dutydesk: No file at " + dir.resolve("nothing.db") + ".\nCheck the name of the copy.\n",
                output.err());
    }

    @Test
    void aDamagedCopyFailsItsCheck() throws IOException {
        Path file = dir.resolve("copy.db");
        assertEquals(0, backup(file, false));
        long size = Files.size(file);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            // Overwrite a stretch of pages in the middle with garbage.
            f.seek(size / 2);
            byte[] junk = new byte[16 * 4096];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            f.write(junk);
        }
        assertEquals(1, check(file));
        assertTrue(output.err().startsWith("dutydesk: " + file), output.err());
        assertTrue(output.err().endsWith("\nDo not restore from this copy: make another backup.\n"), output.err());

        Files.writeString(file, "this is not a database at all, just text long enough to have a header......");
        assertEquals(1, check(file));
        assertTrue(output.err().contains("damaged or is not a Duty Desk database"), output.err());
    }

    @Test
    void aMissingFolderIsRefused() {
        Path file = dir.resolve("mistyped/copy.db");
        assertEquals(2, backup(file, false));
        assertEquals("", output.out());
        assertEquals("dutydesk: there is no folder " + dir.resolve("mistyped") + " for " + file + "\n"
                + "Check the path, or create the folder first. No copy was made.\n", output.err());
        assertTrue(!Files.exists(dir.resolve("mistyped")), "no folder is made");
    }

    @Test
    void oneCaseAndOneContactAreCountedAsSuch() throws IOException {
        try (Database d = TestDb.empty(Files.createDirectory(dir.resolve("small")))) {
            dutydesk.testing.Rows.office(d);
            long id = dutydesk.testing.Rows.person(d, "X100001", "Smith", "John", null);
            dutydesk.testing.Rows.contact(d, java.util.Map.of("case_id", id, "type_code", "COAP",
                    "contact_date", "2026-11-23", "outcome_code", "ATTC", "created_by", "duty1",
                    "created_at", "2026-11-23T09:40:00Z"));
            db = d.file();
        }
        assertEquals(0, backup(dir.resolve("copy.db"), false), output.err());
        assertTrue(output.out().endsWith("; 1 case, 1 contact.\n"), output.out());
    }
}
