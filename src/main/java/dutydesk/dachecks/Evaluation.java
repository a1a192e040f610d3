package dutydesk.dachecks;

import java.time.LocalDate;
import java.util.List;

/**
 * Every check's result for one case on one date (one result per {@link CheckKind}, in order,
 * including those that do not apply), and the first later date on which the result could be
 * different with no new facts: until then a stored copy is exact.
 *
 * @param validUntil first date after the as-of date on which a due date passes; null if none
 */
public record Evaluation(long caseId, LocalDate asOf, List<CheckResult> results, LocalDate validUntil) {

    public Evaluation {
        results = List.copyOf(results);
    }

    public CheckResult get(CheckKind kind) {
        return results.get(kind.ordinal());
    }

    public List<CheckResult> applicable() {
        return results.stream().filter(CheckResult::applies).toList();
    }

    public List<CheckResult> missed() {
        return results.stream().filter(CheckResult::isMissed).toList();
    }

    public int missedCount() {
        int n = 0;
        for (CheckResult r : results) {
            if (r.isMissed()) {
                n++;
            }
        }
        return n;
    }

    /** The missed kinds as a bit set ({@link CheckKind#bit()}). */
    public int missedBits() {
        int bits = 0;
        for (CheckResult r : results) {
            if (r.isMissed()) {
                bits |= r.kind().bit();
            }
        }
        return bits;
    }

    /** The earliest due date among missed checks (the longest overdue), or null. */
    public LocalDate oldestMissedDue() {
        LocalDate d = null;
        for (CheckResult r : results) {
            if (r.isMissed() && r.due() != null && (d == null || r.due().isBefore(d))) {
                d = r.due();
            }
        }
        return d;
    }
}
