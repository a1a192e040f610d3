package dutydesk.app;

import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dutydesk export}: the contacts recorded at the desk, as CSV with nDelius codes, once each. */
@Command(name = "export", sortOptions = false,
        header = "Write the contacts recorded at the desk to a CSV file, for re-keying or bulk upload.",
        description = {"Writes the contacts recorded at the desk, the latest version of each, to FILE as CSV with"
                + " nDelius codes, and remembers what went out: the next export sends only contacts recorded since,"
                + " and corrections (marked as such) of contacts already sent. The file appears only when complete,"
                + " readable by the owner and group only; its folder must exist. With nothing to export, no file is"
                + " written.", ""},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "1:failed while running",
            "2:bad arguments, no database, FILE exists or its folder does not"})
final class ExportCommand extends HeadlessCommand {

    @Option(names = "--since", paramLabel = "DATE", converter = Cli.DateConverter.class,
            description = "every contact recorded or corrected on or after DATE (YYYY-MM-DD), exported before or not")
    LocalDate since;

    @Option(names = "--again", description = "the last export again, exactly as it was written")
    boolean again;

    @Option(names = "--force", description = "replace FILE if it exists")
    boolean force;

    @Parameters(paramLabel = "FILE", description = "the CSV file to write")
    Path file;

    @Override
    public Integer call() {
        if (again && since != null) {
            throw new CommandFailure(Cli.USAGE, "--since and --again do not go together",
                    "Use --again to repeat the last export, or --since to choose the contacts by date.");
        }
        return dutydesk.exports.ExportCommand.run(dbPath(), file, since, again, force, Main.osUser(), out(), err());
    }
}
