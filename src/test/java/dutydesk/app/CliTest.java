package dutydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit statuses, messages on stderr with a hint, each command's help. */
class CliTest {

    @TempDir
    Path dir;

    /** One run of a command line: its exit status and what it printed. */
    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            int status = Main.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Exit status 2, nothing on stdout, and exactly this message then a hint on stderr. */
    static void assertUsageError(String message, String hint, String... args) {
        Run r = run(args);
        assertEquals(2, r.status(), r.err());
        assertEquals("", r.out());
        assertEquals("dutydesk: " + message + "\n" + hint + "\n", r.err().replace("\r\n", "\n"));
    }

    @Test
    void badArgumentsSayWhatIsWrongWithStatusTwo() {
        assertUsageError("Unknown option: '--colour-me'", "Try 'dutydesk --help'.", "--colour-me");
        assertUsageError("Missing required parameter for option '--db' (PATH)", "Try 'dutydesk --help'.", "--db");
        assertUsageError("Unmatched argument at index 1: 'extra'", "Try 'dutydesk --help'.", "--no-color", "extra");
        assertUsageError("Unmatched argument at index 0: 'frobnicate'", "Try 'dutydesk --help'.", "frobnicate");
        assertUsageError("Invalid value for option '--role': a role is reception, duty or spo, not 'janitor'",
                "Try 'dutydesk --help'.", "--role", "janitor");
        assertUsageError("--ascii and --utf8 cannot be used together", "Try 'dutydesk --help'.", "--ascii", "--utf8");
        assertUsageError("options go after the command: 'dutydesk seed --db ...'", "Try 'dutydesk --help'.",
                "--db", "x.db", "seed");
        assertUsageError("Invalid value for option '--cases': a whole number is needed, not 'lots'",
                "Try 'dutydesk seed --help'.", "seed", "--cases", "lots");
        assertUsageError("--cases must be between 1 and 2,000,000", "Try 'dutydesk seed --help'.", "seed", "--cases", "0");
        assertUsageError("Invalid value for option '--as-of': a date is written YYYY-MM-DD, not '31/01/2026'",
                "Try 'dutydesk seed --help'.", "seed", "--as-of", "31/01/2026");
        assertUsageError("Unknown option: '--no-color'", "Try 'dutydesk checks --help'.", "checks", "--no-color");
        assertUsageError("Invalid value for option '--format': expected one of [TEXT, CSV] (case-insensitive) but was 'xml'",
                "Try 'dutydesk checks --help'.", "checks", "--format", "xml");
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().startsWith("Usage: dutydesk [--db PATH] [--role ROLE] [--no-color] [--ascii | --utf8]\n"),
                help.out());
        for (String cmd : List.of("seed", "checks")) {
            assertTrue(help.out().contains("\n  " + cmd + " "), cmd + " is listed:\n" + help.out());
        }
        assertTrue(!help.out().contains("train"), "the training session is not listed");
        Run version = run("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("Duty Desk "), version.out());
    }

    @Test
    void eachCommandHasHelp() {
        for (String cmd : List.of("seed", "checks")) {
            Run r = run(cmd, "--help");
            assertEquals(0, r.status(), cmd);
            assertTrue(r.out().contains("Usage: dutydesk " + cmd + " "), r.out());
            assertTrue(r.out().contains("--db=PATH"), r.out());
            assertTrue(r.out().contains("Exit status:"), r.out());
            assertEquals("", r.err());
        }
    }

    @Test
    void checksOnAMissingDatabaseCannotStart() {
        Path missing = dir.resolve("none.db");
        assertUsageError("no database at " + missing,
                "Give another --db, or create one with 'dutydesk seed' or 'dutydesk import'.",
                "checks", "--db", missing.toString());
    }

    @Test
    void seedCommandRefusesADatabaseThatAlreadyHasCases() {
        Path db = dir.resolve("s.db");
        Run first = run("seed", "--cases", "30", "--db", db.toString(), "--as-of", "2026-11-23");
        assertEquals(0, first.status(), first.err());
        assertTrue(first.out().contains("Seeded 30 cases"), first.out());
        assertUsageError(db + " already holds 30 cases; seed only fills a new database.",
                "Use another --db, or delete the file first.", "seed", "--cases", "30", "--db", db.toString());
        Run checks = run("checks", "--db", db.toString(), "--as-of", "2026-11-23", "--format", "csv", "--missed-only");
        assertEquals(0, checks.status(), checks.err());
        assertTrue(checks.out().startsWith(ChecksCommand.CSV_HEADER + "\n"), checks.out());
        assertTrue(checks.err().startsWith("dutydesk checks: 30 cases as of 2026-11-23"), checks.err());
    }
}
