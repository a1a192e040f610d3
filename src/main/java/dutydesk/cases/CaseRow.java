package dutydesk.cases;

import java.time.LocalDate;

/** One line of the case list. {@code missedChecks}: DA and safeguarding checks missed (stored evaluation). */
public record CaseRow(long id, String crn, String surname, String forename, String tier, String rosh,
                      boolean da, boolean childProtection, int mappaLevel, LocalDate nextReport,
                      LocalDate lastSeen, int missedChecks) {
}
