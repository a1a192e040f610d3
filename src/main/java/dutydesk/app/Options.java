package dutydesk.app;

import dutydesk.users.Role;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * The parsed command line. Errors are {@link UsageException}s whose message says what was wrong
 * in words; nothing is guessed.
 */
public record Options(Command command, Path db, boolean noColour, Boolean ascii, int cases, long seed, LocalDate asOf,
                      Format format, boolean missedOnly, Role role) {

    /** Output of the headless {@code checks} command. */
    public enum Format { TEXT, CSV }

    /** What to do. */
    public enum Command { UI, SEED, CHECKS, HELP, VERSION, TRAIN }

    /** A bad command line. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    public static final int DEFAULT_DEMO_CASES = 650;
    public static final long DEFAULT_SEED = 20261123L;
    public static final int MAX_CASES = 2_000_000;

    public static final String USAGE = String.join("\n",
            "Usage: dutydesk [--db PATH] [--role ROLE] [--no-color] [--ascii | --utf8]",
            "       dutydesk seed [--db PATH] [--cases N] [--seed N] [--as-of YYYY-MM-DD]",
            "       dutydesk checks [--db PATH] [--as-of YYYY-MM-DD] [--format text|csv] [--missed-only]",
            "       dutydesk --help | --version",
            "",
            "Opens the duty desk: the unallocated cases of the database, full screen.",
            "",
            "  --db PATH        database file (default: data/dutydesk.db, a demo PDU that is",
            "                   created on first use)",
            "  --role ROLE      work as reception, duty (officer) or spo: narrower than your own",
            "                   role only (an SPO can try the reception page with --role reception)",
            "  --no-color       no colours, only bold and reverse video (also when NO_COLOR is set)",
            "  --ascii          draw with ASCII only (the default when the locale is not UTF-8)",
            "  --utf8           draw with Unicode even if the locale is not UTF-8",
            "",
            "seed: creates a new database at --db filled with a generated demo caseload.",
            "  --cases N        number of cases (default " + DEFAULT_DEMO_CASES + ", at most " + MAX_CASES + ")",
            "  --seed N         random seed; the same seed gives the same data (default " + DEFAULT_SEED + ")",
            "  --as-of DATE     the date the data is generated around (default: today)",
            "",
            "checks: prints every case's DA and safeguarding checks, evaluated afresh, one line per",
            "case and applicable check: CRN, check, state, missed flag, due date, reason.",
            "  --as-of DATE     evaluate as on this date (default: today)",
            "  --format F       text (aligned columns, the default) or csv (with a header row)",
            "  --missed-only    only the checks that are missed",
            "",
            "Exit status: 0 done; 1 stopped by an error while running; 2 bad arguments or cannot start.");

    public static Options parse(List<String> args) throws UsageException {
        Command command = Command.UI;
        Path db = null;
        boolean noColour = false;
        Boolean ascii = null;
        int cases = DEFAULT_DEMO_CASES;
        long seed = DEFAULT_SEED;
        LocalDate asOf = null;
        Format format = null;
        boolean missedOnly = false;
        Role role = null;
        int i = 0;
        if (!args.isEmpty() && !args.get(0).startsWith("-")) {
            switch (args.get(0)) {
                case "seed": command = Command.SEED; break;
                case "checks": command = Command.CHECKS; break;
                case "train": command = Command.TRAIN; break;
                default: throw new UsageException("unknown command '" + args.get(0) + "' (commands: seed, checks)");
            }
            i = 1;
        }
        for (; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "-h": case "--help": return new Options(Command.HELP, null, false, null, 0, 0, null, null, false, null);
                case "--version": return new Options(Command.VERSION, null, false, null, 0, 0, null, null, false, null);
                case "--db": db = Path.of(value(args, ++i, a)); break;
                case "--no-color": case "--no-colour": noColour = true; break;
                case "--ascii": ascii = Boolean.TRUE; break;
                case "--utf8": ascii = Boolean.FALSE; break;
                case "--cases": cases = intValue(value(args, ++i, a), a, 1, MAX_CASES); break;
                case "--seed":
                    try {
                        seed = Long.parseLong(value(args, ++i, a));
                    } catch (NumberFormatException e) {
                        throw new UsageException("--seed needs a whole number, not '" + args.get(i) + "'");
                    }
                    break;
                case "--as-of":
                    try {
                        asOf = LocalDate.parse(value(args, ++i, a));
                    } catch (DateTimeParseException e) {
                        throw new UsageException("--as-of needs a date written YYYY-MM-DD, not '" + args.get(i) + "'");
                    }
                    break;
                case "--format": {
                    String f = value(args, ++i, a);
                    switch (f.toLowerCase(Locale.ROOT)) {
                        case "text": format = Format.TEXT; break;
                        case "csv": format = Format.CSV; break;
                        default: throw new UsageException("--format is text or csv, not '" + f + "'");
                    }
                    break;
                }
                case "--missed-only": missedOnly = true; break;
                case "--role":
                    try {
                        role = Role.parse(value(args, ++i, a));
                    } catch (IllegalArgumentException e) {
                        throw new UsageException("--role: " + e.getMessage());
                    }
                    break;
                default:
                    throw new UsageException(a.startsWith("-") ? "unknown option '" + a + "'" : "unexpected argument '" + a + "'");
            }
        }
        boolean seedOnly = cases != DEFAULT_DEMO_CASES || seed != DEFAULT_SEED;
        if (command != Command.SEED && command != Command.TRAIN && seedOnly) {
            throw new UsageException("--cases and --seed go with the 'seed' command");
        }
        if (asOf != null && command != Command.SEED && command != Command.TRAIN && command != Command.CHECKS) {
            throw new UsageException("--as-of goes with the 'seed' and 'checks' commands");
        }
        if ((format != null || missedOnly) && command != Command.CHECKS) {
            throw new UsageException("--format and --missed-only go with the 'checks' command");
        }
        if (command != Command.UI && (noColour || ascii != null || role != null)) {
            throw new UsageException("--no-color, --ascii, --utf8 and --role are for the full-screen desk, not '"
                    + command.name().toLowerCase(Locale.ROOT) + "'");
        }
        return new Options(command, db, noColour, ascii, cases, seed, asOf, format == null ? Format.TEXT : format,
                missedOnly, role);
    }

    private static String value(List<String> args, int i, String option) throws UsageException {
        if (i >= args.size() || args.get(i).startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    private static int intValue(String s, String option, int min, int max) throws UsageException {
        try {
            int v = Integer.parseInt(s.replace("_", "").replace(",", ""));
            if (v < min || v > max) {
                throw new UsageException(option + " must be between " + min + " and " + String.format(Locale.UK, "%,d", max));
            }
            return v;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a whole number, not '" + s + "'");
        }
    }

    /** The database used when no --db is given: data/dutydesk.db in the installation. */
    public static Path defaultDatabase() {
        String home = System.getProperty("dutydesk.home");
        return (home == null ? Path.of("data") : Path.of(home, "data")).resolve("dutydesk.db");
    }
}
