package dutydesk.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a migration script into single statements: at semicolons outside quotes and comments,
 * keeping a {@code CREATE TRIGGER ... BEGIN ...; END;} body in one piece.
 */
final class SqlScript {

    private SqlScript() {
    }

    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int n = script.length();
        for (int i = 0; i < n; i++) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? n : end;
                cur.append('\n');
                continue;
            }
            if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 1;
                cur.append(' ');
                continue;
            }
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                char close = c == '[' ? ']' : c;
                int j = i + 1;
                while (j < n) {
                    if (script.charAt(j) == close) {
                        if (close != ']' && j + 1 < n && script.charAt(j + 1) == close) {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                if (j >= n) {
                    throw new IllegalArgumentException("Unterminated quote in SQL script near: "
                            + script.substring(i, Math.min(n, i + 40)));
                }
                cur.append(script, i, j + 1);
                i = j;
                continue;
            }
            if (c == ';') {
                String stmt = cur.toString().trim();
                if (isTrigger(stmt) && !endsWithEnd(stmt)) {
                    cur.append(c);
                    continue;
                }
                if (!stmt.isEmpty()) {
                    out.add(stmt);
                }
                cur.setLength(0);
                continue;
            }
            cur.append(c);
        }
        String tail = cur.toString().trim();
        if (!tail.isEmpty()) {
            out.add(tail);
        }
        return out;
    }

    private static boolean isTrigger(String stmt) {
        String u = stmt.toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        return u.startsWith("CREATE TRIGGER") || u.startsWith("CREATE TEMP TRIGGER")
                || u.startsWith("CREATE TEMPORARY TRIGGER");
    }

    private static boolean endsWithEnd(String stmt) {
        String u = stmt.toUpperCase(Locale.ROOT);
        if (!u.endsWith("END")) {
            return false;
        }
        return u.length() == 3 || !Character.isLetterOrDigit(u.charAt(u.length() - 4)) && u.charAt(u.length() - 4) != '_';
    }
}
