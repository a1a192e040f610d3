package dutydesk.db;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A database failure, classified so the UI can tell the user what happened and what to do.
 * Every repository call that reaches SQLite surfaces its failures as this type; its message is
 * written for the person at the keyboard.
 */
public final class DbException extends RuntimeException {

    /** What went wrong, in the terms a user can act on. */
    public enum Kind {
        /** Another process held the write lock for longer than the busy timeout. */
        BUSY,
        /** The file cannot be opened, or is not a database. */
        CANNOT_OPEN,
        /** The file or its directory is not writable by this user. */
        READ_ONLY,
        /** The file is damaged. */
        CORRUPT,
        /** The disk is full. */
        FULL,
        /** A constraint rejected the data (a bug or bad input, never silently ignored). */
        CONSTRAINT,
        /** The file was made by a newer version of Duty Desk. */
        TOO_NEW,
        OTHER
    }

    private final Kind kind;

    public DbException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** Wraps any failure from JDBC or Jdbi; a DbException passes through unchanged. */
    public static DbException from(Throwable t) {
        if (t instanceof DbException d) {
            return d;
        }
        SQLException sql = findSqlException(t);
        if (sql instanceof SQLiteException s) {
            return classify(s.getResultCode(), s);
        }
        if (sql != null) {
            return new DbException(Kind.OTHER, "Database error: " + firstLine(sql.getMessage()), t);
        }
        return new DbException(Kind.OTHER, "Database error: " + firstLine(String.valueOf(t.getMessage())), t);
    }

    private static DbException classify(SQLiteErrorCode code, SQLiteException s) {
        String name = code == null ? "" : code.name();
        if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
            return new DbException(Kind.BUSY,
                    "Database busy: another user is saving. Nothing lost; try again.", s);
        }
        if (name.startsWith("SQLITE_READONLY") || name.startsWith("SQLITE_PERM")) {
            return new DbException(Kind.READ_ONLY,
                    "No permission to write the database file or its folder.", s);
        }
        if (name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_NOTADB")) {
            return new DbException(Kind.CORRUPT,
                    "The database file is damaged or is not a Duty Desk database.", s);
        }
        if (name.startsWith("SQLITE_FULL")) {
            return new DbException(Kind.FULL, "The disk is full: the database cannot grow.", s);
        }
        if (name.startsWith("SQLITE_CANTOPEN")) {
            return new DbException(Kind.CANNOT_OPEN,
                    "Cannot open the database file: missing or not accessible.", s);
        }
        if (name.startsWith("SQLITE_CONSTRAINT")) {
            return new DbException(Kind.CONSTRAINT, "The data was rejected: " + firstLine(s.getMessage()), s);
        }
        return new DbException(Kind.OTHER, "Database error: " + firstLine(s.getMessage()), s);
    }

    private static SQLException findSqlException(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s) {
                return s;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
