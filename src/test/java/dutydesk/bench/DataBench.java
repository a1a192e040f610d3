package dutydesk.bench;

import dutydesk.backup.Backup;
import dutydesk.db.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Times getting data out of a large database, in process: the backup (both ways of copying) and
 * its check. Run by hand or by {@code bench/run.sh}; not a test.
 * Usage: {@code DataBench backup DB [REPEATS]}.
 */
public final class DataBench {

    private DataBench() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[1]);
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        switch (args[0]) {
            case "backup": backup(db, repeats); break;
            default: throw new IllegalArgumentException("backup");
        }
    }

    static void backup(Path file, int repeats) throws Exception {
        Path dir = Files.createTempDirectory("dutydesk-bench");
        try (Database db = Database.open(file, Database.Mode.MUST_EXIST)) {
            for (int i = 0; i < repeats; i++) {
                for (Backup.Method m : Backup.Method.values()) {
                    Path target = dir.resolve(m.name().toLowerCase(Locale.ROOT) + ".db");
                    Backup.Made made = Backup.copy(db, target, true, m);
                    long t0 = System.nanoTime();
                    Backup.Checked c = Backup.check(target, List.of("cases", "contact"));
                    long checkMs = (System.nanoTime() - t0) / 1_000_000;
                    System.out.printf(Locale.UK, "| %-13s | %,7d ms | %,6.1f MB | check %,6d ms | %s %s |%n", m,
                            made.millis(), made.bytes() / 1e6, checkMs, c.ok() ? "ok" : c.problems(), c.counts());
                    Files.delete(target);
                }
            }
        }
        Files.delete(dir);
    }
}
