package dutydesk.backup;

import dutydesk.db.Database;
import dutydesk.db.DbException;
import dutydesk.io.Complaint;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code dutydesk backup}: a consistent copy of the database while the desk is in use, checked
 * once it is written; and {@code --check} of an existing copy. Exit status 0 done (the copy is
 * sound), 1 failed while running or the copy has problems, 2 bad arguments or nothing to start
 * from (no database, the target exists without {@code --force}, or its folder does not: no
 * folder is created for a mistyped path). Errors go to stderr as {@code dutydesk: <what is
 * wrong>} with a hint on the next line.
 */
public final class BackupCommand {

    public static final String USAGE = String.join("\n",
            "Usage: dutydesk backup [--db PATH] [--force] FILE",
            "       dutydesk backup --check FILE",
            "",
            "Copies the database to FILE while others go on using the desk: the copy is the",
            "database as one moment left it. FILE must not exist (--force replaces it), but its",
            "folder must; it is created readable by the owner and group only, and checked once",
            "written.",
            "",
            "  --db PATH        the database to copy (default: data/dutydesk.db)",
            "  --force          replace FILE if it exists",
            "  --check FILE     check an existing copy: SQLite's integrity check, and how many",
            "                   cases and contacts it holds",
            "",
            "To restore, stop every session of the desk, then copy the backup over the database",
            "file (and remove the database's -wal and -shm files).",
            "",
            "Exit status: 0 done; 1 failed while running, or the copy has problems; 2 bad",
            "arguments, no database, FILE exists, or its folder does not.");

    /** The tables whose row counts a check reports. */
    static final List<String> COUNTED = List.of("cases", "contact");

    private BackupCommand() {
    }

    /** Copies {@code db} to {@code file}, then checks the copy. */
    public static int run(Path db, Path file, boolean force, PrintStream out, PrintStream err) {
        return run(db, file, force, Backup.Method.ONLINE_BACKUP, out, err);
    }

    static int run(Path db, Path file, boolean force, Backup.Method method, PrintStream out, PrintStream err) {
        if (Complaint.noDatabase(err, db)) {
            return 2;
        }
        if (!force && Files.exists(file)) {
            Complaint.exists(err, file);
            return 2;
        }
        if (Complaint.noFolder(err, file, "No copy was made.")) {
            return 2;
        }
        Backup.Made made;
        try (Database d = Database.open(db, Database.Mode.MUST_EXIST)) {
            made = Backup.copy(d, file, force, method);
        } catch (FileAlreadyExistsException e) {
            Complaint.exists(err, file);
            return 2;
        } catch (IOException e) {
            Complaint.say(err, "cannot write " + file + ": " + describe(e), "No copy was made.");
            return 1;
        } catch (DbException e) {
            Complaint.say(err, e.getMessage(), "No copy was made.");
            return 1;
        }
        out.printf(Locale.UK, "Backed up %s to %s: %s in %.1f s.%n", db, made.file(), megabytes(made.bytes()),
                made.millis() / 1000.0);
        return check(made.file(), out, err);
    }

    /** Checks an existing copy and prints what it holds. */
    public static int check(Path file, PrintStream out, PrintStream err) {
        Backup.Checked c;
        try {
            c = Backup.check(file, COUNTED);
        } catch (DbException e) {
            boolean cannotOpen = e.kind() == DbException.Kind.CANNOT_OPEN;
            Complaint.say(err, e.getMessage(), cannotOpen ? "Check the name of the copy."
                    : "Do not restore from this copy: make another backup.");
            return cannotOpen ? 2 : 1;
        }
        String holds = String.format(Locale.UK, "schema %d; %s, %s", c.schemaVersion(),
                count(c.counts().getOrDefault("cases", 0L), "case", "cases"),
                count(c.counts().getOrDefault("contact", 0L), "contact", "contacts"));
        if (c.ok()) {
            out.println(c.file() + ": integrity check ok; " + holds + ".");
            return 0;
        }
        err.println("dutydesk: " + c.file() + " FAILED the integrity check (" + holds + "):");
        for (String p : c.problems().subList(0, Math.min(20, c.problems().size()))) {
            err.println("  " + p);
        }
        if (c.problems().size() > 20) {
            err.println("  ... and " + (c.problems().size() - 20) + " more");
        }
        err.println("Do not restore from this copy: make another backup.");
        err.flush();
        return 1;
    }

    /** "1 case", "1,204 cases". */
    private static String count(long n, String one, String many) {
        return String.format(Locale.UK, "%,d %s", n, n == 1 ? one : many);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.UK, "%,.1f MB", bytes / 1e6);
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
