package dutydesk.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Which outcomes and enforcement actions a contact may be recorded with. */
public final class OutcomeRules {

    private OutcomeRules() {
    }

    /**
     * The outcomes offered for a contact of {@code typeCode} on {@code contactDate}: the type's
     * outcomes, and for a date after {@code today} only those allowed in advance (an acceptable
     * absence or a reschedule; nobody can have attended or failed yet).
     */
    public static List<Outcome> allowed(Codes codes, String typeCode, LocalDate contactDate, LocalDate today) {
        List<Outcome> all = codes.outcomesFor(typeCode);
        if (contactDate == null || today == null || !contactDate.isAfter(today)) {
            return all;
        }
        List<Outcome> out = new ArrayList<>();
        for (Outcome o : all) {
            if (o.allowedInFuture()) {
                out.add(o);
            }
        }
        return out;
    }

    /** Whether an outcome needs an enforcement action recorded with it. */
    public static boolean needsEnforcement(Codes codes, Outcome o) {
        return o != null && o.enforceable() && !codes.actionsFor(o.code()).isEmpty();
    }

    /** Whether the change-of-circumstance questions are asked (the person was seen or spoken to). */
    public static boolean asksCircumstances(Outcome o) {
        return o != null && o.seen();
    }

    /**
     * Whether this action goes to the senior probation officer rather than an offender manager:
     * a referral to the offender manager on a case that has none.
     */
    public static boolean routesToSpo(EnforcementAction a, boolean unallocated) {
        return a != null && a.kind() == EnforcementAction.Kind.REFER && unallocated;
    }

    /** Whether the action waits for the person's response, by a date. */
    public static boolean hasResponseDate(EnforcementAction a) {
        return a != null && a.kind() == EnforcementAction.Kind.PENDING;
    }

    /** The default respond-by date: {@code days} calendar days after the contact. */
    public static LocalDate defaultResponseBy(LocalDate contactDate, int days) {
        return contactDate == null ? null : contactDate.plusDays(days);
    }
}
