package dutydesk.users;

import java.util.Locale;

/**
 * What a user does at the desk. Each role can do everything the one before it can: reception
 * checks people in; a duty officer also reads cases, takes people from the queue, logs contacts
 * and records checks; the SPO also manages users and can release anyone's take.
 */
public enum Role {
    RECEPTION("reception"),
    DUTY_OFFICER("duty officer"),
    SPO("SPO");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this role includes everything {@code other} may do. */
    public boolean includes(Role other) {
        return compareTo(other) >= 0;
    }

    /** Reads "reception", "duty", "duty-officer", "duty_officer" or "spo", in any case. */
    public static Role parse(String s) {
        switch (s.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_')) {
            case "reception": return RECEPTION;
            case "duty": case "duty_officer": case "officer": return DUTY_OFFICER;
            case "spo": return SPO;
            default: throw new IllegalArgumentException("a role is reception, duty or spo, not '" + s + "'");
        }
    }
}
