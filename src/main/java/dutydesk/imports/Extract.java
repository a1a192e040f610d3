package dutydesk.imports;

import dutydesk.cases.Crn;
import dutydesk.cases.Pnc;
import dutydesk.imports.CsvSource.Record;
import dutydesk.imports.Rows.CaseIn;
import dutydesk.imports.Rows.ContactIn;
import dutydesk.imports.Rows.RegIn;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The files of one import, read and checked row by row against each other and the database's
 * {@link Reference}: the cases first, then the registrations and contacts, whose CRNs must be
 * among the good cases of the file or already in the database. Nothing here writes.
 *
 * <p>A problem with a file's header (a required column missing, a column twice, a file that is
 * not one of the three extracts) stops the whole import; a problem with a row rejects that row,
 * with every reason found in it.
 */
final class Extract {

    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 200;
    static final int MAX_NOTES = 20_000;

    /** Told how many bytes of how many have been read so far. */
    interface Progress {
        void bytes(long done, long total);
    }

    /** The records of one file that were rejected, with their reasons, for the rejects file. */
    record Rejected(Record record, List<Problem> problems) {
    }

    /** One input file: where it is, what it holds, its header, and its rejected records. */
    static final class Source {
        final Path path;
        final String name;
        final Charset charset;
        final Kind kind;
        final String[] header;
        final Map<String, Integer> positions;
        final List<Rejected> rejected = new ArrayList<>();
        int good;

        Source(Path path, Charset charset, Kind kind, String[] header) {
            this.path = path;
            this.name = path.getFileName().toString();
            this.charset = charset;
            this.kind = kind;
            this.header = header;
            this.positions = Kind.positions(Arrays.asList(header));
        }
    }

    final List<Problem> problems = new ArrayList<>();
    /** Things worth saying that are not problems (columns not used, the encoding assumed). */
    final List<String> notes = new ArrayList<>();
    final Map<Kind, Source> sources = new EnumMap<>(Kind.class);
    final List<CaseIn> cases = new ArrayList<>();
    final List<RegIn> registrations = new ArrayList<>();
    final List<ContactIn> contacts = new ArrayList<>();
    /** Every CRN the cases file lists, in good rows and bad. */
    Set<String> listedCrns = new HashSet<>();
    /** Whether some cases row's CRN could not be read (then no case can be said to have left). */
    boolean unreadableCrn;
    /** A header problem: nothing can be imported until it is fixed. */
    boolean fatal;

    private final Supplier<Reference> refSource;
    private Reference ref;
    private final LocalDate today;
    private final Map<String, Long> rejectedCases = new HashMap<>();
    private Map<String, CaseIn> goodCases = new HashMap<>();
    private Map<String, Long> caseLines = new HashMap<>();

    private Extract(Supplier<Reference> refSource, LocalDate today) {
        this.refSource = refSource;
        this.today = today;
    }

    /**
     * The database's codes and cases, asked for when the first row is checked: the files' headers
     * and the first records can be read while the database is still being opened.
     */
    Reference reference() {
        if (ref == null) {
            ref = Objects.requireNonNull(refSource.get());
        }
        return ref;
    }

    /** Room in the per-case tables for the cases a file of this size may hold (a row is over 100 bytes). */
    private void makeRoom(long casesFileBytes) {
        int capacity = (int) Math.min(4_000_000, casesFileBytes / 100) * 4 / 3 + 16;
        listedCrns = new HashSet<>(capacity);
        goodCases = new HashMap<>(capacity);
        caseLines = new HashMap<>(capacity);
    }

    /**
     * Reads and checks the files.
     *
     * @param encoding every file's encoding, or null to detect each one's
     */
    static Extract read(List<Path> files, Charset encoding, Supplier<Reference> ref, LocalDate today,
                        Progress progress) throws IOException {
        Extract x = new Extract(ref, today);
        for (Path f : files) {
            x.identify(f, encoding);
        }
        if (x.fatal) {
            return x;
        }
        if (x.sources.containsKey(Kind.CASES)) {
            x.makeRoom(java.nio.file.Files.size(x.sources.get(Kind.CASES).path));
        }
        long total = 0;
        for (Source s : x.sources.values()) {
            total += java.nio.file.Files.size(s.path);
        }
        long before = 0;
        for (Source s : x.sources.values()) {
            long offset = before;
            long all = total;
            try {
                boolean[] header = {true};
                CsvSource.read(s.path, s.charset, r -> {
                    if (header[0]) {
                        header[0] = false;
                        return;
                    }
                    x.row(s, r);
                }, bytes -> progress.bytes(offset + bytes, all));
            } catch (CsvSource.Unreadable e) {
                x.fatal(s.name, e.line, null, e.getMessage());
            }
            before += java.nio.file.Files.size(s.path);
        }
        progress.bytes(total, total);
        Source cases = x.sources.get(Kind.CASES);
        if (cases != null && !x.fatal && cases.good + cases.rejected.size() == 0) {
            // Taken as the whole extract, an empty one would take every imported case off the list.
            x.fatal(cases.name, 1, null, "no cases under the header: an empty extract is not imported");
        }
        return x;
    }

