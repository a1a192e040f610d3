package dutydesk.contacts;

import java.time.LocalDateTime;

/**
 * A contact form saved as it was being typed: whose, for which case, new or correcting
 * {@code contactId} (0 for a new contact), its values, and when it was started and last kept.
 */
public record Draft(String user, long caseId, long contactId, ContactValues values, LocalDateTime startedAt,
                    LocalDateTime savedAt) {
}
