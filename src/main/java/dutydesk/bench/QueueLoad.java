package dutydesk.bench;

import dutydesk.cases.CaseRepository;
import dutydesk.compliance.Answer;
import dutydesk.compliance.Circumstance;
import dutydesk.contacts.ContactRepository;
import dutydesk.contacts.NewContact;
import dutydesk.contacts.SaveResult;
import dutydesk.db.Database;
import dutydesk.db.DbException;
import dutydesk.db.Migrator;
import dutydesk.reception.Outcome;
import dutydesk.reception.QueueRow;
import dutydesk.reception.VisitRepository;
import dutydesk.reception.VisitState;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sqlite.BusyHandler;

/**
 * One user's session working the duty queue as fast as it can, through the same repositories as
 * the desk: each round checks in a random unallocated case (reception), takes the person waiting
 * longest (an officer; if someone else gets them first, the next one, up to three tries), then
 * either puts them back in the queue (sometimes) or logs an attended office visit for them, which
 * marks the visit seen in the same transaction.
 *
 * <p>Prints one line per write transaction, after it returns, with its wall time and how much of
 * it was spent waiting for the write lock:
 * <pre>
 * CHECKIN visit=12 case=345 ms=0.84 wait=0.02     TAKE visit=12 ms=0.61 wait=0.01
 * RELEASE visit=12 ms=0.50 wait=0.01              SEEN visit=12 contact=7001 ms=6.10 wait=0.02
 * REFUSED op=TAKE visit=12 by=load03 ms=0.40 wait=0.01
 * FAIL op=TAKE visit=12 kind=BUSY ms=5003.20 wait=5003.20 message=...
 * </pre>
 * then a {@code SUMMARY} line with the counts and the write times' percentiles. A failure (any
 * exception, such as SQLITE_BUSY after the busy timeout) is counted and reported, never thrown.
 * {@link QueueLoadCheck} compares the lines of every session with the database.
 */
public final class QueueLoad {

    static final String USAGE = "usage: QueueLoad --db PATH --user LOGIN [--seed N] (--rounds N | --seconds S)"
            + " [--release-percent P] [--pause-ms MS] [--busy-poll-ms MS] [--wait]\n"
            + "  --pause-ms  a pause after each round (a person's pace); none by default: as fast as it can\n"
            + "  --busy-poll-ms  an experiment: while another session holds the write lock, try again every MS ms\n"
            + "              (up to the same busy timeout) instead of SQLite's backing-off busy handler\n"
            + "  --wait      print READY, then start when standard input ends (so many sessions start together)";

    /** How many people waiting a session tries before giving up on a round's take. */
    static final int TAKE_TRIES = 3;

    private final Database db;
    private final Clock clock;
    private final String user;
    private final VisitRepository visits;
    private final ContactRepository contacts;
    private final Random random;
    private final int releasePercent;
    private final PrintStream out;
    private final Latencies writes = new Latencies();
    private final Latencies waits = new Latencies();
    private long[] cases;
    private final String office;
    private double lastMs;
    private double lastWaitMs;
    private long locked;
    private int rounds;
    private int checkIns;
    private int takes;
    private int releases;
    private int seen;
    private int refused;
    private int failures;
    private int busy;
    private long elapsedNanos;

    public QueueLoad(Database db, Clock clock, String user, long seed, int releasePercent, PrintStream out) {
        this.db = db;
        this.clock = clock;
        this.user = user;
        this.visits = new VisitRepository(db, clock, user);
        CaseRepository caseRepository = new CaseRepository(db, clock);
        this.contacts = new ContactRepository(db, clock, user, caseRepository);
        this.random = new Random(seed);
        this.releasePercent = releasePercent;
        this.out = out;
        this.office = caseRepository.officeName();
    }

    /**
     * Reads the unallocated cases to check in, and makes the first use of each query path, so the
     * first timed write is not also the session's start-up. Returns how many cases there are.
     * The database must be up to date ({@link #run(String[], InputStream, PrintStream, PrintStream)}
     * migrates it first, as the desk does when it starts).
     */
    public int prepare() {
        cases = db.read(h -> h.createQuery("SELECT id FROM cases WHERE unallocated = 1 ORDER BY id")
                .mapTo(Long.class).list()).stream().mapToLong(Long::longValue).toArray();
        if (cases.length == 0) {
            throw new IllegalStateException("the database has no unallocated cases to check in");
        }
        visits.queue();
        contacts.codes();
        warmUp();
        return cases.length;
    }

    /** Thrown to roll back the warm-up round. */
    private static final class WarmedUp extends RuntimeException {
        WarmedUp() {
            super("warm-up rolled back", null, false, false);
        }
    }

    /**
     * One round's writes in a transaction that is rolled back: the first use of each write path
     * loads and links its classes (hundreds of milliseconds), which is start-up, not queue work.
     */
    private void warmUp() {
        for (int attempt = 1; ; attempt++) {
            try {
                warmUpOnce();
                return;
            } catch (DbException e) {
                // Many sessions starting at once queue for the lock with cold code: not measured, so wait.
                if (e.kind() != DbException.Kind.BUSY || attempt == 10) {
                    throw e;
                }
            }
        }
    }

