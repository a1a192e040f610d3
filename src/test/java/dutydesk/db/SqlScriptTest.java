package dutydesk.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void splitsAtSemicolonsOutsideQuotesAndComments() {
        List<String> s = SqlScript.statements("-- a comment; with a semicolon\n"
                + "CREATE TABLE t (a TEXT DEFAULT 'x;y');\n/* block; comment */\n"
                + "INSERT INTO t VALUES ('it''s; fine');\nINSERT INTO \"we;ird\" VALUES (1)");
        assertEquals(3, s.size(), s.toString());
        assertEquals("CREATE TABLE t (a TEXT DEFAULT 'x;y')", s.get(0));
        assertEquals("INSERT INTO t VALUES ('it''s; fine')", s.get(1));
        assertEquals("INSERT INTO \"we;ird\" VALUES (1)", s.get(2));
    }

    @Test
    void keepsATriggerBodyWhole() {
        List<String> s = SqlScript.statements("CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
                + "  UPDATE u SET n = n + 1;\n  DELETE FROM v;\nEND;\nSELECT 1;");
        assertEquals(2, s.size(), s.toString());
        assertEquals("SELECT 1", s.get(1));
    }

    @Test
    void rejectsAnUnterminatedQuote() {
        assertThrows(IllegalArgumentException.class, () -> SqlScript.statements("SELECT 'oops;"));
    }
}
