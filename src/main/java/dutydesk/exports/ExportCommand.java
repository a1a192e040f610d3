package dutydesk.exports;

import dutydesk.db.Database;
import dutydesk.db.DbException;
import dutydesk.db.Migrator;
import dutydesk.io.Complaint;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/**
 * {@code dutydesk export}: the contacts recorded at the desk since the last export (or since a
 * date, or the last export again) as a CSV file for re-keying or bulk upload. Exit status 0 done
 * (also when there was nothing to export: no file is written then), 1 failed while running, 2 bad
 * arguments, no database, the file exists without {@code --force}, or its folder does not exist
 * (a mistyped path must not send contacts somewhere unexpected, so no folder is created). Errors
 * go to stderr as {@code dutydesk: <what is wrong>} with a hint on the next line.
 */
public final class ExportCommand {

    public static final String USAGE = String.join("\n",
            "Usage: dutydesk export [--db PATH] [--since YYYY-MM-DD | --again] [--force] FILE",
            "",
            "Writes the contacts recorded at the desk, the latest version of each, to FILE as CSV",
            "with nDelius codes, and remembers what went out: the next export sends only contacts",
            "recorded since, and corrections (marked as such) of contacts already sent.",
            "",
            "  --db PATH          the database (default: data/dutydesk.db)",
            "  --since DATE       every contact recorded or corrected on or after DATE, whether",
            "                     exported before or not",
            "  --again            the last export again, exactly as it was written",
            "  --force            replace FILE if it exists",
            "",
            "The file appears only when complete, readable by the owner and group only; its",
            "folder must exist. With nothing to export, no file is written.",
            "",
            "Exit status: 0 done; 1 failed while running; 2 bad arguments, no database, FILE",
            "exists, or its folder does not.");

    /** The hint after a failure while running. */
    private static final String NOTHING_SENT = "No file was written and no contact was recorded as exported.";

    private ExportCommand() {
    }

    /**
     * Runs an export as {@code user} (the OS login, recorded as the exporter).
     *
     * @param since  null, or the first day for {@code --since}
     * @param again  {@code --again}
     */
    public static int run(Path db, Path file, LocalDate since, boolean again, boolean force, String user,
                          PrintStream out, PrintStream err) {
        return run(db, file, since, again, force, user, Clock.systemDefaultZone(), out, err);
    }

    static int run(Path db, Path file, LocalDate since, boolean again, boolean force, String user, Clock clock,
                   PrintStream out, PrintStream err) {
        if (since != null && again) {
            Complaint.say(err, "--since and --again do not go together",
                    "Use --again to repeat the last export, or --since to choose the contacts by date.");
            return 2;
        }
        if (Complaint.noDatabase(err, db)) {
            return 2;
        }
        if (!force && Files.exists(file)) {
            Complaint.exists(err, file);
            return 2;
        }
        if (Complaint.noFolder(err, file, "Nothing was exported.")) {
            return 2;
        }
        ContactExport.Selection s = again ? ContactExport.Selection.again()
                : since != null ? ContactExport.Selection.since(since) : ContactExport.Selection.notExported();
        try (Database d = Database.open(db, Database.Mode.MUST_EXIST)) {
            Migrator.migrate(d, user);
            long t0 = System.nanoTime();
            ContactExport.Result r = new ContactExport(d, clock, user).export(s, file, force);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (r.rows() == 0) {
                out.println(nothing(s, d));
                return 0;
            }
            out.printf(Locale.UK, "Exported %,d contact%s (%,d correction%s) to %s in %,d ms (export %d, %s).%n",
                    r.rows(), r.rows() == 1 ? "" : "s", r.corrections(), r.corrections() == 1 ? "" : "s", r.file(),
                    ms, r.run(), r.selection());
            return 0;
        } catch (FileAlreadyExistsException e) {
            Complaint.exists(err, file);
            return 2;
        } catch (IOException e) {
            Complaint.say(err, "cannot write " + file + ": " + (e.getMessage() == null
                    ? e.getClass().getSimpleName() : e.getMessage()), NOTHING_SENT);
            return 1;
        } catch (DbException e) {
            Complaint.say(err, e.getMessage(), NOTHING_SENT);
            return 1;
        }
    }

    /** Why nothing was exported: nothing chosen, or, for a new export, no contact recorded at the desk at all. */
    private static String nothing(ContactExport.Selection s, Database d) {
        if (s.mode() == ContactExport.Mode.NEW && !ContactExport.anyRecorded(d)) {
            return "Nothing to export: no contact has been recorded at the desk yet. No file was written.";
        }
        return nothing(s);
    }

    static String nothing(ContactExport.Selection s) {
        switch (s.mode()) {
            case AGAIN: return "Nothing to export: there has been no export yet. No file was written.";
            case SINCE: return "Nothing to export: no contact was recorded or corrected at the desk since "
                    + s.since() + ". No file was written.";
            default: return "Nothing to export: every contact recorded at the desk has been exported"
                    + " (--again repeats the last export). No file was written.";
        }
    }
}
