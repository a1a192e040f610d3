package dutydesk.demo;

import dutydesk.cases.CaseFacts;
import dutydesk.cases.CaseRepository;
import dutydesk.cases.NameKey;
import dutydesk.dachecks.CheckEngine;
import dutydesk.dachecks.CheckFacts;
import dutydesk.dachecks.CheckKind;
import dutydesk.dachecks.CheckResult;
import dutydesk.dachecks.CheckStore;
import dutydesk.dachecks.DaProgramme;
import dutydesk.dachecks.Evaluation;
import dutydesk.db.BulkInsert;
import dutydesk.db.RowMakers;
import dutydesk.db.Database;
import dutydesk.db.Indexes;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Writes a generated caseload into an empty database: reference rows (PDU, teams, staff), then
 * cases with their registrations and contacts in batches of {@value #BATCH} cases (one
 * {@code BEGIN IMMEDIATE} transaction each), then the indexes and planner statistics. The list
 * columns derived from registrations and contacts come from the generator; a test checks that
 * {@link CaseRepository#refreshDerived} finds nothing to change. A database that already has
 * cases is left alone.
 *
 * <p>A large load ({@value #BATCH} cases or more, the headless {@code seed} command on a new file)
 * is tuned for speed: no journal and no fsync while loading, foreign keys not re-checked row by
 * row (the generator only uses codes from the reference tables; a test runs
 * {@code PRAGMA foreign_key_check} on its output), indexes built at the end.
 */
public final class DemoSeeder {

    static final int BATCH = 5_000;

    /** Told how many cases are written so far. */
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);
    }

    private DemoSeeder() {
    }

    /** Number of cases in the database. */
    public static int caseCount(Database db) {
        return db.read(h -> h.createQuery("SELECT count(*) FROM cases").mapTo(Integer.class).one());
    }

    /**
     * Seeds {@code count} cases. Returns the number written: 0 if the database already had cases
     * (another process may have seeded it first).
     */
    public static int seed(Database db, int count, long seed, LocalDate asOf, String user, Progress progress) {
        DemoGenerator gen = new DemoGenerator(seed, asOf);
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        boolean fresh = db.write(h -> {
            if (h.createQuery("SELECT count(*) FROM cases").mapTo(Integer.class).one() > 0) {
                return false;
            }
            h.createUpdate("INSERT OR IGNORE INTO pdu (code, name) VALUES (:c, :n)")
                    .bind("c", DemoGenerator.PDU_CODE).bind("n", DemoGenerator.PDU_NAME).execute();
            for (DemoGenerator.Team t : DemoGenerator.TEAMS) {
                h.createUpdate("INSERT OR IGNORE INTO team (code, pdu_code, name) VALUES (:c, :p, :n)")
                        .bind("c", t.code()).bind("p", DemoGenerator.PDU_CODE).bind("n", t.name()).execute();
            }
            for (DemoGenerator.Staff s : DemoGenerator.STAFF) {
                h.createUpdate("INSERT OR IGNORE INTO staff (code, forename, surname, grade, team_code)"
                                + " VALUES (:c, :f, :s, :g, :t)")
                        .bind("c", s.code()).bind("f", s.forename()).bind("s", s.surname()).bind("g", s.grade())
                        .bind("t", s.team()).execute();
            }
            // Whoever creates the demo is its SPO (and can try the other roles with --role); a few
            // colleagues make the users list and the queue's "with" column realistic.
            for (String[] u : DemoGenerator.users(user)) {
                h.createUpdate("INSERT OR IGNORE INTO app_user (os_user, name, staff_code, grade, role, created_at,"
                                + " created_by, updated_at, updated_by) VALUES (:u, :n, :c, :g, :r, :now, :by, :now, :by)")
                        .bind("u", u[0]).bind("n", u[1]).bind("c", u[2]).bind("g", u[3]).bind("r", u[4])
                        .bind("now", now).bind("by", user).execute();
            }
            h.createUpdate("INSERT OR REPLACE INTO setting (key, value) VALUES ('office_name', :v)")
                    .bind("v", DemoGenerator.OFFICE_NAME).execute();
            return true;
        });
        if (!fresh) {
            return 0;
        }
        boolean bulk = count >= BATCH;
        if (bulk) {
            // A large load into a new file: no journal and no fsync while loading (a failed
            // load is simply run again on a new file), foreign keys checked by the tests instead.
            db.read(h -> h.createQuery("PRAGMA journal_mode = OFF").mapTo(String.class).one());
            db.read(h -> h.execute("PRAGMA synchronous = OFF"));
            db.read(h -> h.execute("PRAGMA foreign_keys = OFF"));
        }
        // Building the indexes once at the end is faster than keeping them up to date row by row;
        // their definitions are read back from the schema, so they stay exactly as migrated.
        List<String> indexes = bulk ? db.write(h -> Indexes.drop(h.getConnection(),
                List.of("cases", "contact", "registration", "check_record", "case_check"))) : List.of();
        // Each case's DA and safeguarding checks are evaluated as it is generated and stored with it.
        CheckEngine engine = db.query(CheckStore::engine);
        Set<String> appointments = Set.copyOf(db.read(h -> h.createQuery("SELECT code FROM contact_type"
                + " WHERE appointment = 1").mapTo(String.class).list()));
        Set<String> attended = Set.copyOf(db.read(h -> h.createQuery("SELECT code FROM contact_outcome"
                + " WHERE attended = 1").mapTo(String.class).list()));
        Checks checks = new Checks(engine, appointments, attended, asOf);
        // The next batch is generated on a second thread while this one is written.
        ExecutorService generator = RowMakers.start("demo-generator", 1);
        try {
            Future<List<Generated>> pending = generator.submit(() -> generate(gen, checks, 0, Math.min(count, BATCH)));
            for (int from = 0; from < count; from += BATCH) {
                int to = Math.min(count, from + BATCH);
                List<Generated> batch = RowMakers.await(pending, "demo cases");
                if (to < count) {
                    int nextTo = Math.min(count, to + BATCH);
                    pending = generator.submit(() -> generate(gen, checks, to, nextTo));
                }
                int start = from;
                db.write(h -> {
                    insertBatch(h.getConnection(), batch, start, user, now);
                    return null;
                });
                progress.update(to, count);
            }
            db.write(h -> {
                Indexes.create(h.getConnection(), indexes);
                return null;
            });
        } finally {
            generator.shutdownNow();
            if (bulk) {
                db.read(h -> h.execute("PRAGMA synchronous = FULL"));
                db.read(h -> h.createQuery("PRAGMA journal_mode = WAL").mapTo(String.class).one());
                db.read(h -> h.execute("PRAGMA foreign_keys = ON"));
            }
        }
        // Approximate statistics are enough for the planner and take a fraction of the time.
        db.read(h -> h.execute("PRAGMA analysis_limit = 1000"));
        db.read(h -> h.execute("ANALYZE"));
        db.read(h -> h.execute("PRAGMA analysis_limit = 0"));
        return count;
    }

    /** A generated case and the evaluation of its checks. */
    private record Generated(DemoGenerator.Case c, Evaluation checks) {
    }

    /** What evaluating a generated case needs: the engine and which codes mean appointment and attended. */
    private record Checks(CheckEngine engine, Set<String> appointments, Set<String> attended, LocalDate asOf) {

        /**
         * Evaluates case {@code id} as generated. Contacts are numbered in the order they will be
         * inserted, which is the order of their row ids, the only thing the engine uses ids for.
         */
        Evaluation evaluate(long id, DemoGenerator.Case c) {
            List<CheckFacts.Reg> regs = new ArrayList<>();
            for (DemoGenerator.Reg r : c.registrations()) {
                regs.add(new CheckFacts.Reg(r.type(), r.registered()));
            }
            List<CheckFacts.Event> events = new ArrayList<>();
            long n = 0;
            for (DemoGenerator.Contact k : c.contacts()) {
                CheckKind about = CheckKind.parse(k.checkKind());
                if (about == null && "CGRF".equals(k.type()) && k.notes() != null && DaProgramme.matches(k.notes())) {
                    about = CheckKind.DA_INTERVENTION;
                }
                events.add(new CheckFacts.Event(++n, k.type(), k.date(), k.outcome(), appointments.contains(k.type()),
                        k.outcome() != null && attended.contains(k.outcome()), about, k.daIncidents()));
            }
            List<CheckFacts.Record> records = new ArrayList<>();
            for (DemoGenerator.CheckNote note : c.checkNotes()) {
                records.add(new CheckFacts.Record(CheckKind.parse(note.kind()), note.date(), note.level()));
            }
            return engine.evaluate(new CheckFacts(id, c.caseType(), c.sentenceDate(), c.releaseDate(),
                    c.orderDescription(), regs, events, List.of(), records), asOf);
        }
    }

    private static List<Generated> generate(DemoGenerator gen, Checks checks, int from, int to) {
        List<Generated> out = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            DemoGenerator.Case c = gen.generate(i);
            out.add(new Generated(c, checks.evaluate(i + 1L, c)));
        }
        return out;
    }

    /** Writes cases {@code first, first + 1, ...} (ids {@code first + 1, ...}) with their registrations and contacts. */
    private static void insertBatch(Connection conn, List<Generated> generated, int first, String user, String now)
            throws SQLException {
        try (BulkInsert cs = new BulkInsert(conn, "INSERT INTO cases (id, crn, pnc, forename, surname, surname_key,"
                + " forename_key, date_of_birth, pdu_code, team_code, om_staff_code, unallocated, tier, rosh, rosh_rank,"
                + " case_type, order_description, sentence_date, release_date, order_end_date, reporting_frequency,"
                + " next_report_date, da_flag, cp_flag, mappa_level, last_seen_date, created_at, updated_at,"
                + " updated_by, missed_checks, missed_kinds, checks_oldest_due, checks_as_of, checks_valid_until) VALUES ",
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             BulkInsert ck = new BulkInsert(conn, "INSERT INTO case_check (case_id, kind, state, missed, due_date,"
                + " reason) VALUES ", "(?, ?, ?, ?, ?, ?)");
             BulkInsert rs = new BulkInsert(conn, "INSERT INTO registration (case_id, type_code, level, category,"
                + " registered_date, next_review_date) VALUES ", "(?, ?, ?, ?, ?, ?)");
             BulkInsert ct = new BulkInsert(conn, "INSERT INTO contact (case_id, type_code, contact_date, start_time,"
                + " location, staff_code, team_code, notes, outcome_code, sensitive, enforcement_code,"
                + " enforcement_response_by, check_kind, da_incidents, source, created_by, created_at) VALUES ",
                "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'IMPORT', ?, ?)");
             BulkInsert cn = new BulkInsert(conn, "INSERT INTO check_record (case_id, kind, done_date, level, note,"
                + " recorded_by, recorded_at) VALUES ", "(?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < generated.size(); i++) {
                DemoGenerator.Case c = generated.get(i).c();
                Evaluation e = generated.get(i).checks();
                Long id = first + i + 1L;
                cs.add(id, c.crn(), c.pnc(), c.forename(), c.surname(), NameKey.fold(c.surname()),
                        NameKey.fold(c.forename()), c.dateOfBirth().toString(), DemoGenerator.PDU_CODE, c.teamCode(),
                        c.omStaffCode(), CaseFacts.isUnallocated(c.omStaffCode()) ? 1 : 0, c.tier(), c.rosh(),
                        CaseFacts.roshRank(c.rosh()), c.caseType(), c.orderDescription(),
                        c.sentenceDate().toString(), str(c.releaseDate()), str(c.orderEndDate()),
                        c.reportingFrequency(), c.nextReportDate().toString(), c.da() ? 1 : 0,
                        c.childProtection() ? 1 : 0, c.mappaLevel(), str(c.lastSeen()), now, now, user,
                        e.missedCount(), e.missedBits(), str(e.oldestMissedDue()), e.asOf().toString(),
                        str(e.validUntil()));
                for (CheckResult r : e.results()) {
                    if (r.applies()) {
                        ck.add(id, r.kind().code(), r.state().name(), r.missed().name(), str(r.due()), r.reason());
                    }
                }
                for (DemoGenerator.Reg r : c.registrations()) {
                    rs.add(id, r.type(), r.level(), r.category(), r.registered().toString(), str(r.nextReview()));
                }
                for (DemoGenerator.Contact k : c.contacts()) {
                    boolean office = "COAP".equals(k.type()) || "COAI".equals(k.type());
                    String respondBy = "EA12".equals(k.enforcement()) ? k.date().plusDays(7).toString() : null;
                    ct.add(id, k.type(), k.date().toString(), k.time(), office ? "Riverside Probation Office" : null,
                            k.staffCode(), c.teamCode(), k.notes(), k.outcome(), k.sensitive() ? 1 : 0,
                            k.enforcement(), respondBy, k.checkKind(), k.daIncidents(), user, now);
                }
                for (DemoGenerator.CheckNote n : c.checkNotes()) {
                    cn.add(id, n.kind(), n.date().toString(), n.level(), n.note(), user, now);
                }
            }
            cs.flush();
            rs.flush();
            ct.flush();
            cn.flush();
            ck.flush();
        }
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
