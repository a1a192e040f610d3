package dutydesk.bench;

import dutydesk.backup.Backup;
import dutydesk.db.Database;
import dutydesk.db.Migrator;
import dutydesk.exports.ContactExport;
import dutydesk.reports.ReportRepository;
import dutydesk.reports.ReportText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Times getting data out of a large database, in process: the backup (both ways of copying), its
 * check, and a desk's writes while it runs; the contact export; the reports. It works on copies
 * in the database's folder and leaves the database itself as it was. Run by hand; not a test.
 * Usage: {@code DataBench backup|export|reports DB [N]} (N: repeats for backup, desk contacts for
 * export).
 */
public final class DataBench {

    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 23).atTime(17, 0).atZone(ZoneId.of("Europe/London"))
            .toInstant(), ZoneId.of("Europe/London"));

    private DataBench() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[1]);
        switch (args[0]) {
            case "backup": backup(db, args.length > 2 ? Integer.parseInt(args[2]) : 3); break;
            case "export": export(db, args.length > 2 ? Integer.parseInt(args[2]) : 20_000); break;
            case "reports": reports(db); break;
            default: throw new IllegalArgumentException("backup, export or reports");
        }
    }

    static Path work(Path db, String name) {
        return db.toAbsolutePath().getParent().resolve("databench-" + name + ".db");
    }

    static void backup(Path file, int repeats) throws Exception {
        Path target = work(file, "backup");
        try (Database db = Database.open(file, Database.Mode.MUST_EXIST)) {
            for (int i = 0; i < repeats; i++) {
                for (Backup.Method m : Backup.Method.values()) {
                    Backup.Made made = Backup.copy(db, target, true, m);
                    long t0 = System.nanoTime();
                    Backup.Checked c = Backup.check(target, List.of("cases", "contact"));
                    long checkMs = (System.nanoTime() - t0) / 1_000_000;
                    System.out.printf(Locale.UK, "| %-13s | copy %,6d ms | %,6.1f MB | check %,6d ms | %s %s |%n", m,
                            made.millis(), made.bytes() / 1e6, checkMs, c.ok() ? "ok" : c.problems(), c.counts());
                }
            }
        }
        // A desk saving a contact every 50 ms on another connection, before and during a backup.
        Path live = work(file, "live");
        try (Database db = Database.open(file, Database.Mode.MUST_EXIST)) {
            Backup.copy(db, live, true, Backup.Method.ONLINE_BACKUP);
        }
        try (Database db = Database.open(live, Database.Mode.MUST_EXIST)) {
            List<Long> before = writes(live, () -> null, 40);
            List<Long> during = writes(live, () -> {
                try {
                    return Backup.copy(db, target, true, Backup.Method.ONLINE_BACKUP);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, 0);
            System.out.printf(Locale.UK, "| desk write (one contact), alone     | median %5.1f ms | max %6.1f ms | n=%d |%n",
                    median(before), max(before), before.size());
            System.out.printf(Locale.UK, "| desk write (one contact), in backup | median %5.1f ms | max %6.1f ms | n=%d |%n",
                    median(during), max(during), during.size());
        }
        Files.deleteIfExists(target);
        Files.deleteIfExists(live);
        Files.deleteIfExists(Path.of(live + "-wal"));
        Files.deleteIfExists(Path.of(live + "-shm"));
    }

    /**
     * Runs {@code work} on this thread while another connection saves a contact every 50 ms
     * (and at least {@code atLeast} times); returns each save's time in microseconds.
     */
    static List<Long> writes(Path file, Supplier<?> work, int atLeast) throws Exception {
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean stop = new AtomicBoolean();
        Thread t = new Thread(() -> {
            try (Database d = Database.open(file, Database.Mode.MUST_EXIST)) {
                while (!stop.get() || micros.size() < atLeast) {
                    long t0 = System.nanoTime();
                    d.write(h -> h.execute("INSERT INTO contact (case_id, type_code, contact_date, created_by,"
                            + " created_at) VALUES (1, 'CTOB', '2026-11-23', 'bench', '2026-11-23T17:00:00Z')"));
                    micros.add((System.nanoTime() - t0) / 1_000);
                    Thread.sleep(50);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "desk");
        t.start();
        work.get();
        stop.set(true);
        t.join();
        // The first save opens the connection's statements: not what a desk already running pays.
        return new ArrayList<>(micros.subList(Math.min(1, micros.size()), micros.size()));
    }

    static double median(List<Long> micros) {
        List<Long> s = new ArrayList<>(micros);
        Collections.sort(s);
        return s.isEmpty() ? 0 : s.get(s.size() / 2) / 1000.0;
    }

    static double max(List<Long> micros) {
        return micros.isEmpty() ? 0 : Collections.max(micros) / 1000.0;
    }

    /** A copy of the database with {@code n} contacts recorded at the desk over the last 60 days. */
    static Path withDeskContacts(Path file, int n) throws Exception {
        Path copy = work(file, "export");
        try (Database db = Database.open(file, Database.Mode.MUST_EXIST)) {
            Backup.copy(db, copy, true, Backup.Method.ONLINE_BACKUP);
        }
        try (Database db = Database.open(copy, Database.Mode.MUST_EXIST)) {
            Migrator.migrate(db, "bench");
            long t0 = System.nanoTime();
            int added = db.write(h -> h.createUpdate("INSERT INTO contact (case_id, type_code, contact_date, start_time,"
                    + " notes, outcome_code, sensitive, source, version, created_by, created_at)"
                    + " SELECT id, 'COAP', date('2026-11-23', printf('-%d days', id % 60)), '10:00',"
                    + " 'Reported on time. Says \"all fine\", no changes.' || char(10) || 'Next report in a week.',"
                    + " 'ATTC', 0, 'DESK', 1, 'duty1', date('2026-11-23', printf('-%d days', id % 60)) || 'T10:05:00Z'"
                    + " FROM cases ORDER BY id LIMIT :n").bind("n", n).execute());
            System.out.printf(Locale.UK, "added %,d desk contacts in %,d ms%n", added, (System.nanoTime() - t0) / 1_000_000);
        }
        return copy;
    }

    static void export(Path file, int n) throws Exception {
        Path copy = withDeskContacts(file, n);
        Path out = copy.getParent().resolve("databench-export.csv");
        try (Database db = Database.open(copy, Database.Mode.MUST_EXIST)) {
            List<String> plan = db.read(h -> h.createQuery("EXPLAIN QUERY PLAN SELECT 1 FROM contact c"
                    + " WHERE c.source = 'DESK' ORDER BY c.contact_date, c.start_time").map((rs, ctx) -> rs.getString(4))
                    .list());
            System.out.println("plan: " + plan);
            ContactExport e = new ContactExport(db, CLOCK, "bench");
            timeExport("first export, every desk contact", e, ContactExport.Selection.notExported(), out);
            timeExport("second export, nothing new", e, ContactExport.Selection.notExported(), out);
            int corrected = db.write(h -> {
                h.execute("INSERT INTO contact_version (contact_id, version, type_code, contact_date, start_time,"
                        + " location, staff_code, notes, outcome_code, sensitive, alert, enforcement_code,"
                        + " enforcement_response_by, next_report_date, recorded_by, recorded_at, superseded_by,"
                        + " superseded_at, reason) SELECT id, version, type_code, contact_date, start_time, location,"
                        + " staff_code, notes, outcome_code, sensitive, alert, enforcement_code, enforcement_response_by,"
                        + " next_report_date, created_by, created_at, 'duty2', '2026-11-23T16:00:00Z', 'Wrong outcome'"
                        + " FROM contact WHERE source = 'DESK' AND id % 40 = 0");
                return h.createUpdate("UPDATE contact SET version = version + 1, outcome_code = 'AFTC',"
                        + " updated_by = 'duty2', updated_at = '2026-11-23T16:00:00Z'"
                        + " WHERE source = 'DESK' AND id % 40 = 0").execute();
            });
            System.out.printf(Locale.UK, "corrected %,d%n", corrected);
            timeExport("export after corrections", e, ContactExport.Selection.notExported(), out);
            timeExport("--again (the corrections)", e, ContactExport.Selection.again(), out);
            timeExport("--since 2026-11-16 (a week)", e, ContactExport.Selection.since(LocalDate.of(2026, 11, 16)), out);
        }
        Files.deleteIfExists(out);
        Files.deleteIfExists(copy);
        Files.deleteIfExists(Path.of(copy + "-wal"));
        Files.deleteIfExists(Path.of(copy + "-shm"));
    }

    static void timeExport(String what, ContactExport e, ContactExport.Selection s, Path out) throws Exception {
        long t0 = System.nanoTime();
        ContactExport.Result r = e.export(s, out, true);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        long bytes = r.rows() == 0 ? 0 : Files.size(out);
        System.out.printf(Locale.UK, "| %-32s | %,7d rows | %,6d corrections | %,8.1f MB | %,6d ms |%n", what, r.rows(),
                r.corrections(), bytes / 1e6, ms);
    }

    static void reports(Path file) throws Exception {
        Path copy = withDeskContacts(file, 20_000);
        try (Database db = Database.open(copy, Database.Mode.MUST_EXIST)) {
            ReportRepository repo = new ReportRepository(db, CLOCK);
            for (int i = 0; i < 5; i++) {
                time("daily report, 2026-11-23 (figures)", () -> repo.daily(LocalDate.of(2026, 11, 23)));
                time("daily report, as text", () -> ReportText.daily(repo.daily(LocalDate.of(2026, 11, 23))));
                time("missed checks, page (500 cases)", () -> ReportText.missed(repo.missed(500)));
                time("missed checks, every case, as text", () -> ReportText.missed(repo.missed(Integer.MAX_VALUE)));
            }
        }
        Files.deleteIfExists(copy);
        Files.deleteIfExists(Path.of(copy + "-wal"));
        Files.deleteIfExists(Path.of(copy + "-shm"));
    }

    static void time(String what, Supplier<?> work) {
        long t0 = System.nanoTime();
        Object r = work.get();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        String size = r instanceof List<?> l ? String.format(Locale.UK, "%,d lines", l.size()) : "";
        System.out.printf(Locale.UK, "| %-38s | %,6d ms | %s%n", what, ms, size);
    }
}
