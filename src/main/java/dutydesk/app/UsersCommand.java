package dutydesk.app;

import dutydesk.db.Database;
import dutydesk.users.Grade;
import dutydesk.users.Role;
import dutydesk.users.User;
import dutydesk.users.UserRepository;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code dutydesk users}: who may use the desk, as what. Anyone may list them; only an SPO (the
 * operating-system login running the command) may add, change or remove one, except that anyone
 * may add the first user of a database that has none, who must be an SPO. Removing deactivates:
 * the row stays, so what that person recorded still names them. The last active SPO can be
 * neither removed nor given another role.
 */
@Command(name = "users", header = "List, add, change or remove the desk's users.",
        description = {"Users are known by their operating-system login. Only an SPO may change them (anyone"
                + " may add the first user, an SPO, to a database that has none).", ""},
        synopsisSubcommandLabel = "(list | add | set | remove)",
        subcommands = {UsersCommand.ListUsers.class, UsersCommand.AddUser.class, UsersCommand.SetUser.class,
            UsersCommand.RemoveUser.class},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "1:stopped by an error while running",
                "2:bad arguments, no such user, or no database",
                "4:not allowed: only an SPO may change users, and the last SPO must stay one"})
final class UsersCommand implements Runnable {

    static final int REFUSED = 4;

    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9._][A-Za-z0-9._-]{0,31}");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "say what to do: list, add, set or remove");
    }

    /** {@code users list}. */
    @Command(name = "list", header = "List the users, active first.",
            description = "Login, name, role, grade, staff code and whether the user is active.")
    static final class ListUsers extends HeadlessCommand {
        @Override
        public Integer call() {
            try (Database db = openExisting()) {
                List<User> users = new UserRepository(db, Clock.systemUTC()).list();
                PrintStream out = out();
                if (users.isEmpty()) {
                    out.println("No users yet. Add the first, an SPO: dutydesk users add LOGIN --name NAME --role spo");
                    return Cli.OK;
                }
                int login = "LOGIN".length();
                int name = "NAME".length();
                for (User u : users) {
                    login = Math.max(login, u.osUser().length());
                    name = Math.max(name, u.name().length());
                }
                String format = "%-" + login + "s  %-" + name + "s  %-12s  %-5s  %-7s  %s%n";
                out.printf(format, "LOGIN", "NAME", "ROLE", "GRADE", "STAFF", "ACTIVE");
                for (User u : users) {
                    out.printf(format, u.osUser(), u.name(), u.role().label(), u.grade() == null ? "-" : u.grade().label(),
                            u.staffCode() == null ? "-" : u.staffCode(), u.active() ? "yes" : "no");
                }
                return Cli.OK;
            }
        }
    }

    /** What adding and changing share: the login argument, the permission check, the values' checks. */
    abstract static class Change extends HeadlessCommand {

        @Parameters(index = "0", paramLabel = "LOGIN", description = "the user's operating-system login")
        String login;


        /** Opens the database and checks that whoever runs this may change users. */
        UserRepository repository(Database db) {
            UserRepository users = new UserRepository(db, Clock.systemUTC());
            if (users.activeCount() == 0) {
                return users;
            }
            String me = Main.osUser();
            Optional<User> self = users.find(me);
            if (self.isEmpty() || self.get().role() != Role.SPO) {
                throw new CommandFailure(REFUSED, "only an SPO can change users; '" + me + "' is "
                        + self.map(u -> "a " + u.role().label()).orElse("not a Duty Desk user")
                        + (self.isPresent() ? " user" : "") + ".",
                        "Ask an SPO to run this, or to make you one.");
            }
            return users;
        }

        /** The user with this login, active or not. */
        static Optional<User> any(UserRepository users, String login) {
            return users.list().stream().filter(u -> u.osUser().equals(login)).findFirst();
        }

        static long activeSpos(UserRepository users) {
            return users.list().stream().filter(u -> u.active() && u.role() == Role.SPO).count();
        }

        String checkedLogin() {
            if (!LOGIN.matcher(login).matches()) {
                throw usage("'" + login + "' is not a login (letters, digits, '.', '_' and '-', up to 32)");
            }
            return login;
        }

        String checkedName(String name) {
            String n = name.trim();
            if (n.isEmpty() || n.length() > 100) {
                throw usage("--name needs the user's name (up to 100 characters)");
            }
            return n;
        }

        /** A grade, or null for "none". */
        Grade checkedGrade(String grade) {
            if (grade.equalsIgnoreCase("none")) {
                return null;
            }
            try {
                return Grade.parse(grade);
            } catch (IllegalArgumentException e) {
                throw usage("--grade: " + e.getMessage() + " (or none)");
            }
        }

        /** A staff code, or null for "none". */
        String checkedStaffCode(String code) {
            if (code.equalsIgnoreCase("none")) {
                return null;
            }
            String c = code.trim().toUpperCase(java.util.Locale.ROOT);
            if (!User.isStaffCode(c)) {
                throw usage("--staff-code: '" + code + "' is not a staff code (7 letters and digits, e.g. N07P002)");
            }
            return c;
        }

        CommandLine.ParameterException usage(String message) {
            return new CommandLine.ParameterException(spec.commandLine(), message);
        }
    }

    /** What adding and changing a user take besides the login. */
    abstract static class Details extends Change {

        @Option(names = "--name", paramLabel = "NAME", description = "their name, e.g. \"Anita Kaur\"")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", converter = Cli.RoleConverter.class,
                description = "reception, duty (officer) or spo")
        Role role;

        @Option(names = "--grade", paramLabel = "G", description = "PO, PSO, PQiP, SPO or Admin (set: or none)")
        String grade;

        @Option(names = "--staff-code", paramLabel = "C",
                description = "their nDelius staff code, e.g. N07P002 (set: or none)")
        String staffCode;
    }

    /** {@code users add}. */
    @Command(name = "add", header = "Add a user (or bring back one who was removed).",
            description = "--name and --role are required.")
    static final class AddUser extends Details {

        @Override
        public Integer call() {
            if (name == null || role == null) {
                throw usage("add needs --name NAME and --role ROLE");
            }
            String login = checkedLogin();
            User u = new User(login, checkedName(name), staffCode == null ? null : checkedStaffCode(staffCode),
                    grade == null ? null : checkedGrade(grade), role, true);
            try (Database db = openExisting()) {
                UserRepository users = repository(db);
                boolean first = users.activeCount() == 0;
                if (first && role != Role.SPO) {
                    throw new CommandFailure(REFUSED, "the first user must be an SPO, so that someone can manage users.",
                            "Add yourself or your SPO first: dutydesk users add LOGIN --name NAME --role spo");
                }
                Optional<User> existing = any(users, login);
                if (existing.isPresent() && existing.get().active()) {
                    throw new CommandFailure(Cli.USAGE, "'" + login + "' is already a user (" + describe(existing.get())
                            + ").", "To change them: dutydesk users set " + login + " ...");
                }
                if (!first) {
                    users.save(u, Main.osUser());
                } else if (!users.saveFirst(u, Main.osUser())) {
                    // Someone set the desk up (or added a user) since the check above: the rules changed.
                    throw new CommandFailure(REFUSED, "someone added the first user meanwhile; nothing was changed.",
                            "Run the command again (as an SPO), or ask the SPO who was added.");
                }
                out().println((existing.isPresent() ? "Brought back " : "Added ") + login + ": " + describe(u) + ".");
                return Cli.OK;
            }
        }
    }

    /** {@code users set}. */
    @Command(name = "set", header = "Change a user's name, role, grade or staff code.",
            description = "Give only what changes; --grade none and --staff-code none clear them.")
    static final class SetUser extends Details {

        @Override
        public Integer call() {
            if (name == null && role == null && grade == null && staffCode == null) {
                throw usage("say what to change: --name, --role, --grade or --staff-code");
            }
            try (Database db = openExisting()) {
                UserRepository users = repository(db);
                User old = any(users, login).filter(User::active).orElseThrow(() -> new CommandFailure(Cli.USAGE,
                        "'" + login + "' is not an active user.", "See them all with: dutydesk users list"));
                User u = new User(login, name == null ? old.name() : checkedName(name),
                        staffCode == null ? old.staffCode() : checkedStaffCode(staffCode),
                        grade == null ? old.grade() : checkedGrade(grade), role == null ? old.role() : role, true);
                if (old.role() == Role.SPO && u.role() != Role.SPO && activeSpos(users) == 1) {
                    throw lastSpo(login);
                }
                users.save(u, Main.osUser());
                out().println("Changed " + login + ": " + describe(u) + ".");
                return Cli.OK;
            }
        }
    }

    /** {@code users remove}. */
    @Command(name = "remove", header = "Stop a user using the desk (the record of them stays).")
    static final class RemoveUser extends Change {

        @Override
        public Integer call() {
            try (Database db = openExisting()) {
                UserRepository users = repository(db);
                User old = any(users, login).filter(User::active).orElseThrow(() -> new CommandFailure(Cli.USAGE,
                        "'" + login + "' is not an active user.", "See them all with: dutydesk users list"));
                if (old.role() == Role.SPO && activeSpos(users) == 1) {
                    throw lastSpo(login);
                }
                users.deactivate(login, Main.osUser());
                out().println("Removed " + login + " (" + describe(old) + "): they can no longer use the desk;"
                        + " what they recorded still names them.");
                return Cli.OK;
            }
        }
    }

    static CommandFailure lastSpo(String login) {
        return new CommandFailure(REFUSED, "'" + login + "' is the last active SPO: nobody could manage users.",
                "Make someone else an SPO first: dutydesk users set LOGIN --role spo");
    }

    /** "Anita Kaur, duty officer, PO, staff code N07P003". */
    static String describe(User u) {
        return u.name() + ", " + u.role().label() + (u.grade() == null ? "" : ", " + u.grade().label())
                + (u.staffCode() == null ? "" : ", staff code " + u.staffCode());
    }
}
