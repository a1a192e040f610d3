package dutydesk.exports;

import java.time.LocalDate;

/**
 * One version of one contact recorded at the desk, as it is exported.
 *
 * @param time         {@code HH:MM}, or null
 * @param osUser       the OS login that first recorded the contact
 * @param createdAt    when it was first recorded (UTC, ISO-8601)
 * @param correction   an earlier version of this contact was exported before: this one replaces it
 * @param correctedBy  for a version after the first, who corrected it, when (UTC) and why; else null
 */
public record ExportRow(long contactId, int version, String crn, LocalDate date, String time, String type,
                        String outcome, String enforcement, LocalDate respondBy, String description, String notes,
                        boolean sensitive, String staffCode, String osUser, String createdAt, boolean correction,
                        String correctedBy, String correctedAt, String correctionReason) {
}
