package dutydesk.io;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a headless command prints when it cannot do what was asked: {@code dutydesk: <what is
 * wrong>}, then a hint on the next line, on stderr; and the checks on a database and a file to
 * write that several commands make before they start.
 */
public final class Complaint {

    /** The hint after "no database at PATH". */
    public static final String NO_DATABASE_HINT =
            "Give another --db, or create one with 'dutydesk seed' or 'dutydesk import'.";

    private Complaint() {
    }

    /** {@code dutydesk: message}, then the hint. */
    public static void say(PrintStream err, String message, String hint) {
        err.println("dutydesk: " + message);
        err.println(hint);
        err.flush();
    }

    /** Whether there is no database file at {@code db}; if so, says so. */
    public static boolean noDatabase(PrintStream err, Path db) {
        if (Files.isRegularFile(db)) {
            return false;
        }
        say(err, "no database at " + db, NO_DATABASE_HINT);
        return true;
    }

    /** Says that {@code file} exists and would be replaced only with --force. */
    public static void exists(PrintStream err, Path file) {
        say(err, file + " already exists", "Use --force to replace it, or give another file name.");
    }

    /**
     * Whether the folder {@code file} would go in does not exist; if so, says so, ending the hint
     * with {@code nothingDone} ("No copy was made.").
     */
    public static boolean noFolder(PrintStream err, Path file, String nothingDone) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        if (folder == null || Files.exists(folder)) {
            return false;
        }
        say(err, "there is no folder " + folder + " for " + file, "Check the path, or create the folder first. "
                + nothingDone);
        return true;
    }
}
