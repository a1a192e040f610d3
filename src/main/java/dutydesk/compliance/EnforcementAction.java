package dutydesk.compliance;

/** An enforcement action code ({@code IBR}, {@code EA02}...) and what it means for compliance. */
public record EnforcementAction(String code, String description, Kind kind) {

    /** What the action does, as the compliance rules need to know. */
    public enum Kind {
        /** A warning (letter) was given: the next failure within 12 months must be referred. */
        WARNING,
        /** Breach or recall started: a live breach. */
        BREACH,
        /** Referred to the offender manager (for an unallocated case: to the SPO). */
        REFER,
        /** Waiting for the person's response; has a respond-by date. */
        PENDING,
        /** A warning withdrawn. */
        WITHDRAW,
        OTHER
    }
}
