package dutydesk.users;

import dutydesk.db.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** The {@code app_user} table: who may use the desk, as what. Every change records who and when. */
public final class UserRepository {

    private static final String COLUMNS = "os_user, name, staff_code, grade, role, active";

    private final Database db;
    private final Clock clock;

    public UserRepository(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * The active user with this login, if any. Plain JDBC: it is asked before the first screen,
     * which must not wait for Jdbi to start.
     */
    public Optional<User> find(String osUser) {
        return db.query(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM app_user WHERE os_user = ? AND active = 1")) {
                ps.setString(1, osUser);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(user(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Every user, active first, then by role (SPO first) and name. */
    public List<User> list() {
        return db.read(h -> h.createQuery("SELECT " + COLUMNS + " FROM app_user ORDER BY active DESC,"
                        + " CASE role WHEN 'SPO' THEN 0 WHEN 'DUTY_OFFICER' THEN 1 ELSE 2 END, name, os_user")
                .map((rs, ctx) -> user(rs)).list());
    }

    /** How many active users there are (none: the database needs its first SPO). */
    public int activeCount() {
        return db.query(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM app_user WHERE active = 1")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /**
     * Adds a user, or changes (and reactivates) the one with that login.
     *
     * @return true if the login was new
     */
    public boolean save(User u, String by) {
        String now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        return db.write(h -> {
            boolean exists = h.createQuery("SELECT count(*) FROM app_user WHERE os_user = :u").bind("u", u.osUser())
                    .mapTo(Integer.class).one() > 0;
            if (u.staffCode() != null) {
                // A staff code the database does not know yet is added, so the user can be recorded.
                h.createUpdate("INSERT OR IGNORE INTO staff (code, forename, surname, grade) VALUES (:c, :f, :s, :g)")
                        .bind("c", u.staffCode()).bind("f", forename(u.name())).bind("s", surname(u.name()))
                        .bind("g", u.grade() == null ? null : u.grade().name()).execute();
            }
            h.createUpdate("INSERT INTO app_user (os_user, name, staff_code, grade, role, active, created_at, created_by,"
                            + " updated_at, updated_by) VALUES (:u, :n, :c, :g, :r, :a, :now, :by, :now, :by)"
                            + " ON CONFLICT (os_user) DO UPDATE SET name = :n, staff_code = :c, grade = :g, role = :r,"
                            + " active = :a, updated_at = :now, updated_by = :by")
                    .bind("u", u.osUser()).bind("n", u.name()).bind("c", u.staffCode())
                    .bind("g", u.grade() == null ? null : u.grade().name()).bind("r", u.role().name())
                    .bind("a", u.active() ? 1 : 0).bind("now", now).bind("by", by).execute();
            return !exists;
        });
    }

    /**
     * Adds the database's first user, in the same transaction as the check that there is none:
     * if another desk or the users command got there first, nothing is written.
     *
     * @return false if an active user already exists
     */
    public boolean saveFirst(User u) {
        return saveFirst(u, u.osUser());
    }

    /** {@link #saveFirst(User)}, recorded as done by the login {@code by}. */
    public boolean saveFirst(User u, String by) {
        return db.write(h -> {
            if (h.createQuery("SELECT count(*) FROM app_user WHERE active = 1").mapTo(Integer.class).one() > 0) {
                return false;
            }
            save(u, by);
            return true;
        });
    }

    /**
     * Stops a login using the desk; the row stays, so what they recorded still names them.
     *
     * @return false if there was no such active user
     */
    public boolean deactivate(String osUser, String by) {
        String now = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString();
        return db.write(h -> h.createUpdate("UPDATE app_user SET active = 0, updated_at = :now, updated_by = :by"
                        + " WHERE os_user = :u AND active = 1")
                .bind("u", osUser).bind("now", now).bind("by", by).execute() > 0);
    }

    /** The display name of a login ("Anita Kaur"), or the login itself if it is not a user. */
    public String nameOf(String osUser) {
        return db.read(h -> h.createQuery("SELECT name FROM app_user WHERE os_user = :u").bind("u", osUser)
                .mapTo(String.class).findOne().orElse(osUser));
    }

    static User user(ResultSet rs) throws SQLException {
        String grade = rs.getString("grade");
        return new User(rs.getString("os_user"), rs.getString("name"), rs.getString("staff_code"),
                grade == null ? null : Grade.valueOf(grade), Role.valueOf(rs.getString("role")), rs.getInt("active") == 1);
    }

    private static String forename(String name) {
        int sp = name.trim().lastIndexOf(' ');
        return sp < 0 ? name.trim() : name.trim().substring(0, sp);
    }

    private static String surname(String name) {
        int sp = name.trim().lastIndexOf(' ');
        return sp < 0 ? name.trim() : name.trim().substring(sp + 1);
    }
}
