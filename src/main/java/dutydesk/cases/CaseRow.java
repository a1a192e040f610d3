package dutydesk.cases;

import java.time.LocalDate;

/** One line of the case list. */
public record CaseRow(long id, String crn, String surname, String forename, String tier, String rosh,
                      boolean da, boolean childProtection, int mappaLevel, LocalDate nextReport,
                      LocalDate lastSeen) {
}
