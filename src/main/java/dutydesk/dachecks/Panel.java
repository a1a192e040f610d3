package dutydesk.dachecks;

import java.time.LocalDate;

/** What the checks panel shows: who the case is and its checks as of {@code today}. */
public record Panel(Person person, Evaluation evaluation, LocalDate today) {

    /** The case's identity and risk, for the title. */
    public record Person(long caseId, String crn, String name, String rosh, boolean da, boolean childProtection,
                         int mappaLevel) {
    }
}
