package dutydesk.cases;

import dutydesk.compliance.Compliance;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the case page shows; {@code compliance} is evaluated on {@code today}.
 * {@code checksApplying} and {@code missedChecks} come from the stored DA-check evaluation: how
 * many checks apply, and the missed ones as "PDA not requested" (check code and flag).
 */
public record CaseDetail(long id, String crn, String pnc, String surname, String forename, LocalDate dateOfBirth,
                         String pduCode, String pduName, String teamCode, String teamName, String omStaffCode,
                         String tier, String rosh, String caseType, String orderDescription, LocalDate sentenceDate,
                         LocalDate releaseDate, LocalDate orderEndDate, String reportingFrequency,
                         LocalDate nextReport, LocalDate lastSeen, boolean unallocated,
                         List<Registration> registrations, List<ContactEntry> contacts, Compliance compliance,
                         LocalDate today, int checksApplying, List<String> missedChecks) {

    public CaseDetail {
        registrations = List.copyOf(registrations);
        contacts = List.copyOf(contacts);
        missedChecks = List.copyOf(missedChecks);
    }

    /** Surname, Forename as the pages show it. */
    public String name() {
        return CaseFormat.name(surname, forename);
    }

    /** Whether the case has a live DA register. */
    public boolean domesticAbuse() {
        return registrations.stream().anyMatch(r -> "DA".equals(r.kind()));
    }

    /** Whether the case has a live child-protection or child-concern register. */
    public boolean childProtection() {
        return registrations.stream().anyMatch(r -> "CHILD".equals(r.kind()));
    }

    /** The MAPPA level (0 when not MAPPA). */
    public int mappaLevel() {
        int level = 0;
        for (Registration r : registrations) {
            if ("MAPPA".equals(r.kind())) {
                level = Math.max(level, "M3".equals(r.level()) ? 3 : "M2".equals(r.level()) ? 2 : 1);
            }
        }
        return level;
    }
}
