package dutydesk.reports;

import dutydesk.dachecks.CheckKind;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The figures of one day at the duty desk. Contacts are those recorded at the desk (not imported)
 * whose date is the day, at their latest version; visits are the reception check-ins of the day.
 *
 * @param producedAt when the figures were read (local time)
 */
public record DailyReport(LocalDate date, String office, LocalDateTime producedAt, List<ContactCount> contacts,
                          List<Failure> failures, List<CodeCount> enforcement, CheckIns checkIns,
                          List<CheckCount> checks, MissedNow missed) {

    public DailyReport {
        contacts = List.copyOf(contacts);
        failures = List.copyOf(failures);
        enforcement = List.copyOf(enforcement);
        checks = List.copyOf(checks);
    }

    /** Contacts of one type and outcome ({@code outcome} null: none recorded). */
    public record ContactCount(String type, String typeDescription, String outcome, String outcomeDescription,
                               int count) {
    }

    /**
     * A failure to attend (an absence not accepted: {@code AFTA}, {@code UAAB}) or to comply while
     * attending ({@code AFTC}, {@code ATSH}), by the outcome's flags.
     */
    public record Failure(String time, String crn, String name, String type, String outcome,
                          String outcomeDescription, boolean attended, String enforcement, LocalDate respondBy) {
    }

    public record CodeCount(String code, String description, int count) {
    }

    /**
     * Reception check-ins. {@code total} leaves out undone check-ins ({@code cancelled});
     * waiting times run from arrival until an officer took the person, over the {@code taken}
     * people who were taken (null when nobody was).
     */
    public record CheckIns(int total, int expected, int seen, int left, int waiting, int withOfficer, int cancelled,
                           int taken, Long medianWaitSeconds, Long longestWaitSeconds) {
        public int walkIns() {
            return total - expected;
        }
    }

    /** Check actions recorded: the check, the action's words, the contact type (null for a desk record). */
    public record CheckCount(CheckKind kind, String action, String contactType, int count) {
    }

    /** Missed checks now, from the stored evaluation: how many, in how many unallocated cases. */
    public record MissedNow(int checks, int cases) {
    }

    public int contactTotal() {
        return contacts.stream().mapToInt(ContactCount::count).sum();
    }

    public int enforcementTotal() {
        return enforcement.stream().mapToInt(CodeCount::count).sum();
    }

    public int checksTotal() {
        return checks.stream().mapToInt(CheckCount::count).sum();
    }

    public int failedToAttend() {
        return (int) failures.stream().filter(f -> !f.attended()).count();
    }
}
