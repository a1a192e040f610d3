package dutydesk.dachecks;

import dutydesk.compliance.Circumstance;
import java.time.LocalDate;
import java.util.List;

/**
 * What the checks engine knows about one case: the order and its dates, the current
 * registrations, the contacts, the change-of-circumstance answers and the locally recorded
 * facts (SARA seen, DASO referral). Lists may be in any order; anything dated after the as-of
 * date is ignored by the engine.
 *
 * @param caseType         {@code COMMUNITY}, {@code LICENSE} or {@code CUSTODY}
 * @param releaseDate      null for community cases
 * @param orderDescription used to spot a court-ordered DA programme (Building Better Relationships)
 */
public record CheckFacts(long caseId, String caseType, LocalDate sentenceDate, LocalDate releaseDate,
                         String orderDescription, List<Reg> registrations, List<Event> contacts,
                         List<Trigger> triggers, List<Record> records) {

    public CheckFacts {
        registrations = List.copyOf(registrations);
        contacts = List.copyOf(contacts);
        triggers = List.copyOf(triggers);
        records = List.copyOf(records);
        orderDescription = orderDescription == null ? "" : orderDescription;
    }

    /** A current (not deregistered) registration: register type code and date registered. */
    public record Reg(String code, LocalDate registered) {
    }

    /**
     * A contact.
     *
     * @param type        nDelius contact type code ({@code C369}, {@code COAP}, ...)
     * @param outcome     outcome code or null ({@code SFG1}, {@code ATTC}, ...)
     * @param appointment the contact type is an appointment (a reporting contact)
     * @param attended    the outcome says the person attended
     * @param about       the check this contact was recorded for in Duty Desk, or null (imported
     *                    contacts, and ordinary contacts)
     * @param daIncidents for a police response ({@code C515}) recorded in Duty Desk: DA incidents
     *                    in the last 12 months the police reported; null when not known
     */
    public record Event(long id, String type, LocalDate date, String outcome, boolean appointment, boolean attended,
                        CheckKind about, Integer daIncidents) {
    }

    /** A "yes, this changed" answer to a change-of-circumstance question, on the contact's date. */
    public record Trigger(LocalDate date, Circumstance question, long contactId) {
    }

    /**
     * A fact recorded in Duty Desk with no nDelius contact behind it: SARA seen ({@code level}
     * LOW/MEDIUM/HIGH) or DASO referral made ({@code level} null).
     */
    public record Record(CheckKind kind, LocalDate date, String level) {
    }
}
