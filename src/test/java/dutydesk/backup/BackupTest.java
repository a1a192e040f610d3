package dutydesk.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.db.Database;
import dutydesk.io.AtomicFile;
import dutydesk.testing.TestDb;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Backups of the demo database: taken while another connection keeps writing, the copy passes
 * SQLite's integrity check and is exactly the database after one of the writer's commits.
 */
class BackupTest {

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

    static long count(Database d, String sql) {
        return d.read(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    /**
     * Adds one person and two contacts for them per transaction, as fast as it can, on its own
     * connection, until stopped. Each commit releases one permit of {@code progress}; when it
     * stops, for whatever reason, it releases plenty, so nobody waits for it forever.
     */
    static final class Writer implements Runnable {
        final Path file;
        final String prefix;
        final AtomicInteger commits = new AtomicInteger();
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final Semaphore progress = new Semaphore(0);

        Writer(Path file, String prefix) {
            this.file = file;
            this.prefix = prefix;
        }

        @Override
        public void run() {
            try (Database d = Database.open(file, Database.Mode.MUST_EXIST)) {
                for (int i = 0; !stop.get(); i++) {
                    String crn = prefix + String.format("%05d", i);
                    d.write(h -> {
                        long id = h.createUpdate("INSERT INTO cases (crn, forename, surname, surname_key, forename_key,"
                                        + " date_of_birth, pdu_code, team_code, om_staff_code, unallocated, rosh_rank,"
                                        + " case_type, order_description, sentence_date, reporting_frequency,"
                                        + " next_report_date, created_at, updated_at, updated_by)"
                                        + " SELECT :crn, forename, surname, surname_key, forename_key, date_of_birth,"
                                        + " pdu_code, team_code, om_staff_code, unallocated, 0, case_type,"
                                        + " order_description, sentence_date, reporting_frequency, next_report_date,"
                                        + " created_at, updated_at, 'writer' FROM cases"
                                        + " ORDER BY id LIMIT 1")
                                .bind("crn", crn).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
                        for (String type : List.of("COAP", "CTOB")) {
                            h.execute("INSERT INTO contact (case_id, type_code, contact_date, created_by, created_at)"
                                    + " VALUES (?, ?, '2026-11-23', 'writer', '2026-11-23T10:00:00Z')", id, type);
                        }
                        return null;
                    });
                    commits.incrementAndGet();
                    progress.release();
                }
            } catch (Throwable t) {
                failure.set(t);
            } finally {
                progress.release(1_000_000);
            }
        }
    }

    /** A CRN prefix (a letter and a digit) no demo case uses. */
    String freePrefix() {
        for (char c = 'A'; c <= 'Z'; c++) {
            String p = c + "9";
            if (count(db, "SELECT count(*) FROM cases WHERE crn GLOB '" + p + "*'") == 0) {
                return p;
            }
        }
        throw new IllegalStateException("no free CRN prefix");
    }

    @Test
    void aBackupTakenWhileAnotherConnectionWritesIsOneCommittedState() throws Exception {
        long cases = count(db, "SELECT count(*) FROM cases");
        long contacts = count(db, "SELECT count(*) FROM contact");
        String prefix = freePrefix();
        Writer w = new Writer(db.file(), prefix);
        Thread t = new Thread(w, "writer");
        t.start();
        Path copy = Files.createDirectory(dir.resolve("backups")).resolve("copy.db");
        try {
            w.progress.acquire(5);
            int before = w.commits.get();
            Backup.Made made = Backup.copy(db, copy, false, Backup.Method.ONLINE_BACKUP);
            assertEquals(copy, made.file());
            // The writer goes on after the copy as before it.
            w.progress.acquire(5);
            assertNull(w.failure.get(), () -> "the writer failed: " + w.failure.get());
            assertTrue(w.commits.get() > before);
        } finally {
            w.stop.set(true);
            t.join();
        }
        assertNull(w.failure.get(), () -> "the writer failed: " + w.failure.get());

        Backup.Checked checked = Backup.check(copy, List.of("cases", "contact"));
        assertTrue(checked.ok(), checked.problems()::toString);
        long added = checked.counts().get("cases") - cases;
        assertTrue(added >= 5 && added <= w.commits.get(), "the copy holds " + added + " of the writer's "
                + w.commits.get() + " commits, at least the 5 before it started");
        assertEquals(contacts + 2 * added, checked.counts().get("contact"),
                "every committed person came with both contacts: no half transaction");
        try (Database c = Database.open(copy, Database.Mode.MUST_EXIST)) {
            assertEquals(0, count(c, "SELECT count(*) FROM contact x LEFT JOIN cases k ON k.id = x.case_id"
                    + " WHERE k.id IS NULL"), "every contact has its case");
            assertEquals(added, count(c, "SELECT count(*) FROM cases WHERE crn GLOB '" + prefix + "*'"));
            assertEquals(List.of(), c.read(h -> h.createQuery("PRAGMA foreign_key_check").mapToMap().list()));
        }
    }

    @Test
    void theCopyIsOneFileForTheGroupAndAnExistingFileIsKeptUnlessForced() throws IOException {
        Path copy = dir.resolve("copy.db");
        Backup.copy(db, copy, false, Backup.Method.ONLINE_BACKUP);
        assertEquals(AtomicFile.PERMISSIONS, Files.getPosixFilePermissions(copy));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("copy.db", "demo.db"), files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("demo.db-")).sorted().toList(), "no temporary file, no -wal or -shm");
        }
        Backup.Checked c = Backup.check(copy, List.of("cases", "contact", "no_such_table"));
        assertTrue(c.ok());
        assertEquals(count(db, "PRAGMA user_version"), c.schemaVersion());
        assertEquals(List.of("cases", "contact"), List.copyOf(c.counts().keySet()));

        long size = Files.size(copy);
        Files.writeString(copy, "not a backup");
        assertThrows(FileAlreadyExistsException.class, () -> Backup.copy(db, copy, false, Backup.Method.ONLINE_BACKUP));
        assertEquals("not a backup", Files.readString(copy));
        Backup.copy(db, copy, true, Backup.Method.ONLINE_BACKUP);
        assertEquals(size, Files.size(copy));
    }

    @Test
    void vacuumIntoMakesAnEquallySoundCopy() throws IOException {
        Path copy = dir.resolve("vacuumed.db");
        Backup.copy(db, copy, false, Backup.Method.VACUUM_INTO);
        Backup.Checked c = Backup.check(copy, List.of("cases", "contact"));
        assertTrue(c.ok());
        assertEquals(count(db, "SELECT count(*) FROM contact"), c.counts().get("contact"));
    }

    @Test
    void theDatabaseCannotBeItsOwnBackup() {
        IOException e = assertThrows(IOException.class,
                () -> Backup.copy(db, db.file(), true, Backup.Method.ONLINE_BACKUP));
        assertTrue(e.getMessage().startsWith("the backup cannot be the database itself"), e.getMessage());
        assertFalse(count(db, "SELECT count(*) FROM cases") == 0);
    }
}
