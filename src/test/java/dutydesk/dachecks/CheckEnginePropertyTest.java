package dutydesk.dachecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.calendar.BankHolidays;
import dutydesk.calendar.WorkingDays;
import dutydesk.compliance.Circumstance;
import dutydesk.dachecks.CheckFacts.Event;
import dutydesk.dachecks.CheckFacts.Record;
import dutydesk.dachecks.CheckFacts.Reg;
import dutydesk.dachecks.CheckFacts.Trigger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Properties over generated cases: {@link Evaluation#validUntil()} is honest (evaluating on every
 * day from the as-of date up to the day before it gives the same results, and it is after the
 * as-of date), the order of the lists does not matter, and the engine gives the same answers from
 * several threads at once.
 */
class CheckEnginePropertyTest {

    static final WorkingDays EW = WorkingDays.of(BankHolidays.englandAndWales());

    static final String[] TYPES = {
        "C369", "C515", "C204", "SFGC", "SFRR", "C203", "CRCO", "MO1", "CTPJ", "C157", "C078", "EASS", "ERFM",
        "C005", "C150", "C151", "CIEA", "CIEB", "CSPO", "C326", "CVIC", "CARR", "CGRF", "DAD1", "C201", "CTOA",
    };
    static final String[] APPOINTMENTS = {"COAP", "COAP", "COPT", "COPT", "COPT", "COAI", "CHVS", "COVC"};
    static final CheckKind[] ABOUT = {
        null, null, null, CheckKind.POLICE_DA, CheckKind.SAFEGUARDING, CheckKind.MARAC, CheckKind.REVIEW,
        CheckKind.DA_INTERVENTION,
    };
    static final String[] LEVELS = {"LOW", "MEDIUM", "HIGH", null};

    static LocalDate around(Random rnd, LocalDate base, int before, int after) {
        return base.plusDays(rnd.nextInt(before + after + 1) - before);
    }

    /** A random case: any type, a few registers, up to 30 contacts, answers and records around the anchor. */
    static CheckFacts generate(Random rnd, long id) {
        LocalDate sentenced = LocalDate.of(2025, 1, 1).plusDays(rnd.nextInt(900));
        String type = switch (rnd.nextInt(4)) {
            case 0, 1 -> "COMMUNITY";
            case 2 -> "LICENSE";
            default -> "CUSTODY";
        };
        LocalDate released = null;
        if (!type.equals("COMMUNITY") && rnd.nextInt(5) > 0) {
            released = sentenced.plusDays(20 + rnd.nextInt(400));
        }
        LocalDate anchor = released != null ? released : sentenced;
        String order = rnd.nextInt(6) == 0 ? "Court - Accredited Programme - Building Better Relationships"
                : "ORA Community Order";
        List<Reg> regs = new ArrayList<>();
        if (rnd.nextInt(10) < 4) {
            regs.add(new Reg("ADVP", around(rnd, anchor, 60, 120)));
        }
        if (rnd.nextInt(10) < 2) {
            regs.add(new Reg("REG30", anchor.minusDays(rnd.nextInt(2000))));
        }
        if (rnd.nextInt(10) < 2) {
            regs.add(new Reg(rnd.nextBoolean() ? "RCPR" : "RCCO", around(rnd, anchor, 60, 300)));
        }
        if (rnd.nextInt(10) == 0) {
            regs.add(new Reg("MAPP", around(rnd, anchor, 60, 60)));
        }
        List<Event> contacts = new ArrayList<>();
        int n = rnd.nextInt(31);
        for (int i = 0; i < n; i++) {
            LocalDate date = around(rnd, anchor, 30, 420);
            if (rnd.nextInt(3) == 0) {
                String t = APPOINTMENTS[rnd.nextInt(APPOINTMENTS.length)];
                boolean attended = rnd.nextInt(5) > 0;
                contacts.add(new Event(i + 1, t, date, attended ? "ATTC" : "UAAB", true, attended, null, null));
                continue;
            }
            String t = TYPES[rnd.nextInt(TYPES.length)];
            String outcome = t.equals("SFRR") ? new String[] {"SFG1", "SFG2", null}[rnd.nextInt(3)] : null;
            Integer incidents = t.equals("C515") && rnd.nextBoolean() ? rnd.nextInt(6) : null;
            CheckKind about = ABOUT[rnd.nextInt(ABOUT.length)];
            if (t.equals("CGRF") && rnd.nextBoolean()) {
                about = CheckKind.DA_INTERVENTION;
            }
            contacts.add(new Event(i + 1, t, date, outcome, false, false, about, incidents));
        }
        List<Trigger> triggers = new ArrayList<>();
        int m = rnd.nextInt(5);
        for (int i = 0; i < m; i++) {
            Circumstance q = Circumstance.values()[rnd.nextInt(Circumstance.values().length)];
            triggers.add(new Trigger(around(rnd, anchor, 30, 400), q, 100 + i));
        }
        List<Record> records = new ArrayList<>();
        if (rnd.nextInt(3) == 0) {
            LocalDate seen = around(rnd, anchor, 10, 200);
            records.add(new Record(CheckKind.SARA, seen, LEVELS[rnd.nextInt(LEVELS.length)]));
            if (rnd.nextInt(4) == 0) {
                records.add(new Record(CheckKind.SARA, seen, LEVELS[rnd.nextInt(LEVELS.length)]));
            }
        }
        if (rnd.nextInt(4) == 0) {
            records.add(new Record(CheckKind.DASO, around(rnd, anchor, 40, 200), null));
        }
        // The engine must not depend on the order of the lists.
        java.util.Collections.shuffle(contacts, rnd);
        return new CheckFacts(id, type, sentenced, released, order, regs, contacts, triggers, records);
    }

