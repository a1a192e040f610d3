package dutydesk.dachecks;

/**
 * Why a check counts as missed. A flag is only ever raised once a due date has passed: until
 * then the check is simply due.
 */
public enum Missed {
    NONE(""),
    /** The due date passed with no request (for single-step checks: not done). */
    NOT_REQUESTED("not requested"),
    /** A request was made, the response is overdue and nobody chased it. */
    NO_RESPONSE("no response"),
    /** A response or event came in and there was no follow-up in time. */
    NOT_ACTED_ON("not acted on"),
    /** A change of circumstances (or time) made the last check out of date, and it was not redone. */
    STALE("stale");

    private final String label;

    Missed(String label) {
        this.label = label;
    }

    /** Words for a person; "not done" for a single-step check that was never done. */
    public String label(CheckKind kind) {
        return this == NOT_REQUESTED && kind.singleStep() ? "not done" : label;
    }

    public String label() {
        return label;
    }
}
