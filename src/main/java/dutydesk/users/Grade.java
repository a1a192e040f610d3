package dutydesk.users;

import java.util.Locale;

/** A member of staff's grade, as nDelius records it. */
public enum Grade {
    PO("PO", "probation officer"),
    PSO("PSO", "probation services officer"),
    PQIP("PQiP", "trainee probation officer"),
    SPO("SPO", "senior probation officer"),
    ADMIN("Admin", "administrative staff");

    private final String label;
    private final String description;

    Grade(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** Whether people routed to a probation officer may be taken without a warning. */
    public boolean qualifiedOfficer() {
        return this == PO || this == SPO;
    }

    /** Reads a grade code in any case ("po", "PQiP", ...). */
    public static Grade parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a grade is PO, PSO, PQiP, SPO or Admin, not '" + s + "'");
        }
    }
}
