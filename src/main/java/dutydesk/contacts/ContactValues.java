package dutydesk.contacts;

import dutydesk.compliance.Answer;
import dutydesk.compliance.Circumstance;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Everything typed into the contact form, as typed (dates and times are still text): what a
 * draft keeps and what validation reads. Immutable.
 */
public record ContactValues(String type, String date, String time, String outcome, String enforcement,
                            String respondBy, Map<Circumstance, Answer> answers, String notes, String next,
                            boolean sensitive, boolean alert) {

    public ContactValues {
        type = nz(type);
        date = nz(date);
        time = nz(time);
        outcome = nz(outcome);
        enforcement = nz(enforcement);
        respondBy = nz(respondBy);
        notes = nz(notes);
        next = nz(next);
        EnumMap<Circumstance, Answer> all = new EnumMap<>(Circumstance.class);
        for (Circumstance c : Circumstance.values()) {
            Answer a = answers == null ? null : answers.get(c);
            all.put(c, a == null ? Answer.UNANSWERED : a);
        }
        answers = Collections.unmodifiableMap(all);
    }

    public Answer answer(Circumstance c) {
        return answers.get(c);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
