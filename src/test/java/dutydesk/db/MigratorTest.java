package dutydesk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigratorTest {

    /**
     * Checksums of shipped migrations. A migration that has reached users is never edited: if this
     * test fails, put the change in a new migration instead (and add its checksum here).
     */
    static final Map<String, String> SHIPPED = Map.of(
            "V001__core_schema.sql", "73af6b9b51c8d2ee060f011a82af971340b4590e182933b8bef32515aa6d6d0d",
            "V002__reference_codes.sql", "b5b06d719d276d734c8a895beeefc6fb32882ab1b27000e5d7a489ab3d34d26a",
            "V003__contact_logging.sql", "738d215e1eeec85d4f8322f4ac1b8e33c7ea54e6f8bbee2413efb850d0494f59",
            "V004__da_checks.sql", "bfd991701a41fa8a4d17f28e0d2f592412f7d7aeff56fd6040e277c5c6cfbd48",
            "V005__reception_queue.sql", "933abfe39af699bd4933b042759356d77f60b01396941cecc59ef3dc2d919b84",
            "V006__case_imports.sql", "007eed6518832d860d6643b75149b78fa87e2a50276a511c3e1740be6418b1a2",
            "V007__contact_exports.sql", "32141d9843d758619857e434d6cc7ee8ad068843da4ed68cc07efe7c28475190",
            "V008__checks_reevaluated.sql", "a980e3a3341a96bef854068fab81ab3249132442ec978f26bf60cc64d90ad0b1");

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseGetsEveryMigrationOnce() {
        try (Database db = Database.open(dir.resolve("a.db"), Database.Mode.CREATE_IF_MISSING)) {
            assertEquals(Migrator.latestVersion(), Migrator.migrate(db, "alice"));
            assertEquals(0, Migrator.migrate(db, "alice"), "a second run applies nothing");
            int version = db.read(h -> h.createQuery("PRAGMA user_version").mapTo(Integer.class).one());
            assertEquals(Migrator.latestVersion(), version);
            List<String> appliedBy = db.read(h -> h.createQuery("SELECT applied_by FROM schema_version ORDER BY version")
                    .mapTo(String.class).list());
            assertEquals(Migrator.latestVersion(), appliedBy.size());
            assertTrue(appliedBy.stream().allMatch("alice"::equals));
        }
    }

    @Test
    void shippedMigrationsAreNeverEdited() {
        for (Migrator.Script s : Migrator.scripts()) {
            String pinned = SHIPPED.get(s.name());
            if (pinned != null) {
                assertEquals(pinned, s.checksum(), s.name() + " was edited after it shipped; add a new migration instead");
            }
        }
    }

    @Test
    void everyScriptInTheFolderIsListedInOrder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            List<String> onDisk = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted()
                    .collect(Collectors.toList());
            List<String> listed = Migrator.scripts().stream().map(Migrator.Script::name).collect(Collectors.toList());
            assertEquals(onDisk, listed);
        }
    }

    @Test
    void aDatabaseFromANewerBuildIsRefusedWithAClearMessage() {
        try (Database db = Database.open(dir.resolve("b.db"), Database.Mode.CREATE_IF_MISSING)) {
            Migrator.migrate(db, "alice");
            db.write(h -> h.execute("PRAGMA user_version = 99"));
            DbException e = assertThrows(DbException.class, () -> Migrator.migrate(db, "alice"));
            assertEquals(DbException.Kind.TOO_NEW, e.kind());
            assertTrue(e.getMessage().contains("newer version of Duty Desk"), e.getMessage());
        }
    }

    @Test
    void processesStartingTogetherMigrateOnce() throws Exception {
        Path file = dir.resolve("c.db");
        Database.open(file, Database.Mode.CREATE_IF_MISSING).close();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> {
                    try (Database db = Database.open(file, Database.Mode.MUST_EXIST)) {
                        return Migrator.migrate(db, "user");
                    }
                }));
            }
            int total = 0;
            for (Future<Integer> f : runs) {
                total += f.get();
            }
            assertEquals(Migrator.latestVersion(), total, "each script was applied by exactly one connection");
        } finally {
            pool.shutdown();
        }
        try (Database db = Database.open(file, Database.Mode.MUST_EXIST)) {
            int rows = db.read(h -> h.createQuery("SELECT count(*) FROM schema_version").mapTo(Integer.class).one());
            assertEquals(Migrator.latestVersion(), rows);
        }
    }
}
