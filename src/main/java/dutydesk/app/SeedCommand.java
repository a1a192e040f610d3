package dutydesk.app;

import dutydesk.db.Database;
import dutydesk.db.Migrator;
import dutydesk.demo.DemoSeeder;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/** {@code dutydesk seed}: builds a new database with a generated caseload, showing progress. */
final class SeedCommand {

    private final Options options;
    private final PrintStream out;
    private final PrintStream err;

    SeedCommand(Options options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    int run() {
        Path path = options.db() != null ? options.db() : Options.defaultDatabase();
        String user = Main.osUser();
        LocalDate asOf = options.asOf() != null ? options.asOf() : LocalDate.now();
        long t0 = System.nanoTime();
        boolean tty = System.console() != null;
        try (Database db = Database.open(path, Database.Mode.CREATE_IF_MISSING)) {
            Migrator.migrate(db, user);
            int existing = DemoSeeder.caseCount(db);
            if (existing > 0) {
                err.printf(Locale.UK, "dutydesk seed: %s already holds %,d cases; seed only fills a new database."
                        + " Use another --db, or delete the file first.%n", path, existing);
                return 2;
            }
            int[] lastPct = {-1};
            int n = DemoSeeder.seed(db, options.cases(), options.seed(), asOf, user, (done, total) -> {
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
