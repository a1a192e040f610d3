package dutydesk.bench;

import dutydesk.cases.CaseFlagFilter;
import dutydesk.cases.CaseQuery;
import dutydesk.cases.CaseRepository;
import dutydesk.cases.CaseSort;
import dutydesk.cases.CaseWindow;
import dutydesk.db.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Times the case-list queries on a large database, in process (no terminal): the SQL part of
 * what one keystroke costs. Run by {@code bench/run.sh}; not a test.
 * Usage: {@code QueryBench DB [REPEATS]}.
 */
public final class QueryBench {

    private QueryBench() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 23).atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
                ZoneId.of("Europe/London"));
        try (Database db = Database.open(file, Database.Mode.MUST_EXIST)) {
            CaseRepository repo = new CaseRepository(db, clock);
            CaseWindow first = repo.load(CaseQuery.DEFAULT, null, 0, 20, 60);
            System.out.printf(Locale.UK, "%,d unallocated cases%n", first.all());
            int total = first.total();
            long someId = repo.load(CaseQuery.DEFAULT, null, total / 3, 20, 60).rows().get(20).id();
            time("first screen (default order)", repeats, () -> repo.load(CaseQuery.DEFAULT, null, 0, 20, 60));
            time("next slice (cursor reaches loaded edge)", repeats, () -> repo.slice(CaseQuery.DEFAULT, 40, 60, total, total));
            time("last screen (End)", repeats, () -> repo.load(CaseQuery.DEFAULT, null, total - 1, 20, 60));
            time("filter 's'", repeats, () -> repo.load(CaseQuery.DEFAULT.withText("s"), null, 0, 20, 60));
            time("filter 'sm'", repeats, () -> repo.load(CaseQuery.DEFAULT.withText("sm"), null, 0, 20, 60));
            time("filter 'smi'", repeats, () -> repo.load(CaseQuery.DEFAULT.withText("smi"), null, 0, 20, 60));
            time("filter CRN 'K12'", repeats, () -> repo.load(CaseQuery.DEFAULT.withText("K12"), null, 0, 20, 60));
            time("DA only", repeats, () -> repo.load(CaseQuery.DEFAULT.withFlag(CaseFlagFilter.DA), null, 0, 20, 60));
            time("MAPPA only", repeats, () -> repo.load(CaseQuery.DEFAULT.withFlag(CaseFlagFilter.MAPPA), null, 0, 20, 60));
            for (CaseSort s : CaseSort.values()) {
                time("re-sort by " + s.label() + ", keeping the selected case", repeats,
                        () -> repo.load(CaseQuery.DEFAULT.withSort(s), someId, 0, 20, 60));
            }
            time("clear filter, keeping the selected case", repeats,
                    () -> repo.load(CaseQuery.DEFAULT, someId, 0, 20, 60));
            time("open a case (detail + history)", repeats, () -> repo.detail(someId));
        }
    }

    private static void time(String what, int repeats, Supplier<?> work) {
        long[] ns = new long[repeats];
        long firstCall = 0;
        for (int i = 0; i < repeats; i++) {
            long t0 = System.nanoTime();
            work.get();
            ns[i] = System.nanoTime() - t0;
            if (i == 0) {
                firstCall = ns[i];
            }
        }
        Arrays.sort(ns);
        System.out.printf(Locale.UK, "| %-52s | %7.2f | %7.2f | %7.2f |%n", what, ns[repeats / 2] / 1e6,
                ns[(int) (repeats * 0.9)] / 1e6, firstCall / 1e6);
    }
}
