package dutydesk.reports;

import dutydesk.dachecks.CheckStore;
import dutydesk.db.Database;
import dutydesk.db.DbException;
import dutydesk.db.Migrator;
import dutydesk.io.Complaint;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * {@code dutydesk report daily|missed}: a report on stdout, as text for an email or as CSV.
 * Before reading, cases whose stored checks evaluation has run out are evaluated again (what the
 * desk does when it starts), so "missed checks now" is exact. Exit status 0 done, 1 failed while
 * running, 2 bad arguments (a day after today, as the desk's page does not go past today) or no
 * database. Errors go to stderr as {@code dutydesk: <what is wrong>} with a hint on the next line.
 */
public final class ReportCommand {

    /** How the report is written. */
    public enum Format { TEXT, CSV }

    public static final String USAGE = String.join("\n",
            "Usage: dutydesk report daily [--db PATH] [--date YYYY-MM-DD] [--format text|csv]",
            "       dutydesk report missed [--db PATH] [--format text|csv]",
            "",
            "daily: the day at the duty desk: contacts logged by type and outcome, failures to",
            "  attend or comply, enforcement actions, reception check-ins and waiting times, DA and",
            "  safeguarding checks recorded, and the missed checks now.",
            "missed: the missed DA and safeguarding checks of the unallocated cases, by check and",
            "  by case, worst first.",
            "",
            "  --db PATH        the database (default: data/dutydesk.db)",
            "  --date DATE      the day of the daily report, not after today (default: today);",
            "                   the missed-checks report is always as of today",
            "  --format F       text (plain ASCII, 78 columns, for an email; the default) or csv",
            "",
            "Exit status: 0 done; 1 failed while running; 2 bad arguments or no database.");

    private ReportCommand() {
    }

    /**
     * Prints a report.
     *
     * @param date the day of a daily report, or null for today
     */
    public static int run(Path db, ReportKind kind, LocalDate date, Format format, PrintStream out, PrintStream err) {
        return run(db, kind, date, format, Clock.systemDefaultZone(), System.getProperty("user.name", "unknown"), out,
                err);
    }

    static int run(Path db, ReportKind kind, LocalDate date, Format format, Clock clock, String user, PrintStream out,
                   PrintStream err) {
        LocalDate today = LocalDate.now(clock);
        if (kind == ReportKind.MISSED && date != null && !date.equals(today)) {
            Complaint.say(err, "--date goes with the daily report", "The missed-checks report is always as of today.");
            return 2;
        }
        if (date != null && date.isAfter(today)) {
            Complaint.say(err, "there is no daily report for " + date + ": it is after today (" + today + ")",
                    "Give today or an earlier day, or leave out --date for today's.");
            return 2;
        }
        if (Complaint.noDatabase(err, db)) {
            return 2;
        }
        try (Database d = Database.open(db, Database.Mode.MUST_EXIST)) {
            Migrator.migrate(d, user);
            CheckStore.refreshExpired(d, today, CheckStore.Progress.NONE);
            ReportRepository repo = new ReportRepository(d, clock);
            String text;
            if (kind == ReportKind.DAILY) {
                DailyReport r = repo.daily(date == null ? today : date);
                text = format == Format.CSV ? ReportCsv.daily(r) : ReportText.join(ReportText.daily(r));
            } else {
                MissedReport r = repo.missed(Integer.MAX_VALUE);
                text = format == Format.CSV ? ReportCsv.missed(r) : ReportText.join(ReportText.missed(r));
            }
            out.print(text);
            out.flush();
            return out.checkError() ? 1 : 0;
        } catch (DbException e) {
            Complaint.say(err, e.getMessage(), "No report was printed: run the command again.");
            return 1;
        }
    }
}
