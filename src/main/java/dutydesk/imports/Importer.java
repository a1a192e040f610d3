package dutydesk.imports;

import dutydesk.db.Database;
import dutydesk.db.DbException;
import dutydesk.db.SideTable;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code dutydesk import}: reads the extracts ({@link Extract}), and if every row is good (or
 * with {@link Options#skipBad}, whatever is good) writes them in one {@code BEGIN IMMEDIATE}
 * transaction ({@link ImportStore}). Without {@code skipBad}, one bad row means nothing is
 * written. With it, each file's rejected records go to a rejects file beside it: its header plus
 * a {@code reject_reason} column, so it can be corrected and imported again, as part of the
 * extract ({@link Options#partial}): it does not list the cases that were imported.
 */
public final class Importer {

    /** The rejects file's extra column. */
    public static final String REASON_COLUMN = "reject_reason";

    /**
     * How to import.
     *
     * @param encoding   every file's encoding, or null to detect each one's (UTF-8 if valid, else Windows-1252)
     * @param rejectsDir where rejects files go (made if missing, inside a folder that exists), or null for
     *                   beside each file
     * @param partial    the cases file is not the whole extract: no case is marked as having left
     */
    public record Options(List<Path> files, boolean skipBad, Path rejectsDir, Charset encoding, boolean partial,
                          boolean unsharedNewFile) {

        /**
         * @param unsharedNewFile the database is a new file no other process can have open, thrown
         *                        away if the import fails: it is written without a journal (each
         *                        page once) and without syncing until the end
         */
        public Options {
        }

        public Options(List<Path> files, boolean skipBad, Path rejectsDir, Charset encoding, boolean partial) {
            this(files, skipBad, rejectsDir, encoding, partial, false);
        }
    }

    /** What happened: the problems found, whether anything was written, and what. */
    public record Result(List<Problem> problems, List<String> notes, boolean written, Counts counts,
                         List<Path> rejectsFiles, int rejectedRows, boolean leftSkipped) {

        /** A header problem or (without --skip-bad) a bad row: nothing was written. */
        public boolean rejected() {
            return !written;
        }

        /** "100,000 cases (99,980 new, 20 changed), ..." or empty if nothing was written. */
        public String summary() {
            return counts == null ? "" : Importer.summary(counts);
        }
    }

    /** Told how far the import has got: phase, done, total, unit. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (phase, done, total, unit) -> { };

        void show(String phase, long done, long total, String unit);
    }

    /** The page cache while importing: 256 MB (negative: in KiB). */
    static final int IMPORT_CACHE_KIB = -262_144;

    private Importer() {
    }

    private static int pragma(java.sql.Connection c, String pragma) throws java.sql.SQLException {
        try (java.sql.Statement st = c.createStatement()) {
            if (st.execute("PRAGMA " + pragma)) {
                try (java.sql.ResultSet rs = st.getResultSet()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
            return 0;
        }
    }

    /**
     * The settings of a new file no other process can open ({@link Options#unsharedNewFile}): no
     * journal, and no syncing until it is finished. An import sets them back to WAL and FULL.
     */
    public static Void unsharedFile(java.sql.Connection c) throws java.sql.SQLException {
        pragma(c, "journal_mode = OFF");
        pragma(c, "synchronous = OFF");
        return null;
    }

    /**
     * Imports the files into the (migrated) database.
     *
     * @param user recorded with every row written
     */
    public static Result run(Database db, Options o, Clock clock, String user, Progress progress) throws IOException {
        return run(() -> db, o, clock, user, progress);
    }

    /**
     * Imports the files into a database that may still be being opened and migrated: the files'
     * headers and first records are read meanwhile, and {@code opening} is first asked for it when
     * the first row is checked (and not at all if a header is wrong).
     */
    public static Result run(Supplier<Database> opening, Options o, Clock clock, String user, Progress progress)
            throws IOException {
        LocalDate today = LocalDate.now(clock);
        Extract x = Extract.read(o.files(), o.encoding(), () -> opening.get().query(Reference::read), today,
                (done, total) -> progress.show("Reading", done / 1_000_000, total / 1_000_000, "MB"));
        // In file order (cases, registrations, contacts), each file's in line order.
        List<Problem> problems = List.copyOf(x.problems);
        int rejectedRows = x.sources.values().stream().mapToInt(s -> s.rejected.size()).sum();
        if (x.fatal || (!problems.isEmpty() && !o.skipBad())) {
            return new Result(problems, x.notes, false, null, List.of(), rejectedRows, false);
        }
        List<Path> rejects = new ArrayList<>();
        for (Extract.Source s : x.sources.values()) {
            if (!s.rejected.isEmpty()) {
                rejects.add(writeRejects(s, o.rejectsDir()));
            }
        }
        Database db = opening.get();
        Reference ref = x.reference();
        boolean full = !o.partial();
        String now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        String files = o.files().stream().map(Path::toString).collect(Collectors.joining(", "));
        // A large page cache for the length of the import: a 100,000-case load touches every page of
        // the case indexes many times.
        int cache = db.query(c -> pragma(c, "cache_size"));
        db.query(c -> pragma(c, "cache_size = " + IMPORT_CACHE_KIB));
        // The first load of a large caseload into an empty database (as the seeder loads one): no
        // foreign-key lookups or CHECK constraints row by row. Every reference it writes is to a
        // code checked against the database's lists or to a row it writes itself, and every value
        // has been checked as it was read or worked out by the code the app writes it with (the
        // tests run foreign_key_check and integrity_check, which checks the CHECK constraints).
        boolean firstLoad = ref.existingCrns().isEmpty() && x.cases.size() >= ImportStore.BULK;
        if (firstLoad) {
            db.query(c -> pragma(c, "foreign_keys = OFF"));
            db.query(c -> pragma(c, "ignore_check_constraints = ON"));
        }
        if (o.unsharedNewFile()) {
            db.query(Importer::unsharedFile);
        }
        // A new database no one else can see yet: the new cases' DA-check rows are written by a
        // second writer, into a file of their own, and copied in after the rest.
        SideTable checksAside = firstLoad && o.unsharedNewFile() ? db.query(ImportStore::checksAside) : null;
        Counts counts;
        try {
            counts = db.write(h -> ImportStore.write(h.getConnection(), x, full, files, user, now, today, ref,
                    checksAside, progress::show));
            if (checksAside != null) {
                progress.show("Checks", 0, 1, "tables");
                checksAside.copyInto(db);
            }
            // Before a new database goes back to its journal: the statistics are written once.
            if (counts.casesNew() >= 1000) {
                // Statistics for the planner after a large load (approximate ones are enough, and quick).
                db.query(c -> pragma(c, "analysis_limit = 1000"));
                db.query(c -> {
                    try (java.sql.Statement st = c.createStatement()) {
                        st.execute("ANALYZE");
                    }
                    return null;
                });
                db.query(c -> pragma(c, "analysis_limit = 0"));
            }
        } catch (java.sql.SQLException e) {
            throw DbException.from(e);
        } finally {
            if (checksAside != null) {
                checksAside.close();
            }
            db.query(c -> pragma(c, "cache_size = " + cache));
            if (firstLoad) {
                db.query(c -> pragma(c, "foreign_keys = ON"));
                db.query(c -> pragma(c, "ignore_check_constraints = OFF"));
            }
            if (o.unsharedNewFile()) {
                db.query(c -> pragma(c, "journal_mode = WAL"));
                db.query(c -> pragma(c, "synchronous = FULL"));
            }
        }
        // Worth saying only if some case could have left: one the database held that the extract's
        // readable CRNs do not list (into a new database, none could).
        boolean leftSkipped = full && x.sources.containsKey(Kind.CASES) && x.unreadableCrn
                && !x.listedCrns.containsAll(ref.existingCrns());
        return new Result(problems, x.notes, true, counts, rejects, rejectedRows, leftSkipped);
    }

    /** The rejects file of a source: NAME.rejects.csv, UTF-8 with a byte-order mark (so Excel reads it right). */
    static Path writeRejects(Extract.Source s, Path dir) throws IOException {
        String stem = s.name.toLowerCase(Locale.ROOT).endsWith(".csv") ? s.name.substring(0, s.name.length() - 4) : s.name;
        Path folder = dir != null ? dir : s.path.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            // A missing rejects folder is made, but not the folders above it: a mistyped path fails.
            Files.createDirectory(folder);
        }
        Path out = folder.resolve(stem + ".rejects.csv");
        try (OutputStream os = Files.newOutputStream(out)) {
            os.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            CsvWriter w = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF)
                    .build(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8));
            List<String> header = new ArrayList<>(Arrays.asList(s.header));
            header.add(REASON_COLUMN);
            w.writeRecord(header);
            for (Extract.Rejected r : s.rejected) {
                List<String> fields = new ArrayList<>(Arrays.asList(r.record().fields()));
                while (fields.size() < s.header.length) {
                    fields.add("");
                }
                fields.add(r.problems().stream().map(p -> "line " + p.line() + ": "
                        + (p.column() == null ? "" : "column " + p.column() + ": ") + p.reason())
                        .collect(Collectors.joining("; ")));
                w.writeRecord(fields);
            }
            w.flush();
        }
        return out;
    }

    /** "12 cases new, 3 changed, 640 unchanged, 2 back, 5 left; 20 registrations new, ...". */
    static String summary(Counts c) {
        return String.format(Locale.UK, "cases: %,d new, %,d changed, %,d unchanged, %,d back in the extract,"
                        + " %,d left the extract; registrations: %,d new, %,d changed; contacts: %,d new, %,d changed;"
                        + " DA checks evaluated for %,d case%s",
                c.casesNew(), c.casesChanged(), c.casesUnchanged(), c.casesBack(), c.casesLeft(), c.registrationsNew(),
                c.registrationsChanged(), c.contactsNew(), c.contactsChanged(), c.evaluated(), c.evaluated() == 1 ? "" : "s");
    }
}
