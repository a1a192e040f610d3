package dutydesk.reception;

/** Where a visit has got to. */
public enum VisitState {
    WAITING("waiting"),
    WITH_OFFICER("with officer"),
    SEEN("seen"),
    LEFT("left unseen"),
    CANCELLED("check-in undone");

    private final String label;

    VisitState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this == WAITING || this == WITH_OFFICER;
    }
}
