package dutydesk.reports;

import dutydesk.dachecks.CheckKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The missed DA and safeguarding checks of the unallocated cases, from the stored evaluation
 * ({@code case_check} and the summary columns of {@code cases}), as the worklist shows them.
 *
 * @param byCase worst first (RoSH, child protection, longest overdue); may hold fewer than
 *               {@code cases} when a limit was asked for
 */
public record MissedReport(LocalDate date, String office, LocalDateTime producedAt, int checks, int cases,
                           List<ByCheck> byCheck, List<ByCase> byCase) {

    public MissedReport {
        byCheck = List.copyOf(byCheck);
        byCase = List.copyOf(byCase);
    }

    /** One kind of check: how many cases miss it, and the oldest due date among them (null: none). */
    public record ByCheck(CheckKind kind, int cases, LocalDate oldestDue) {
    }

    /** One case: who, RoSH (null: not assessed), child protection, the checks missed, the oldest due date. */
    public record ByCase(String crn, String name, String rosh, boolean childProtection, List<CheckKind> kinds,
                         LocalDate oldestDue) {
        public ByCase {
            kinds = List.copyOf(kinds);
        }
    }
}
