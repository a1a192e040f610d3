package dutydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsTest {

    static Options parse(String... args) throws Options.UsageException {
        return Options.parse(List.of(args));
    }

    static String error(String... args) {
        return assertThrows(Options.UsageException.class, () -> parse(args)).getMessage();
    }

    @Test
    void defaultsOpenTheDemoDesk() throws Exception {
        Options o = parse();
        assertEquals(Options.Command.UI, o.command());
        assertEquals(null, o.db());
        assertEquals(null, o.ascii());
    }

    @Test
    void uiOptions() throws Exception {
        Options o = parse("--db", "/tmp/x.db", "--no-color", "--ascii");
        assertEquals(Path.of("/tmp/x.db"), o.db());
        assertTrue(o.noColour());
        assertEquals(Boolean.TRUE, o.ascii());
        assertEquals(Boolean.FALSE, parse("--utf8").ascii());
    }

    @Test
    void seedOptions() throws Exception {
        Options o = parse("seed", "--cases", "100,000", "--db", "big.db", "--seed", "9", "--as-of", "2026-01-31");
        assertEquals(Options.Command.SEED, o.command());
        assertEquals(100_000, o.cases());
        assertEquals(9, o.seed());
        assertEquals(LocalDate.of(2026, 1, 31), o.asOf());
    }

    @Test
    void badArgumentsSayWhatIsWrong() {
        assertEquals("unknown option '--colour-me'", error("--colour-me"));
        assertEquals("--db needs a value", error("--db"));
        assertEquals("--cases needs a whole number, not 'lots'", error("seed", "--cases", "lots"));
        assertEquals("--cases must be between 1 and 2,000,000", error("seed", "--cases", "0"));
        assertEquals("--as-of needs a date written YYYY-MM-DD, not '31/01/2026'", error("seed", "--as-of", "31/01/2026"));
        assertEquals("--cases and --seed go with the 'seed' command", error("--cases", "5"));
        assertEquals("--as-of goes with the 'seed' and 'checks' commands", error("--as-of", "2026-01-31"));
        assertEquals("unknown command 'import' (commands: seed, checks)", error("import"));
        assertEquals("unexpected argument 'extra'", error("--no-color", "extra"));
    }

    @Test
    void mainPrintsUsageErrorsOnStderrWithStatusTwo() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(List.of("--nope"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("dutydesk: unknown option '--nope'"));
        assertEquals(0, Main.run(List.of("--help"), new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Usage: dutydesk"));
    }

    @Test
    void checksOptions() throws Exception {
        Options o = parse("checks", "--db", "x.db", "--as-of", "2026-11-23", "--format", "CSV", "--missed-only");
        assertEquals(Options.Command.CHECKS, o.command());
        assertEquals(Options.Format.CSV, o.format());
        assertTrue(o.missedOnly());
        assertEquals(LocalDate.of(2026, 11, 23), o.asOf());
        assertEquals(Options.Format.TEXT, parse("checks").format());
        assertEquals("--format is text or csv, not 'xml'", error("checks", "--format", "xml"));
        assertEquals("--format and --missed-only go with the 'checks' command", error("--missed-only"));
        assertEquals("--no-color, --ascii, --utf8 and --role are for the full-screen desk, not 'checks'",
                error("checks", "--no-color"));
    }

    @Test
    void seedCommandRefusesADatabaseThatAlreadyHasCases(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path db = dir.resolve("s.db");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertEquals(0, Main.run(List.of("seed", "--cases", "30", "--db", db.toString(), "--as-of", "2026-11-23"), o, e));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Seeded 30 cases"), out.toString(StandardCharsets.UTF_8));
        assertEquals(2, Main.run(List.of("seed", "--cases", "30", "--db", db.toString()), o, e));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("already holds 30 cases"), err.toString(StandardCharsets.UTF_8));
    }
}
