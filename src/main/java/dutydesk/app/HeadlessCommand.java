package dutydesk.app;

import dutydesk.db.Database;
import dutydesk.db.DbException;
import dutydesk.db.Migrator;
import dutydesk.io.Complaint;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every headless command shares: {@code --db PATH}, {@code --help}, the output streams,
 * and opening the database with errors in words. A subclass adds its {@code @Command} and
 * {@code @Option}s and implements {@link #call()}, returning the exit status; it throws
 * {@link CommandFailure} to stop with a message and a hint.
 */
abstract class HeadlessCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Option(names = "--db", paramLabel = "PATH", description = "database file (default: data/dutydesk.db)")
    Path db;

    /** The database this command works on. */
    Path dbPath() {
        return db != null ? db : Options.defaultDatabase();
    }

    PrintStream out() {
        return root().out;
    }

    PrintStream err() {
        return root().err;
    }

    private Cli root() {
        return (Cli) spec.root().userObject();
    }

    /** "dutydesk users add", for messages. */
    String name() {
        return spec.qualifiedName(" ");
    }

    /**
     * Opens and migrates the database, which must exist.
     *
     * @throws CommandFailure with status 2 if it is missing or cannot be opened
     */
    Database openExisting() {
        Path path = dbPath();
        if (!Files.exists(path)) {
            throw new CommandFailure(Cli.USAGE, "no database at " + path, Complaint.NO_DATABASE_HINT);
        }
        return open(path, Database.Mode.MUST_EXIST);
    }

    /** Opens (creating it if missing, in the given mode) and migrates the database. */
    Database open(Path path, Database.Mode mode) {
        return open(path, mode, c -> null);
    }

    /** {@link #open(Path, Database.Mode)}, with {@code settings} applied to the connection before migrating. */
    Database open(Path path, Database.Mode mode, Database.SqlWork<Void> settings) {
        Database d;
        try {
            d = Database.open(path, mode);
        } catch (DbException e) {
            throw new CommandFailure(Cli.USAGE, e.getMessage(), "Check the --db path and the file's permissions.");
        }
        try {
            d.query(settings);
            Migrator.migrate(d, Main.osUser());
            return d;
        } catch (DbException e) {
            d.close();
            throw new CommandFailure(Cli.USAGE, e.getMessage(), null);
        }
    }
}
