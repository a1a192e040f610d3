package dutydesk.dachecks;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One check's evaluation for one case on one date.
 *
 * @param due    the date by which the next step was (or is) due; null when nothing is due
 * @param reason one line naming the evidence, with ISO dates and nDelius codes, never relative
 *               words such as "3 days ago" (a stored evaluation must stay true until it is redone)
 */
public record CheckResult(CheckKind kind, CheckState state, Missed missed, LocalDate due, String reason) {

    public CheckResult {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(state);
        missed = missed == null ? Missed.NONE : missed;
        reason = reason == null ? "" : reason;
    }

    static CheckResult notApplicable(CheckKind kind, String reason) {
        return new CheckResult(kind, CheckState.NOT_APPLICABLE, Missed.NONE, null, reason);
    }

    public boolean applies() {
        return state != CheckState.NOT_APPLICABLE;
    }

    public boolean isMissed() {
        return missed != Missed.NONE;
    }
}
