package dutydesk.app;

import dutydesk.users.Role;
import java.nio.file.Path;
import java.util.List;

/**
 * The full-screen desk's options ({@code dutydesk [--db PATH] [--role ROLE] [--no-color]
 * [--ascii | --utf8]}), as {@link Cli} declares them.
 *
 * <p>{@link #fastParse} reads a plain, valid desk command line without the command-line
 * library, whose classes cannot be kept in the class-data archive and would cost the desk's
 * start-up a few hundred milliseconds; anything else (a command, help, a mistake) goes to
 * {@link Cli}, which gives the same result or the error. A test keeps the two in step.
 *
 * @param db       the database, or null for the default ({@link #defaultDatabase()})
 * @param ascii    true for {@code --ascii}, false for {@code --utf8}, null to follow the locale
 * @param role     the narrower role asked for with {@code --role}, or null
 */
public record Options(Path db, boolean noColour, Boolean ascii, Role role) {

    public static final int DEFAULT_DEMO_CASES = 650;
    public static final long DEFAULT_SEED = 20261123L;
    public static final int MAX_CASES = 2_000_000;

    /**
     * The desk's options from a command line that is nothing but valid desk options, each given
     * once; null for anything else (then {@link Cli} parses it).
     */
    public static Options fastParse(List<String> args) {
        Path db = null;
        Role role = null;
        boolean noColour = false;
        boolean asciiSeen = false;
        boolean utf8Seen = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = a;
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                name = a.substring(0, eq);
                value = a.substring(eq + 1);
            }
            switch (name) {
                case "--db":
                case "--role":
                    if (value == null) {
                        if (i + 1 >= args.size() || args.get(i + 1).startsWith("-")) {
                            return null;
                        }
                        value = args.get(++i);
                    }
                    if (value.isEmpty()) {
                        return null;
                    }
                    if (name.equals("--db")) {
                        if (db != null) {
                            return null;
                        }
                        db = Path.of(value);
                    } else {
                        if (role != null) {
                            return null;
                        }
                        try {
                            role = Role.parse(value);
                        } catch (IllegalArgumentException e) {
                            return null;
                        }
                    }
                    break;
                case "--no-color":
                case "--no-colour":
                    if (value != null || noColour) {
                        return null;
                    }
                    noColour = true;
                    break;
                case "--ascii":
                    if (value != null || asciiSeen || utf8Seen) {
                        return null;
                    }
                    asciiSeen = true;
                    break;
                case "--utf8":
                    if (value != null || utf8Seen || asciiSeen) {
                        return null;
                    }
                    utf8Seen = true;
                    break;
                default:
                    return null;
            }
        }
        return new Options(db, noColour, asciiSeen ? Boolean.TRUE : utf8Seen ? Boolean.FALSE : null, role);
    }

    /** The database used when no --db is given: data/dutydesk.db in the installation. */
    public static Path defaultDatabase() {
        String home = System.getProperty("dutydesk.home");
        return (home == null ? Path.of("data") : Path.of(home, "data")).resolve("dutydesk.db");
    }

    /** {@link #db()}, or the default database. */
    public Path dbOrDefault() {
        return db != null ? db : defaultDatabase();
    }
}
