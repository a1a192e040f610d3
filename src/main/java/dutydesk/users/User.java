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

    /** Whether {@code code} is an nDelius staff code: seven capital letters and digits ("N07P001"). */
    public static boolean isStaffCode(String code) {
        if (code == null || code.length() != 7) {
            return false;
        }
        for (int i = 0; i < 7; i++) {
            char c = code.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /** "Anita Kaur (PO)". */
    public String describe() {
        return grade == null ? name : name + " (" + grade.label() + ")";
    }
}
