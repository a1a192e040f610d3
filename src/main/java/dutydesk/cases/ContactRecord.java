package dutydesk.cases;

import dutydesk.compliance.Answer;
import dutydesk.compliance.Circumstance;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * A contact in full, for reading: the entry, the change-of-circumstance answers given with its
 * current version, and its earlier versions (newest first) if it was corrected.
 */
public record ContactRecord(ContactEntry entry, Map<Circumstance, Answer> answers, List<PriorVersion> earlier,
                            String updatedBy, LocalDateTime updatedAt) {

    public ContactRecord {
        answers = Map.copyOf(answers);
        earlier = List.copyOf(earlier);
    }
}
