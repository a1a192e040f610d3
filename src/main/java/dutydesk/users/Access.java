package dutydesk.users;

/**
 * What this session may do: the user's role, possibly narrowed at start-up, or read-only for a
 * login that is not set up. Pages ask it before they offer an action; the answer never depends on
 * anything but the user's record and the role asked for.
 *
 * @param user the user, or null when the OS login is not a Duty Desk user
 * @param role the role in force (null when read-only)
 */
public record Access(String osUser, User user, Role role) {

    /** A login that is not set up: may read cases, nothing else. */
    public static Access readOnly(String osUser) {
        return new Access(osUser, null, null);
    }

    /** The user's own role, or {@code requested} if it is narrower; a wider request is refused. */
    public static Access of(User user, Role requested) {
        if (requested != null && !user.role().includes(requested)) {
            throw new IllegalArgumentException("--role " + requested.label() + " is wider than your role ("
                    + user.role().label() + "); it can only narrow it");
        }
        return new Access(user.osUser(), user, requested != null ? requested : user.role());
    }

    public boolean known() {
        return user != null;
    }

    public boolean is(Role r) {
        return role != null && role.includes(r);
    }

    /** Reception's page: check in, left without being seen, undo. */
    public boolean canCheckIn() {
        return is(Role.RECEPTION);
    }

    /** Case details, contact history, risk registers. Read-only users may read them. */
    public boolean canReadCases() {
        return role == null || is(Role.DUTY_OFFICER);
    }

    /** Log and correct contacts, record checks, take people from the queue. */
    public boolean canRecord() {
        return is(Role.DUTY_OFFICER);
    }

    /** Release someone another officer has taken; add and change users. */
    public boolean canSupervise() {
        return is(Role.SPO);
    }

    /** Why an action is not offered, in words. */
    public String refusal(String action) {
        if (user == null) {
            return "You can read cases but not " + action + ": the login '" + osUser
                    + "' is not a Duty Desk user. Ask your SPO to add you.";
        }
        return "You can't " + action + " as " + role.label() + ".";
    }
}
