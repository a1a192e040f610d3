package dutydesk.contacts;

import java.time.LocalDateTime;

/** One of a user's unsaved drafts, as listed when the desk starts. */
public record DraftSummary(long caseId, long contactId, String crn, String name, String type, String outcome,
                           int notesLength, LocalDateTime startedAt, LocalDateTime savedAt) {
}
