package dutydesk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SideTableTest {

    @TempDir
    Path dir;

    private static final String HEAD = "INSERT INTO c (case_id, kind, reason) VALUES ";

    private Database database() {
        Database db = Database.open(dir.resolve("m.db"), Database.Mode.CREATE_IF_MISSING);
        db.write(h -> {
            h.execute("CREATE TABLE p (id INTEGER PRIMARY KEY)");
            h.execute("CREATE TABLE c (case_id INTEGER NOT NULL REFERENCES p(id), kind TEXT NOT NULL,"
                    + " reason TEXT NOT NULL, PRIMARY KEY (case_id, kind)) WITHOUT ROWID");
            h.execute("CREATE INDEX c_by_kind ON c (kind)");
            return null;
        });
        db.query(c -> c.createStatement().execute("PRAGMA foreign_keys = OFF"));
        return db;
    }

    private static List<Object[]> rows(int from, int to) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = from; i < to; i++) {
            rows.add(new Object[] {(long) i, BulkInsert.text(i % 2 == 0 ? "POLICE" : "SAFEGUARDING"),
                BulkInsert.text("Zoë's reason " + i)});
        }
        return rows;
    }

    private List<Path> sideFiles() throws Exception {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("dutydesk-c-")).toList();
        }
    }

    @Test
    void rowsWrittenBesideTheMainWriterAreCopiedInWithTheirIndexes() throws Exception {
        // A file left by a side writer whose process was killed goes when the next one starts.
        Process killed = new ProcessBuilder("true").start();
        killed.waitFor();
        Path leftover = Files.writeString(Path.of(System.getProperty("java.io.tmpdir"))
                .resolve("dutydesk-c-" + killed.pid() + "-1.db"), "half written");
        List<Path> before = new ArrayList<>(sideFiles());
        before.remove(leftover);
        try (Database db = database()) {
            long copied;
            try (SideTable side = db.query(c -> SideTable.start(c, "c", HEAD, BulkInsert.row("NTT")))) {
                assertEquals(before.size() + 1, sideFiles().size(), "its file");
                // The main connection holds its write lock meanwhile: the side writer is not stopped by it.
                db.write(h -> {
                    for (int i = 1; i <= 1000; i++) {
                        h.execute("INSERT INTO p (id) VALUES (?)", i);
                    }
                    side.add(rows(1, 501));
                    side.add(rows(501, 1001));
                    return null;
                });
                copied = side.copyInto(db);
            }
            assertEquals(1000, copied);
            assertEquals(before, sideFiles(), "its file is gone");
            List<Map<String, Object>> got = db.read(h -> h.createQuery("SELECT case_id, kind, reason FROM c"
                    + " ORDER BY case_id").mapToMap().list());
            assertEquals(1000, got.size());
            assertEquals(7, ((Number) got.get(6).get("case_id")).intValue());
            assertEquals("SAFEGUARDING", got.get(6).get("kind"));
            assertEquals("Zoë's reason 7", got.get(6).get("reason"));
            assertEquals(500, (int) db.read(h -> h.createQuery("SELECT count(*) FROM c INDEXED BY c_by_kind"
                    + " WHERE kind = 'POLICE'").mapTo(Integer.class).one()));
            assertEquals(List.of("ok"), db.read(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).list()));
            assertEquals(List.of(), db.read(h -> h.createQuery("PRAGMA database_list").mapToMap().list()).stream()
                    .filter(r -> "dutydesk_side".equals(r.get("name"))).toList(), "nothing left attached");
        }
    }

    @Test
    void aFailedSideWriteIsTheCopysFailureAndCopiesNothing() throws Exception {
        List<Path> before = sideFiles();
        try (Database db = database()) {
            try (SideTable side = db.query(c -> SideTable.start(c, "c", HEAD, BulkInsert.row("NTT")))) {
                side.add(rows(1, 3));
                side.add(rows(1, 2));                           // the same key again
                SQLException e = assertThrows(SQLException.class, () -> side.copyInto(db));
                assertTrue(e.getMessage().contains("UNIQUE constraint failed"), e.getMessage());
            }
            assertEquals(0, (int) db.read(h -> h.createQuery("SELECT count(*) FROM c").mapTo(Integer.class).one()));
            assertEquals(before, sideFiles());
        }
    }

    @Test
    void closedBeforeTheEndItStopsItsWriterAndLeavesNoFile() throws Exception {
        List<Path> before = sideFiles();
        try (Database db = database()) {
            SideTable side = db.query(c -> SideTable.start(c, "c", HEAD, BulkInsert.row("NTT")));
            side.add(rows(1, 10));
            side.close();
            assertEquals(before, sideFiles());
            assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("side-c")),
                    "its thread has ended");
        }
    }

    @Test
    void onlyForATableThatExists() {
        try (Database db = database()) {
            DbException e = assertThrows(DbException.class, () -> db.query(c -> SideTable.start(c, "nope", HEAD,
                    BulkInsert.row("NTT"))));
            assertTrue(e.getMessage().contains("no table nope"), e.getMessage());
        }
    }
}
