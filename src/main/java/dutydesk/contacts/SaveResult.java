package dutydesk.contacts;

import java.time.LocalDate;

/** What became of saving a contact. */
public sealed interface SaveResult {

    /** Stored: the contact's id and version, and what it set. */
    record Saved(long contactId, int version, String type, String outcome, LocalDate next, boolean referredToSpo)
            implements SaveResult {
    }

    /**
     * Not stored: someone else corrected the contact after this form was opened. Their version
     * stands; this one stays in the draft.
     */
    record Conflict(String by, String at, int version) implements SaveResult {
    }

    /** Not stored: the case or the contact is no longer in the database. */
    record Gone(String what) implements SaveResult {
    }
}
