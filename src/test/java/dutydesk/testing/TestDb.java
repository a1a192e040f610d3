package dutydesk.testing;

import dutydesk.db.Database;
import dutydesk.db.Migrator;
import dutydesk.demo.DemoSeeder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Databases for tests: real files (WAL needs one), created with the real migrations. The demo
 * caseload is generated once per test run and copied for each test that asks for it.
 */
public final class TestDb {

    /** Every test runs "on" Monday 23 November 2026, 10:00 London time. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final Clock CLOCK = Clock.fixed(LocalDateTime.of(TODAY, java.time.LocalTime.of(10, 0))
            .atZone(LONDON).toInstant(), LONDON);
    public static final long SEED = 20261123L;
    /** The OS user the tests' sessions run as. */
    public static final String USER = "duty1";
    public static final int DEMO_CASES = 650;

    private static Path demoTemplate;

    private TestDb() {
    }

    /** A new, migrated, empty database in {@code dir}. */
    public static Database empty(Path dir) {
        Database db = Database.open(dir.resolve("test.db"), Database.Mode.CREATE_IF_MISSING);
        Migrator.migrate(db, "tester");
        return db;
    }

    /** A copy of the seeded demo database in {@code dir}. */
    public static Database demo(Path dir) {
        Path file = dir.resolve("demo.db");
        try {
            Files.copy(demoTemplate(), file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Database.open(file, Database.Mode.MUST_EXIST);
    }

    private static synchronized Path demoTemplate() throws IOException {
        if (demoTemplate == null) {
            Path dir = Files.createTempDirectory("dutydesk-demo");
            dir.toFile().deleteOnExit();
            Path file = dir.resolve("template.db");
            try (Database db = Database.open(file, Database.Mode.CREATE_IF_MISSING)) {
                Migrator.migrate(db, "tester");
                DemoSeeder.seed(db, DEMO_CASES, SEED, TODAY, "tester", (d, t) -> { });
                // The tests' own users: two SPOs (who start on the case list), as well as the
                // demo's duty officers (tbradshaw PO, gpritchard PSO) and reception.
                db.write(h -> h.execute("INSERT INTO app_user (os_user, name, grade, role, created_at, created_by)"
                        + " VALUES ('" + USER + "', 'Duty One', 'SPO', 'SPO', '2026-11-01T09:00:00Z', 'tester'),"
                        + " ('duty2', 'Duty Two', 'SPO', 'SPO', '2026-11-01T09:00:00Z', 'tester')"));
                // Fold the WAL into the main file so a plain file copy carries everything.
                db.read(h -> h.createQuery("PRAGMA wal_checkpoint(TRUNCATE)").mapToMap().list());
            }
            file.toFile().deleteOnExit();
            demoTemplate = file;
        }
        return demoTemplate;
    }
}
