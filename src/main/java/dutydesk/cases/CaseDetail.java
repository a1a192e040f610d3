package dutydesk.cases;

import java.time.LocalDate;
import java.util.List;

/** Everything the case page shows. */
public record CaseDetail(long id, String crn, String pnc, String surname, String forename, LocalDate dateOfBirth,
                         String pduCode, String pduName, String teamCode, String teamName, String omStaffCode,
                         String tier, String rosh, String caseType, String orderDescription, LocalDate sentenceDate,
                         LocalDate releaseDate, LocalDate orderEndDate, String reportingFrequency,
                         LocalDate nextReport, LocalDate lastSeen, List<Registration> registrations,
                         List<ContactEntry> contacts, LocalDate today) {

    public CaseDetail {
        registrations = List.copyOf(registrations);
        contacts = List.copyOf(contacts);
    }
}
