package dutydesk.app;

import dutydesk.db.DbException;
import dutydesk.users.Role;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line: {@code dutydesk} alone opens the desk (its options are here), and each
 * headless command is a {@link HeadlessCommand} subclass listed in {@code subcommands} below.
 * Adding a command is one annotated class and one entry in that list; the launcher gives every
 * command the batch JVM settings.
 *
 * <p>Errors go to stderr as {@code dutydesk: <message>} with a hint on the next line. Exit status:
 * {@value #OK} done, {@value #FAILED} stopped by an error while running, {@value #USAGE} bad
 * arguments or cannot start; a command may document more (import: 3, users: 4).
 */
@Command(name = "dutydesk",
        mixinStandardHelpOptions = true,
        versionProvider = Cli.Version.class,
        sortOptions = false,
        customSynopsis = {"dutydesk [--db PATH] [--role ROLE] [--no-color] [--ascii | --utf8]",
                "       dutydesk COMMAND [--db PATH] [OPTIONS...]",
                "       dutydesk [COMMAND] --help | --version"},
        description = {"Opens the duty desk: the unallocated cases of the database, full screen. With a command,"
                + " does that job without a screen instead.", ""},
        commandListHeading = "%nCommands (each has --help):%n",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:done", "1:stopped by an error while running", "2:bad arguments or cannot start"},
        subcommands = {
            SeedCommand.class,
            ChecksCommand.class,
            ImportCommand.class,
            UsersCommand.class,
            ExportCommand.class,
            ReportCommand.class,
            BackupCommand.class,
            Cli.TrainCommand.class,
        })
final class Cli implements Callable<Integer> {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    @Option(names = "--db", paramLabel = "PATH", order = 1,
            description = "database file (default: data/dutydesk.db, a demo PDU created on first use)")
    Path db;

    @Option(names = "--role", paramLabel = "ROLE", order = 2, converter = RoleConverter.class,
            description = "work as reception, duty (officer) or spo: narrower than your own role only")
    Role role;

    @Option(names = {"--no-color", "--no-colour"}, order = 3,
            description = "no colours, only bold and reverse video (also when NO_COLOR is set)")
    boolean noColour;

    @Option(names = "--ascii", order = 4, description = "draw with ASCII only (the default when the locale is not UTF-8)")
    boolean ascii;

    @Option(names = "--utf8", order = 5, description = "draw with Unicode even if the locale is not UTF-8")
    boolean utf8;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    final PrintStream out;
    final PrintStream err;

    Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Parses and runs a command line that {@link Options#fastParse} did not take; returns the exit status. */
    static int execute(List<String> args, PrintStream out, PrintStream err) {
        CommandLine cl = commandLine(out, err);
        return cl.execute(args.toArray(new String[0]));
    }

    static CommandLine commandLine(PrintStream out, PrintStream err) {
        Cli root = new Cli(out, err);
        CommandLine cl = new CommandLine(root);
        cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionStrategy(parsed -> {
            // "dutydesk --db x seed" would seed the default database: the desk's options are not
            // the command's.
            if (parsed.hasSubcommand() && !parsed.matchedOptions().isEmpty() && !parsed.isUsageHelpRequested()
                    && !parsed.isVersionHelpRequested()) {
                String cmd = parsed.subcommand().commandSpec().name();
                throw new CommandLine.ParameterException(cl, "options go after the command: 'dutydesk " + cmd
                        + " " + parsed.matchedOptions().get(0).longestName() + " ...'");
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            String message = ex.getMessage();
            if (ex instanceof CommandLine.UnmatchedArgumentException u && u.getCommandLine() == cl
                    && a.length > 0 && !a[0].startsWith("-") && u.getUnmatched().get(0).equals(a[0])) {
                message = "unknown command '" + a[0] + "' (commands: "
                        + String.join(", ", cl.getSubcommands().keySet().stream()
                                .filter(n -> !cl.getSubcommands().get(n).getCommandSpec().usageMessage().hidden())
                                .toList()) + ")";
            }
            fail(err, message, "Try '" + qualifiedName(ex.getCommandLine()) + " --help'.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof CommandFailure f) {
                fail(err, f.getMessage(), f.hint());
                return f.status();
            }
            if (ex instanceof DbException d) {
                fail(err, d.getMessage(), "Nothing was changed by the part that failed.");
                return FAILED;
            }
            ex.printStackTrace(err);
            fail(err, "stopped by an unexpected error: " + ex, "The details are above.");
            return FAILED;
        });
        return cl;
    }

    /** {@code dutydesk: message}, then the hint, on stderr. */
    static void fail(PrintStream err, String message, String hint) {
        err.println("dutydesk: " + message);
        if (hint != null && !hint.isEmpty()) {
            err.println(hint);
        }
        err.flush();
    }

    /** "dutydesk users add": the command's full name, for hints. */
    static String qualifiedName(CommandLine c) {
        return c.getCommandSpec().qualifiedName(" ");
    }

    /** The desk itself: reached when the command line was not a plain one (see {@link Options#fastParse}). */
    @Override
    public Integer call() throws Exception {
        if (ascii && utf8) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--ascii and --utf8 cannot be used together");
        }
        return new DutyDeskApp(deskOptions(), out, err).run();
    }

    /** The desk's options as parsed here. */
    Options deskOptions() {
        return new Options(db, noColour, ascii ? Boolean.TRUE : utf8 ? Boolean.FALSE : null, role);
    }

    /** The version line: "Duty Desk 0.1.0". */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"Duty Desk " + (v == null ? "(development build)" : v)};
        }
    }

    /** {@code --role}: reception, duty or spo. */
    static final class RoleConverter implements CommandLine.ITypeConverter<Role> {
        @Override
        public Role convert(String value) {
            try {
                return Role.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    /** A date written YYYY-MM-DD. */
    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("a date is written YYYY-MM-DD, not '" + value + "'");
            }
        }
    }

    /** A whole number that may be written with thousands separators: 100000, 100,000 or 100_000. */
    static final class CountConverter implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                return Integer.valueOf(value.replace("_", "").replace(",", ""));
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("a whole number is needed, not '" + value + "'");
            }
        }
    }

    /** Formats a count the British way: 100,000. */
    static String count(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    /** A count and what it counts: "1 row was", "2 rows were". */
    static String count(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }

    /** The hidden class-archive training session the launcher runs once per build. */
    @Command(name = "train", hidden = true, description = "Records the classes start-up needs (run by bin/dutydesk).")
    static final class TrainCommand extends HeadlessCommand {
        @Parameters(paramLabel = "KIND", arity = "0..1", description = "desk (the default) or batch (the headless commands)")
        String kind = "desk";

        @Override
        public Integer call() throws Exception {
            return switch (kind) {
                case "desk" -> Train.run(err());
                case "batch" -> Train.batch(err());
                default -> throw new CommandLine.ParameterException(spec.commandLine(), "desk or batch, not " + kind);
            };
        }
    }
}
