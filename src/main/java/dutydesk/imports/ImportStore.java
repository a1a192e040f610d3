package dutydesk.imports;

import dutydesk.cases.CaseFacts;
import dutydesk.cases.CaseRepository;
import dutydesk.cases.NameKey;
import dutydesk.dachecks.CheckEngine;
import dutydesk.dachecks.CheckResult;
import dutydesk.dachecks.CheckStore;
import dutydesk.dachecks.Evaluation;
import dutydesk.db.BulkInsert;
import dutydesk.db.Indexes;
import dutydesk.db.RowMakers;
import dutydesk.db.SideTable;
import dutydesk.imports.Rows.CaseIn;
import dutydesk.imports.Rows.ContactIn;
import dutydesk.imports.Rows.RegIn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a checked {@link Extract} inside the caller's write transaction.
 *
 * <ul>
 *   <li>Cases are matched by CRN: a new one is added, a known one is updated where the extract
 *       differs (its next reporting date is never moved earlier: a date set at the desk after the
 *       extract was taken stays), and one that had left the extract comes back.</li>
 *   <li>After a full extract, an imported case it does not list is marked as having left
 *       ({@code left_extract_at}; no longer unallocated). Nothing is deleted.</li>
 *   <li>Registrations are matched by (case, type, registered date) and imported contacts by
 *       (case, date, start time, type): new ones are added, known ones updated where the extract
 *       differs. Contacts logged at the desk are never touched.</li>
 *   <li>Every case whose registrations or contacts changed gets its list markers recomputed
 *       ({@link CaseRepository#refreshDerived}), and every case whose check facts changed its DA
 *       checks re-evaluated ({@link CheckStore#refresh}), in the same transaction.</li>
 * </ul>
 * Unchanged rows are not written, so importing the same files twice changes nothing the second time.
 */
final class ImportStore {

    /** Told how far a phase has got. */
    interface Progress {
        void show(String phase, long done, long total, String unit);
    }

    /** The columns an extract sets, in {@link #values(CaseIn, String)} order. */
    private static final String CASE_COLUMNS = "pnc, forename, surname, date_of_birth, pdu_code, team_code,"
            + " om_staff_code, tier, rosh, case_type, order_description, sentence_date, release_date, order_end_date,"
            + " reporting_frequency, next_report_date";
    private static final int TEAM = 5;
    private static final int NEXT_REPORT = 15;
    /** The positions in {@link #CASE_COLUMNS} the DA checks depend on: case type, order, sentence, release. */
    private static final int[] CHECK_FACTS = {9, 10, 11, 12};

    /** New cases from which a first load into an empty database drops and rebuilds the indexes. */
    static final int BULK = 5_000;

    private static final String REG_COLUMNS = "level, category, next_review_date, deregistered_date, notes";
    private static final String CONTACT_COLUMNS = "outcome_code, enforcement_code, enforcement_response_by,"
            + " staff_code, location, description, notes, sensitive";

    /**
     * A case as stored: its id, the extract's columns packed into one text ({@link #pack}), whether
     * it came from an import and whether it left the extract.
     */
    private record Stored(long id, String packed, boolean imported, boolean left) {

        String[] values() {
            return unpack(packed);
        }
    }

    private static final char SEPARATOR = '\u001F';
    private static final char NULL = '\u001E';

    /**
     * SQL that packs columns into one text, NULL as U+001E, separated by U+001F: reading one text
     * a row instead of one per column is most of the cost of reading 100,000 rows back.
     */
    static String packSql(String columns) {
        StringBuilder b = new StringBuilder();
        for (String col : columns.split(",")) {
            b.append(b.length() == 0 ? "" : " || char(31) || ").append("coalesce(").append(col.trim())
                    .append(", char(30))");
        }
        return b.toString();
    }

    /** Values packed as {@link #packSql} packs columns. */
    static String pack(String[] values) {
        StringBuilder b = new StringBuilder(128);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(SEPARATOR);
            }
            if (values[i] == null) {
                b.append(NULL);
            } else {
                b.append(values[i]);
            }
        }
        return b.toString();
    }

    static String[] unpack(String packed) {
        String[] v = packed.split(String.valueOf(SEPARATOR), -1);
        for (int i = 0; i < v.length; i++) {
            if (v[i].length() == 1 && v[i].charAt(0) == NULL) {
                v[i] = null;
            }
        }
        return v;
    }

    private final Connection c;
    private final String user;
    private final String now;
    private final LocalDate today;
    private final Progress progress;
    private final Set<Long> derivedStale = new TreeSet<>();
    private final Set<Long> checksStale = new TreeSet<>();

    private ImportStore(Connection c, String user, String now, LocalDate today, Progress progress) {
        this.c = c;
        this.user = user;
        this.now = now;
        this.today = today;
        this.progress = progress;
    }

    /**
     * Writes the extract's good rows.
     *
     * @param full  whether the cases file is the whole extract (cases it does not list have left)
     * @param files the files as given, for the record of this import
     * @param now   this import's time (UTC instant, ISO), recorded on every row it writes
     * @param checksAside where the new cases' {@code case_check} rows go, or null for straight into
     *                    the database ({@link #checksAside}; the caller copies them in afterwards)
     */
    static Counts write(Connection c, Extract x, boolean full, String files, String user, String now, LocalDate today,
                        Reference ref, SideTable checksAside, Progress progress) throws SQLException {
        ImportStore s = new ImportStore(c, user, now, today, progress);
        progress.show("Preparing", 0, x.cases.size(), "cases");
        long run = s.run(files, full);
        Map<String, Stored> stored = s.storedCases();
        s.referenceRows(x.cases);
        int room = (x.cases.size() + stored.size()) * 4 / 3 + 16;
        Map<String, Long> ids = new HashMap<>(room);
        Map<String, String> teams = new HashMap<>(room);
        for (Map.Entry<String, Stored> e : stored.entrySet()) {
            ids.put(e.getKey(), e.getValue().id());
        }
        long firstNew = s.maxId("cases") + 1;
        long nextId = firstNew;
        Map<String, NewCase> fresh = new LinkedHashMap<>(x.cases.size() * 4 / 3 + 16);
        for (CaseIn k : x.cases) {
            teams.put(k.crn(), k.teamCode());
            if (!stored.containsKey(k.crn())) {
                fresh.put(k.crn(), new NewCase(nextId, k, new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
                ids.put(k.crn(), nextId++);
            }
        }
        for (RegIn r : x.registrations) {
            NewCase n = fresh.get(r.crn());
            if (n != null) {
                n.registrations().add(r);
            }
        }
        long[] contactPlan = s.planContacts(x.contacts, stored, ids, fresh);
        // The first load of a large caseload: build the indexes once at the end (as the seeder does).
        List<String> indexes = stored.isEmpty() && fresh.size() >= BULK
                ? Indexes.drop(c, List.of("cases", "registration", "contact", "case_check")) : List.of();
        int[] cases = s.cases(x.cases, stored, fresh, ref, run, checksAside);
        int left = full && x.sources.containsKey(Kind.CASES) && !x.unreadableCrn ? s.markLeft(stored, x.listedCrns) : 0;
        int[] regs = s.registrations(x.registrations, stored, ids);
        for (ContactIn k : x.contacts) {
            teams.computeIfAbsent(k.crn(), crn -> stored.get(crn).values()[TEAM]);
        }
        int[] contacts = s.contacts(x.contacts, contactPlan, ids, teams);
        progress.show("Indexing", 0, indexes.size(), "indexes");
        Indexes.create(c, indexes);
        progress.show("Markers", 0, s.derivedStale.size(), "cases");
        CaseRepository.refreshDerived(c, s.derivedStale);
        progress.show("Markers", s.derivedStale.size(), s.derivedStale.size(), "cases");
        progress.show("Checks", 0, s.checksStale.size(), "cases");
        int evaluated = fresh.size() + CheckStore.refresh(c, s.checksStale, today,
                (done, total) -> progress.show("Checks", done, total, "cases"));
        Counts counts = new Counts(cases[0], cases[1], cases[2], cases[3], left, regs[0], regs[1], contacts[0],
                contacts[1], evaluated);
        try (PreparedStatement ps = c.prepareStatement("UPDATE import_run SET summary = ? WHERE id = ?")) {
            ps.setString(1, Importer.summary(counts));
            ps.setLong(2, run);
            ps.executeUpdate();
        }
        return counts;
    }

    private long maxId(String table) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long run(String files, boolean full) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO import_run (imported_at, imported_by, files,"
                + " full_extract, summary) VALUES (?, ?, ?, ?, '')", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, now);
            ps.setString(2, user);
            ps.setString(3, files);
            ps.setInt(4, full ? 1 : 0);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Map<String, Stored> storedCases() throws SQLException {
        Map<String, Stored> m = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, crn, " + packSql(CASE_COLUMNS)
                + ", extract_run IS NOT NULL, left_extract_at IS NOT NULL FROM cases");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                m.put(rs.getString(2), new Stored(rs.getLong(1), rs.getString(3), rs.getInt(4) == 1, rs.getInt(5) == 1));
            }
        }
        return m;
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** The extract's values for {@link #CASE_COLUMNS}; the next report is the later of the extract's and {@code storedNext}. */
    private static String[] values(CaseIn k, String storedNext) {
        String next = k.nextReportDate().toString();
        if (storedNext != null && storedNext.compareTo(next) > 0) {
            next = storedNext;
        }
        return new String[] {k.pnc(), k.forename(), k.surname(), k.dateOfBirth().toString(), k.pduCode(),
            k.teamCode(), k.omStaffCode(), k.tier(), k.rosh(), k.caseType(), k.orderDescription(),
            k.sentenceDate().toString(), str(k.releaseDate()), str(k.orderEndDate()), k.reportingFrequency(), next};
    }

    /**
     * Adds the new cases, with their markers and DA-check evaluation worked out from the extract,
     * and updates the known ones where the extract differs; returns {new, changed, unchanged,
     * back in the extract}.
     */
    private int[] cases(List<CaseIn> in, Map<String, Stored> stored, Map<String, NewCase> fresh, Reference ref,
                        long run, SideTable checksAside) throws SQLException {
        CheckEngine engine = CheckStore.engine(c);
        int changed = 0;
        int unchanged = 0;
        int back = 0;
        int done = 0;
        progress.show("Cases", 0, in.size(), "cases");
        List<Object[]> rows = new ArrayList<>(fresh.size());
        ExecutorService workers = RowMakers.perOtherCore("import-evaluate");
        try (BulkInsert insert = new BulkInsert(c, "INSERT INTO cases (id, crn, " + CASE_COLUMNS + ", surname_key,"
                + " forename_key, unallocated, rosh_rank, created_at, updated_at, updated_by, extract_run, da_flag, cp_flag,"
                + " mappa_level, last_seen_date, missed_checks, missed_kinds, checks_oldest_due, checks_as_of,"
                + " checks_valid_until) VALUES ", BulkInsert.row(NEW_CASE));
             BulkInsert checks = new BulkInsert(c, CHECKS_HEAD, CHECKS_ROW);
             PreparedStatement update = c.prepareStatement("UPDATE cases SET (" + CASE_COLUMNS + ", surname_key,"
                     + " forename_key, unallocated, rosh_rank, updated_at, updated_by, extract_run, left_extract_at)"
                     + " = (" + "?, ".repeat(22) + "?, NULL) WHERE id = ?")) {
            // The new cases' evaluations and rows are made on the other cores, a slice at a time, while
            // this thread writes the slices before.
            List<NewCase> news = new ArrayList<>(fresh.values());
            List<Future<List<Object[]>>> slices = new ArrayList<>();
            for (int from = 0; from < news.size(); from += SLICE) {
                List<NewCase> slice = news.subList(from, Math.min(news.size(), from + SLICE));
                slices.add(workers.submit(() -> {
                    List<Object[]> made = new ArrayList<>(slice.size());
                    for (NewCase n : slice) {
                        made.add(newRow(n, engine.evaluate(n.facts(ref), today), ref, run));
                    }
                    return made;
                }));
            }
            for (Future<List<Object[]>> slice : slices) {
                List<Object[]> made = RowMakers.await(slice, "new cases' rows");
                List<Object[]> sliceChecks = new ArrayList<>(made.size() * 3);
                for (Object[] row : made) {
                    insert.add(Arrays.copyOf(row, CASE_ROW));
                    if (checksAside == null) {
                        rows.add(row);
                    } else {
                        for (int i = CASE_ROW; i < row.length; i++) {
                            sliceChecks.add((Object[]) row[i]);
                        }
                    }
                    if (++done % 2048 == 0) {
                        progress.show("Cases", done, in.size(), "cases");
                    }
                }
                if (checksAside != null) {
                    checksAside.add(sliceChecks);
                }
            }
            insert.flush();
            // After the cases: their checks refer to them.
            for (Object[] row : rows) {
                for (int i = CASE_ROW; i < row.length; i++) {
                    checks.add((Object[]) row[i]);
                }
            }
            checks.flush();
            for (CaseIn k : in) {
                Stored s = stored.get(k.crn());
                if (s == null) {
                    continue;
                }
                String[] v = values(k, null);
                String packed = pack(v);
                String[] old = null;
                if (!packed.equals(s.packed())) {
                    // The next report is never moved earlier: compare with the later of the two.
                    old = s.values();
                    v = values(k, old[NEXT_REPORT]);
                    packed = pack(v);
                }
                boolean same = packed.equals(s.packed());
                if (!same || s.left()) {
                    int p = 1;
                    for (String value : v) {
                        setString(update, p++, value);
                    }
                    update.setString(p++, NameKey.fold(k.surname()));
                    update.setString(p++, NameKey.fold(k.forename()));
                    update.setInt(p++, CaseFacts.isUnallocated(k.omStaffCode()) ? 1 : 0);
                    update.setInt(p++, CaseFacts.roshRank(k.rosh()));
                    update.setString(p++, now);
                    update.setString(p++, user);
                    update.setLong(p++, run);
                    update.setLong(p, s.id());
                    update.addBatch();
                    for (int i : CHECK_FACTS) {
                        if (old != null && !Objects.equals(v[i], old[i])) {
                            checksStale.add(s.id());
                        }
                    }
                    if (s.left()) {
                        back++;
                    }
                }
                if (same) {
                    unchanged++;
                } else {
                    changed++;
                }
                if (++done % 2048 == 0) {
                    progress.show("Cases", done, in.size(), "cases");
                }
            }
            update.executeBatch();
        } finally {
            workers.shutdownNow();
        }
        progress.show("Cases", in.size(), in.size(), "cases");
        return new int[] {fresh.size(), changed, unchanged, back};
    }

    /** New cases evaluated per task. */
    private static final int SLICE = 1_000;

    /** Values in a new case's row (see {@link #newRow}). */
    private static final int CASE_ROW = 35;
    /** Which of a new case's values are text (T) and which numbers (N), in {@link #newRow} order. */
    private static final String NEW_CASE = "NT" + "T".repeat(16) + "TTNNTTTNNNNTNNTTT";
    /** The same for a new case's {@code case_check} rows. */
    private static final String NEW_CHECK = "NTTTTT";
    private static final String CHECKS_HEAD = "INSERT INTO case_check (case_id, kind, state, missed, due_date, reason) VALUES ";
    private static final String CHECKS_ROW = BulkInsert.row(NEW_CHECK);

    /**
     * A writer of the new cases' {@code case_check} rows beside the main one ({@link SideTable}):
     * for the first load of a large caseload into a new database no one else can see yet.
     */
    static SideTable checksAside(Connection c) throws SQLException {
        return SideTable.start(c, "case_check", CHECKS_HEAD, CHECKS_ROW);
    }

    /**
     * A new case's row for the cases table, with its markers and evaluation, followed by one
     * {@code case_check} row (an {@code Object[]}) per applicable check. Text goes as UTF-8 bytes
     * ({@link BulkInsert#text}), encoded here, on the evaluating cores, rather than by the
     * driver on the writing thread.
     */
    private Object[] newRow(NewCase n, Evaluation ev, Reference ref, long run) {
        CaseIn k = n.in();
        NewCase.Markers m = n.markers(ref);
        List<Object> row = new ArrayList<>(CASE_ROW + 10);
        row.add(n.id());
        row.add(k.crn());
        row.addAll(Arrays.asList(values(k, null)));
        row.addAll(Arrays.asList(NameKey.fold(k.surname()), NameKey.fold(k.forename()),
                CaseFacts.isUnallocated(k.omStaffCode()) ? 1 : 0, CaseFacts.roshRank(k.rosh()), now, now, user, run,
                m.da(), m.cp(), m.mappaLevel(), m.lastSeen(), ev.missedCount(), ev.missedBits(),
                str(ev.oldestMissedDue()), ev.asOf().toString(), str(ev.validUntil())));
        for (int i = 0; i < CASE_ROW; i++) {
            row.set(i, text(NEW_CASE, i, row.get(i)));
        }
        for (CheckResult r : ev.results()) {
            if (r.applies()) {
                Object[] check = {n.id(), r.kind().code(), r.state().name(), r.missed().name(), str(r.due()), r.reason()};
                for (int i = 0; i < check.length; i++) {
                    check[i] = text(NEW_CHECK, i, check[i]);
                }
                row.add(check);
            }
        }
        return row.toArray();
    }

    private static Object text(String kinds, int i, Object v) {
        return kinds.charAt(i) == 'T' && v != null ? BulkInsert.text((String) v) : v;
    }

    /** Adds the PDUs and teams the cases name, and renames those the extract names differently. */
    private void referenceRows(List<CaseIn> in) throws SQLException {
        Map<String, String> pdus = new LinkedHashMap<>();
        Map<String, String[]> teams = new LinkedHashMap<>();
        for (CaseIn k : in) {
            if (k.pduName() != null || !pdus.containsKey(k.pduCode())) {
                pdus.put(k.pduCode(), k.pduName());
            }
            if (k.teamName() != null || !teams.containsKey(k.teamCode())) {
                teams.put(k.teamCode(), new String[] {k.pduCode(), k.teamName()});
            }
        }
        try (PreparedStatement add = c.prepareStatement("INSERT OR IGNORE INTO pdu (code, name) VALUES (?, ?)");
             PreparedStatement rename = c.prepareStatement("UPDATE pdu SET name = ? WHERE code = ? AND name <> ?")) {
            for (Map.Entry<String, String> e : pdus.entrySet()) {
                named(add, rename, e.getKey(), e.getValue(), null);
            }
        }
        // A desk with no name yet takes its PDU's, as the demo's is "Riverside PDU", when the
        // extract is of one named PDU. A name already set (by an SPO, or an earlier import) stays.
        String only = pdus.size() == 1 ? pdus.values().iterator().next() : null;
        if (only != null && !only.isBlank()) {
            try (PreparedStatement name = c.prepareStatement(
                    "INSERT OR IGNORE INTO setting (key, value) VALUES ('office_name', ?)")) {
                name.setString(1, only.matches("(?i).*\\bPDU\\b.*") ? only : only + " PDU");
                name.executeUpdate();
            }
        }
        try (PreparedStatement add = c.prepareStatement("INSERT OR IGNORE INTO team (code, name, pdu_code) VALUES (?, ?, ?)");
             PreparedStatement rename = c.prepareStatement("UPDATE team SET name = ? WHERE code = ? AND name <> ?")) {
            for (Map.Entry<String, String[]> e : teams.entrySet()) {
                named(add, rename, e.getKey(), e.getValue()[1], e.getValue()[0]);
            }
        }
    }

    private static void named(PreparedStatement add, PreparedStatement rename, String code, String name, String pdu)
            throws SQLException {
        add.setString(1, code);
        add.setString(2, name != null ? name : code);
        if (pdu != null) {
            add.setString(3, pdu);
        }
        add.executeUpdate();
        if (name != null) {
            rename.setString(1, name);
            rename.setString(2, code);
            rename.setString(3, name);
            rename.executeUpdate();
        }
    }

    /** Marks the imported cases the extract no longer lists as having left it; returns how many. */
    private int markLeft(Map<String, Stored> stored, Set<String> listed) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("UPDATE cases SET left_extract_at = ?, unallocated = 0,"
                + " updated_at = ?, updated_by = ? WHERE id = ?")) {
            for (Map.Entry<String, Stored> e : stored.entrySet()) {
                Stored s = e.getValue();
                if (s.imported() && !s.left() && !listed.contains(e.getKey())) {
                    ps.setString(1, now);
                    ps.setString(2, now);
                    ps.setString(3, user);
                    ps.setLong(4, s.id());
                    ps.addBatch();
                    n++;
                }
            }
            ps.executeBatch();
        }
        return n;
    }

    /** Adds and updates registrations; returns {new, changed}. */
    private int[] registrations(List<RegIn> in, Map<String, Stored> stored, Map<String, Long> ids)
            throws SQLException {
        progress.show("Registers", 0, in.size(), "registrations");
        Map<String, String[]> existing = existing(in.stream().map(RegIn::crn).distinct().filter(stored::containsKey)
                        .map(crn -> stored.get(crn).id()).toList(), "registration",
                "type_code || '|' || registered_date", REG_COLUMNS, "1");
        int added = 0;
        int changed = 0;
        int done = 0;
        try (BulkInsert insert = new BulkInsert(c, "INSERT INTO registration (case_id, type_code, registered_date, "
                + REG_COLUMNS + ") VALUES ", "(?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement update = c.prepareStatement("UPDATE registration SET (" + REG_COLUMNS
                     + ") = (?, ?, ?, ?, ?) WHERE id = ?")) {
            for (RegIn r : in) {
                long caseId = ids.get(r.crn());
                String[] v = {r.level(), r.category(), str(r.nextReview()), str(r.deregistered()), r.notes()};
                String[] old = existing.get(caseId + "|" + r.type() + "|" + r.registered());
                if (old == null) {
                    insert.add(caseId, r.type(), r.registered().toString(), v[0], v[1], v[2], v[3], v[4]);
                    added++;
                } else if (!pack(v).equals(old[1])) {
                    for (int i = 0; i < v.length; i++) {
                        setString(update, i + 1, v[i]);
                    }
                    update.setLong(v.length + 1, Long.parseLong(old[0]));
                    update.addBatch();
                    changed++;
                } else {
                    continue;
                }
                if (stored.containsKey(r.crn())) {
                    derivedStale.add(caseId);
                    checksStale.add(caseId);
                }
                if (++done % 4096 == 0) {
                    progress.show("Registers", done, in.size(), "registrations");
                }
            }
            insert.flush();
            update.executeBatch();
        }
        progress.show("Registers", in.size(), in.size(), "registrations");
        return new int[] {added, changed};
    }

    /** A contact's values for {@link #CONTACT_COLUMNS}, as stored (sensitive as "0" or "1"). */
    private static String[] values(ContactIn k) {
        return new String[] {k.outcome(), k.enforcement(), str(k.respondBy()), k.staffCode(), k.location(),
            k.description(), k.notes(), k.sensitive() ? "1" : "0"};
    }

    /**
     * What to do with each contact of the extract, in order: a positive number is the id of a new
     * row (ids are given here, so a new case's evaluation can use them before they are written), a
     * negative one the id of a stored contact to update, 0 nothing. New cases' contacts go into
     * their {@link NewCase}; known cases with a new or changed contact are marked for re-evaluation.
     */
    private long[] planContacts(List<ContactIn> in, Map<String, Stored> stored, Map<String, Long> ids,
                                Map<String, NewCase> fresh) throws SQLException {
        Map<String, String[]> existing = existing(in.stream().map(ContactIn::crn).distinct().filter(stored::containsKey)
                        .map(crn -> stored.get(crn).id()).toList(), "contact",
                "contact_date || '|' || coalesce(start_time, '') || '|' || type_code", CONTACT_COLUMNS,
                "source = 'IMPORT'");
        progress.show("Contacts", 0, in.size(), "contacts");
        long next = maxId("contact") + 1;
        long[] plan = new long[in.size()];
        for (int i = 0; i < plan.length; i++) {
            ContactIn k = in.get(i);
            NewCase n = fresh.get(k.crn());
            if (n != null) {
                n.contacts().add(k);
                n.contactIds().add(next);
                plan[i] = next++;
                continue;
            }
            long caseId = ids.get(k.crn());
            String[] old = existing.get(caseId + "|" + k.date() + "|" + (k.startTime() == null ? "" : k.startTime())
                    + "|" + k.type());
            if (old == null) {
                plan[i] = next++;
            } else if (!pack(values(k)).equals(old[1])) {
                plan[i] = -Long.parseLong(old[0]);
            } else {
                continue;
            }
            derivedStale.add(caseId);
            checksStale.add(caseId);
        }
        return plan;
    }

    /** Writes the contacts as {@link #planContacts} planned; returns {new, changed}. */
    private int[] contacts(List<ContactIn> in, long[] plan, Map<String, Long> ids, Map<String, String> teams)
            throws SQLException {
        int added = 0;
        int changed = 0;
        try (BulkInsert insert = new BulkInsert(c, "INSERT INTO contact (id, case_id, contact_date, start_time, type_code,"
                + " team_code, " + CONTACT_COLUMNS + ", source, created_by, created_at) VALUES ",
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'IMPORT', ?, ?)");
             PreparedStatement update = c.prepareStatement("UPDATE contact SET (" + CONTACT_COLUMNS
                     + ", updated_by, updated_at) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?")) {
            for (int i = 0; i < plan.length; i++) {
                ContactIn k = in.get(i);
                String[] v = values(k);
                if (plan[i] > 0) {
                    insert.add(plan[i], ids.get(k.crn()), k.date().toString(), k.startTime(), k.type(),
                            teams.get(k.crn()), v[0], v[1], v[2], v[3], v[4], v[5], v[6], k.sensitive() ? 1 : 0, user, now);
                    added++;
                } else if (plan[i] < 0) {
                    for (int j = 0; j < v.length - 1; j++) {
                        setString(update, j + 1, v[j]);
                    }
                    update.setInt(v.length, k.sensitive() ? 1 : 0);
                    update.setString(v.length + 1, user);
                    update.setString(v.length + 2, now);
                    update.setLong(v.length + 3, -plan[i]);
                    update.addBatch();
                    changed++;
                }
                if (i % 4096 == 0) {
                    progress.show("Contacts", i, in.size(), "contacts");
                }
            }
            insert.flush();
            update.executeBatch();
        }
        progress.show("Contacts", in.size(), in.size(), "contacts");
        return new int[] {added, changed};
    }

    /** From how many cases the stored rows are read in one pass over the table rather than case by case. */
    private static final int SCAN = 2_000;

    /**
     * The stored rows of some cases, by "case id|natural key": each as {row id, its columns packed}.
     *
     * @param key     SQL for the natural key within a case
     * @param columns the compared columns
     * @param where   which rows count ("1" for all)
     */
    private Map<String, String[]> existing(List<Long> caseIds, String table, String key, String columns, String where)
            throws SQLException {
        Map<String, String[]> m = new HashMap<>();
        if (caseIds.isEmpty()) {
            return m;
        }
        String select = "SELECT id, case_id, " + key + ", " + packSql(columns) + " FROM " + table + " WHERE " + where;
        Set<Long> wanted = new java.util.HashSet<>(caseIds);
        boolean scan = caseIds.size() >= SCAN;
        try (PreparedStatement ps = c.prepareStatement(scan ? select : select + " AND case_id = ?")) {
            for (long id : scan ? List.of(0L) : caseIds) {
                if (!scan) {
                    ps.setLong(1, id);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long caseId = rs.getLong(2);
                        if (wanted.contains(caseId)) {
                            m.put(caseId + "|" + rs.getString(3), new String[] {rs.getString(1), rs.getString(4)});
                        }
                    }
                }
            }
        }
        return m;
    }

    private static void setString(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }
}