    /** Reads a file's header: which extract it is, and whether it has every required column once. */
    private void identify(Path f, Charset encoding) throws IOException {
        String name = f.getFileName().toString();
        Charset cs = encoding != null ? encoding : CsvSource.detect(f);
        Record first;
        try {
            first = CsvSource.header(f, cs);
        } catch (CsvSource.Unreadable e) {
            fatal(name, e.line, null, e.getMessage());
            return;
        }
        if (first == null) {
            fatal(name, 1, null, "the file is empty: it needs a header row naming its columns");
            return;
        }
        String[] header = first.fields();
        Set<String> names = new HashSet<>();
        boolean ok = true;
        for (String h : header) {
            String n = Kind.normalise(h);
            if (!n.isEmpty() && !names.add(n)) {
                fatal(name, 1, n, "appears twice in the header");
                ok = false;
            }
        }
        Kind kind = Kind.of(names);
        if (kind == null) {
            fatal(name, 1, null, "not a cases, registrations or contacts extract: the header row ("
                    + String.join(",", header) + ") names none of their columns");
            return;
        }
        if (sources.containsKey(kind)) {
            fatal(name, 1, null, "a second " + kind.label() + " extract (the first is " + sources.get(kind).name
                    + "): give one file of each kind");
            return;
        }
        for (String col : kind.required()) {
            if (!names.contains(col)) {
                fatal(name, 1, col, "missing from the header (a " + kind.label() + " extract needs "
                        + String.join(", ", kind.required()) + ")");
                ok = false;
            }
        }
        Set<String> known = new HashSet<>(kind.columns());
        for (String h : header) {
            String n = Kind.normalise(h);
            if (!n.isEmpty() && !known.contains(n)) {
                notes.add(name + ": column '" + h.trim() + "' is not used");
            }
        }
        if (encoding == null && !StandardCharsets.UTF_8.equals(cs)) {
            notes.add(name + ": not valid UTF-8, so read as " + cs.displayName());
        }
        if (ok) {
            sources.put(kind, new Source(f, cs, kind, header));
        }
    }

    private void fatal(String file, long line, String column, String reason) {
        problems.add(new Problem(file, line, column, reason));
        fatal = true;
    }

    // ---- rows --------------------------------------------------------------------------------

    private void row(Source s, Record r) {
        Row row = new Row(s, r);
        if (r.fields().length != s.header.length) {
            if (r.fields().length < s.header.length) {
                row.problem(s.header[r.fields().length].trim(), "missing: the row has " + r.fields().length
                        + " fields, the header " + s.header.length);
            } else {
                row.problem(Integer.toString(s.header.length + 1), "not in the header: the row has "
                        + r.fields().length + " fields, the header " + s.header.length);
            }
        } else {
            switch (s.kind) {
                case CASES: caseRow(row); break;
                case REGISTRATIONS: registrationRow(row); break;
                default: contactRow(row); break;
            }
        }
        if (s.kind == Kind.CASES) {
            String crn = row.raw("crn");
            if (Crn.isValid(crn)) {
                listedCrns.add(crn);
                if (!row.problems.isEmpty()) {
                    rejectedCases.putIfAbsent(crn, r.line());
                }
            } else {
                unreadableCrn = true;
            }
        }
        if (row.problems.isEmpty()) {
            s.good++;
        } else {
            problems.addAll(row.problems);
            s.rejected.add(new Rejected(r, row.problems));
        }
    }

    private final Map<String, String> teamPdus = new HashMap<>();

