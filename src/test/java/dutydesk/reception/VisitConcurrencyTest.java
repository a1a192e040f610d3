package dutydesk.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.db.Database;
import dutydesk.testing.TestDb;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several users, each with their own connection to one database file (as each SSH session has),
 * acting on the same queue at the same moment.
 */
class VisitConcurrencyTest {

    static final int USERS = 8;

    @TempDir
    Path dir;
    Database db;
    VisitRepository reception;

    @BeforeEach
    void open() {
        db = TestDb.demo(dir);
        reception = new VisitRepository(db, TestDb.CLOCK, "reception");
        db.write(h -> {
            for (int i = 1; i <= USERS; i++) {
                h.execute("INSERT INTO app_user (os_user, name, role, created_at, created_by)"
                        + " VALUES (?, ?, 'DUTY_OFFICER', '2026-11-23T09:00:00Z', 'tester')", login(i), "Officer " + i);
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    static String login(int i) {
        return "officer" + i;
    }

    Database connect() {
        return Database.open(db.file(), Database.Mode.MUST_EXIST);
    }

    List<Long> unallocatedCases(int n) {
        return db.read(h -> h.createQuery("SELECT id FROM cases WHERE unallocated = 1 ORDER BY id LIMIT " + n)
                .mapTo(Long.class).list());
    }

    String name(long caseId) {
        return db.read(h -> h.createQuery("SELECT surname || ', ' || forename FROM cases WHERE id = :id")
                .bind("id", caseId).mapTo(String.class).one());
    }

    /** A query's (visit id, login) rows as a map; a visit that comes twice fails the test. */
    Map<Long, String> visitToUser(String sql) {
        Map<Long, String> out = new HashMap<>();
        for (Map.Entry<Long, String> e : db.read(h -> h.createQuery(sql)
                .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).list())) {
            String before = out.put(e.getKey(), e.getValue());
            assertEquals(null, before, "visit " + e.getKey() + " twice in: " + sql);
        }
        return out;
    }

    int count(String sql) {
        return db.read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    /**
     * Runs one job per user, each on its own thread with its own connection, all released at the
     * same moment; returns each user's result, in user order.
     */
    <T> List<T> race(IntFunction<Callable<T>> jobForUser) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(USERS);
        try {
            CyclicBarrier start = new CyclicBarrier(USERS);
            List<Future<T>> jobs = new ArrayList<>();
            for (int i = 1; i <= USERS; i++) {
                Callable<T> job = jobForUser.apply(i);
                jobs.add(pool.submit(() -> {
                    start.await();
                    return job.call();
                }));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> f : jobs) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aCheckInInOneSessionIsSeenByAnotherAndBumpsItsDataVersion() {
        try (Database other = connect()) {
            VisitRepository officer = new VisitRepository(other, TestDb.CLOCK, "tbradshaw");
            long holmes = unallocatedCases(1).get(0);
            long stamp = other.changeStamp();
            long version = dataVersion(other);
            assertEquals(stamp, other.changeStamp(), "nothing changed yet");
            assertTrue(officer.queue().isEmpty());

            long visit = assertInstanceOf(Outcome.Done.class, reception.checkIn(holmes)).visitId();

            assertNotEquals(version, dataVersion(other), "another connection's commit changes data_version");
            assertNotEquals(stamp, other.changeStamp());
            assertEquals(List.of(visit), officer.queue().stream().map(QueueRow::visitId).collect(Collectors.toList()));

            // The other way round: the officer takes them and reception's connection sees it.
            long receptionVersion = dataVersion(db);
            officer.take(visit);
            assertNotEquals(receptionVersion, dataVersion(db));
            QueueRow row = reception.queue().get(0);
            assertEquals(VisitState.WITH_OFFICER, row.state());
            assertEquals("Tom Bradshaw", row.takenName());

            // A connection's own commits leave its data_version alone; changeStamp counts them.
            long own = dataVersion(other);
            long ownStamp = other.changeStamp();
            officer.release(visit, false);
            assertEquals(own, dataVersion(other));
            assertNotEquals(ownStamp, other.changeStamp());
        }
    }

    static long dataVersion(Database d) {
        return d.read(h -> h.createQuery("PRAGMA data_version").mapTo(Long.class).one());
    }

    @Test
    void racingCheckInsOfTheSamePeopleGiveOneVisitEach() throws Exception {
        List<Long> cases = unallocatedCases(100);
        List<Map<Long, Outcome>> byUser = race(i -> () -> {
            List<Long> order = new ArrayList<>(cases);
            Collections.shuffle(order, new Random(i));
            Map<Long, Outcome> out = new HashMap<>();
            try (Database mine = connect()) {
                VisitRepository desk = new VisitRepository(mine, TestDb.CLOCK, login(i));
                for (long c : order) {
                    out.put(c, desk.checkIn(c));
                }
            }
            return out;
        });

        Map<Long, String> winners = new HashMap<>();
        for (long c : cases) {
            List<Outcome.Done> done = new ArrayList<>();
            String winner = null;
            for (int i = 1; i <= USERS; i++) {
                Outcome o = byUser.get(i - 1).get(c);
                if (o instanceof Outcome.Done d) {
                    done.add(d);
                    winner = login(i);
                }
            }
            assertEquals(1, done.size(), "exactly one check-in of case " + c + ": " + done);
            winners.put(done.get(0).visitId(), winner);
            for (int i = 1; i <= USERS; i++) {
                if (byUser.get(i - 1).get(c) instanceof Outcome.Refused r) {
                    assertEquals(name(c) + " is already checked in (arrived 10:00).", r.message());
                    assertEquals(done.get(0).visitId(), r.visitId());
                }
            }
        }

        // Every reported check-in is in the database exactly once, by whoever was told it was done.
        assertEquals(cases.size(), count("SELECT count(*) FROM visit"));
        assertEquals(cases.size(), count("SELECT count(DISTINCT case_id) FROM visit WHERE state = 'WAITING'"));
        assertEquals(winners, visitToUser("SELECT id, checked_in_by FROM visit"));
        assertEquals(winners, visitToUser("SELECT visit_id, by_user FROM visit_event WHERE action = 'CHECK_IN'"));
        assertEquals(cases.size(), count("SELECT count(*) FROM visit_event"));
    }

    @Test
    void racingTakesOfTheSameWaitingPeopleGiveEachToExactlyOneOfficer() throws Exception {
        int visits = 200;
        List<Long> cases = unallocatedCases(visits);
        List<Long> queue = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        for (long c : cases) {
            long v = assertInstanceOf(Outcome.Done.class, reception.checkIn(c)).visitId();
            queue.add(v);
            names.put(v, name(c));
        }

        // Every officer tries to take every person, in queue order, all at once.
        List<List<Outcome>> byUser = race(i -> () -> {
            List<Outcome> out = new ArrayList<>();
            try (Database mine = connect()) {
                VisitRepository desk = new VisitRepository(mine, TestDb.CLOCK, login(i));
                for (long v : queue) {
                    out.add(desk.take(v));
                }
            }
            return out;
        });

        Map<Long, String> winners = new HashMap<>();
        for (int k = 0; k < visits; k++) {
            long v = queue.get(k);
            List<String> took = new ArrayList<>();
            for (int i = 1; i <= USERS; i++) {
                Outcome o = byUser.get(i - 1).get(k);
                assertEquals(v, o instanceof Outcome.Done d ? d.visitId() : ((Outcome.Refused) o).visitId());
                if (o instanceof Outcome.Done) {
                    took.add(login(i));
                }
            }
            assertEquals(1, took.size(), "visit " + v + " taken by " + took);
            String winner = took.get(0);
            winners.put(v, winner);
            for (int i = 1; i <= USERS; i++) {
                if (byUser.get(i - 1).get(k) instanceof Outcome.Refused r) {
                    assertEquals("Officer " + winner.substring("officer".length()) + " took " + names.get(v)
                            + " at 10:00.", r.message());
                    assertEquals(winner, r.by());
                }
            }
        }
        assertEquals(visits, byUser.stream().flatMap(List::stream).filter(o -> o instanceof Outcome.Done).count());

        // The database agrees: each person is with the officer who was told so, taken once.
        assertEquals(winners, visitToUser("SELECT id, taken_by FROM visit WHERE state = 'WITH_OFFICER' AND version = 1"));
        assertEquals(winners, visitToUser("SELECT visit_id, by_user FROM visit_event WHERE action = 'TAKE'"),
                "one TAKE event per visit, by the winner");
        assertEquals(2 * visits, count("SELECT count(*) FROM visit_event"));
        assertEquals(visits, count("SELECT count(*) FROM visit"));
    }
}
