package dutydesk.contacts;

/** The form's fields, in the order Tab visits them (a question's answer and detail repeat per question). */
public enum Field {
    TYPE("Type"),
    DATE("Date"),
    TIME("Time"),
    OUTCOME("Outcome"),
    ENFORCEMENT("Enforcement"),
    RESPOND_BY("Respond by"),
    ANSWER("Changes"),
    DETAIL("Detail"),
    NOTES("Notes"),
    NEXT("Next report"),
    SENSITIVE("Sensitive"),
    ALERT("Alert SPO"),
    SAVE("Save");

    private final String label;

    Field(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether typed characters go into this field as text. */
    public boolean text() {
        return this == DATE || this == TIME || this == RESPOND_BY || this == DETAIL || this == NOTES || this == NEXT;
    }

    /** Whether this field takes a code from a list. */
    public boolean choice() {
        return this == TYPE || this == OUTCOME || this == ENFORCEMENT;
    }
}
