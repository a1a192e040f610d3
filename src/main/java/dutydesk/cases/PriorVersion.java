package dutydesk.cases;

import dutydesk.compliance.Answer;
import dutydesk.compliance.Circumstance;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;

/** An earlier version of a corrected contact, as it was, with who replaced it, when and why. */
public record PriorVersion(int version, String type, LocalDate date, String time, String outcome, String enforcement,
                           String notes, LocalDate next, boolean sensitive, boolean alert, String recordedBy,
                           LocalDateTime recordedAt, String supersededBy, LocalDateTime supersededAt, String reason,
                           Map<Circumstance, Answer> answers) {

    public PriorVersion {
        answers = Map.copyOf(answers);
    }
}
