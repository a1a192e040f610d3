package dutydesk.app;

import dutydesk.dachecks.CheckEngine;
import dutydesk.dachecks.CheckFacts;
import dutydesk.dachecks.CheckResult;
import dutydesk.dachecks.CheckStore;
import dutydesk.dachecks.Evaluation;
import dutydesk.db.Database;
import dutydesk.db.DbException;
import dutydesk.io.Csv;
import java.io.PrintStream;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code dutydesk checks}: every case's DA and safeguarding checks, evaluated afresh from the
 * facts (not from the stored copy the lists use), one line per case and applicable check, so
 * the evaluation can be scripted and compared. A summary with timings goes to stderr.
 */
@Command(name = "checks", sortOptions = false, header = "Print every case's DA and safeguarding checks, evaluated afresh.",
        description = {"Prints every case's DA and safeguarding checks, evaluated afresh, one line per case and"
                + " applicable check: CRN, check, state, missed flag, due date, reason. A summary goes to stderr.",
            ""},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "1:a database error", "2:bad arguments or no database"})
final class ChecksCommand extends HeadlessCommand {

    /** Output of the command. */
    enum Format { TEXT, CSV }

    /** Cases read and evaluated at a time: bounded memory whatever the size of the database. */
    static final int CHUNK = 5_000;

    static final String CSV_HEADER = "crn,check,state,missed,due,reason";

    @Option(names = "--as-of", paramLabel = "DATE", converter = Cli.DateConverter.class,
            description = "evaluate as on this date, YYYY-MM-DD (default: today)")
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "F",
            description = "text (aligned columns, the default) or csv (with a header row)")
    Format format = Format.TEXT;

    @Option(names = "--missed-only", description = "only the checks that are missed")
    boolean missedOnly;

    @Override
    public Integer call() {
        PrintStream out = out();
        PrintStream err = err();
        LocalDate asOf = this.asOf != null ? this.asOf : LocalDate.now();
        boolean csv = format == Format.CSV;
        try (Database db = openExisting()) {
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
                        if (!r.applies() || missedOnly && !r.isMissed()) {
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
        } catch (DbException | IllegalArgumentException e) {
            throw new CommandFailure(Cli.FAILED, e.getMessage(), null);
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
        Csv.appendField(b, oneLine(s));
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
