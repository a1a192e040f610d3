package dutydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dutydesk.users.Role;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The desk's fast command-line path agrees with the full one whenever it answers. */
class OptionsTest {

    static Options fast(String... args) {
        return Options.fastParse(List.of(args));
    }

    /** What the full command line makes of a desk command line. */
    static Options full(String... args) {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        CommandLine cl = Cli.commandLine(sink, sink);
        cl.parseArgs(args);
        return ((Cli) cl.getCommand()).deskOptions();
    }

    @Test
    void plainDeskCommandLinesTakeTheFastPath() {
        assertEquals(new Options(null, false, null, null), fast());
        assertEquals(new Options(Path.of("/tmp/x.db"), true, Boolean.TRUE, null), fast("--db", "/tmp/x.db", "--no-color", "--ascii"));
        assertEquals(new Options(null, true, Boolean.FALSE, Role.RECEPTION), fast("--no-colour", "--utf8", "--role", "Reception"));
        assertEquals(new Options(Path.of("a.db"), false, null, Role.SPO), fast("--db=a.db", "--role=spo"));
    }

    @Test
    void theFastPathGivesWhatTheFullParserGives() {
        String[][] lines = {
            {}, {"--db", "x.db"}, {"--db=x.db"}, {"--no-color"}, {"--no-colour"}, {"--ascii"}, {"--utf8"},
            {"--role", "duty"}, {"--role=duty-officer"}, {"--role", "SPO", "--db", "y.db", "--no-color", "--utf8"},
        };
        for (String[] line : lines) {
            Options f = fast(line);
            assertNotNull(f, String.join(" ", line));
            assertEquals(full(line), f, String.join(" ", line));
        }
    }

    @Test
    void everythingElseGoesToTheFullParser() {
        assertNull(fast("--help"));
        assertNull(fast("--version"));
        assertNull(fast("seed"));
        assertNull(fast("--colour-me"));
        assertNull(fast("--db"));
        assertNull(fast("--db", "--no-color"));
        assertNull(fast("--db", "a", "--db", "b"));
        assertNull(fast("--ascii", "--utf8"));
        assertNull(fast("--role", "janitor"));
        assertNull(fast("--no-color", "extra"));
        assertNull(fast("--db", "x.db", "seed"));
    }

    /** A desk option added to {@link Cli} without teaching {@link Options#fastParse} still works, slower: this test says so. */
    @Test
    void everyDeskOptionIsKnownToTheFastPath() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        List<String> unknown = new ArrayList<>();
        for (OptionSpec o : Cli.commandLine(sink, sink).getCommandSpec().options()) {
            if (o.usageHelp() || o.versionHelp()) {
                continue;
            }
            for (String name : o.names()) {
                String[] line = o.arity().max() == 0 ? new String[] {name}
                        : new String[] {name, name.equals("--role") ? "duty" : "value"};
                if (fast(line) == null) {
                    unknown.add(name);
                }
            }
        }
        assertEquals(List.of(), unknown);
    }
}
