package dutydesk.app;

import java.io.PrintStream;
import java.util.List;

/** Dispatches a command line to the desk or, through {@link Cli}, to a headless command. */
public final class Main {

    private Main() {
    }

    /** Runs a command line; returns the exit status. */
    public static int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        // The desk's usual command lines skip the command-line library: it costs start-up time.
        Options desk = Options.fastParse(args);
        if (desk != null) {
            return new DutyDeskApp(desk, out, err).run();
        }
        return Cli.execute(args, out, err);
    }

    /** The operating-system login, recorded with everything this process writes. */
    public static String osUser() {
        String u = System.getProperty("user.name");
        return u == null || u.isBlank() ? "unknown" : u;
    }
}