    private void caseRow(Row row) {
        String crn = row.crn();
        if (crn != null) {
            Long earlier = caseLines.putIfAbsent(crn, row.line());
            if (earlier != null) {
                row.problem("crn", crn + " is already on line " + earlier);
            }
        }
        String pnc = row.optional("pnc");
        if (pnc != null && !Pnc.isValid(pnc)) {
            row.problem("pnc", pncReason(pnc));
        }
        String surname = row.text("surname", true, MAX_NAME);
        String forename = row.text("forename", true, MAX_NAME);
        LocalDate dob = row.date("date_of_birth", true);
        if (dob != null && dob.isAfter(today)) {
            row.problem("date_of_birth", dob + " is in the future");
        }
        String pdu = row.matching("pdu_code", true, Values.SHORT_CODE, "a PDU code (letters and digits, up to 20)");
        String pduName = row.text("pdu_name", false, MAX_NAME);
        String team = row.matching("team_code", true, Values.SHORT_CODE, "a team code (letters and digits, up to 20)");
        String teamName = row.text("team_name", false, MAX_NAME);
        if (pdu != null && team != null) {
            String known = reference().teamPdus().get(team);
            if (known == null) {
                known = teamPdus.putIfAbsent(team, pdu);
            }
            if (known != null && !known.equals(pdu)) {
                row.problem("pdu_code", "team " + team + " belongs to PDU " + known + ", not " + pdu);
            }
        }
        String om = row.matching("om_staff_code", true, Values.STAFF_CODE,
                "a staff code (7 letters and digits, e.g. N07T01U)");
        String tier = row.matching("tier", false, Values.TIER, "a tier (A0 to D3, S added if unsupervised)");
        String rosh = row.code("rosh", false, Reference.ROSH, "a RoSH level (LOW, MEDIUM, HIGH, VERY_HIGH)");
        String caseType = row.code("case_type", true, Reference.CASE_TYPES, "a case type (COMMUNITY, LICENSE, CUSTODY)");
        String order = row.text("order_description", true, MAX_TEXT);
        LocalDate sentence = row.date("sentence_date", true);
        LocalDate release = row.date("release_date", false);
        LocalDate orderEnd = row.date("order_end_date", false);
        if (sentence != null && orderEnd != null && orderEnd.isBefore(sentence)) {
            row.problem("order_end_date", orderEnd + " is before the sentence date " + sentence);
        }
        String frequency = row.code("reporting_frequency", true, Reference.FREQUENCIES,
                "a reporting frequency (NONE, DAY, WEEK, FORTNIGHT, FOUR_WEEKS)");
        LocalDate next = row.date("next_report_date", true);
        if (row.problems.isEmpty()) {
            CaseIn c = new CaseIn(row.line(), crn, pnc, forename, surname, dob, pdu, pduName, team, teamName, om, tier,
                    rosh, caseType, order, sentence, release, orderEnd, frequency, next);
            cases.add(c);
            goodCases.put(crn, c);
        }
    }

    static String pncReason(String pnc) {
        if (!Pattern.matches("\\d{4}/\\d{7}[A-Z]", pnc)) {
            return "'" + pnc + "' is not a PNC number (YYYY/NNNNNNNC, e.g. 2012/0052494Q)";
        }
        char want = Pnc.checkLetter(Integer.parseInt(pnc.substring(0, 4)), Integer.parseInt(pnc.substring(5, 12)));
        return "'" + pnc + "': the check letter should be " + want;
    }

    private final Map<String, Long> registrationLines = new HashMap<>();

    private void registrationRow(Row row) {
        String crn = row.knownCrn();
        String type = row.code("type", true, reference().registerTypes(), "a register type code");
        String level = row.text("level", false, 40);
        if ("MAPP".equals(type) && level != null) {
            level = row.code("level", false, Reference.MAPPA_LEVELS, "a MAPPA level (M1, M2 or M3)");
        }
        String category = row.text("category", false, 40);
        LocalDate registered = row.date("registered_date", true);
        LocalDate review = row.date("next_review_date", false);
        LocalDate deregistered = row.date("deregistered_date", false);
        if (registered != null && deregistered != null && deregistered.isBefore(registered)) {
            row.problem("deregistered_date", deregistered + " is before the registered date " + registered);
        }
        String notes = row.text("notes", false, MAX_NOTES);
        if (row.problems.isEmpty()) {
            RegIn r = new RegIn(row.line(), crn, type, level, category, registered, review, deregistered, notes);
            Long earlier = registrationLines.putIfAbsent(r.key(), row.line());
            if (earlier != null) {
                row.problem("type", crn + " has " + type + " registered on " + registered + " already on line " + earlier);
            } else {
                registrations.add(r);
            }
        }
    }

    private final Map<String, Long> contactLines = new HashMap<>();

