package dutydesk.imports;

import dutydesk.cases.CaseFacts;
import dutydesk.cases.CaseRepository;
import dutydesk.cases.NameKey;
import dutydesk.dachecks.CheckStore;
import dutydesk.db.BulkInsert;
import dutydesk.imports.Rows.CaseIn;
import dutydesk.imports.Rows.ContactIn;
import dutydesk.imports.Rows.RegIn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
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
    private static final int NEXT_REPORT = 15;
    /** The positions in {@link #CASE_COLUMNS} the DA checks depend on: case type, order, sentence, release. */
    private static final int[] CHECK_FACTS = {9, 10, 11, 12};

    private static final String REG_COLUMNS = "level, category, next_review_date, deregistered_date, notes";
    private static final String CONTACT_COLUMNS = "outcome_code, enforcement_code, enforcement_response_by,"
            + " staff_code, location, description, notes, sensitive";

    /** A case as stored: id, CRN, the extract's columns, whether it came from an import and whether it left. */
    private record Stored(long id, String teamCode, String[] values, boolean imported, boolean left) {
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
     */
    static Counts write(Connection c, Extract x, boolean full, String files, String user, String now, LocalDate today,
                        Progress progress) throws SQLException {
        ImportStore s = new ImportStore(c, user, now, today, progress);
        long run = s.run(files, full);
        Map<String, Stored> stored = s.storedCases();
        Map<String, Long> ids = new HashMap<>();
        Map<String, String> teams = new HashMap<>();
        for (Map.Entry<String, Stored> e : stored.entrySet()) {
            ids.put(e.getKey(), e.getValue().id());
            teams.put(e.getKey(), e.getValue().teamCode());
        }
        int[] cases = s.cases(x.cases, stored, ids, teams, run);
        int left = full && x.sources.containsKey(Kind.CASES) && !x.unreadableCrn ? s.markLeft(stored, x.listedCrns) : 0;
        int[] regs = s.registrations(x.registrations, stored, ids);
        int[] contacts = s.contacts(x.contacts, stored, ids, teams);
        progress.show("Markers", 0, s.derivedStale.size(), "cases");
        CaseRepository.refreshDerived(c, s.derivedStale);
        progress.show("Markers", s.derivedStale.size(), s.derivedStale.size(), "cases");
        progress.show("Checks", 0, s.checksStale.size(), "cases");
        int evaluated = CheckStore.refresh(c, s.checksStale, today,
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
        try (PreparedStatement ps = c.prepareStatement("SELECT id, crn, " + CASE_COLUMNS
                + ", extract_run IS NOT NULL, left_extract_at IS NOT NULL FROM cases");
             ResultSet rs = ps.executeQuery()) {
            int n = CASE_COLUMNS.split(",").length;
            while (rs.next()) {
                String[] v = new String[n];
                for (int i = 0; i < n; i++) {
                    v[i] = rs.getString(3 + i);
                }
                m.put(rs.getString(2), new Stored(rs.getLong(1), v[5], v, rs.getInt(3 + n) == 1, rs.getInt(4 + n) == 1));
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

    /** Adds and updates the cases; returns {new, changed, unchanged, back in the extract}. */
    private int[] cases(List<CaseIn> in, Map<String, Stored> stored, Map<String, Long> ids, Map<String, String> teams,
                        long run) throws SQLException {
        referenceRows(in);
        long maxId;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM cases")) {
            rs.next();
            maxId = rs.getLong(1);
        }
        int added = 0;
        int changed = 0;
        int same = 0;
        int back = 0;
        int done = 0;
        try (BulkInsert insert = new BulkInsert(c, "INSERT INTO cases (id, crn, " + CASE_COLUMNS + ", surname_key,"
                + " forename_key, unallocated, rosh_rank, created_at, updated_at, updated_by, extract_run) VALUES ",
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement update = c.prepareStatement("UPDATE cases SET (" + CASE_COLUMNS + ", surname_key,"
                     + " forename_key, unallocated, rosh_rank, updated_at, updated_by, extract_run, left_extract_at)"
                     + " = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL) WHERE id = ?")) {
            for (CaseIn k : in) {
                Stored s = stored.get(k.crn());
                String[] v = values(k, s == null ? null : s.values()[NEXT_REPORT]);
                if (s == null) {
                    long id = ++maxId;
                    Object[] row = new Object[26];
                    row[0] = id;
                    row[1] = k.crn();
                    System.arraycopy(v, 0, row, 2, v.length);
                    row[18] = NameKey.fold(k.surname());
                    row[19] = NameKey.fold(k.forename());
                    row[20] = CaseFacts.isUnallocated(k.omStaffCode()) ? 1 : 0;
                    row[21] = CaseFacts.roshRank(k.rosh());
                    row[22] = now;
                    row[23] = now;
                    row[24] = user;
                    row[25] = run;
                    insert.add(row);
                    ids.put(k.crn(), id);
                    teams.put(k.crn(), k.teamCode());
                    checksStale.add(id);
                    added++;
                } else if (!Arrays.equals(v, s.values()) || s.left()) {
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
                    teams.put(k.crn(), k.teamCode());
                    for (int i : CHECK_FACTS) {
                        if (!Objects.equals(v[i], s.values()[i])) {
                            checksStale.add(s.id());
                        }
                    }
                    if (s.left()) {
                        back++;
                    }
                    if (Arrays.equals(v, s.values())) {
                        same++;
                    } else {
                        changed++;
                    }
                } else {
                    same++;
                }
                if (++done % 2048 == 0) {
                    progress.show("Cases", done, in.size(), "cases");
                }
            }
            insert.flush();
            update.executeBatch();
        }
        progress.show("Cases", in.size(), in.size(), "cases");
        return new int[] {added, changed, same, back};
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
        Map<String, String[]> existing = existing(in.stream().map(RegIn::crn).distinct().filter(stored::containsKey)
                        .map(crn -> stored.get(crn).id()).toList(),
                "SELECT id, type_code || '|' || registered_date, " + REG_COLUMNS + " FROM registration WHERE case_id = ?");
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
                } else if (!Arrays.equals(v, Arrays.copyOfRange(old, 1, old.length))) {
                    for (int i = 0; i < v.length; i++) {
                        setString(update, i + 1, v[i]);
                    }
                    update.setLong(v.length + 1, Long.parseLong(old[0]));
                    update.addBatch();
                    changed++;
                } else {
                    continue;
                }
                derivedStale.add(caseId);
                checksStale.add(caseId);
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

    /** Adds and updates imported contacts; returns {new, changed}. */
    private int[] contacts(List<ContactIn> in, Map<String, Stored> stored, Map<String, Long> ids,
                           Map<String, String> teams) throws SQLException {
        Map<String, String[]> existing = existing(in.stream().map(ContactIn::crn).distinct().filter(stored::containsKey)
                        .map(crn -> stored.get(crn).id()).toList(),
                "SELECT id, contact_date || '|' || coalesce(start_time, '') || '|' || type_code, " + CONTACT_COLUMNS
                        + " FROM contact WHERE case_id = ? AND source = 'IMPORT'");
        int added = 0;
        int changed = 0;
        int done = 0;
        try (BulkInsert insert = new BulkInsert(c, "INSERT INTO contact (case_id, contact_date, start_time, type_code,"
                + " team_code, " + CONTACT_COLUMNS + ", source, created_by, created_at) VALUES ",
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'IMPORT', ?, ?)");
             PreparedStatement update = c.prepareStatement("UPDATE contact SET (" + CONTACT_COLUMNS
                     + ", updated_by, updated_at) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?")) {
            for (ContactIn k : in) {
                long caseId = ids.get(k.crn());
                String[] v = {k.outcome(), k.enforcement(), str(k.respondBy()), k.staffCode(), k.location(),
                    k.description(), k.notes(), k.sensitive() ? "1" : "0"};
                String[] old = existing.get(caseId + "|" + k.date() + "|" + (k.startTime() == null ? "" : k.startTime())
                        + "|" + k.type());
                if (old == null) {
                    insert.add(caseId, k.date().toString(), k.startTime(), k.type(), teams.get(k.crn()), v[0], v[1],
                            v[2], v[3], v[4], v[5], v[6], k.sensitive() ? 1 : 0, user, now);
                    added++;
                } else if (!Arrays.equals(v, Arrays.copyOfRange(old, 1, old.length))) {
                    for (int i = 0; i < v.length - 1; i++) {
                        setString(update, i + 1, v[i]);
                    }
                    update.setInt(v.length, k.sensitive() ? 1 : 0);
                    update.setString(v.length + 1, user);
                    update.setString(v.length + 2, now);
                    update.setLong(v.length + 3, Long.parseLong(old[0]));
                    update.addBatch();
                    changed++;
                } else {
                    continue;
                }
                derivedStale.add(caseId);
                checksStale.add(caseId);
                if (++done % 4096 == 0) {
                    progress.show("Contacts", done, in.size(), "contacts");
                }
            }
            insert.flush();
            update.executeBatch();
        }
        progress.show("Contacts", in.size(), in.size(), "contacts");
        return new int[] {added, changed};
    }

    /**
     * The stored rows of some cases, by "case id|natural key": each as {id, columns...}, from a
     * query whose first column is the row id, the second the key, then the compared columns.
     */
    private Map<String, String[]> existing(List<Long> caseIds, String sql) throws SQLException {
        Map<String, String[]> m = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = -1;
            for (long id : new TreeSet<>(caseIds)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (n < 0) {
                        n = rs.getMetaData().getColumnCount();
                    }
                    while (rs.next()) {
                        String[] v = new String[n - 1];
                        v[0] = rs.getString(1);
                        for (int i = 3; i <= n; i++) {
                            v[i - 2] = rs.getString(i);
                        }
                        m.put(id + "|" + rs.getString(2), v);
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
