package dutydesk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.demo.DemoSeeder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V006 rebuilds {@code cases} (to add "left the extract" to the CHECK of {@code unallocated}): on
 * a populated database it must keep every row and column, every index exactly, and every
 * reference to a case, and leave foreign keys enforced.
 */
class CaseRebuildMigrationTest {

    @TempDir
    Path dir;

    static List<Map<String, Object>> rows(Database db, String sql) {
        return db.read(h -> h.createQuery(sql).mapToMap().list());
    }

    @Test
    void rebuildingCasesKeepsRowsIndexesAndReferences() {
        try (Database db = Database.open(dir.resolve("v5.db"), Database.Mode.CREATE_IF_MISSING)) {
            Migrator.migrate(db, "tester", 5);
            DemoSeeder.seed(db, 120, 7L, LocalDate.of(2026, 11, 23), "tester", (d, t) -> { });
            // Every column the table had before (a column added by an earlier migration that V006 did
            // not carry over would make the query after it fail).
            List<String> names = db.read(h -> h.createQuery("SELECT name FROM pragma_table_info('cases')")
                    .mapTo(String.class).list());
            String columns = String.join(", ", names);
            List<Map<String, Object>> before = rows(db, "SELECT " + columns + " FROM cases ORDER BY id");
            List<Map<String, Object>> indexes = rows(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                    + " AND tbl_name = 'cases' ORDER BY name");
            int contacts = db.read(h -> h.createQuery("SELECT count(*) FROM contact").mapTo(Integer.class).one());

            assertEquals(1, Migrator.migrate(db, "tester", 6));

            assertEquals(before, rows(db, "SELECT " + columns + " FROM cases ORDER BY id"));
            assertEquals(indexes, rows(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                    + " AND tbl_name = 'cases' ORDER BY name"), "every index of cases, exactly as before");
            assertEquals(contacts, (int) db.read(h -> h.createQuery("SELECT count(*) FROM contact JOIN cases"
                    + " ON cases.id = contact.case_id").mapTo(Integer.class).one()));
            assertEquals(List.of(), rows(db, "PRAGMA foreign_key_check"));
            assertEquals(1, (int) db.read(h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one()));
            assertTrue(rows(db, "SELECT sql FROM sqlite_master WHERE sql LIKE '%cases_v6%'").isEmpty(),
                    "no reference to the temporary name is left");
            // Foreign keys are enforced again, on the new table too.
            DbException e = assertThrows(DbException.class, () -> db.write(h -> h.execute(
                    "INSERT INTO registration (case_id, type_code, registered_date) VALUES (99999, 'ADVP', '2026-01-01')")));
            assertEquals(DbException.Kind.CONSTRAINT, e.kind());
            // A case that has left the extract is not unallocated, whatever its offender manager.
            db.write(h -> h.execute("UPDATE cases SET left_extract_at = '2026-11-23T10:00:00Z', unallocated = 0"
                    + " WHERE id = 1"));
            assertThrows(DbException.class, () -> db.write(h -> h.execute("UPDATE cases SET unallocated = 1 WHERE id = 1")));
        }
    }
}
