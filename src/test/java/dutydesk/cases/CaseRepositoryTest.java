package dutydesk.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.db.Database;
import dutydesk.testing.TestDb;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The repository against the seeded demo database and the real migrations: every slice it
 * returns is checked against the same list sorted and filtered in plain Java.
 */
class CaseRepositoryTest {

    @TempDir
    static Path dir;
    static Database db;
    static CaseRepository repo;
    static List<Ref> all;

    /** A case with everything the orders and filters use. */
    record Ref(long id, String crn, String surnameKey, String forenameKey, int roshRank, String nextReport,
               String lastSeen, boolean da, boolean cp, int mappa, boolean unallocated, int missedChecks) {
    }

    @BeforeAll
    static void open() {
        db = TestDb.demo(dir);
        repo = new CaseRepository(db, TestDb.CLOCK);
        all = db.read(h -> h.createQuery("SELECT id, crn, surname_key, forename_key, rosh_rank, next_report_date,"
                + " coalesce(last_seen_date, ''), da_flag, cp_flag, mappa_level, unallocated, missed_checks FROM cases")
                .map((rs, ctx) -> new Ref(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getString(6), rs.getString(7), rs.getInt(8) == 1, rs.getInt(9) == 1, rs.getInt(10),
                        rs.getInt(11) == 1, rs.getInt(12)))
                .list());
    }

    @AfterAll
    static void close() {
        db.close();
    }

    static Comparator<Ref> order(CaseSort s) {
        switch (s) {
            case NEXT_REPORT: return Comparator.comparing(Ref::nextReport).thenComparingLong(Ref::id);
            case NAME: return Comparator.comparing(Ref::surnameKey).thenComparing(Ref::forenameKey)
                    .thenComparing(Ref::nextReport).thenComparingLong(Ref::id);
            case CRN: return Comparator.comparing(Ref::crn);
            case ROSH: return Comparator.comparingInt(Ref::roshRank).reversed().thenComparing(Ref::nextReport)
                    .thenComparingLong(Ref::id);
            default: return Comparator.comparing(Ref::lastSeen).thenComparingLong(Ref::id);
        }
    }

    static Predicate<Ref> filter(CaseQuery q, LocalDate today) {
        Predicate<Ref> p = Ref::unallocated;
        switch (q.searchKind()) {
            case CRN: p = p.and(r -> r.crn().startsWith(q.crnPrefix())); break;
            case NAME:
                p = p.and(r -> r.surnameKey().startsWith(q.surnamePrefix()) && r.forenameKey().startsWith(q.forenamePrefix()));
                break;
            default: break;
        }
        switch (q.flag()) {
            case DA: return p.and(Ref::da);
            case CHILD: return p.and(Ref::cp);
            case MAPPA: return p.and(r -> r.mappa() > 0);
            case HIGH_ROSH: return p.and(r -> r.roshRank() >= 3);
            case OVERDUE: return p.and(r -> r.nextReport().compareTo(today.toString()) < 0);
            case MISSED_CHECKS: return p.and(r -> r.missedChecks() > 0);
            default: return p;
        }
    }

    static List<Long> expected(CaseQuery q) {
        return all.stream().filter(filter(q, TestDb.TODAY)).sorted(order(q.sort())).map(Ref::id).collect(Collectors.toList());
    }

    static List<Long> ids(CaseWindow w) {
        return w.rows().stream().map(CaseRow::id).collect(Collectors.toList());
    }

    static List<CaseQuery> queries() {
        List<CaseQuery> out = new ArrayList<>();
        for (CaseSort s : CaseSort.values()) {
            for (CaseFlagFilter f : CaseFlagFilter.values()) {
                for (String text : new String[] {"", "s", "o'b", "smith, j", "k1", "zzz"}) {
                    out.add(new CaseQuery(text, f, s));
                }
            }
        }
        return out;
    }

