package dutydesk.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.cases.CaseRepository;
import dutydesk.db.Database;
import dutydesk.db.Migrator;
import dutydesk.testing.TestDb;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoSeederTest {

    @TempDir
    Path dir;

    private static List<Map<String, Object>> derived(Database db) {
        return db.read(h -> h.createQuery("SELECT id, da_flag, cp_flag, mappa_level, last_seen_date FROM cases ORDER BY id")
                .mapToMap().list());
    }

    @Test
    void aBulkSeedIsCompleteConsistentAndBackInWalMode() {
        int n = DemoSeeder.BATCH + 123;
        try (Database db = TestDb.empty(dir)) {
            int[] progress = {0};
            assertEquals(n, DemoSeeder.seed(db, n, 5, TestDb.TODAY, "seeder", (done, total) -> progress[0] = done));
            assertEquals(n, progress[0]);
            assertEquals(n, DemoSeeder.caseCount(db));
            assertEquals("wal", db.read(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()));
            assertEquals(1, (int) db.read(h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()));
            assertEquals(List.of(), db.read(h -> h.createQuery("PRAGMA foreign_key_check").mapToMap().list()),
                    "every code the generator used exists in the reference tables");
            assertEquals("ok", db.read(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).one()));
            List<String> indexes = db.read(h -> h.createQuery("SELECT name FROM sqlite_master WHERE type = 'index'"
                    + " AND sql IS NOT NULL ORDER BY name").mapTo(String.class).list());
            assertTrue(indexes.containsAll(List.of("cases_by_next_report", "contact_by_case", "registration_by_case")),
                    "indexes dropped for loading are back: " + indexes);

            List<Map<String, Object>> before = derived(db);
            db.write(h -> CaseRepository.refreshDerived(h, null));
            assertEquals(before, derived(db), "the markers and last-seen dates match a fresh computation");
        }
    }

    @Test
    void aSeededDatabaseIsLeftAlone() {
        try (Database db = TestDb.empty(dir)) {
            assertEquals(40, DemoSeeder.seed(db, 40, 1, TestDb.TODAY, "a", (d, t) -> { }));
            assertEquals(0, DemoSeeder.seed(db, 40, 1, TestDb.TODAY, "b", (d, t) -> { }));
            assertEquals(40, DemoSeeder.caseCount(db));
        }
    }

    @Test
    void theDemoDatabaseIsValidToo() {
        try (Database db = TestDb.demo(dir)) {
            Migrator.migrate(db, "tester");
            assertEquals(TestDb.DEMO_CASES, DemoSeeder.caseCount(db));
            assertEquals(List.of(), db.read(h -> h.createQuery("PRAGMA foreign_key_check").mapToMap().list()));
            List<Map<String, Object>> before = derived(db);
            db.write(h -> CaseRepository.refreshDerived(h, null));
            assertEquals(before, derived(db));
        }
    }
}
