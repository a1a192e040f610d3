package dutydesk.dachecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.db.Database;
import dutydesk.testing.TestDb;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The worklist's repository against the seeded demo database (stored check evaluations as of
 * 2026-11-23) and the real migrations: every slice is checked against the whole list sorted by a
 * plain SQL ORDER BY that may not use an index, and against the same order in Java.
 */
class WorklistRepositoryTest {

    @TempDir
    static Path dir;
    static Database db;
    static WorklistRepository repo;
    static List<Ref> cases;

    /** What the order and the filter use, for every case. */
    record Ref(long id, boolean unallocated, int missedChecks, int missedKinds, int roshRank, boolean cp,
               String oldestDue) {
    }

    @BeforeAll
    static void open() {
        db = TestDb.demo(dir);
        repo = new WorklistRepository(db, TestDb.CLOCK);
        cases = db.read(h -> h.createQuery("SELECT id, unallocated, missed_checks, missed_kinds, rosh_rank, cp_flag,"
                        + " checks_oldest_due FROM cases")
                .map((rs, ctx) -> new Ref(rs.getLong(1), rs.getInt(2) == 1, rs.getInt(3), rs.getInt(4), rs.getInt(5),
                        rs.getInt(6) == 1, rs.getString(7)))
                .list());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    /** The whole list by a plain ORDER BY over every row (NOT INDEXED: a table scan and a sort). */
    static List<Long> expectedBySql(CheckKind kind) {
        String sql = "SELECT id FROM cases NOT INDEXED WHERE unallocated = 1 AND missed_checks > 0"
                + (kind == null ? "" : " AND missed_kinds & " + kind.bit() + " <> 0")
                + " ORDER BY rosh_rank DESC, cp_flag DESC, checks_oldest_due, id";
        return db.read(h -> h.createQuery(sql).mapTo(Long.class).list());
    }

    /** Worst first, written out in Java: RoSH, then child protection, then the oldest missed due date. */
    static List<Long> expectedInJava(CheckKind kind) {
        return cases.stream()
                .filter(r -> r.unallocated() && r.missedChecks() > 0 && (kind == null || (r.missedKinds() & kind.bit()) != 0))
                .sorted(Comparator.comparingInt(Ref::roshRank).reversed()
                        .thenComparing(Ref::cp, Comparator.reverseOrder())
                        .thenComparing(Ref::oldestDue, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingLong(Ref::id))
                .map(Ref::id)
                .collect(Collectors.toList());
    }

    static List<Long> ids(WorklistWindow w) {
        return w.rows().stream().map(WorklistRow::id).collect(Collectors.toList());
    }

    /** Every filter: the whole worklist, then each kind of check. */
    static List<CheckKind> filters() {
        List<CheckKind> out = new ArrayList<>();
        out.add(null);
        out.addAll(Arrays.asList(CheckKind.values()));
        return out;
    }

    @Test
    void theDemoHasAWorklistWorthTesting() {
        List<Long> all = expectedBySql(null);
        assertTrue(all.size() > 300, "many unallocated cases have a missed check: " + all.size());
        long kindsInUse = Arrays.stream(CheckKind.values()).filter(k -> !expectedBySql(k).isEmpty()).count();
        assertTrue(kindsInUse >= 5, "several kinds are missed somewhere: " + kindsInUse);
        assertTrue(cases.stream().anyMatch(r -> !r.unallocated() && r.missedChecks() > 0),
                "allocated cases with missed checks exist, and must not be listed");
    }

    @Test
    void theOrderIsWorstFirstAndMatchesAPlainSortOfAllRows() {
        for (CheckKind kind : filters()) {
            List<Long> want = expectedBySql(kind);
            assertEquals(expectedInJava(kind), want, "SQL and Java agree on worst first for " + kind);
            // Read the whole list a screen at a time, as the page does: from the top, and (past
            // the middle) backwards from the end.
            int all = repo.load(null, null, 0, 16, 48).total();
            List<Long> got = new ArrayList<>();
            WorklistWindow first = repo.load(kind, null, 0, 16, 48);
            assertEquals(want.size(), first.total(), String.valueOf(kind));
            assertEquals(all, first.all(), "all is the unfiltered worklist");
            for (int offset = 0; offset < want.size(); offset += 48) {
                got.addAll(ids(repo.slice(kind, offset, 48, want.size(), all)));
            }
            assertEquals(want, got, String.valueOf(kind));
            assertEquals(want.subList(0, Math.min(48, want.size())), ids(first), String.valueOf(kind));
        }
    }

    @Test
    void theListIsOnlyUnallocatedCasesWithAMissedCheck() {
        WorklistWindow w = repo.load(null, null, 0, 16, 1000);
        long want = cases.stream().filter(r -> r.unallocated() && r.missedChecks() > 0).count();
        assertEquals(want, w.total());
        assertEquals(want, w.rows().size());
        assertTrue(w.rows().stream().allMatch(r -> r.missedCount() > 0));
        for (int i = 1; i < w.rows().size(); i++) {
            WorklistRow a = w.rows().get(i - 1);
            WorklistRow b = w.rows().get(i);
            int ra = rank(a.rosh());
            int rb = rank(b.rosh());
            assertTrue(ra > rb || ra == rb && (a.childProtection() || !b.childProtection()),
                    "higher RoSH first, then child protection: " + a.crn() + " before " + b.crn());
            if (ra == rb && a.childProtection() == b.childProtection()) {
                assertFalse(a.oldestDue().isAfter(b.oldestDue()), "then the longest overdue first");
            }
        }
        assertEquals(TestDb.TODAY, w.today());
    }

    private static int rank(String rosh) {
        return rosh == null ? 0 : List.of("LOW", "MEDIUM", "HIGH", "VERY_HIGH").indexOf(rosh) + 1;
    }

    @ParameterizedTest
    @EnumSource(CheckKind.class)
    void aKindFilterListsExactlyTheCasesWithThatCheckMissed(CheckKind kind) {
        // Counted from case_check, independently of the stored bit set the query uses.
        int fromChecks = db.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(DISTINCT k.case_id) FROM case_check k"
                    + " JOIN cases c ON c.id = k.case_id WHERE c.unallocated = 1 AND k.kind = ? AND k.missed <> 'NONE'")) {
                ps.setString(1, kind.code());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
        WorklistWindow w = repo.load(kind, null, 0, 16, 1000);
        assertEquals(fromChecks, w.total(), kind.code());
        for (WorklistRow r : w.rows()) {
            assertTrue(r.missedKinds().contains(kind), r.crn() + " misses " + kind.code());
            assertTrue(r.missed().stream().anyMatch(m -> m.kind() == kind), r.crn() + " has the line for " + kind.code());
        }
        if (w.total() == 0) {
            assertEquals(List.of(), w.rows());
            assertEquals(0, w.selected());
        }
    }

    @Test
    void eachRowCarriesItsMissedChecksConsistentWithTheSummary() {
        WorklistWindow w = repo.load(null, null, 0, 16, 1000);
        for (WorklistRow r : w.rows()) {
            assertEquals(r.missedCount(), r.missed().size(), r.crn());
            assertEquals(r.missedKinds(), r.missed().stream().map(MissedCheck::kind).collect(Collectors.toList()),
                    r.crn() + ": kinds from the bit set, in CheckKind order, match the case_check lines");
            LocalDate oldest = r.missed().stream().map(MissedCheck::due).min(Comparator.naturalOrder()).orElseThrow();
            assertEquals(oldest, r.oldestDue(), r.crn());
            assertTrue(r.oldestDue().isBefore(TestDb.TODAY), "a check is missed only once its due date has passed");
            assertTrue(r.missed().stream().allMatch(m -> m.missed() != Missed.NONE && !m.reason().isBlank()), r.crn());
        }
        assertTrue(w.rows().stream().anyMatch(r -> r.missed().size() > 3), "some cases miss more than three checks");
    }

    @Test
    void theBitSetDecodesInCheckKindOrder() {
        assertEquals(List.of(), WorklistRow.kinds(0));
        assertEquals(List.of(CheckKind.POLICE_DA, CheckKind.SARA, CheckKind.FACE_TO_FACE),
                WorklistRow.kinds(CheckKind.FACE_TO_FACE.bit() | CheckKind.SARA.bit() | CheckKind.POLICE_DA.bit()));
    }

    @Test
    void theAnchorCaseKeepsItsPositionUnderEveryFilterThatListsIt() {
        List<Long> all = expectedBySql(null);
        long anchor = all.get(137);
        for (CheckKind kind : filters()) {
            List<Long> want = expectedBySql(kind);
            WorklistWindow w = repo.load(kind, anchor, 5, 16, 48);
            int pos = want.indexOf(anchor);
            if (pos < 0) {
                assertEquals(Math.min(5, Math.max(0, want.size() - 1)), w.selected(), "not listed: the fallback");
                continue;
            }
            assertEquals(pos, w.selected(), String.valueOf(kind));
            assertEquals(Math.max(0, Math.min(pos - 16, want.size() - 48)), w.offset(), String.valueOf(kind));
            assertEquals(anchor, ids(w).get(pos - w.offset()), String.valueOf(kind));
        }
        // Every position, not just one: the anchor predicate agrees with the order everywhere.
        for (int i = 0; i < all.size(); i += 7) {
            assertEquals(i, repo.load(null, all.get(i), 0, 16, 48).selected(), "position of " + all.get(i));
        }
    }

    @Test
    void anAnchorThatIsNotListedFallsBackToThePositionGivenClamped() {
        long allocated = cases.stream().filter(r -> !r.unallocated() && r.missedChecks() > 0).findFirst().orElseThrow().id();
        long nothingMissed = cases.stream().filter(r -> r.unallocated() && r.missedChecks() == 0).findFirst()
                .orElseThrow().id();
        assertEquals(7, repo.load(null, allocated, 7, 16, 48).selected());
        assertEquals(7, repo.load(null, nothingMissed, 7, 16, 48).selected());
        WorklistWindow beyond = repo.load(null, nothingMissed, 100_000, 16, 48);
        assertEquals(beyond.total() - 1, beyond.selected());
    }

    @Test
    void theAnchorPredicateTreatsAMissingDueDateAsSortingFirst() {
        List<Object> params = new ArrayList<>();
        String sql = WorklistRepository.beforePredicate(3, 1, null, 42, params);
        assertTrue(sql.contains("checks_oldest_due IS ?"), sql);
        assertEquals(Arrays.asList(3, 3, 3, 1, 1, null, 42L), params);
        List<Object> dated = new ArrayList<>();
        WorklistRepository.beforePredicate(3, 0, "2026-10-01", 42, dated);
        assertEquals(Arrays.asList(3, 3, 3, 0, 0, "2026-10-01", "2026-10-01", 42L), dated);
    }

    @Test
    void countsAreKeptUntilTheDatabaseChanges() throws Exception {
        Database own = TestDb.demo(Files.createDirectories(dir.resolve("counts")));
        try {
            WorklistRepository r = new WorklistRepository(own, TestDb.CLOCK);
            int before = r.count(null);
            int pda = r.count(CheckKind.POLICE_DA);
            assertEquals(expectedBySql(null).size(), before);
            assertEquals(expectedBySql(CheckKind.POLICE_DA).size(), pda);
            assertEquals(before, r.load(null, null, 0, 16, 48).total());
            long top = r.load(null, null, 0, 16, 48).rows().get(0).id();
            own.write(h -> h.createUpdate("UPDATE cases SET missed_checks = 0, missed_kinds = 0,"
                    + " checks_oldest_due = NULL WHERE id = :id").bind("id", top).execute());
            assertEquals(before - 1, r.count(null), "a write changes the stamp, and the count is made again");
            WorklistWindow after = r.load(null, top, 0, 16, 48);
            assertEquals(before - 1, after.total());
            assertEquals(before - 1, after.all());
            assertFalse(ids(after).contains(top));
        } finally {
            own.close();
        }
    }

    // ---- plans ---------------------------------------------------------------------------------

    @Test
    void everySliceIsReadAlongTheWorklistIndexWithNoSort() {
        for (CheckKind kind : filters()) {
            for (boolean reversed : new boolean[] {false, true}) {
                WorklistRepository.Where w = WorklistRepository.where(kind);
                String plan = plan(WorklistRepository.idsSql(w, reversed), w.params(), 48, 0);
                assertTrue(plan.contains("INDEX cases_worklist (unallocated=?)"), kind + ": " + plan);
                assertFalse(plan.contains("TEMP B-TREE"), kind + ": " + plan);
            }
        }
    }

    @Test
    void theAnchorsPositionIsCountedOnTheIndexAndCountsUseThePartialIndexes() {
        List<Object> params = new ArrayList<>();
        String before = WorklistRepository.beforePredicate(2, 0, "2026-06-01", 100, params);
        for (CheckKind kind : filters()) {
            List<Object> all = new ArrayList<>(WorklistRepository.where(kind).params());
            all.addAll(params);
            String position = plan(WorklistRepository.positionSql(WorklistRepository.where(kind), before), all);
            assertTrue(position.contains("INDEX cases_worklist (unallocated=? AND rosh_rank>?)"), position);
        }
        String count = plan("SELECT count(*) FROM cases WHERE " + WorklistRepository.where(null).sql(), List.of());
        assertTrue(count.contains("INDEX cases_missed (unallocated=? AND missed_checks>?)"), count);
        String missedLines = plan("SELECT case_id, kind, missed, due_date, reason FROM case_check"
                + " WHERE case_id IN (?, ?) AND missed <> 'NONE'", List.of(1, 2));
        assertTrue(missedLines.contains("PRIMARY KEY (case_id=?)"), missedLines);
    }

    private static String plan(String sql, List<Object> params, Object... more) {
        return db.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
                int i = 1;
                for (Object p : params) {
                    ps.setObject(i++, p);
                }
                for (Object p : more) {
                    ps.setObject(i++, p);
                }
                List<String> lines = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(rs.getString("detail"));
                    }
                }
                return String.join(" | ", lines);
            }
        });
    }
}