    @Test
    void everySliceMatchesThePlainJavaOrder() {
        for (CaseQuery q : queries()) {
            List<Long> want = expected(q);
            CaseWindow first = repo.load(q, null, 0, 20, 60);
            assertEquals(want.size(), first.total(), q.toString());
            assertEquals(want.subList(0, Math.min(60, want.size())), ids(first), q.toString());
            if (want.size() > 60) {
                // A slice past the middle is read backwards from the end: it must come out the same.
                int offset = want.size() - 45;
                CaseWindow tail = repo.slice(q, offset, 60, want.size(), first.all());
                assertEquals(want.subList(offset, want.size()), ids(tail), "tail of " + q);
                int mid = want.size() / 2 - 10;
                CaseWindow middle = repo.slice(q, mid, 30, want.size(), first.all());
                assertEquals(want.subList(mid, mid + 30), ids(middle), "middle of " + q);
            }
        }
    }

    @Test
    void theAnchorCaseKeepsItsPositionAcrossOrders() {
        long anchor = expected(CaseQuery.DEFAULT).get(137);
        for (CaseSort s : CaseSort.values()) {
            CaseQuery q = CaseQuery.DEFAULT.withSort(s);
            List<Long> want = expected(q);
            CaseWindow w = repo.load(q, anchor, 0, 20, 60);
            int pos = want.indexOf(anchor);
            assertEquals(pos, w.selected(), s.toString());
            assertEquals(Math.max(0, Math.min(pos - 20, want.size() - 60)), w.offset(), s.toString());
            assertEquals(anchor, ids(w).get(pos - w.offset()), s.toString());
        }
    }

    @Test
    void anAnchorThatNoLongerMatchesFallsBackToThePositionGiven() {
        CaseQuery da = CaseQuery.DEFAULT.withFlag(CaseFlagFilter.DA);
        long notDa = all.stream().filter(r -> r.unallocated() && !r.da()).findFirst().orElseThrow().id();
        CaseWindow w = repo.load(da, notDa, 7, 20, 60);
        assertEquals(7, w.selected());
        CaseWindow beyond = repo.load(da, notDa, 100_000, 20, 60);
        assertEquals(beyond.total() - 1, beyond.selected(), "the fallback is clamped to the list");
    }

    @Test
    void countsDistinguishTheFilteredListFromAllUnallocatedCases() {
        long unallocated = all.stream().filter(Ref::unallocated).count();
        CaseWindow w = repo.load(CaseQuery.DEFAULT.withText("o'b"), null, 0, 20, 60);
        assertEquals(unallocated, w.all());
        assertTrue(w.total() < w.all());
        assertTrue(all.size() > unallocated, "the demo has allocated and inactive cases too, and they are not listed");
        CaseWindow none = repo.load(CaseQuery.DEFAULT.withText("zzz"), null, 0, 20, 60);
        assertEquals(0, none.total());
        assertEquals(List.of(), none.rows());
    }

    @ParameterizedTest
    @EnumSource(CaseSort.class)
    void unfilteredOrdersReadAnIndexAndNeedNoSort(CaseSort sort) {
        String plan = plan(CaseQuery.DEFAULT.withSort(sort), false) + plan(CaseQuery.DEFAULT.withSort(sort), true);
        assertTrue(plan.contains("USING INDEX") || plan.contains("USING COVERING INDEX"), plan);
        assertFalse(plan.contains("TEMP B-TREE"), plan);
    }

    @Test
    void textFiltersSearchAnIndexRange() {
        String byName = plan(CaseQuery.DEFAULT.withText("smi").withSort(CaseSort.NAME), false);
        assertTrue(byName.contains("INDEX cases_by_name (unallocated=? AND surname_key>? AND surname_key<?)"), byName);
        assertFalse(byName.contains("TEMP B-TREE"), byName);
        String byCrn = plan(CaseQuery.DEFAULT.withText("K12"), false);
        assertTrue(byCrn.contains("crn>? AND crn<?)"), byCrn);
        String nameDefaultOrder = plan(CaseQuery.DEFAULT.withText("smi"), false);
        assertTrue(nameDefaultOrder.contains("surname_key>?"), nameDefaultOrder);
    }

