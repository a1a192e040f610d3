package dutydesk.contacts;

import dutydesk.compliance.Answer;
import dutydesk.compliance.Circumstance;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/**
 * A validated contact, ready to store. {@code contactId} and {@code expectedVersion} are set for
 * a correction (0 otherwise); {@code answers} is empty when the questions were not asked;
 * {@code referToSpo} is set when the enforcement action goes to the SPO.
 */
public record NewContact(long caseId, long contactId, int expectedVersion, String type, LocalDate date,
                         LocalTime time, String outcome, String enforcement, LocalDate respondBy,
                         Map<Circumstance, Answer> answers, String notes, LocalDate next, boolean sensitive,
                         boolean alert, boolean referToSpo, String location, String reason) {

    public NewContact {
        answers = Map.copyOf(answers);
    }

    public NewContact withReason(String r) {
        return new NewContact(caseId, contactId, expectedVersion, type, date, time, outcome, enforcement, respondBy,
                answers, notes, next, sensitive, alert, referToSpo, location, r);
    }
}