    private void contactRow(Row row) {
        String crn = row.knownCrn();
        LocalDate date = row.date("contact_date", true);
        String time = null;
        String t = row.optional("start_time");
        if (t != null) {
            try {
                time = Values.time(t);
            } catch (Values.Bad e) {
                row.problem("start_time", e.getMessage());
            }
        }
        String type = row.code("type", true, reference().contactTypes(), "a contact type code");
        String outcome = row.code("outcome", false, reference().outcomes(), "an outcome code");
        String enforcement = row.code("enforcement", false, reference().enforcementActions(), "an enforcement action code");
        LocalDate respondBy = row.date("respond_by", false);
        String staff = row.matching("staff_code", false, Values.STAFF_CODE, "a staff code (7 letters and digits)");
        String location = row.text("location", false, MAX_TEXT);
        String description = row.text("description", false, MAX_TEXT);
        String notes = row.text("notes", false, MAX_NOTES);
        boolean sensitive = false;
        try {
            sensitive = Values.yesNo(row.raw("sensitive"));
        } catch (Values.Bad e) {
            row.problem("sensitive", e.getMessage());
        }
        if (row.problems.isEmpty()) {
            ContactIn c = new ContactIn(row.line(), crn, date, time, type, outcome, enforcement, respondBy, staff,
                    location, description, notes, sensitive);
            Long earlier = contactLines.putIfAbsent(c.key(), row.line());
            if (earlier != null) {
                row.problem("type", crn + " has a " + type + " contact on " + date + (time == null ? "" : " " + time)
                        + " already on line " + earlier);
            } else {
                contacts.add(c);
            }
        }
    }

    /** The CRN of a registration or contact: valid, and a case of this import or the database. */
    private String knownCrnOf(Row row) {
        String crn = row.crn();
        if (crn == null || goodCases.containsKey(crn) || reference().existingCrns().contains(crn)) {
            return crn;
        }
        Long rejected = rejectedCases.get(crn);
        Source cs = sources.get(Kind.CASES);
        if (rejected != null) {
            row.problem("crn", crn + "'s row in " + cs.name + " (line " + rejected + ") was rejected");
        } else {
            row.problem("crn", crn + " is not in " + (cs == null ? "" : cs.name + " nor in ") + "the database");
        }
        return crn;
    }

    /** One record being checked: its fields by column name, and the problems found so far. */
    private final class Row {
        final Source s;
        final Record r;
        final List<Problem> problems = new ArrayList<>(0);

        Row(Source s, Record r) {
            this.s = s;
            this.r = r;
        }

        long line() {
            return r.line();
        }

        void problem(String column, String reason) {
            problems.add(new Problem(s.name, r.line(), column, reason));
        }

        /** The field, trimmed; empty if the header has no such column. */
        String raw(String column) {
            Integer i = s.positions.get(column);
            return i == null || i >= r.fields().length ? "" : r.fields()[i].trim();
        }

        /** The field, or null if empty. */
        String optional(String column) {
            String v = raw(column);
            return v.isEmpty() ? null : v;
        }

        /** The field, or null (with a problem) if it is empty but required. */
        String value(String column, boolean required) {
            String v = optional(column);
            if (v == null && required) {
                problem(column, "empty, but a value is required");
            }
            return v;
        }

        String text(String column, boolean required, int max) {
            String v = value(column, required);
            if (v != null) {
                if (v.length() > max) {
                    problem(column, "longer than " + max + " characters (" + v.length() + ")");
                } else if (v.indexOf('\uFFFD') >= 0) {
                    problem(column, "has characters that are neither UTF-8 nor Windows-1252");
                }
            }
            return v;
        }

        String matching(String column, boolean required, Predicate<String> shape, String what) {
            String v = value(column, required);
            if (v == null) {
                return null;
            }
            String u = v.toUpperCase(java.util.Locale.ROOT);
            if (!shape.test(u)) {
                problem(column, "'" + v + "' is not " + what);
            }
            return u;
        }

        String code(String column, boolean required, Map<String, String> codes, String what) {
            String v = value(column, required);
            if (v == null) {
                return null;
            }
            try {
                return Values.code(v, codes, what);
            } catch (Values.Bad e) {
                problem(column, e.getMessage());
                return null;
            }
        }

        LocalDate date(String column, boolean required) {
            String v = value(column, required);
            if (v == null) {
                return null;
            }
            try {
                return Values.date(v);
            } catch (Values.Bad e) {
                problem(column, e.getMessage());
                return null;
            }
        }

        String crn() {
            String v = value("crn", true);
            if (v != null && !Crn.isValid(v)) {
                problem("crn", "'" + v + "' is not a CRN (a capital letter and six digits, e.g. X123456)");
                return null;
            }
            return v;
        }

        String knownCrn() {
            return knownCrnOf(this);
        }
    }

}
