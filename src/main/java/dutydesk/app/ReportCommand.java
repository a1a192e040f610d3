package dutydesk.app;

import dutydesk.reports.ReportKind;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dutydesk report daily|missed}: the duty reports, as text for an email or CSV. */
@Command(name = "report", sortOptions = false,
        header = "Print the daily duty report or the missed-checks report.",
        description = {"daily: the day at the duty desk: contacts logged by type and outcome, failures to attend or"
                + " comply, enforcement actions, reception check-ins and waiting times, DA and safeguarding checks"
                + " recorded, and the missed checks now.",
            "missed: the missed DA and safeguarding checks of the unallocated cases, by check and by case, worst"
                + " first.", ""},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "1:failed while running", "2:bad arguments or no database"})
final class ReportCommand extends HeadlessCommand {

    @Parameters(paramLabel = "NAME", description = "daily or missed")
    String name;

    @Option(names = "--date", paramLabel = "DATE", converter = Cli.DateConverter.class,
            description = "the day of the daily report, YYYY-MM-DD, not after today (default: today)")
    LocalDate date;

    @Option(names = "--format", paramLabel = "F",
            description = "text (plain ASCII, 78 columns, for an email; the default) or csv")
    dutydesk.reports.ReportCommand.Format format = dutydesk.reports.ReportCommand.Format.TEXT;

    @Override
    public Integer call() {
        ReportKind kind = ReportKind.parse(name);
        if (kind == null) {
            throw new CommandFailure(Cli.USAGE, "there is no report '" + name + "'",
                    "The reports are 'daily' and 'missed'.");
        }
        if (kind == ReportKind.MISSED && date != null) {
            throw new CommandFailure(Cli.USAGE, "--date goes with the daily report",
                    "The missed-checks report is always as of today.");
        }
        return dutydesk.reports.ReportCommand.run(dbPath(), kind, date, format, out(), err());
    }
}
