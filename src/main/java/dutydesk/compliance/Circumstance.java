package dutydesk.compliance;

/**
 * The change-of-circumstance questions asked at every reporting contact. Stored by name in
 * {@code contact_circumstance.question}; the DA checks read the answers as triggers.
 */
public enum Circumstance {
    RELATIONSHIP("New or ended relationship"),
    ADDRESS("Change of address"),
    EMPLOYMENT("Change in work or training"),
    POLICE("Police contact or arrest"),
    CHILDREN("Children at home or contact"),
    HEALTH("Health, physical or mental");

    private final String label;

    Circumstance(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
