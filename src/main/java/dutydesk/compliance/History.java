package dutydesk.compliance;

import java.time.LocalDate;

/** One recorded contact as the compliance rules see it: its date, outcome and enforcement action. */
public record History(LocalDate date, Outcome outcome, EnforcementAction action) {
}
