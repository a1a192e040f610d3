package dutydesk.cases;

import dutydesk.compliance.EnforcementAction;
import dutydesk.compliance.History;
import dutydesk.compliance.Outcome;
import java.time.LocalDate;

/**
 * One contact in a case's history, with its codes' descriptions and flags. {@code version} is 1
 * unless it has been corrected; {@code desk} is true for contacts recorded in Duty Desk (the
 * others came in with the case-management extract).
 */
public record ContactEntry(long id, LocalDate date, String time, String typeCode, String typeDescription,
                           Outcome outcome, EnforcementAction action, String staff, String notes, boolean sensitive,
                           boolean alert, String createdBy, int version, boolean desk, LocalDate nextReport,
                           LocalDate respondBy) {

    public String outcomeCode() {
        return outcome == null ? null : outcome.code();
    }

    public String outcomeDescription() {
        return outcome == null ? null : outcome.description();
    }

    /** The outcome is a failure that may lead to enforcement. */
    public boolean enforceable() {
        return outcome != null && outcome.enforceable();
    }

    public String enforcementCode() {
        return action == null ? null : action.code();
    }

    public String enforcementDescription() {
        return action == null ? null : action.description();
    }

    public boolean corrected() {
        return version > 1;
    }

    /** The contact as the compliance rules see it. */
    public History history() {
        return new History(date, outcome, action);
    }
}
