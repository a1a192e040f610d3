package dutydesk.users;

import java.util.Objects;

/**
 * Someone who uses Duty Desk, known by their operating-system login.
 *
 * @param staffCode their nDelius staff code, or null
 * @param grade     their grade, or null (reception staff need none)
 */
public record User(String osUser, String name, String staffCode, Grade grade, Role role, boolean active) {

    public User {
        Objects.requireNonNull(osUser, "osUser");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /** "Anita Kaur (PO)". */
    public String describe() {
        return grade == null ? name : name + " (" + grade.label() + ")";
    }
}
