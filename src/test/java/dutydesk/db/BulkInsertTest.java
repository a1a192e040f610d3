package dutydesk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkInsertTest {

    @TempDir
    Path dir;

    @Test
    void rowsOfStringsNumbersEncodedTextAndNullsAreStoredAsGiven() throws Exception {
        try (Database db = Database.open(dir.resolve("b.db"), Database.Mode.CREATE_IF_MISSING)) {
            db.write(h -> h.execute("CREATE TABLE t (n INTEGER, s TEXT, e TEXT)"));
            int rows = BulkInsert.ROWS * 2 + 3;
            db.write(h -> {
                try (BulkInsert b = new BulkInsert(h.getConnection(), "INSERT INTO t (n, s, e) VALUES ",
                        BulkInsert.row("NNT"))) {
                    for (int i = 0; i < rows; i++) {
                        b.add((long) i, i % 2 == 0 ? "Zoë O'Neil " + i : null,
                                i % 3 == 0 ? null : BulkInsert.text(i == 1 ? "" : "Ní Bhriain ✓ " + i));
                    }
                    b.flush();
                }
                return null;
            });
            List<Map<String, Object>> got = db.read(h -> h.createQuery("SELECT n, s, e, typeof(e) AS te FROM t ORDER BY n")
                    .mapToMap().list());
            assertEquals(rows, got.size());
            for (int i = 0; i < rows; i++) {
                Map<String, Object> r = got.get(i);
                assertEquals(i, ((Number) r.get("n")).intValue());
                assertEquals(i % 2 == 0 ? "Zoë O'Neil " + i : null, r.get("s"));
                assertEquals(i % 3 == 0 ? null : i == 1 ? "" : "Ní Bhriain ✓ " + i, r.get("e"));
                assertEquals(i % 3 == 0 ? "null" : "text", r.get("te"), "encoded text is stored as text, not a blob");
            }
        }
    }

    @Test
    void placeholders() {
        assertEquals("(?, CAST(? AS TEXT), ?)", BulkInsert.row("NTN"));
        assertThrows(IllegalArgumentException.class, () -> BulkInsert.row("NX"));
    }
}
