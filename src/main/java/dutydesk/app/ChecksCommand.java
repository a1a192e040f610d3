package dutydesk.app;

import dutydesk.dachecks.CheckEngine;
import dutydesk.dachecks.CheckFacts;
import dutydesk.dachecks.CheckResult;
import dutydesk.dachecks.CheckStore;
import dutydesk.dachecks.Evaluation;
import dutydesk.db.Database;
import dutydesk.db.DbException;
import dutydesk.db.Migrator;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code dutydesk checks}: every case's DA and safeguarding checks, evaluated afresh from the
 * facts (not from the stored copy the lists use), one line per case and applicable check, so
 * the evaluation can be scripted and compared. A summary with timings goes to stderr.
 */
final class ChecksCommand {

    /** Cases read and evaluated at a time: bounded memory whatever the size of the database. */
    static final int CHUNK = 5_000;

    static final String CSV_HEADER = "crn,check,state,missed,due,reason";

    private final Options options;
    private final PrintStream out;
    private final PrintStream err;

    ChecksCommand(Options options, PrintStream out, PrintStream err) {
        this.options = options;
        this.out = out;
        this.err = err;
    }

    int run() {
        Path path = options.db() != null ? options.db() : Options.defaultDatabase();
        if (!Files.exists(path)) {
            err.println("dutydesk checks: no database at " + path);
            return 2;
        }
        LocalDate asOf = options.asOf() != null ? options.asOf() : LocalDate.now();
        boolean csv = options.format() == Options.Format.CSV;
        try (Database db = Database.open(path, Database.Mode.MUST_EXIST)) {
            Migrator.migrate(db, Main.osUser());
            long t0 = System.nanoTime();
            Map<Long, String> crns = db.query(c -> {
                Map<Long, String> m = new HashMap<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT id, crn FROM cases");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        m.put(rs.getLong(1), rs.getString(2));
                    }
                }
                return m;
            });
            long maxId = db.query(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(id), 0) FROM cases");
                     ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            CheckEngine engine = db.query(CheckStore::engine);
            if (csv) {
                out.println(CSV_HEADER);
            }
            long readNanos = System.nanoTime() - t0;
            long evalNanos = 0;
            int cases = 0;
            int withMissed = 0;
            int lines = 0;
            StringBuilder b = new StringBuilder(1 << 16);
            for (long lo = 1; lo <= maxId; lo += CHUNK) {
                long hi = lo + CHUNK - 1;
                long r0 = System.nanoTime();
                List<CheckFacts> facts = new ArrayList<>(CHUNK);
                long from = lo;
                db.query(c -> {
                    CheckStore.read(c, from, hi, id -> true, facts::add);
                    return null;
                });
                long e0 = System.nanoTime();
                readNanos += e0 - r0;
                List<Evaluation> evaluations = facts.parallelStream().map(f -> engine.evaluate(f, asOf)).toList();
                evalNanos += System.nanoTime() - e0;
                for (Evaluation e : evaluations) {
                    cases++;
                    if (e.missedCount() > 0) {
                        withMissed++;
                    }
                    String crn = crns.get(e.caseId());
                    for (CheckResult r : e.results()) {
                        if (!r.applies() || options.missedOnly() && !r.isMissed()) {
                            continue;
                        }
                        lines++;
                        if (csv) {
                            csvLine(b, crn, r);
                        } else {
                            textLine(b, crn, r);
                        }
                    }
                    if (b.length() > (1 << 15)) {
                        out.print(b);
                        b.setLength(0);
                    }
                }
            }
            out.print(b);
            out.flush();
            err.printf(Locale.UK, "dutydesk checks: %,d cases as of %s, %,d with missed checks, %,d lines;"
                    + " read %.0f ms, evaluated %.0f ms.%n", cases, asOf, withMissed, lines, readNanos / 1e6,
                    evalNanos / 1e6);
            return out.checkError() ? 1 : 0;
        } catch (DbException e) {
            err.println("dutydesk checks: " + e.getMessage());
            return 1;
        } catch (IllegalArgumentException e) {
            err.println("dutydesk checks: " + e.getMessage());
            return 1;
        }
    }

    /** {@code CRN  CHECK  STATE  MISSED  DUE  REASON}, columns aligned, "-" for none. */
    static void textLine(StringBuilder b, String crn, CheckResult r) {
        pad(b, crn, 8);
        pad(b, r.kind().code(), 6);
        pad(b, r.state().name(), 18);
        pad(b, r.isMissed() ? r.missed().name() : "-", 14);
        pad(b, r.due() == null ? "-" : r.due().toString(), 11);
        b.append(oneLine(r.reason())).append('\n');
    }

    static void csvLine(StringBuilder b, String crn, CheckResult r) {
        b.append(crn).append(',').append(r.kind().code()).append(',').append(r.state().name()).append(',')
                .append(r.isMissed() ? r.missed().name() : "").append(',')
                .append(r.due() == null ? "" : r.due().toString()).append(',');
        csvField(b, r.reason());
        b.append('\n');
    }

    private static void pad(StringBuilder b, String s, int width) {
        b.append(s);
        for (int i = s.length(); i < width; i++) {
            b.append(' ');
        }
        b.append(' ');
    }

    /** Quotes a CSV field when it needs it (RFC 4180), and keeps it on one line. */
    static void csvField(StringBuilder b, String s) {
        String v = oneLine(s);
        if (v.indexOf(',') < 0 && v.indexOf('"') < 0) {
            b.append(v);
        } else {
            b.append('"').append(v.replace("\"", "\"\"")).append('"');
        }
    }

    private static String oneLine(String s) {
        StringBuilder r = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            r.append(Character.isISOControl(ch) ? ' ' : ch);
        }
        return r.toString();
    }
}
