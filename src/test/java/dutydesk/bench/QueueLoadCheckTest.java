package dutydesk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.db.Database;
import dutydesk.testing.TestDb;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load session's command and the check of its run, in process, on a copy of the demo database. */
class QueueLoadCheckTest {

    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void seed() {
        try (Database db = TestDb.demo(dir)) {
            file = db.file();
        }
    }

    /** Runs one session to the end in this process; returns its log file. */
    Path session(String user, int seed, int rounds) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = QueueLoad.run(new String[] {"--db", file.toString(), "--user", user, "--seed", String.valueOf(seed),
                "--rounds", String.valueOf(rounds), "--release-percent", "30"}, InputStream.nullInputStream(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        Path log = dir.resolve(user + ".log");
        Files.write(log, out.toByteArray());
        return log;
    }

    static Map<String, String> summary(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        String last = lines.get(lines.size() - 1);
        assertTrue(last.startsWith("SUMMARY "), last);
        return QueueLoadCheck.fields(last);
    }

    @Test
    void aSessionChecksInTakesAndSeesPeopleAndItsRunChecksOut() throws IOException {
        Path one = session("load1", 1, 12);
        Path two = session("load2", 2, 12);
        Map<String, String> s = summary(one);
        assertEquals("12", s.get("rounds"));
        assertEquals("0", s.get("failures"));
        assertTrue(Integer.parseInt(s.get("checkin")) > 0, s.toString());
        assertTrue(Integer.parseInt(s.get("seen")) > 0, s.toString());
        assertTrue(Files.readAllLines(one).get(0).startsWith("READY user=load1 "));

        QueueLoadCheck.Result r = QueueLoadCheck.check(file, List.of(one, two));
        assertEquals(List.of(), r.problems(), r.report());
        assertTrue(r.report().contains("sessions 2, rounds 24,"), r.report());
        try (Database db = Database.open(file, Database.Mode.MUST_EXIST)) {
            int events = db.read(h -> h.createQuery("SELECT count(*) FROM visit_event").mapTo(Integer.class).one());
            int actions = 0;
            for (Path log : List.of(one, two)) {
                Map<String, String> f = summary(log);
                actions += Integer.parseInt(f.get("checkin")) + Integer.parseInt(f.get("take"))
                        + Integer.parseInt(f.get("release")) + Integer.parseInt(f.get("seen"));
            }
            assertEquals(actions, events, "one event per successful action, none for a refusal");
        }
    }

    @Test
    void aCheckInReportedButNotStoredIsLostAndAnEventNobodyReportedIsFound() throws IOException {
        Path log = session("load1", 3, 8);
        List<String> lines = new ArrayList<>(Files.readAllLines(log));
        String dropped = lines.stream().filter(l -> l.startsWith("CHECKIN ")).findFirst().orElseThrow();
        lines.remove(dropped);
        lines.add(1, "CHECKIN visit=999999 case=1 ms=1.00");
        Files.write(log, lines);
        String visit = QueueLoadCheck.fields(dropped).get("visit");

        List<String> problems = QueueLoadCheck.check(file, List.of(log)).problems();
        assertTrue(problems.contains("visit 999999 reported checked in is not in the database (lost)"), problems::toString);
        assertTrue(problems.contains("visit " + visit + " checked in by load1 was never reported (extra)"),
                problems::toString);
        assertTrue(problems.contains("CHECK_IN of visit " + visit + " by load1 is in the database 1 times, never reported"),
                problems::toString);
    }

    @Test
    void aSecondTakeOfSomeoneAlreadyTakenIsFound() throws IOException {
        Path log = session("load1", 4, 8);
        long taken;
        try (Database db = Database.open(file, Database.Mode.MUST_EXIST)) {
            taken = db.read(h -> h.createQuery("SELECT id FROM visit WHERE state = 'SEEN' ORDER BY id LIMIT 1")
                    .mapTo(Long.class).one());
            db.write(h -> h.execute("INSERT INTO visit_event (visit_id, at, by_user, action) VALUES (?, ?, 'load2', 'TAKE')",
                    taken, "2026-11-23T10:00:00Z"));
        }
        Path other = dir.resolve("load2.log");
        Files.write(other, List.of("READY user=load2 pid=1 cases=1", "TAKE visit=" + taken + " ms=1.00",
                "SUMMARY user=load2 rounds=1 ops=1 checkin=0 take=1 release=0 seen=0 refused=0 failures=0 busy=0"
                        + " elapsed_ms=1 write_ms_p50=1.00 write_ms_p95=1.00 write_ms_p99=1.00 write_ms_max=1.00"));
        List<String> problems = QueueLoadCheck.check(file, List.of(log, other)).problems();
        assertTrue(problems.stream().anyMatch(p -> p.equals("visit " + taken + ": TAKE by load2 while SEEN with load1")),
                problems::toString);
    }

    @Test
    void aFailedTransactionOrAnUnfinishedSessionIsAProblem() throws IOException {
        Path log = session("load1", 5, 4);
        List<String> lines = new ArrayList<>(Files.readAllLines(log));
        lines.remove(lines.size() - 1);
        lines.add("FAIL op=TAKE visit=1 kind=BUSY ms=5001.00 message=The database is busy: another user is saving.");
        Files.write(log, lines);
        List<String> problems = QueueLoadCheck.check(file, List.of(log)).problems();
        assertTrue(problems.contains("load1 did not finish (no SUMMARY line)"), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("load1 failed: FAIL op=TAKE")), problems::toString);
    }

    @Test
    void badArgumentsAreAUsageError() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = QueueLoad.run(new String[] {"--db", file.toString()}, InputStream.nullInputStream(),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(2, status);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: QueueLoad"));
    }
}
