package dutydesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.db.Database;
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
        assertUsageError("unknown command 'frobnicate' (commands: seed, checks, import, users, export, report, backup)", "Try 'dutydesk --help'.", "frobnicate");
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
        for (String cmd : List.of("seed", "checks", "import", "users", "export", "report", "backup")) {
            assertTrue(help.out().contains("\n  " + cmd + " "), cmd + " is listed:\n" + help.out());
        }
        assertTrue(!help.out().contains("train"), "the training session is not listed");
        Run version = run("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("Duty Desk "), version.out());
    }

    @Test
    void eachCommandHasHelp() {
        for (String cmd : List.of("seed", "checks", "import", "users list", "users add", "users set", "users remove",
                "export", "report", "backup")) {
            Run r = run((cmd + " --help").split(" "));
            assertEquals(0, r.status(), cmd);
            assertTrue(r.out().contains("Usage: dutydesk " + cmd + " "), r.out());
            assertTrue(r.out().contains("--db=PATH"), r.out());
            assertEquals("", r.err());
        }
        Run users = run("users", "--help");
        assertEquals(0, users.status());
        assertTrue(users.out().contains("Usage: dutydesk users [-h] (list | add | set | remove)"), users.out());
        assertTrue(users.out().contains("4   not allowed"), users.out());
        assertTrue(run("import", "--help").out().contains("3   problems in the files"), "import documents its status 3");
    }

    @Test
    void exportReportAndBackupArguments() {
        assertUsageError("Missing required parameter: 'FILE'", "Try 'dutydesk export --help'.", "export");
        assertUsageError("--since and --again do not go together", "Use --again to repeat the last export, or --since"
                + " to choose the contacts by date.", "export", "--again", "--since", "2026-11-01", "x.csv");
        assertUsageError("there is no report 'weekly'", "The reports are 'daily' and 'missed'.", "report", "weekly");
        assertUsageError("--date goes with the daily report", "The missed-checks report is always as of today.",
                "report", "missed", "--date", "2026-11-23");
        assertUsageError("--check takes only the copy to check", "Try 'dutydesk backup --check FILE'.",
                "backup", "--check", "--force", "x.db");
        Run future = run("report", "daily", "--date", "2999-01-01", "--db", dir.resolve("none.db").toString());
        assertEquals(2, future.status(), future.err());
        assertEquals("", future.out());
        assertTrue(java.util.regex.Pattern.matches("dutydesk: there is no daily report for 2999-01-01: it is after"
                + " today \\(\\d{4}-\\d\\d-\\d\\d\\)\nGive today or an earlier day, or leave out --date for"
                + " today's\\.\n", future.err()), future.err());
    }

    @Test
    void exportReportAndBackupOnAMissingDatabaseCannotStart() {
        Path missing = dir.resolve("none.db");
        String hint = "Give another --db, or create one with 'dutydesk seed' or 'dutydesk import'.";
        assertUsageError("no database at " + missing, hint, "report", "daily", "--db", missing.toString());
        assertUsageError("no database at " + missing, hint, "report", "missed", "--db", missing.toString());
        assertUsageError("no database at " + missing, hint, "export", "--db", missing.toString(),
                dir.resolve("x.csv").toString());
        assertUsageError("no database at " + missing, hint, "backup", "--db", missing.toString(),
                dir.resolve("copy.db").toString());
    }

    @Test
    void exportAndBackupIntoAMissingFolderAreRefused() throws Exception {
        Path db = dir.resolve("x.db");
        assertEquals(0, run("import", "--db", db.toString(), "data/examples/cases.csv").status());
        Path folder = dir.resolve("no").resolve("such");
        assertUsageError("there is no folder " + folder + " for " + folder.resolve("x.csv"),
                "Check the path, or create the folder first. Nothing was exported.", "export", "--db", db.toString(),
                folder.resolve("x.csv").toString());
        assertUsageError("there is no folder " + folder + " for " + folder.resolve("copy.db"),
                "Check the path, or create the folder first. No copy was made.", "backup", "--db", db.toString(),
                folder.resolve("copy.db").toString());
        assertTrue(!java.nio.file.Files.exists(dir.resolve("no")), "no folder is made");
        Run nothing = run("export", "--db", db.toString(), dir.resolve("x.csv").toString());
        assertEquals(0, nothing.status(), nothing.err());
        assertEquals("Nothing to export: no contact has been recorded at the desk yet. No file was written.\n",
                nothing.out());
    }

    @Test
    void importArguments() {
        assertUsageError("Missing required parameter: 'FILE'", "Try 'dutydesk import --help'.", "import");
        assertUsageError("--encoding is auto, utf-8 or windows-1252, not 'latin9'", "Try 'dutydesk import --help'.",
                "import", "--encoding", "latin9", "data/examples/cases.csv");
        Path missing = dir.resolve("nope.csv");
        assertUsageError("cannot read " + missing, "Check the file name.", "import", "--db",
                dir.resolve("x.db").toString(), missing.toString());
        // The database is opened while the files are read; its failure is still the one reported.
        assertUsageError(dir.toAbsolutePath() + " is a directory, not a database file.",
                "Check the --db path and the file's permissions.", "import", "--db", dir.toString(),
                "data/examples/cases.csv");
        assertUsageError("say what to do: list, add, set or remove", "Try 'dutydesk users --help'.", "users");
        assertUsageError("add needs --name NAME and --role ROLE", "Try 'dutydesk users add --help'.",
                "users", "add", "someone");
        assertUsageError("Unknown options: '--name', 'X'", "Try 'dutydesk users remove --help'.",
                "users", "remove", "someone", "--name", "X");
    }

    @Test
    void importAsAUserDoes() throws Exception {
        Path db = dir.resolve("x.db");
        Path bad = dir.resolve("cases.csv");
        java.nio.file.Files.writeString(bad, java.nio.file.Files.readString(Path.of("data/examples/cases.csv"))
                .replace("A114207", "A11420"));
        Run rejected = run("import", "--db", db.toString(), bad.toString());
        assertEquals(ImportCommand.REJECTED, rejected.status(), rejected.err());
        assertEquals("cases.csv:2: column crn: 'A11420' is not a CRN (a capital letter and six digits, e.g. X123456)\n"
                + "dutydesk: 1 row was rejected; nothing was imported.\n"
                + "Correct them and import again, or use --skip-bad to import the good rows.\n", rejected.err());
        assertTrue(!java.nio.file.Files.exists(db), "no empty database is left behind");
        assertEquals(List.of("cases.csv"), listing(), "nor the one built beside it");

        // What an import killed half way (kill -9) leaves: the next one tidies it away.
        Process killed = new ProcessBuilder("true").start();
        killed.waitFor();
        java.nio.file.Files.writeString(dir.resolve(".x.db.importing-" + killed.pid()), "half built");
        Run ok = run("import", "--db", db.toString(), "data/examples/cases.csv", "data/examples/registrations.csv",
                "data/examples/contacts.csv");
        assertEquals(0, ok.status(), ok.err());
        assertTrue(ok.out().startsWith("Imported cases.csv, registrations.csv, contacts.csv into " + db
                + " (a new database) in "), ok.out());
        assertTrue(ok.out().contains("\nCases: 8 new, 0 changed, 0 unchanged, 0 back in the extract, 0 left the extract;"
                + " registrations: 8 new, 0 changed; contacts: 10 new, 0 changed; DA checks evaluated for 8 cases.\n"),
                ok.out());
        assertEquals("", ok.err());
        assertEquals(List.of("cases.csv", "x.db"), listing(), "the new database is put in place; nothing else is left");
        try (Database d = Database.open(db, Database.Mode.MUST_EXIST)) {
            assertEquals("wal", d.read(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one()));
            assertEquals("ok", d.read(h -> h.createQuery("PRAGMA integrity_check").mapTo(String.class).one()));
            int cases = d.read(h -> h.createQuery("SELECT count(*) FROM cases").mapTo(Integer.class).one());
            assertEquals(8, cases);
        }

        Run skipped = run("import", "--db", db.toString(), "--skip-bad", "--rejects", dir.resolve("out").toString(),
                bad.toString());
        assertEquals(0, skipped.status(), skipped.err());
        assertTrue(skipped.err().endsWith("dutydesk: 1 row was rejected and not imported; it is in "
                + dir.resolve("out").resolve("cases.rejects.csv") + ".\nCorrect it there and import that file with"
                + " --partial.\n"
                + "dutydesk: no case was marked as having left the extract: some rows' CRNs could not be read.\n"
                + "Correct those rows and import the whole extract again.\n"), skipped.err());
    }

    @Test
    void skipBadIntoANewDatabaseSaysHowToImportTheRejects() throws Exception {
        Path db = dir.resolve("new.db");
        Path bad = dir.resolve("cases.csv");
        java.nio.file.Files.writeString(bad, java.nio.file.Files.readString(Path.of("data/examples/cases.csv"))
                .replace("A114207", "A11420").replace("B503881", "B50388"));
        Run skipped = run("import", "--db", db.toString(), "--skip-bad", bad.toString());
        assertEquals(0, skipped.status(), skipped.err());
        assertTrue(skipped.out().contains("DA checks evaluated for 6 cases."), skipped.out());
        assertTrue(skipped.err().endsWith("\ndutydesk: 2 rows were rejected and not imported; they are in "
                + dir.resolve("cases.rejects.csv") + ".\nCorrect them there and import that file with --partial.\n"),
                "nothing about cases leaving a new database:\n" + skipped.err());

        // Corrected, the rejects file imports as the hint says, and nobody leaves.
        Path rejects = dir.resolve("cases.rejects.csv");
        java.nio.file.Files.writeString(rejects, java.nio.file.Files.readString(rejects)
                .replace("A11420,", "A114207,").replace("B50388,", "B503881,"));
        Run again = run("import", "--db", db.toString(), "--partial", rejects.toString());
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().contains("Cases: 2 new, 0 changed, 0 unchanged, 0 back in the extract, 0 left the"
                + " extract;"), again.out());
    }

    @Test
    void theRejectsFolderIsMadeOnlyInsideOneThatExists() throws Exception {
        Path db = dir.resolve("x.db");
        Path mistyped = dir.resolve("typo").resolve("rejects");
        assertUsageError("--rejects " + mistyped + ": there is no folder " + dir.resolve("typo") + " to make it in",
                "Check the path, or create the folder first.", "import", "--db", db.toString(), "--skip-bad",
                "--rejects", mistyped.toString(), "data/examples/cases.csv");
        assertEquals(List.of(), listing(), "nothing imported, no folder made");
        Path file = java.nio.file.Files.writeString(dir.resolve("a-file"), "");
        assertUsageError("--rejects " + file + " is not a folder",
                "Give --rejects a folder, or leave it out to write the rejects beside each file.", "import", "--db",
                db.toString(), "--skip-bad", "--rejects", file.toString(), "data/examples/cases.csv");
    }

    private List<String> listing() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theHeadlessTrainingSessionRunsEveryCommand() {
        Run r = run("train", "batch");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assertUsageError("desk or batch, not tv", "Try 'dutydesk train --help'.", "train", "tv");
    }

    @Test
    void aNewDatabaseNeverReplacesOneThatAppearedDuringTheImport() throws Exception {
        Path built = dir.resolve(".x.db.importing-1");
        Path there = dir.resolve("x.db");
        java.nio.file.Files.writeString(built, "new");
        java.nio.file.Files.writeString(there, "someone else's");
        CommandFailure e = assertThrows(CommandFailure.class, () -> ImportCommand.place(built, there));
        assertEquals("a database appeared at " + there + " during the import; nothing was imported.", e.getMessage());
        assertEquals("someone else's", java.nio.file.Files.readString(there));
        java.nio.file.Files.delete(there);
        ImportCommand.place(built, there);
        assertEquals("new", java.nio.file.Files.readString(there));
        assertTrue(!java.nio.file.Files.exists(built));
        assertEquals(dir.toAbsolutePath().resolve(".x.db.importing-" + ProcessHandle.current().pid()),
                ImportCommand.aside(there));
    }

    @Test
    void usersAsAnSpoAndAsSomeoneElse() throws Exception {
        Path db = dir.resolve("u.db");
        assertEquals(0, run("import", "--db", db.toString(), "data/examples/cases.csv").status());
        String me = Main.osUser();
        Run none = run("users", "list", "--db", db.toString());
        assertEquals("No users yet. Add the first, an SPO: dutydesk users add LOGIN --name NAME --role spo\n", none.out());
        Run notSpo = run("users", "add", "akaur", "--name", "Anita Kaur", "--role", "duty", "--db", db.toString());
        assertEquals(UsersCommand.REFUSED, notSpo.status());
        assertTrue(notSpo.err().startsWith("dutydesk: the first user must be an SPO"), notSpo.err());

        Run first = run("users", "add", "hokoye", "--name", "Helen Okoye", "--role", "spo", "--grade", "spo",
                "--staff-code", "n07p001", "--db", db.toString());
        assertEquals(0, first.status(), first.err());
        assertEquals("Added hokoye: Helen Okoye, SPO, SPO, staff code N07P001.\n", first.out());
        // Now there is a user, and whoever runs the tests is not an SPO.
        Run refused = run("users", "add", "akaur", "--name", "Anita Kaur", "--role", "duty", "--db", db.toString());
        assertEquals(UsersCommand.REFUSED, refused.status());
        assertEquals("dutydesk: only an SPO can change users; '" + me + "' is not a Duty Desk user.\n"
                + "Ask an SPO to run this, or to make you one.\n", refused.err());
        assertEquals(UsersCommand.REFUSED, run("users", "remove", "hokoye", "--db", db.toString()).status());

        String was = System.getProperty("user.name");
        System.setProperty("user.name", "hokoye");
        try {
            String d = db.toString();
            assertEquals("Added akaur: Anita Kaur, duty officer, PO.\n",
                    run("users", "add", "akaur", "--name", "Anita Kaur", "--role", "duty", "--grade", "po", "--db", d).out());
            assertEquals("Changed akaur: Anita Kaur, duty officer, staff code N07P003.\n",
                    run("users", "set", "akaur", "--grade", "none", "--staff-code", "N07P003", "--db", d).out());
            assertUsageError("--grade: a grade is PO, PSO, PQiP, SPO or Admin, not 'boss' (or none)",
                    "Try 'dutydesk users set --help'.", "users", "set", "akaur", "--grade", "boss", "--db", d);
            Run already = run("users", "add", "akaur", "--name", "A Kaur", "--role", "duty", "--db", d);
            assertEquals(Cli.USAGE, already.status());
            assertTrue(already.err().startsWith("dutydesk: 'akaur' is already a user (Anita Kaur, duty officer"), already.err());
            Run last = run("users", "set", "hokoye", "--role", "duty", "--db", d);
            assertEquals(UsersCommand.REFUSED, last.status());
            assertEquals("dutydesk: 'hokoye' is the last active SPO: nobody could manage users.\n"
                    + "Make someone else an SPO first: dutydesk users set LOGIN --role spo\n", last.err());
            assertEquals(UsersCommand.REFUSED, run("users", "remove", "hokoye", "--db", d).status());
            assertEquals(0, run("users", "remove", "akaur", "--db", d).status());
            assertEquals("LOGIN   NAME         ROLE          GRADE  STAFF    ACTIVE\n"
                    + "hokoye  Helen Okoye  SPO           SPO    N07P001  yes\n"
                    + "akaur   Anita Kaur   duty officer  -      N07P003  no\n", run("users", "list", "--db", d).out());
            assertEquals("Brought back akaur: Anita Kaur, reception.\n",
                    run("users", "add", "akaur", "--name", "Anita Kaur", "--role", "reception", "--db", d).out());
        } finally {
            System.setProperty("user.name", was);
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
