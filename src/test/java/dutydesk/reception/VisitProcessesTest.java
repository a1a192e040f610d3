package dutydesk.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.bench.QueueLoad;
import dutydesk.bench.QueueLoadCheck;
import dutydesk.db.Database;
import dutydesk.testing.TestDb;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Separate processes, as separate SSH sessions are: three JVMs work one queue on one database
 * file at the same time, and afterwards what each reported is checked against the database.
 */
class VisitProcessesTest {

    static final int SESSIONS = 3;
    static final int ROUNDS = 40;
    /** Only a safety net: a normal run takes a few seconds. */
    static final long TIMEOUT_S = 120;

    @TempDir
    Path dir;

    /** One session process; its standard output is copied to its log, noting when it is ready. */
    static final class Session {
        final Process process;
        final Path log;
        final Path err;
        final CountDownLatch ready = new CountDownLatch(1);
        final Thread reader;
        volatile boolean sawReady;

        Session(Process process, Path log, Path err) {
            this.process = process;
            this.log = log;
            this.err = err;
            this.reader = new Thread(this::copy, "session-output");
            reader.start();
        }

        private void copy() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8)); PrintWriter out = new PrintWriter(Files.newBufferedWriter(log))) {
                String line;
                while ((line = in.readLine()) != null) {
                    out.println(line);
                    if (line.startsWith("READY ")) {
                        out.flush();
                        sawReady = true;
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                ready.countDown();
            }
        }

        String stderr() throws IOException {
            return Files.exists(err) ? Files.readString(err) : "";
        }
    }

    @Test
    void threeSessionProcessesShareOneQueueWithoutLosingOrDoublingAnything() throws Exception {
        Path file;
        try (Database db = TestDb.demo(dir)) {
            file = db.file();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Session> sessions = new ArrayList<>();
        try {
            for (int i = 1; i <= SESSIONS; i++) {
                Path err = dir.resolve("load" + i + ".err");
                ProcessBuilder pb = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                        "-cp", System.getProperty("java.class.path"), QueueLoad.class.getName(),
                        "--db", file.toString(), "--user", "load" + i, "--seed", String.valueOf(i),
                        "--rounds", String.valueOf(ROUNDS), "--release-percent", "20", "--wait");
                pb.redirectError(err.toFile());
                sessions.add(new Session(pb.start(), dir.resolve("load" + i + ".log"), err));
            }
            for (Session s : sessions) {
                assertTrue(s.ready.await(TIMEOUT_S, TimeUnit.SECONDS) && s.sawReady, "not ready: " + s.stderr());
            }
            // Closing their standard input starts them all at once.
            for (Session s : sessions) {
                s.process.getOutputStream().close();
            }
            for (Session s : sessions) {
                assertTrue(s.process.waitFor(TIMEOUT_S, TimeUnit.SECONDS), "still running after " + TIMEOUT_S + " s");
                s.reader.join();
                assertEquals(0, s.process.exitValue(), s.stderr());
            }
        } finally {
            for (Session s : sessions) {
                s.process.destroyForcibly();
            }
        }

        List<Path> logs = new ArrayList<>();
        int checkIns = 0;
        int actions = 0;
        for (Session s : sessions) {
            logs.add(s.log);
            List<String> lines = Files.readAllLines(s.log);
            Map<String, String> summary = QueueLoadCheck.fields(lines.get(lines.size() - 1));
            assertEquals(String.valueOf(ROUNDS), summary.get("rounds"), lines.get(lines.size() - 1));
            assertEquals("0", summary.get("failures"), lines.get(lines.size() - 1));
            assertEquals("0", summary.get("busy"), lines.get(lines.size() - 1));
            Map<String, Integer> kinds = new HashMap<>();
            for (String line : lines) {
                kinds.merge(line.split(" ", 2)[0], 1, Integer::sum);
            }
            assertEquals(Integer.parseInt(summary.get("checkin")), kinds.getOrDefault("CHECKIN", 0));
            assertTrue(kinds.getOrDefault("TAKE", 0) > 0 && kinds.getOrDefault("SEEN", 0) > 0, kinds.toString());
            checkIns += kinds.getOrDefault("CHECKIN", 0);
            actions += kinds.getOrDefault("CHECKIN", 0) + kinds.getOrDefault("TAKE", 0)
                    + kinds.getOrDefault("RELEASE", 0) + kinds.getOrDefault("SEEN", 0);
        }

        // Every reported check-in, take and seen is in the database, once, by that session; every
        // visit's history is possible (no one with two officers); no case is open twice.
        QueueLoadCheck.Result r = QueueLoadCheck.check(file, logs);
        assertEquals(List.of(), r.problems(), r.report());

        try (Database db = Database.open(file, Database.Mode.MUST_EXIST)) {
            assertEquals(checkIns, count(db, "SELECT count(*) FROM visit"));
            assertEquals(actions, count(db, "SELECT count(*) FROM visit_event"));
            assertEquals(0, count(db, "SELECT count(*) FROM (SELECT case_id FROM visit"
                    + " WHERE state IN ('WAITING', 'WITH_OFFICER') GROUP BY case_id HAVING count(*) > 1)"));
            assertEquals(count(db, "SELECT count(*) FROM visit_event WHERE action = 'SEEN'"),
                    count(db, "SELECT count(*) FROM visit v JOIN contact k ON k.id = v.contact_id"
                            + " WHERE v.state = 'SEEN' AND k.case_id = v.case_id AND k.created_by = v.taken_by"));
        }
    }

    static int count(Database db, String sql) {
        return db.read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }
}
