package dutydesk.app;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dutydesk backup FILE} and {@code backup --check FILE}. */
@Command(name = "backup", sortOptions = false,
        header = "Copy the database while others use it, or check a copy.",
        description = {"Copies the database to FILE while others go on using the desk: the copy is the database as"
                + " one moment left it. FILE must not exist (--force replaces it), but its folder must; it is created"
                + " readable by the owner and group only, and checked once written. With --check, checks an existing"
                + " copy instead: SQLite's integrity check, and how many cases and contacts it holds.",
            "To restore, stop every session of the desk, then copy the backup over the database file (and remove"
                + " the database's -wal and -shm files).", ""},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "1:failed while running, or the copy has problems",
            "2:bad arguments, no database, FILE exists or its folder does not"})
final class BackupCommand extends HeadlessCommand {

    @Option(names = "--force", description = "replace FILE if it exists")
    boolean force;

    @Option(names = "--check", description = "check FILE, an existing copy, instead of making one")
    boolean check;

    @Parameters(paramLabel = "FILE", description = "the copy to make (or, with --check, to check)")
    Path file;

    @Override
    public Integer call() {
        if (check) {
            if (force || db != null) {
                throw new CommandFailure(Cli.USAGE, "--check takes only the copy to check",
                        "Try 'dutydesk backup --check FILE'.");
            }
            return dutydesk.backup.BackupCommand.check(file, out(), err());
        }
        return dutydesk.backup.BackupCommand.run(dbPath(), file, force, out(), err());
    }
}
