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

    static final String OLD_COLUMNS = "id, crn, pnc, forename, surname, surname_key, forename_key, date_of_birth,"
            + " pdu_code, team_code, om_staff_code, unallocated, tier, rosh, rosh_rank, case_type, order_description,"
            + " sentence_date, release_date, order_end_date, reporting_frequency, next_report_date, da_flag, cp_flag,"
            + " mappa_level, last_seen_date, created_at, updated_at, updated_by, missed_checks, missed_kinds,"
            + " checks_oldest_due, checks_as_of, checks_valid_until";

    static List<Map<String, Object>> rows(Database db, String sql) {
        return db.read(h -> h.createQuery(sql).mapToMap().list());
    }

    @Test
    void rebuildingCasesKeepsRowsIndexesAndReferences() {
        try (Database db = Database.open(dir.resolve("v5.db"), Database.Mode.CREATE_IF_MISSING)) {
            Migrator.migrate(db, "tester", 5);
            DemoSeeder.seed(db, 120, 7L, LocalDate.of(2026, 11, 23), "tester", (d, t) -> { });
            List<Map<String, Object>> before = rows(db, "SELECT " + OLD_COLUMNS + " FROM cases ORDER BY id");
            List<Map<String, Object>> indexes = rows(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                    + " AND tbl_name = 'cases' ORDER BY name");
            int contacts = db.read(h -> h.createQuery("SELECT count(*) FROM contact").mapTo(Integer.class).one());

            assertEquals(1, Migrator.migrate(db, "tester"));

            assertEquals(before, rows(db, "SELECT " + OLD_COLUMNS + " FROM cases ORDER BY id"));
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
