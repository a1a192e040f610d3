package dutydesk.imports;

import java.time.LocalDate;

/** The rows of the three extracts once checked: values trimmed, codes upper-case, dates parsed. */
final class Rows {

    private Rows() {
    }

    /** A case as the extract gives it. Optional values are null when empty. */
    record CaseIn(long line, String crn, String pnc, String forename, String surname, LocalDate dateOfBirth,
                  String pduCode, String pduName, String teamCode, String teamName, String omStaffCode, String tier,
                  String rosh, String caseType, String orderDescription, LocalDate sentenceDate,
                  LocalDate releaseDate, LocalDate orderEndDate, String reportingFrequency,
                  LocalDate nextReportDate) {
    }

    /** A registration; its natural key is (CRN, type, registered date). */
    record RegIn(long line, String crn, String type, String level, String category, LocalDate registered,
                 LocalDate nextReview, LocalDate deregistered, String notes) {

        String key() {
            return crn + "|" + type + "|" + registered;
        }
    }

    /** A contact; its natural key is (CRN, date, start time, type). */
    record ContactIn(long line, String crn, LocalDate date, String startTime, String type, String outcome,
                     String enforcement, LocalDate respondBy, String staffCode, String location, String description,
                     String notes, boolean sensitive) {

        String key() {
            return crn + "|" + date + "|" + (startTime == null ? "" : startTime) + "|" + type;
        }
    }
}
