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
        assertEquals("dutydesk backup: " + file + " already exists; use --force to replace it\n", output.err());
        assertEquals("keep", Files.readString(file));
        assertEquals(0, backup(file, true), output.err());
    }

    @Test
    void noDatabaseNoBackup() {
        db = dir.resolve("missing.db");
        assertEquals(2, backup(dir.resolve("copy.db"), false));
        assertEquals("dutydesk backup: no database at " + db + "\n", output.err());
        assertEquals(2, check(dir.resolve("nothing.db")));
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
        assertTrue(output.err().startsWith("dutydesk backup: " + file), output.err());

        Files.writeString(file, "this is not a database at all, just text long enough to have a header......");
        assertEquals(1, check(file));
        assertTrue(output.err().contains("damaged or is not a Duty Desk database"), output.err());
    }
}
