package dutydesk.dachecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.db.Database;
import dutydesk.db.DbException;
import dutydesk.testing.TestDb;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stored evaluation against a fresh one, on the seeded demo database: the seeder evaluates
 * each case from the data it generates, {@link CheckStore} from the database, and the two must
 * agree case by case and field by field. Then refreshing expired evaluations, reading facts by
 * id range, and the {@code checks.*} settings.
 */
public class CheckStoreTest {

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = TestDb.demo(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** One stored or evaluated check, as the database holds it (ISO dates as text). */
    public record Line(String state, String missed, String due, String reason) {
    }

    /**
     * One case's evaluation as the database holds it: the applicable checks by kind code, and the
     * summary columns of {@code cases}.
     */
    public record Stored(Map<String, Line> lines, int missedChecks, int missedKinds, String oldestDue, String asOf,
                  String validUntil) {

        /** The same evaluation on another date: everything but the as-of date. */
        Stored asOf(String date) {
            return new Stored(lines, missedChecks, missedKinds, oldestDue, date, validUntil);
        }
    }

    static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    /** An evaluation written as {@link CheckStore#store} would write it. */
    static Stored expected(Evaluation e) {
        Map<String, Line> lines = new TreeMap<>();
        for (CheckResult r : e.results()) {
            if (r.applies()) {
                lines.put(r.kind().code(), new Line(r.state().name(), r.missed().name(), iso(r.due()), r.reason()));
            }
        }
        return new Stored(lines, e.missedCount(), e.missedBits(), iso(e.oldestMissedDue()), iso(e.asOf()),
                iso(e.validUntil()));
    }

    /** Every case's stored evaluation, by id. */
    public static Map<Long, Stored> stored(Database db) {
        return db.query(c -> {
            Map<Long, Map<String, Line>> lines = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT case_id, kind, state, missed, due_date, reason"
                    + " FROM case_check");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2),
                            new Line(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            Map<Long, Stored> out = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, missed_checks, missed_kinds, checks_oldest_due,"
                    + " checks_as_of, checks_valid_until FROM cases");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    out.put(id, new Stored(lines.getOrDefault(id, Map.of()), rs.getInt(2), rs.getInt(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
            assertTrue(out.keySet().containsAll(lines.keySet()), "no case_check row without its case");
            return out;
        });
    }

    /** Every case evaluated afresh from the database on {@code asOf}, one case at a time. */
    public static Map<Long, Stored> fresh(Database db, LocalDate asOf) {
        return db.query(c -> {
            CheckEngine engine = CheckStore.engine(c);
            Map<Long, Stored> out = new TreeMap<>();
            for (long id : ids(c)) {
                CheckFacts f = CheckStore.facts(c, id);
                assertNotNull(f, "facts of case " + id);
                out.put(id, expected(engine.evaluate(f, asOf)));
            }
            return out;
        });
    }

    static List<Long> ids(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM cases ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** Compares case by case, so a failure names the case and what differs. */
    public static void assertAgree(Map<Long, Stored> want, Map<Long, Stored> got, String what) {
        assertEquals(want.keySet(), got.keySet(), what + ": the same cases");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Long, Stored> e : want.entrySet()) {
            if (!e.getValue().equals(got.get(e.getKey()))) {
                wrong.add("case " + e.getKey() + "\n  want " + e.getValue() + "\n  got  " + got.get(e.getKey()));
            }
        }
        assertTrue(wrong.isEmpty(), what + ": " + wrong.size() + " of " + want.size() + " cases differ; first: "
                + (wrong.isEmpty() ? "" : wrong.get(0)));
    }

    // ---- (a) stored at seed time == fresh --------------------------------------------------------

    @Test
    void everyCasesStoredEvaluationEqualsAFreshOne() {
        Map<Long, Stored> stored = stored(db);
        assertEquals(TestDb.DEMO_CASES, stored.size());
        assertAgree(fresh(db, TestDb.TODAY), stored, "seeded vs fresh on " + TestDb.TODAY);
        // The comparison covers every field only if the demo exercises them.
        assertTrue(stored.values().stream().allMatch(s -> s.asOf().equals(TestDb.TODAY.toString())));
        assertTrue(stored.values().stream().filter(s -> s.missedChecks() >= 2).count() > 50,
                "many cases miss two or more checks");
        assertTrue(stored.values().stream().anyMatch(s -> s.missedChecks() == 0 && !s.lines().isEmpty()),
                "some cases have checks and none missed");
        assertTrue(stored.values().stream().anyMatch(s -> s.validUntil() == null), "some never expire");
        Set<String> states = stored.values().stream().flatMap(s -> s.lines().values().stream())
                .map(Line::state).collect(Collectors.toSet());
        assertTrue(states.size() >= 4, "several states are stored: " + states);
        Set<String> missed = stored.values().stream().flatMap(s -> s.lines().values().stream())
                .map(Line::missed).collect(Collectors.toSet());
        assertTrue(missed.size() >= 4, "several kinds of miss are stored: " + missed);
    }

    // ---- (b), (c) refreshExpired ------------------------------------------------------------------

    @Test
    void refreshingALaterDayRedoesExactlyTheExpiredCases() {
        LocalDate later = TestDb.TODAY.plusDays(7);
        Map<Long, Stored> before = stored(db);
        Set<Long> expired = new TreeSet<>();
        for (Map.Entry<Long, Stored> e : before.entrySet()) {
            String until = e.getValue().validUntil();
            if (until != null && until.compareTo(later.toString()) <= 0) {
                expired.add(e.getKey());
            }
        }
        assertTrue(expired.size() > 20 && expired.size() < before.size() - 20,
                "a week on, some cases have expired and some have not: " + expired.size());
        assertEquals(List.copyOf(expired), db.query(c -> CheckStore.expired(c, later)));

        List<int[]> progress = new ArrayList<>();
        int done = CheckStore.refreshExpired(db, later, (d, t) -> progress.add(new int[] {d, t}));
        assertEquals(expired.size(), done);
        assertTrue(!progress.isEmpty(), "progress is reported");
        int[] last = progress.get(progress.size() - 1);
        assertEquals(expired.size(), last[0]);
        assertEquals(expired.size(), last[1]);

        Map<Long, Stored> after = stored(db);
        Map<Long, Stored> fresh = fresh(db, later);
        int changed = 0;
        for (long id : before.keySet()) {
            if (expired.contains(id)) {
                assertEquals(later.toString(), after.get(id).asOf(), "case " + id + " was redone");
                if (!after.get(id).asOf(TestDb.TODAY.toString()).equals(before.get(id))) {
                    changed++;
                }
            } else {
                assertEquals(before.get(id), after.get(id), "case " + id + " is untouched");
            }
        }
        assertTrue(changed > 0, "a week on, some evaluations really are different");
        // The redone cases are exact for the later day; the others were exact all along (their
        // stored evaluation is valid until after it), so they agree too, apart from the as-of date.
        Map<Long, Stored> comparable = new TreeMap<>();
        for (Map.Entry<Long, Stored> e : after.entrySet()) {
            comparable.put(e.getKey(), e.getValue().asOf(later.toString()));
        }
        assertAgree(fresh, comparable, "after refreshing on " + later);
        assertEquals(List.of(), db.query(c -> CheckStore.expired(c, later)), "nothing is left expired");
        assertEquals(0, CheckStore.refreshExpired(db, later, CheckStore.Progress.NONE), "a second run does nothing");
    }

    @Test
    void refreshingAnEarlierDayThanTheStoredOneRedoesThem() {
        LocalDate earlier = TestDb.TODAY.minusDays(10);
        Map<Long, Stored> before = stored(db);
        assertEquals(before.size(), db.query(c -> CheckStore.expired(c, earlier)).size(),
                "an evaluation made on a later day is not valid on an earlier one");
        assertEquals(before.size(), CheckStore.refreshExpired(db, earlier, CheckStore.Progress.NONE));
        Map<Long, Stored> after = stored(db);
        assertTrue(after.values().stream().allMatch(s -> s.asOf().equals(earlier.toString())));
        assertAgree(fresh(db, earlier), after, "after refreshing on " + earlier);
        assertNotEquals(before.values().stream().mapToInt(Stored::missedChecks).sum(),
                after.values().stream().mapToInt(Stored::missedChecks).sum(), "ten days earlier fewer checks are missed");
    }

    @Test
    void aCaseWithNoStoredEvaluationIsRedone() {
        db.write(h -> h.createUpdate("UPDATE cases SET checks_as_of = NULL, checks_valid_until = NULL"
                + " WHERE id IN (1, 300)").execute());
        assertEquals(List.of(1L, 300L), db.query(c -> CheckStore.expired(c, TestDb.TODAY)));
        assertEquals(2, CheckStore.refreshExpired(db, TestDb.TODAY, CheckStore.Progress.NONE));
        assertAgree(fresh(db, TestDb.TODAY), stored(db), "after redoing cases 1 and 300");
    }

    @Test
    void theMigrationThatFollowsARulesChangeHasEveryCaseEvaluatedAgain() throws Exception {
        String script = new String(getClass().getResourceAsStream("/db/migration/V008__checks_reevaluated.sql")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        db.write(h -> {
            h.execute(script.lines().filter(l -> !l.startsWith("--")).collect(java.util.stream.Collectors.joining(" ")));
            // What an evaluation by the earlier rules left: a wrong count, valid for years.
            h.execute("UPDATE cases SET missed_checks = 9, checks_valid_until = '2099-01-01' WHERE id = 5");
            return null;
        });
        int cases = db.read(h -> h.createQuery("SELECT count(*) FROM cases").mapTo(Integer.class).one());
        assertEquals(cases, CheckStore.refreshExpired(db, TestDb.TODAY, CheckStore.Progress.NONE));
        assertAgree(fresh(db, TestDb.TODAY), stored(db), "after the rules changed");
    }

    /** The names of a table's columns, in order. */
    List<String> columns(String table) {
        return db.read(h -> h.createQuery("SELECT name FROM pragma_table_info(:t)").bind("t", table)
                .mapTo(String.class).list());
    }

    /** Copies case {@code from}, its registrations, contacts and check records, as case {@code to} with another CRN. */
    void copyCase(long from, long to, String crn) {
        List<String> cases = columns("cases");
        String select = cases.stream().map(c -> c.equals("id") ? ":to" : c.equals("crn") ? ":crn"
                : c.equals("pnc") ? "NULL" : c).collect(Collectors.joining(", "));
        db.write(h -> {
            h.createUpdate("INSERT INTO cases (" + String.join(", ", cases) + ") SELECT " + select
                    + " FROM cases WHERE id = :from").bind("to", to).bind("crn", crn).bind("from", from).execute();
            for (String table : List.of("registration", "contact", "check_record")) {
                List<String> cols = columns(table).stream().filter(c -> !c.equals("id")).toList();
                String sel = cols.stream().map(c -> c.equals("case_id") ? ":to" : c).collect(Collectors.joining(", "));
                h.createUpdate("INSERT INTO " + table + " (" + String.join(", ", cols) + ") SELECT " + sel + " FROM "
                        + table + " WHERE case_id = :from ORDER BY id").bind("to", to).bind("from", from).execute();
            }
            return null;
        });
    }

    @Test
    void casesFarApartAreRefreshedInSeveralTransactionsAndNoneIsSkipped() {
        long a = CheckStore.CHUNK + 1L;
        long b = 3L * CheckStore.CHUNK + 7;
        copyCase(12, a, "Z000001");
        copyCase(13, b, "Z000002");
        db.write(h -> h.createUpdate("UPDATE cases SET checks_as_of = NULL WHERE id IN (1, 650, :a, :b)")
                .bind("a", a).bind("b", b).execute());
        assertEquals(List.of(1L, 650L, a, b), db.query(c -> CheckStore.expired(c, TestDb.TODAY)));
        List<Integer> progress = new ArrayList<>();
        assertEquals(4, CheckStore.refreshExpired(db, TestDb.TODAY, (d, t) -> progress.add(d)));
        assertEquals(List.of(2, 3, 4), progress, "ids more than a chunk apart are separate transactions");
        Map<Long, Stored> stored = stored(db);
        assertAgree(fresh(db, TestDb.TODAY), stored, "after refreshing far-apart cases");
        assertEquals(stored.get(12L), stored.get(a), "a copy evaluates as its original");
        assertEquals(stored.get(13L), stored.get(b), "a copy evaluates as its original");
        List<Long> read = new ArrayList<>();
        db.query(c -> {
            CheckStore.read(c, a, b, id -> true, f -> read.add(f.caseId()));
            return null;
        });
        assertEquals(List.of(a, b), read);
    }

    // ---- (d) reading facts by range ---------------------------------------------------------------

    @Test
    void readingByRangeGivesEveryCaseOnceInIdOrderIncludingTheFirstOfEachRange() {
        List<Long> all = db.query(CheckStoreTest::ids);
        Map<Long, CheckFacts> single = db.query(c -> {
            Map<Long, CheckFacts> m = new LinkedHashMap<>();
            for (long id : all) {
                m.put(id, CheckStore.facts(c, id));
            }
            return m;
        });
        for (int width : new int[] {1, 2, 7, 100, 649, 650, 10_000}) {
            List<CheckFacts> got = new ArrayList<>();
            db.query(c -> {
                for (long lo = 1; lo <= all.get(all.size() - 1); lo += width) {
                    int before = got.size();
                    CheckStore.read(c, lo, lo + width - 1, id -> true, got::add);
                    assertTrue(got.size() > before, "the range starting at " + lo + " has cases");
                    assertEquals(lo, got.get(before).caseId(), "the first case of the range starting at " + lo);
                }
                return null;
            });
            assertEquals(all, got.stream().map(CheckFacts::caseId).toList(), "ranges of " + width);
            for (CheckFacts f : got) {
                assertEquals(single.get(f.caseId()), f, "case " + f.caseId() + " read in ranges of " + width);
            }
        }
    }

    @Test
    void aRangeWithSomeCasesUnwantedStillGivesTheWantedOnesWithTheirOwnFacts() {
        Set<Long> wanted = Set.of(40L, 41L, 45L, 60L);
        List<CheckFacts> got = new ArrayList<>();
        db.query(c -> {
            CheckStore.read(c, 40, 60, wanted::contains, got::add);
            return null;
        });
        assertEquals(List.of(40L, 41L, 45L, 60L), got.stream().map(CheckFacts::caseId).toList());
        for (CheckFacts f : got) {
            assertEquals(db.query(c -> CheckStore.facts(c, f.caseId())), f, "case " + f.caseId());
        }
        // The facts really are each case's own: contact counts match the table.
        for (CheckFacts f : got) {
            int contacts = db.read(h -> h.createQuery("SELECT count(*) FROM contact WHERE case_id = :id")
                    .bind("id", f.caseId()).mapTo(Integer.class).one());
            assertEquals(contacts, f.contacts().size(), "case " + f.caseId());
        }
    }

    @Test
    void anEmptyOrMissingRangeGivesNothing() {
        List<CheckFacts> got = new ArrayList<>();
        db.query(c -> {
            CheckStore.read(c, 10_000, 20_000, id -> true, got::add);
            CheckStore.read(c, 60, 40, id -> true, got::add);
            return null;
        });
        assertEquals(List.of(), got);
        assertNull(db.query(c -> CheckStore.facts(c, 99_999)));
    }

    // ---- (e) settings -------------------------------------------------------------------------------

    /** A DA case whose last two reporting contacts were by telephone. */
    static final String TWO_PHONE_CALLS = "ADVP@2026-03-02 COAP@2026-03-05+ COPT@2026-03-12+ COPT@2026-03-19+";

    void set(String key, String value) {
        db.write(h -> h.createUpdate("UPDATE setting SET value = :v WHERE key = :k").bind("k", key).bind("v", value)
                .execute());
    }

    @Test
    void theRulesComeFromTheChecksSettingsAndTheEngineUsesThem() {
        assertEquals(CheckRules.DEFAULTS, db.query(CheckStore::rules), "the migration stores the defaults");
        LocalDate asOf = LocalDate.of(2026, 3, 23);
        CheckResult before = db.query(CheckStore::engine).evaluate(Spec.parse(TWO_PHONE_CALLS), asOf)
                .get(CheckKind.FACE_TO_FACE);
        assertEquals(Missed.NONE, before.missed(), "two calls in a row are not three: " + before);

        set("checks.phone_run", "2");
        assertEquals(2, db.query(CheckStore::rules).phoneRun());
        CheckResult after = db.query(CheckStore::engine).evaluate(Spec.parse(TWO_PHONE_CALLS), asOf)
                .get(CheckKind.FACE_TO_FACE);
        assertEquals(Missed.NOT_ACTED_ON, after.missed(), "now two calls in a row are too many: " + after);

        set("checks.review_days", " 12 ");
        assertEquals(12, db.query(CheckStore::rules).reviewDays(), "spaces around a number are fine");
        assertEquals(CheckRules.DEFAULTS.responseDays(), db.query(CheckStore::rules).responseDays(),
                "the others keep their values");
    }

    @Test
    void aMissingSettingKeepsItsDefault() {
        db.write(h -> h.createUpdate("DELETE FROM setting WHERE key = 'checks.idva_days'").execute());
        assertEquals(CheckRules.DEFAULTS.idvaDays(), db.query(CheckStore::rules).idvaDays());
    }

    @Test
    void aBadSettingIsAnErrorNamingTheSetting() {
        set("checks.response_days", "ten");
        DbException bad = assertThrows(DbException.class, () -> db.query(CheckStore::rules));
        assertTrue(bad.getMessage().contains("checks.response_days") && bad.getMessage().contains("\"ten\""),
                bad.getMessage());
        assertTrue(bad.getMessage().contains("whole number"), bad.getMessage());

        set("checks.response_days", "-1");
        DbException negative = assertThrows(DbException.class, () -> db.query(CheckStore::engine));
        assertTrue(negative.getMessage().contains("checks.response_days") && negative.getMessage().contains("0-3660"),
                negative.getMessage());

        set("checks.response_days", "");
        DbException empty = assertThrows(DbException.class,
                () -> CheckStore.refreshExpired(db, TestDb.TODAY.plusDays(30), CheckStore.Progress.NONE));
        assertTrue(empty.getMessage().contains("checks.response_days"), empty.getMessage());
    }
}
