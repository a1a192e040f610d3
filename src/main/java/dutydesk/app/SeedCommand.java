package dutydesk.app;

import dutydesk.db.Database;
import dutydesk.demo.DemoSeeder;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dutydesk seed}: builds a new database with a generated caseload, showing progress. */
@Command(name = "seed", sortOptions = false, header = "Create a database with a generated demo caseload.",
        description = {"Creates a new database at --db filled with a generated demo caseload. It refuses a"
                + " database that already holds cases.", ""},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "1:stopped by an error while running",
                "2:bad arguments, or the database already holds cases"})
final class SeedCommand extends HeadlessCommand {

    @Option(names = "--cases", paramLabel = "N", converter = Cli.CountConverter.class,
            description = "number of cases (default " + Options.DEFAULT_DEMO_CASES + ", at most 2,000,000)")
    int cases = Options.DEFAULT_DEMO_CASES;

    @Option(names = "--seed", paramLabel = "N",
            description = "random seed; the same seed gives the same data (default " + Options.DEFAULT_SEED + ")")
    long seed = Options.DEFAULT_SEED;

    @Option(names = "--as-of", paramLabel = "DATE", converter = Cli.DateConverter.class,
            description = "the date the data is generated around, YYYY-MM-DD (default: today)")
    LocalDate asOf;

    @Override
    public Integer call() {
        if (cases < 1 || cases > Options.MAX_CASES) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--cases must be between 1 and " + Cli.count(Options.MAX_CASES));
        }
        PrintStream out = out();
        PrintStream err = err();
        Path path = dbPath();
        String user = Main.osUser();
        LocalDate asOf = this.asOf != null ? this.asOf : LocalDate.now();
        long t0 = System.nanoTime();
        boolean tty = Progress.stderrIsTerminal();
        try (Database db = open(path, Database.Mode.CREATE_IF_MISSING)) {
            int existing = DemoSeeder.caseCount(db);
            if (existing > 0) {
                throw new CommandFailure(Cli.USAGE, path + " already holds " + Cli.count(existing)
                        + " cases; seed only fills a new database.", "Use another --db, or delete the file first.");
            }
            int[] lastPct = {-1};
            int n = DemoSeeder.seed(db, cases, seed, asOf, user, (done, total) -> {
                int pct = (int) (100L * done / total);
                if (tty) {
                    err.printf(Locale.UK, "\rSeeding %s: %,d of %,d cases (%d%%)", path, done, total, pct);
                } else if (pct / 10 != lastPct[0] / 10) {
                    err.printf(Locale.UK, "Seeding %s: %,d of %,d cases (%d%%)%n", path, done, total, pct);
                }
                lastPct[0] = pct;
            });
            if (tty) {
                err.println();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.UK, "Seeded %,d cases as of %s into %s in %.1f s.%n", n, asOf, path, secs);
            return 0;
        }
    }
}
