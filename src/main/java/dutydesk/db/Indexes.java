package dutydesk.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Dropping a table's indexes before a bulk load and making them again after it: building an
 * index over loaded rows is far faster than keeping it up to date row by row. The definitions
 * are read back from the schema, so the indexes come back exactly as migrated. Implicit indexes
 * (a PRIMARY KEY or UNIQUE constraint's) stay, so those constraints hold throughout.
 */
public final class Indexes {

    private Indexes() {
    }

    /** Drops the explicit indexes of the tables; returns the statements that make them again. */
    public static List<String> drop(Connection c, Collection<String> tables) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> defs = new ArrayList<>();
        String in = String.join(", ", tables.stream().map(t -> "'" + t.replace("'", "''") + "'").toList());
        try (PreparedStatement ps = c.prepareStatement("SELECT name, sql FROM sqlite_master WHERE type = 'index'"
                + " AND tbl_name IN (" + in + ") AND sql IS NOT NULL ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
                defs.add(rs.getString(2));
            }
        }
        try (Statement st = c.createStatement()) {
            for (String name : names) {
                st.execute("DROP INDEX \"" + name.replace("\"", "\"\"") + "\"");
            }
        }
        return defs;
    }

    /** Makes again the indexes {@link #drop} dropped. */
    public static void create(Connection c, List<String> definitions) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String d : definitions) {
                st.execute(d);
            }
        }
    }
}
