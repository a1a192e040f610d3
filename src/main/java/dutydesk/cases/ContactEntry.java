package dutydesk.cases;

import java.time.LocalDate;

/**
 * One contact in a case's history, with the descriptions of its codes; {@code enforceable} is the
 * outcome's flag (a failure that may lead to enforcement).
 */
public record ContactEntry(long id, LocalDate date, String time, String typeCode, String typeDescription,
                           String outcomeCode, String outcomeDescription, boolean enforceable, String enforcementCode,
                           String enforcementDescription, String staff, String notes, boolean sensitive,
                           boolean alert, String createdBy) {
}
