package dutydesk.app;

import java.io.PrintStream;
import java.util.List;

/** Dispatches a parsed command line to the desk, the seeder or the help text. */
public final class Main {

    private Main() {
    }

    /** Runs a command line; returns the exit status. */
    public static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (Options.UsageException e) {
            err.println("dutydesk: " + e.getMessage());
            err.println("Try 'dutydesk --help'.");
            return 2;
        }
        switch (o.command()) {
            case HELP:
                out.println(Options.USAGE);
                return 0;
            case VERSION:
                String v = Main.class.getPackage().getImplementationVersion();
                out.println("Duty Desk " + (v == null ? "(development build)" : v));
                return 0;
            case SEED:
                return new SeedCommand(o, out, err).run();
            case CHECKS:
                return new ChecksCommand(o, out, err).run();
            case TRAIN:
                return Train.run(err);
            default:
                return new DutyDeskApp(o, out, err).run();
        }
    }

    /** The operating-system login, recorded with everything this process writes. */
    public static String osUser() {
        String u = System.getProperty("user.name");
        return u == null || u.isBlank() ? "unknown" : u;
    }
}