    private void warmUpOnce() {
        try {
            db.write(h -> {
                long caseId = cases[0];
                if (visits.checkIn(caseId) instanceof Outcome.Done d) {
                    visits.take(d.visitId());
                    visits.release(d.visitId(), false);
                    visits.take(d.visitId());
                    contacts.save(attended(caseId, "COAP", LocalDate.now(clock)));
                }
                throw new WarmedUp();
            });
        } catch (DbException e) {
            if (!(e.getCause() instanceof WarmedUp)) {
                throw e;
            }
        }
    }

    /**
     * Runs rounds until {@code maxRounds} are done or {@code maxNanos} have passed, pausing
     * {@code pauseMs} after each.
     */
    public void run(int maxRounds, long maxNanos, long pauseMs) throws InterruptedException {
        long start = System.nanoTime();
        while (rounds < maxRounds && System.nanoTime() - start < maxNanos) {
            round();
            rounds++;
            if (pauseMs > 0) {
                Thread.sleep(pauseMs);
            }
        }
        elapsedNanos = System.nanoTime() - start;
    }

    private void round() {
        checkIn(cases[random.nextInt(cases.length)]);
        QueueRow taken = takeLongestWaiting();
        if (taken != null) {
            if (random.nextInt(100) < releasePercent) {
                release(taken);
            } else {
                see(taken);
            }
        }
    }

    private void checkIn(long caseId) {
        Outcome o = timed("CHECKIN", "case=" + caseId, () -> visits.checkIn(caseId));
        if (o instanceof Outcome.Done d) {
            checkIns++;
            out.println("CHECKIN visit=" + d.visitId() + " case=" + caseId + timing());
        } else if (o instanceof Outcome.Refused r) {
            refusedLine("CHECKIN", "case=" + caseId + " visit=" + r.visitId(), r);
        }
    }

    private QueueRow takeLongestWaiting() {
        List<QueueRow> waiting = visits.queue().stream().filter(q -> q.state() == VisitState.WAITING)
                .limit(TAKE_TRIES).collect(Collectors.toList());
        for (QueueRow q : waiting) {
            Outcome o = timed("TAKE", "visit=" + q.visitId(), () -> visits.take(q.visitId()));
            if (o instanceof Outcome.Done) {
                takes++;
                out.println("TAKE visit=" + q.visitId() + timing());
                return q;
            }
            if (o == null) {
                return null;
            }
            refusedLine("TAKE", "visit=" + q.visitId(), (Outcome.Refused) o);
        }
        return null;
    }

    private void release(QueueRow q) {
        Outcome o = timed("RELEASE", "visit=" + q.visitId(), () -> visits.release(q.visitId(), false));
        if (o instanceof Outcome.Done) {
            releases++;
            out.println("RELEASE visit=" + q.visitId() + timing());
        } else if (o instanceof Outcome.Refused r) {
            refusedLine("RELEASE", "visit=" + q.visitId(), r);
        }
    }

