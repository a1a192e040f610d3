package dutydesk.dachecks;

/**
 * Where a check stands. Request/response checks move DUE, REQUESTED, RESPONSE_RECEIVED,
 * ANALYSED; single-step checks (SARA, referrals, considerations, reviews) go from DUE to DONE.
 */
public enum CheckState {
    NOT_APPLICABLE("not applicable"),
    DUE("due"),
    REQUESTED("requested"),
    RESPONSE_RECEIVED("response received"),
    ANALYSED("analysed"),
    DONE("done");

    private final String label;

    CheckState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