    /** Random timescales, small ones included, so that deadlines crowd together. */
    static CheckRules rules(Random rnd) {
        if (rnd.nextBoolean()) {
            return CheckRules.DEFAULTS;
        }
        return new CheckRules(rnd.nextInt(8), rnd.nextInt(3), rnd.nextInt(15), rnd.nextInt(8), rnd.nextInt(8),
                rnd.nextInt(4), rnd.nextInt(20), rnd.nextInt(8), rnd.nextInt(5), rnd.nextInt(4), rnd.nextInt(35),
                rnd.nextInt(8), rnd.nextInt(12), rnd.nextInt(4), rnd.nextInt(5));
    }

    @Test
    void theResultsStayTheSameUntilValidUntil() {
        Random rnd = new Random(20261123L);
        int windows = 0;
        int days = 0;
        for (int c = 0; c < 400; c++) {
            CheckFacts facts = generate(rnd, c);
            CheckEngine engine = new CheckEngine(rules(rnd), EW);
            LocalDate asOf = around(rnd, facts.sentenceDate(), 20, 300);
            // Walk forward through several windows of validity.
            for (int w = 0; w < 6; w++) {
                Evaluation e = engine.evaluate(facts, asOf);
                LocalDate until = e.validUntil();
                String what = "case " + c + " (" + facts + ") on " + asOf;
                if (until != null) {
                    assertTrue(until.isAfter(asOf), what + ": valid until " + until);
                }
                LocalDate end = until != null ? until : asOf.plusDays(3 * 366);
                for (LocalDate d = asOf.plusDays(1); d.isBefore(end); d = d.plusDays(until != null ? 1 : 7)) {
                    assertEquals(e.results(), engine.evaluate(facts, d).results(),
                            what + ": valid until " + until + " but different on " + d);
                    days++;
                }
                windows++;
                if (until == null) {
                    break;
                }
                asOf = until;
            }
        }
        assertTrue(windows > 1000 && days > 10_000, windows + " windows, " + days + " days");
    }

    @Test
    void aValidityThatEndsOnADeadlineEndsInAChange() {
        // A fact that shows up may change nothing (a second request, say); but when no fact is
        // dated on it, validUntil is the day a deadline passes or a period starts, and the
        // results must change then: a validity that ended too early would waste re-evaluations.
        Random rnd = new Random(7L);
        int deadlines = 0;
        for (int c = 0; c < 1000; c++) {
            CheckFacts facts = generate(rnd, c);
            CheckEngine engine = new CheckEngine(rules(rnd), EW);
            LocalDate asOf = around(rnd, facts.sentenceDate(), 20, 300);
            Evaluation e = engine.evaluate(facts, asOf);
            LocalDate until = e.validUntil();
            if (until == null || factOn(facts, until)) {
                continue;
            }
            deadlines++;
            assertNotEquals(e.results(), engine.evaluate(facts, until).results(),
                    "case " + c + " (" + facts + ") on " + asOf + ": nothing changes on " + until);
        }
        assertTrue(deadlines > 150, deadlines + " windows ending on a deadline");
    }

    static boolean factOn(CheckFacts f, LocalDate d) {
        for (Event e : f.contacts()) {
            if (d.equals(e.date())) {
                return true;
            }
        }
        for (Trigger t : f.triggers()) {
            if (d.equals(t.date())) {
                return true;
            }
        }
        for (Reg g : f.registrations()) {
            if (d.equals(g.registered())) {
                return true;
            }
        }
        for (Record r : f.records()) {
            if (d.equals(r.date())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void theOrderOfEveryListDoesNotMatter() {
        Random rnd = new Random(3L);
        CheckEngine engine = new CheckEngine(CheckRules.DEFAULTS, EW);
        for (int c = 0; c < 1000; c++) {
            CheckFacts f = generate(rnd, c);
            List<Reg> regs = new ArrayList<>(f.registrations());
            List<Event> contacts = new ArrayList<>(f.contacts());
            List<Trigger> triggers = new ArrayList<>(f.triggers());
            List<Record> records = new ArrayList<>(f.records());
            java.util.Collections.reverse(regs);
            java.util.Collections.shuffle(contacts, rnd);
            java.util.Collections.reverse(triggers);
            java.util.Collections.reverse(records);
            CheckFacts g = new CheckFacts(f.caseId(), f.caseType(), f.sentenceDate(), f.releaseDate(),
                    f.orderDescription(), regs, contacts, triggers, records);
            LocalDate asOf = around(rnd, f.sentenceDate(), 20, 300);
            assertEquals(engine.evaluate(f, asOf), engine.evaluate(g, asOf), "case " + c + " on " + asOf);
        }
    }

    @Test
    void manyThreadsGetTheSameAnswers() throws InterruptedException, ExecutionException {
        Random rnd = new Random(11L);
        CheckEngine engine = new CheckEngine(CheckRules.DEFAULTS, EW);
        List<CheckFacts> cases = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        List<Evaluation> expected = new ArrayList<>();
        for (int c = 0; c < 2000; c++) {
            CheckFacts f = generate(rnd, c);
            LocalDate asOf = around(rnd, f.sentenceDate(), 20, 300);
            cases.add(f);
            dates.add(asOf);
            expected.add(engine.evaluate(f, asOf));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Evaluation>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    List<Evaluation> out = new ArrayList<>();
                    for (int i = 0; i < cases.size(); i++) {
                        out.add(engine.evaluate(cases.get(i), dates.get(i)));
                    }
                    return out;
                }));
            }
            for (Future<List<Evaluation>> f : futures) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