    /** The plan of the index part of a slice query (its outer part only re-sorts the slice's rows). */
    private static String plan(CaseQuery q, boolean reversed) {
        return planOf(CaseRepository.idsSql(q, CaseRepository.where(q, TestDb.TODAY), reversed), q);
    }

    private static String countPlan(CaseQuery q) {
        return planOf("SELECT count(*) FROM cases WHERE " + CaseRepository.where(q, TestDb.TODAY).sql(), q);
    }

    private static String planOf(String sql, CaseQuery q) {
        CaseRepository.Where w = CaseRepository.where(q, TestDb.TODAY);
        return db.query(c -> {
            try (var ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
                int i = 1;
                for (Object p : w.params()) {
                    ps.setObject(i++, p);
                }
                if (sql.contains("LIMIT ?")) {
                    ps.setInt(i++, 60);
                    ps.setInt(i, 0);
                }
                List<String> lines = new ArrayList<>();
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(rs.getString("detail"));
                    }
                }
                return String.join(" | ", lines);
            }
        });
    }

    @Test
    void markerFiltersCountFromTheirOwnIndexesAlone() {
        for (var e : Map.of(CaseFlagFilter.DA, "cases_da", CaseFlagFilter.CHILD, "cases_child",
                CaseFlagFilter.MAPPA, "cases_mappa", CaseFlagFilter.HIGH_ROSH, "cases_high_rosh",
                CaseFlagFilter.OVERDUE, "cases_by_next_report", CaseFlagFilter.MISSED_CHECKS, "cases_missed")
                .entrySet()) {
            String p = countPlan(CaseQuery.DEFAULT.withFlag(e.getKey()));
            assertTrue(p.contains("USING COVERING INDEX " + e.getValue()), e.getKey() + ": " + p);
        }
        String da = plan(CaseQuery.DEFAULT.withFlag(CaseFlagFilter.DA), false);
        assertTrue(da.contains("COVERING INDEX cases_da") && !da.contains("TEMP B-TREE"), da);
    }

    @Test
    void countsAreIndexOnly() {
        String all = countPlan(CaseQuery.DEFAULT);
        assertTrue(all.contains("USING COVERING INDEX"), all);
        String name = countPlan(CaseQuery.DEFAULT.withText("smi"));
        assertTrue(name.contains("USING COVERING INDEX cases_by_name"), name);
    }

    @Test
    void aTextFilterInReportingOrderIsAnsweredFromTheIndex() {
        String p = plan(CaseQuery.DEFAULT.withText("smi"), false);
        assertTrue(p.contains("USING COVERING INDEX cases_by_name"), p);
        String crn = plan(CaseQuery.DEFAULT.withText("K12"), false);
        assertTrue(crn.contains("USING COVERING INDEX cases_by_crn"), crn);
    }

    @Test
    void detailHasRegistersAndHistoryNewestFirst() {
        Ref withHistory = all.stream().filter(r -> r.da() && !r.lastSeen().isEmpty()).findFirst().orElseThrow();
        CaseDetail d = repo.detail(withHistory.id()).orElseThrow();
        assertEquals(withHistory.crn(), d.crn());
        assertTrue(d.registrations().stream().anyMatch(r -> "DA".equals(r.kind())));
        assertEquals("DA", d.registrations().get(0).kind(), "DA registers are listed first");
        List<ContactEntry> cs = d.contacts();
        assertFalse(cs.isEmpty());
        for (int i = 1; i < cs.size(); i++) {
            assertTrue(!cs.get(i).date().isAfter(cs.get(i - 1).date()), "newest first");
        }
        assertTrue(cs.stream().allMatch(c -> c.typeDescription() != null), "every code has its description");
        assertEquals(LocalDate.parse(withHistory.lastSeen()), d.lastSeen());
        assertEquals(TestDb.TODAY, d.today());
        assertEquals(Optional.empty(), repo.detail(-1));
    }

    @Test
    void officeNameComesFromTheSettings() {
        assertEquals("Riverside PDU", repo.officeName());
    }
}
