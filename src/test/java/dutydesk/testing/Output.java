package dutydesk.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Captures what a headless command prints on stdout and stderr, one run at a time. */
public final class Output {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
    private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

    /** Forgets what was printed before: call it before each run. */
    public Output reset() {
        out.reset();
        err.reset();
        return this;
    }

    /** The stream to hand the command as its stdout. */
    public PrintStream stdout() {
        return outStream;
    }

    /** The stream to hand the command as its stderr. */
    public PrintStream stderr() {
        return errStream;
    }

    /** What was printed on stdout since the last reset. */
    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What was printed on stderr since the last reset. */
    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