    /**
     * Logs an attended office visit (a walk-in's as an unplanned contact) through the contact
     * repository, and marks the visit seen in the same transaction.
     */
    private void see(QueueRow q) {
        LocalDate day = LocalDate.ofInstant(q.arrivedAt(), clock.getZone());
        NewContact contact = attended(q.caseId(), q.expected() ? "COAP" : "COUP", day);
        Long id = timed("SEEN", "visit=" + q.visitId(), () -> db.write(h -> {
            SaveResult r = contacts.save(contact);
            if (!(r instanceof SaveResult.Saved s)) {
                throw new IllegalStateException("the contact was not saved: " + r);
            }
            VisitRepository.contactSaved(h, q.caseId(), s.contactId(), contact.type(), day, user,
                    Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
            String state = h.createQuery("SELECT state || ' ' || coalesce(contact_id, 0) FROM visit WHERE id = :id")
                    .bind("id", q.visitId()).mapTo(String.class).one();
            if (!state.equals("SEEN " + s.contactId())) {
                throw new IllegalStateException("visit " + q.visitId() + " is " + state + " after contact " + s.contactId());
            }
            return s.contactId();
        }));
        if (id != null) {
            seen++;
            out.println("SEEN visit=" + q.visitId() + " contact=" + id + timing());
        }
    }

    private NewContact attended(long caseId, String type, LocalDate day) {
        Map<Circumstance, Answer> noChanges = new EnumMap<>(Circumstance.class);
        for (Circumstance c : Circumstance.values()) {
            noChanges.put(c, new Answer(false, ""));
        }
        LocalTime time = LocalTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        return new NewContact(caseId, 0, 0, type, day, time, "ATTC", null, null, noChanges,
                "Reported at the duty desk. No changes.", day.plusWeeks(1), false, false, false,
                office.isEmpty() ? null : office, null);
    }

    private void refusedLine(String op, String subject, Outcome.Refused r) {
        refused++;
        out.println("REFUSED op=" + op + " " + subject + " by=" + (r.by() == null ? "-" : r.by())
                + timing());
    }

    /**
     * Runs one write in a transaction of its own, timing it: the repository's own transaction
     * joins this one, whose callback starts once {@code BEGIN IMMEDIATE} has the write lock, so
     * the time splits into waiting for the lock and holding it (the work and the commit). A
     * failure is counted and printed, and gives null.
     */
    private <T> T timed(String op, String subject, Supplier<T> write) {
        long t0 = System.nanoTime();
        locked = 0;
        try {
            T result = db.write(h -> {
                locked = System.nanoTime();
                return write.get();
            });
            measured(t0);
            return result;
        } catch (RuntimeException e) {
            measured(t0);
            failures++;
            String kind = e instanceof DbException d ? d.kind().name() : e.getClass().getSimpleName();
            if (e instanceof DbException d && d.kind() == DbException.Kind.BUSY) {
                busy++;
            }
            out.println("FAIL op=" + op + " " + subject + " kind=" + kind + timing()
                    + " message=" + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
            return null;
        }
    }

    private void measured(long t0) {
        long end = System.nanoTime();
        lastMs = (end - t0) / 1e6;
        lastWaitMs = ((locked == 0 ? end : locked) - t0) / 1e6;
        writes.add(lastMs);
        waits.add(lastWaitMs);
    }

    /** " ms=3.10 wait=1.20": the last write's time, and how much of it was waiting for the lock. */
    private String timing() {
        return " ms=" + Latencies.format(lastMs) + " wait=" + Latencies.format(lastWaitMs);
    }

    /** The session's totals, as one line. */
    public String summary() {
        return "SUMMARY user=" + user + " rounds=" + rounds + " ops=" + writes.count() + " checkin=" + checkIns
                + " take=" + takes + " release=" + releases + " seen=" + seen + " refused=" + refused
                + " failures=" + failures + " busy=" + busy + " elapsed_ms=" + Math.round(elapsedNanos / 1e6) + " "
                + writes.summary("write_ms_") + " " + waits.summary("wait_ms_");
    }

    // ---- the command ----------------------------------------------------------------------------

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        Path file = null;
        String user = null;
        long seed = 1;
        int rounds = Integer.MAX_VALUE;
        long nanos = Long.MAX_VALUE;
        int releasePercent = 10;
        long pauseMs = 0;
        long busyPollMs = 0;
        boolean wait = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--db": file = Path.of(args[++i]); break;
                    case "--user": user = args[++i]; break;
                    case "--seed": seed = Long.parseLong(args[++i]); break;
                    case "--rounds": rounds = Integer.parseInt(args[++i]); break;
                    case "--seconds": nanos = (long) (Double.parseDouble(args[++i]) * 1e9); break;
                    case "--release-percent": releasePercent = Integer.parseInt(args[++i]); break;
                    case "--pause-ms": pauseMs = Long.parseLong(args[++i]); break;
                    case "--busy-poll-ms": busyPollMs = Long.parseLong(args[++i]); break;
                    case "--wait": wait = true; break;
                    default: throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (file == null || user == null || (rounds == Integer.MAX_VALUE && nanos == Long.MAX_VALUE)) {
                throw new IllegalArgumentException("--db, --user and --rounds or --seconds are needed");
            }
        } catch (RuntimeException e) {
            err.println("QueueLoad: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        try (Database db = Database.open(file, Database.Mode.MUST_EXIST)) {
            Migrator.migrate(db, user);
            if (busyPollMs > 0) {
                pollWhenBusy(db, busyPollMs);
            }
            QueueLoad load = new QueueLoad(db, Clock.systemDefaultZone(), user, seed, releasePercent, out);
            int n = load.prepare();
            out.println("READY user=" + user + " pid=" + ProcessHandle.current().pid() + " cases=" + n);
            out.flush();
            if (wait) {
                awaitEnd(in);
            }
            load.run(rounds, nanos, pauseMs);
            out.println(load.summary());
            out.flush();
            return 0;
        } catch (RuntimeException e) {
            err.println("QueueLoad: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("QueueLoad: interrupted");
            return 1;
        }
    }

    /**
     * Replaces SQLite's busy handler on the session's connection with one that tries again every
     * {@code pollMs} until the busy timeout. SQLite's own backs off to a try every 100 ms, so a
     * writer that has waited a while rarely finds the lock free when it looks, and newer ones
     * overtake it.
     */
    static void pollWhenBusy(Database db, long pollMs) {
        try {
            BusyHandler.setHandler(db.handle().getConnection(), new BusyHandler() {
                private long since;

                @Override
                protected int callback(int tries) {
                    long now = System.nanoTime();
                    if (tries == 0) {
                        since = now;
                    }
                    if (now - since > Database.BUSY_TIMEOUT_MS * 1_000_000L) {
                        return 0;
                    }
                    try {
                        Thread.sleep(pollMs);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return 0;
                    }
                    return 1;
                }
            });
        } catch (SQLException e) {
            throw DbException.from(e);
        }
    }

    /** Waits until the stream ends or gives a line. */
    private static void awaitEnd(InputStream in) {
        try {
            int b;
            do {
                b = in.read();
            } while (b != -1 && b != '\n');
        } catch (IOException e) {
            // A closed or broken standard input also means "go".
        }
    }
}
