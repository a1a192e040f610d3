package dutydesk.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.db.Database;
import dutydesk.testing.TestClock;
import dutydesk.testing.TestDb;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Check-in, the duty queue and reception's lists, on SQLite with the real migrations and the demo caseload. */
class VisitRepositoryTest {

    static final LocalDate TODAY = TestDb.TODAY;
    /** Holmes, Wayne: due on 30 October, so overdue (and expected) on the test day. */
    static final String HOLMES = "H255439";

    @TempDir
    Path dir;
    Database db;
    TestClock clock;
    VisitRepository reception;
    VisitRepository tom;
    VisitRepository anita;
    VisitRepository spo;
    long holmes;

    @BeforeEach
    void open() {
        db = TestDb.demo(dir);
        clock = new TestClock();
        reception = as("reception");
        tom = as("tbradshaw");
        anita = as("akaur");
        spo = as("hokoye");
        holmes = caseId(HOLMES);
    }

    @AfterEach
    void close() {
        db.close();
    }

    VisitRepository as(String user) {
        return new VisitRepository(db, clock, user);
    }

    TestClock at(int hour, int minute) {
        return clock.at(LocalTime.of(hour, minute));
    }

    long caseId(String crn) {
        return db.read(h -> h.createQuery("SELECT id FROM cases WHERE crn = :crn").bind("crn", crn)
                .mapTo(Long.class).one());
    }

    List<Long> casesWhere(String condition, int n) {
        return db.read(h -> h.createQuery("SELECT c.id FROM cases c WHERE c.unallocated = 1 AND " + condition
                + " ORDER BY c.id LIMIT " + n).mapTo(Long.class).list());
    }

    String name(long caseId) {
        return db.read(h -> h.createQuery("SELECT surname || ', ' || forename FROM cases WHERE id = :id")
                .bind("id", caseId).mapTo(String.class).one());
    }

    Map<String, Object> visitRow(long visitId) {
        return db.read(h -> h.createQuery("SELECT * FROM visit WHERE id = :id").bind("id", visitId).mapToMap().one());
    }

    /** The visit's history as "ACTION who hh:mm detail" lines, oldest first. */
    List<String> events(long visitId) {
        return db.read(h -> h.createQuery("SELECT action, by_user, at, detail FROM visit_event WHERE visit_id = :id"
                        + " ORDER BY id").bind("id", visitId)
                .map((rs, ctx) -> rs.getString(1) + " " + rs.getString(2) + " "
                        + LocalTime.ofInstant(Instant.parse(rs.getString(3)), TestDb.LONDON) + " "
                        + (rs.getString(4) == null ? "-" : rs.getString(4)))
                .list());
    }

    int count(String sql) {
        return db.read(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    static long done(Outcome o) {
        return assertInstanceOf(Outcome.Done.class, o).visitId();
    }

    /** Asserts the action was done with this message; returns the visit's id. */
    static long done(String message, Outcome o) {
        assertEquals(message, assertInstanceOf(Outcome.Done.class, o).message());
        return done(o);
    }

    static Outcome.Refused refused(Outcome o) {
        return assertInstanceOf(Outcome.Refused.class, o);
    }

    /** Stores a contact as the desk would and runs the visit hook in the same transaction. */
    long contact(long caseId, String type, LocalDate date, String outcome, String user) {
        Instant now = clock.instant();
        return db.write(h -> {
            long id = h.createUpdate("INSERT INTO contact (case_id, type_code, contact_date, start_time, outcome_code,"
                            + " source, created_by, created_at) VALUES (:case, :type, :date, :time, :outcome, 'DESK',"
                            + " :user, :now)")
                    .bind("case", caseId).bind("type", type).bind("date", date.toString())
                    .bind("time", LocalTime.ofInstant(now, TestDb.LONDON).toString()).bind("outcome", outcome)
                    .bind("user", user).bind("now", now.toString())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            VisitRepository.contactSaved(h, caseId, id, type, date, user, now);
            return id;
        });
    }

    /** Holmes checked in at 10:00 and taken by Tom Bradshaw at 10:03; the clock left at 10:03. */
    long holmesWithTom() {
        long visit = done(reception.checkIn(holmes));
        at(10, 3);
        assertInstanceOf(Outcome.Done.class, tom.take(visit));
        return visit;
    }

    /** Refused because Tom Bradshaw has had Holmes since 10:03 (see {@link #holmesWithTom}). */
    static void refusedAsTomHasHolmes(Outcome o) {
        Outcome.Refused r = refused(o);
        assertEquals("Tom Bradshaw took Holmes, Wayne at 10:03.", r.message());
        assertEquals("tbradshaw", r.by());
        assertEquals(TestDb.TODAY.atTime(10, 3).atZone(TestDb.LONDON).toInstant(), r.since());
    }

    // ---- check-in -------------------------------------------------------------------------------

    @Test
    void checkInPutsAnExpectedPersonInTheQueueAndRecordsWhoAndWhen() {
        long visit = done("Checked in Holmes, Wayne at 10:00.", reception.checkIn(holmes));

        Map<String, Object> row = visitRow(visit);
        assertEquals(holmes, ((Number) row.get("case_id")).longValue());
        assertEquals("2026-11-23", row.get("visit_date"));
        assertEquals("2026-11-23T10:00:00Z", row.get("arrived_at"));
        assertEquals(1, row.get("expected"));
        assertEquals("reception", row.get("checked_in_by"));
        assertEquals("WAITING", row.get("state"));
        assertNull(row.get("taken_by"));
        assertEquals(List.of("CHECK_IN reception 10:00 -"), events(visit));

        List<QueueRow> queue = tom.queue();
        assertEquals(1, queue.size());
        QueueRow q = queue.get(0);
        assertEquals(visit, q.visitId());
        assertEquals(HOLMES, q.crn());
        assertEquals(VisitState.WAITING, q.state());
        assertTrue(q.expected());
    }

    @Test
    void aWalkInIsCheckedInButMarkedAsNotDue() {
        long walkIn = casesWhere("c.next_report_date > '2026-11-23'", 1).get(0);
        long visit = done("Checked in " + name(walkIn) + " at 10:00 (not due today).", reception.checkIn(walkIn));
        assertEquals(0, visitRow(visit).get("expected"));
        assertEquals(List.of("CHECK_IN reception 10:00 walk-in"), events(visit));
        assertFalse(reception.queue().get(0).expected());
    }

    @Test
    void aSecondCheckInOfSomeoneWaitingIsRefusedWithTheFirstArrival() {
        long first = done(reception.checkIn(holmes));
        at(10, 5);
        Outcome.Refused r = refused(as("jlewis").checkIn(holmes));
        assertEquals("Holmes, Wayne is already checked in (arrived 10:00).", r.message());
        assertEquals(first, r.visitId());
        assertNull(r.by());

        // Also while an officer has them: the refusal says who.
        tom.take(first);
        Outcome.Refused again = refused(reception.checkIn(holmes));
        assertEquals("Holmes, Wayne is already checked in (arrived 10:00).", again.message());
        assertEquals("tbradshaw", again.by());
        assertEquals(1, count("SELECT count(*) FROM visit"));
        assertEquals(1, count("SELECT count(*) FROM visit_event WHERE action = 'CHECK_IN'"));
    }

    @Test
    void someoneStillWaitingFromAnEarlierDayIsCheckedInAfreshAndTheOldVisitEndsAsLeft() {
        long earlier = done(reception.checkIn(holmes));
        clock.on(TestDb.TODAY.plusDays(3), LocalTime.of(9, 30));
        long later = done("Checked in Holmes, Wayne at 09:30.", reception.checkIn(holmes));
        assertNotEquals(earlier, later);
        assertEquals("LEFT", visitRow(earlier).get("state"));
        assertEquals("reception", visitRow(earlier).get("ended_by"));
        assertEquals(List.of("CHECK_IN reception 10:00 -",
                "LEFT reception 09:30 still waiting from 2026-11-23 when checked in again"), events(earlier));
        assertEquals("WAITING", visitRow(later).get("state"));
        assertEquals(TestDb.TODAY.plusDays(3).toString(), visitRow(later).get("visit_date"));
    }

    @Test
    void someoneWithAnOfficerSinceAnEarlierDayIsNotCheckedInAgainAndTheRefusalSaysSince() {
        long visit = holmesWithTom();
        clock.on(TestDb.TODAY.plusDays(1), LocalTime.of(9, 0));
        Outcome.Refused r = refused(reception.checkIn(holmes));
        assertEquals("Holmes, Wayne is already checked in (arrived 10:00 on 23/11/2026).", r.message());
        assertEquals("tbradshaw", r.by());
        assertEquals("WITH_OFFICER", visitRow(visit).get("state"));
        assertEquals(1, count("SELECT count(*) FROM visit"));
    }

    @Test
    void checkingInSomeoneNotInTheDatabaseIsRefused() {
        Outcome.Refused r = refused(reception.checkIn(999_999));
        assertEquals("That person is no longer in the database.", r.message());
        assertEquals(0, count("SELECT count(*) FROM visit"));
    }

    // ---- take -----------------------------------------------------------------------------------

    @Test
    void takingAWaitingPersonGivesThemToThatOfficer() {
        long visit = done(reception.checkIn(holmes));
        at(10, 3);
        done("You have Holmes, Wayne.", tom.take(visit));

        Map<String, Object> row = visitRow(visit);
        assertEquals("WITH_OFFICER", row.get("state"));
        assertEquals("tbradshaw", row.get("taken_by"));
        assertEquals("2026-11-23T10:03:00Z", row.get("taken_at"));
        assertEquals(1, row.get("version"));
        assertEquals(List.of("CHECK_IN reception 10:00 -", "TAKE tbradshaw 10:03 -"), events(visit));

        QueueRow q = anita.queue().get(0);
        assertEquals(VisitState.WITH_OFFICER, q.state());
        assertEquals("tbradshaw", q.takenBy());
        assertEquals("Tom Bradshaw", q.takenName());
    }

    @Test
    void aSecondOfficerTakingTheSamePersonIsToldWhoHasThem() {
        long visit = holmesWithTom();
        at(10, 4);
        refusedAsTomHasHolmes(anita.take(visit));
        assertEquals("tbradshaw", visitRow(visit).get("taken_by"));
        assertEquals(1, count("SELECT count(*) FROM visit_event WHERE action = 'TAKE'"));
    }

    @Test
    void takingSomeoneYouAlreadyHaveChangesNothing() {
        long visit = done(reception.checkIn(holmes));
        tom.take(visit);
        done("You already have Holmes, Wayne.", as("tbradshaw").take(visit));
        assertEquals(1, visitRow(visit).get("version"));
        assertEquals(1, count("SELECT count(*) FROM visit_event WHERE action = 'TAKE'"));
    }

    @Test
    void aVisitThatIsGoneIsRefusedByEveryAction() {
        for (Outcome o : List.of(tom.take(4242), tom.release(4242, true), reception.left(4242), reception.undo(4242))) {
            assertEquals("That visit is no longer in the database.", refused(o).message());
        }
    }

    // ---- release --------------------------------------------------------------------------------

    @Test
    void theOfficerWhoHasSomeoneCanPutThemBackAtTheirPlace() {
        long first = done(reception.checkIn(holmes));
        at(10, 1);
        long other = casesWhere("c.id <> " + holmes, 1).get(0);
        long second = done(reception.checkIn(other));
        at(10, 3);
        tom.take(first);
        at(10, 6);
        done("Holmes, Wayne is back in the queue.", tom.release(first, false));

        Map<String, Object> row = visitRow(first);
        assertEquals("WAITING", row.get("state"));
        assertNull(row.get("taken_by"));
        assertNull(row.get("taken_at"));
        assertEquals(List.of(first, second), anita.queue().stream().map(QueueRow::visitId).collect(Collectors.toList()));
        assertEquals(List.of("CHECK_IN reception 10:00 -", "TAKE tbradshaw 10:03 -", "RELEASE tbradshaw 10:06 -"),
                events(first));
    }

    @Test
    void anotherOfficerCannotPutSomeoneBackButTheSpoCan() {
        long visit = holmesWithTom();
        at(10, 8);
        Outcome.Refused r = refused(anita.release(visit, false));
        assertEquals("Holmes, Wayne is with Tom Bradshaw; only they or the SPO can put them back.", r.message());
        assertEquals("tbradshaw", r.by());
        assertEquals("WITH_OFFICER", visitRow(visit).get("state"));

        done("Holmes, Wayne is back in the queue.", spo.release(visit, true));
        assertEquals("WAITING", visitRow(visit).get("state"));
        assertEquals(List.of("CHECK_IN reception 10:00 -", "TAKE tbradshaw 10:03 -",
                "RELEASE hokoye 10:08 was with tbradshaw"), events(visit));
    }

    @Test
    void someoneWaitingCannotBeReleased() {
        long visit = done(reception.checkIn(holmes));
        Outcome.Refused r = refused(tom.release(visit, true));
        assertEquals("Holmes, Wayne is not with an officer (waiting).", r.message());
        assertEquals(List.of("CHECK_IN reception 10:00 -"), events(visit));
    }

    // ---- left and undo --------------------------------------------------------------------------

    @Test
    void someoneWhoLeavesUnseenEndsTheirVisit() {
        endedByReception(LocalTime.of(10, 20), reception::left, "Holmes, Wayne left without being seen at 10:20.",
                "LEFT", "LEFT reception 10:20 -");
    }

    /**
     * Checks Holmes in at 10:00, then at {@code time} has reception end the visit with
     * {@code action}, and checks the message, the stored end and the history.
     */
    long endedByReception(LocalTime time, LongFunction<Outcome> action, String message, String state, String event) {
        long visit = done(reception.checkIn(holmes));
        clock.at(time);
        done(message, action.apply(visit));
        Map<String, Object> row = visitRow(visit);
        assertEquals(state, row.get("state"));
        assertEquals(TestDb.TODAY.atTime(time).atZone(TestDb.LONDON).toInstant().toString(), row.get("ended_at"));
        assertEquals("reception", row.get("ended_by"));
        assertTrue(tom.queue().isEmpty(), "out of the queue");
        assertEquals(List.of("CHECK_IN reception 10:00 -", event), events(visit));
        return visit;
    }

    @Test
    void someoneWithAnOfficerCannotBeMarkedAsLeft() {
        long visit = holmesWithTom();
        refusedAsTomHasHolmes(reception.left(visit));
        assertEquals("WITH_OFFICER", visitRow(visit).get("state"));
    }

    @Test
    void undoingACheckInKeepsItAsUndoneAndAllowsANewOne() {
        long visit = endedByReception(LocalTime.of(10, 2), reception::undo, "Check-in of Holmes, Wayne undone.",
                "CANCELLED", "UNDO reception 10:02 check-in");

        at(10, 4);
        long again = done(reception.checkIn(holmes));
        assertTrue(again != visit);
        assertEquals("The check-in of Holmes, Wayne was undone.", refused(tom.take(visit)).message());
    }

    @Test
    void undoingALeftPutsThePersonBackWaiting() {
        long visit = done(reception.checkIn(holmes));
        at(10, 20);
        reception.left(visit);
        at(10, 21);
        done("Holmes, Wayne is waiting again.", reception.undo(visit));
        Map<String, Object> row = visitRow(visit);
        assertEquals("WAITING", row.get("state"));
        assertNull(row.get("ended_at"));
        assertNull(row.get("ended_by"));
        assertEquals(List.of(visit), tom.queue().stream().map(QueueRow::visitId).collect(Collectors.toList()));
        assertEquals(List.of("CHECK_IN reception 10:00 -", "LEFT reception 10:20 -", "UNDO reception 10:21 left"),
                events(visit));
    }

    @Test
    void aLeftCannotBeUndoneOnceThePersonIsCheckedInAgain() {
        long visit = done(reception.checkIn(holmes));
        reception.left(visit);
        long again = done(reception.checkIn(holmes));
        assertEquals("Holmes, Wayne has been checked in again since.", refused(reception.undo(visit)).message());
        assertEquals("LEFT", visitRow(visit).get("state"));
        assertEquals("WAITING", visitRow(again).get("state"));
    }

    @Test
    void undoIsRefusedOnceAnOfficerHasThePersonOrHasSeenThem() {
        long visit = holmesWithTom();
        at(10, 5);
        refusedAsTomHasHolmes(reception.undo(visit));
        assertEquals("WITH_OFFICER", visitRow(visit).get("state"));

        contact(holmes, "COAP", TODAY, "ATTC", "tbradshaw");
        assertEquals("Holmes, Wayne has been seen by Tom Bradshaw.", refused(reception.undo(visit)).message());
        assertEquals(List.of("CHECK_IN reception 10:00 -", "TAKE tbradshaw 10:03 -"),
                events(visit).subList(0, 2));
        assertEquals(3, events(visit).size());
    }

    // ---- seen, with the contact -----------------------------------------------------------------

    @Test
    void anAppointmentContactByTheOfficerWhoHasThePersonMarksTheVisitSeen() {
        long visit = holmesWithTom();
        at(10, 25);
        long contact = contact(holmes, "COAP", TODAY, "ATTC", "tbradshaw");
        assertSeen(visit, "tbradshaw", "2026-11-23T10:03:00Z", contact, "2026-11-23T10:25:00Z");
        assertEquals(List.of("CHECK_IN reception 10:00 -", "TAKE tbradshaw 10:03 -",
                "SEEN tbradshaw 10:25 COAP contact " + contact), events(visit));
        assertTrue(tom.queue().isEmpty());
    }

    void assertSeen(long visit, String by, String takenAt, long contact, String endedAt) {
        Map<String, Object> row = visitRow(visit);
        assertEquals("SEEN", row.get("state"));
        assertEquals(by, row.get("taken_by"));
        assertEquals(takenAt, row.get("taken_at"));
        assertEquals(contact, ((Number) row.get("contact_id")).longValue());
        assertEquals(endedAt, row.get("ended_at"));
        assertEquals(by, row.get("ended_by"));
    }

    @Test
    void anAppointmentContactForSomeoneStillWaitingMarksThemSeenByWhoeverLoggedIt() {
        long visit = done(reception.checkIn(holmes));
        at(10, 12);
        long contact = contact(holmes, "COUP", TODAY, "ATTC", "akaur");
        assertSeen(visit, "akaur", "2026-11-23T10:12:00Z", contact, "2026-11-23T10:12:00Z");
        assertEquals(List.of("CHECK_IN reception 10:00 -", "SEEN akaur 10:12 COUP contact " + contact), events(visit));
    }

    @Test
    void aContactLeavesTheVisitAloneWhenAnotherOfficerHasThePerson() {
        long visit = holmesWithTom();
        contact(holmes, "COAP", TODAY, "ATTC", "akaur");
        assertEquals("WITH_OFFICER", visitRow(visit).get("state"));
        assertEquals("tbradshaw", visitRow(visit).get("taken_by"));
        assertEquals(2, events(visit).size());
    }

    @Test
    void onlyAnAppointmentOnTheDayOfTheVisitMarksItSeen() {
        long visit = holmesWithTom();
        contact(holmes, "C369", TODAY, null, "tbradshaw");             // not an appointment
        contact(holmes, "COAP", TODAY.minusDays(1), "ATTC", "tbradshaw"); // another day
        contact(holmes, "COAP", TODAY.plusDays(7), null, "tbradshaw");    // a future appointment
        long other = casesWhere("c.id <> " + holmes, 1).get(0);
        contact(other, "COAP", TODAY, "ATTC", "tbradshaw");               // another person
        assertEquals("WITH_OFFICER", visitRow(visit).get("state"));
        assertEquals(2, events(visit).size());
    }

    @Test
    void everyChangeIsAnEventAndBumpsTheVersion() {
        long visit = holmesWithTom();
        at(10, 4);
        tom.release(visit, false);
        at(10, 5);
        anita.take(visit);
        at(10, 30);
        long contact = contact(holmes, "COAP", TODAY, "ATTC", "akaur");
        assertEquals(List.of("CHECK_IN reception 10:00 -", "TAKE tbradshaw 10:03 -", "RELEASE tbradshaw 10:04 -",
                "TAKE akaur 10:05 -", "SEEN akaur 10:30 COAP contact " + contact), events(visit));
        assertEquals(4, visitRow(visit).get("version"));
        assertEquals("Holmes, Wayne has been seen by Anita Kaur.", refused(tom.take(visit)).message());
    }

    // ---- reception's lists ----------------------------------------------------------------------

    @Test
    void expectedListsEveryoneDueOrRecentlyOverdueAndEveryoneWhoArrived() {
        Set<String> due = new HashSet<>(db.read(h -> h.createQuery("SELECT crn FROM cases WHERE unallocated = 1"
                + " AND next_report_date BETWEEN '2026-10-26' AND '2026-11-23'").mapTo(String.class).list()));
        List<Long> walkIns = casesWhere("c.next_report_date > '2026-12-31'", 2);
        long walkIn = done(reception.checkIn(walkIns.get(0)));
        reception.undo(done(reception.checkIn(walkIns.get(1))));
        long holmesVisit = done(reception.checkIn(holmes));
        tom.take(holmesVisit);

        List<ReceptionRow> rows = reception.expected(TODAY);
        Set<String> crns = rows.stream().map(ReceptionRow::crn).collect(Collectors.toSet());
        Set<String> want = new HashSet<>(due);
        want.add(crnOf(walkIns.get(0)));
        assertEquals(want, crns);
        assertEquals(rows.size(), crns.size(), "one row per person");
        assertEquals(ReceptionRow.sortedByName(rows), rows);

        ReceptionRow h = row(rows, HOLMES);
        assertEquals(holmesVisit, h.visitId());
        assertEquals(VisitState.WITH_OFFICER, h.state());
        assertEquals("Tom Bradshaw", h.withName());
        assertEquals(LocalDate.of(2026, 10, 30), h.nextReport());
        assertEquals(walkIn, row(rows, crnOf(walkIns.get(0))).visitId());
        String notArrived = due.stream().filter(c -> !c.equals(HOLMES)).findFirst().orElseThrow();
        assertFalse(row(rows, notArrived).arrived());
        assertNull(row(rows, notArrived).state());
    }

    String crnOf(long caseId) {
        return db.read(h -> h.createQuery("SELECT crn FROM cases WHERE id = :id").bind("id", caseId)
                .mapTo(String.class).one());
    }

    static ReceptionRow row(List<ReceptionRow> rows, String crn) {
        return rows.stream().filter(r -> r.crn().equals(crn)).findFirst()
                .orElseThrow(() -> new AssertionError(crn + " not in " + rows));
    }

    @Test
    void findTakesTheStartOfACrnInEitherCase() {
        List<ReceptionRow> rows = reception.find("h2554", TODAY, 50);
        assertFalse(rows.isEmpty());
        assertTrue(rows.stream().allMatch(r -> r.crn().startsWith("H2554")), rows::toString);
        assertEquals(count("SELECT count(*) FROM cases WHERE unallocated = 1 AND crn LIKE 'H2554%'"), rows.size());
        assertEquals(List.of(HOLMES), crns(reception.find(" H255439 ", TODAY, 50)));
        assertTrue(reception.find("H9999999", TODAY, 50).isEmpty());
    }

    @Test
    void findTakesTheStartOfASurnameWithAccentsCaseAndPunctuationFolded() {
        List<String> folded = crns(reception.find("wis", TODAY, 100));
        assertEquals(db.read(h -> h.createQuery("SELECT crn FROM cases WHERE unallocated = 1 AND surname_key LIKE 'wis%'"
                + " ORDER BY surname_key, forename_key, id").mapTo(String.class).list()), folded);
        assertTrue(folded.size() >= 2, folded::toString);
        assertEquals(folded, crns(reception.find("Wiś", TODAY, 100)));
        assertEquals(folded, crns(reception.find("WIŚNIEW", TODAY, 100)).subList(0, folded.size()));
        assertTrue(reception.find("Wiśniewski", TODAY, 100).stream().allMatch(r -> r.surname().equals("Wiśniewski")));

        List<String> nunez = crns(reception.find("Núñez", TODAY, 100));
        assertFalse(nunez.isEmpty());
        assertEquals(nunez, crns(reception.find("nunez", TODAY, 100)));
        assertEquals(crns(reception.find("obrien", TODAY, 100)), crns(reception.find("O'Brien", TODAY, 100)));
        assertEquals(3, reception.find("wis", TODAY, 3).size(), "the limit");
    }

    @Test
    void findTakesADateOfBirthInTheFormsPeopleTypeIt() {
        db.write(h -> h.execute("UPDATE cases SET date_of_birth = '1990-03-14' WHERE crn = ?", HOLMES));
        List<String> want = db.read(h -> h.createQuery("SELECT crn FROM cases WHERE unallocated = 1"
                + " AND date_of_birth = '1990-03-14' ORDER BY surname_key, forename_key, id").mapTo(String.class).list());
        assertTrue(want.contains(HOLMES));
        for (String typed : List.of("14/03/1990", "14-3-90", "1990-03-14", "14031990", "14.03.1990", "140390", "14/3/1990")) {
            assertEquals(want, crns(reception.find(typed, TODAY, 50)), typed);
        }
        assertTrue(reception.find("31/02/1990", TODAY, 50).isEmpty());
        assertTrue(reception.find("1990", TODAY, 50).isEmpty());
        assertTrue(reception.find("   ", TODAY, 50).isEmpty());
    }

    @Test
    void birthDatesAreReadAsWholeRealDates() {
        LocalDate d = LocalDate.of(1990, 3, 14);
        for (String typed : List.of("14/03/1990", "14-3-90", "14.03.1990", "1990-03-14", "1990-3-14", "14031990", "140390")) {
            assertEquals(d, VisitRepository.birthDate(typed), typed);
        }
        assertEquals(LocalDate.of(2005, 1, 2), VisitRepository.birthDate("02/01/05"));
        assertNull(VisitRepository.birthDate("30/02/1990"));
        assertNull(VisitRepository.birthDate("14/13/1990"));
        assertNull(VisitRepository.birthDate("1403199"));
    }

    @Test
    void foundPeopleCarryTodaysVisit() {
        long visit = done(reception.checkIn(holmes));
        ReceptionRow r = reception.find(HOLMES, TODAY, 5).get(0);
        assertEquals(visit, r.visitId());
        assertEquals(VisitState.WAITING, r.state());
        assertTrue(r.arrived());
        assertEquals(0, reception.find(HOLMES, TODAY.plusDays(1), 5).get(0).visitId(), "not tomorrow's");
        reception.undo(visit);
        assertFalse(reception.find(HOLMES, TODAY, 5).get(0).arrived(), "an undone check-in is not an arrival");
    }

    static List<String> crns(List<ReceptionRow> rows) {
        List<String> out = new ArrayList<>();
        for (ReceptionRow r : rows) {
            out.add(r.crn());
        }
        return out;
    }

    @Test
    void noShowsAreThoseDueTodayWhoHaveNotBeenSeenOrRecorded() {
        List<String> before = crns(reception.noShows(TODAY));
        assertEquals(db.read(h -> h.createQuery("SELECT c.crn FROM cases c WHERE c.unallocated = 1"
                + " AND c.next_report_date = '2026-11-23' AND NOT EXISTS (SELECT 1 FROM contact k"
                + " JOIN contact_type t ON t.code = k.type_code WHERE k.case_id = c.id"
                + " AND k.contact_date = '2026-11-23' AND t.appointment = 1 AND k.outcome_code IS NOT NULL)"
                + " ORDER BY c.surname_key, c.forename_key, c.id").mapTo(String.class).list()), before);
        assertTrue(before.size() >= 7, before::toString);
        assertFalse(before.contains(HOLMES), "overdue, not due today");

        long waiting = caseId(before.get(0));
        long withOfficer = caseId(before.get(1));
        long left = caseId(before.get(2));
        long undone = caseId(before.get(3));
        long seen = caseId(before.get(4));
        long recorded = caseId(before.get(5));
        long planned = caseId(before.get(6));
        reception.checkIn(waiting);
        tom.take(done(reception.checkIn(withOfficer)));
        reception.left(done(reception.checkIn(left)));
        reception.undo(done(reception.checkIn(undone)));
        reception.checkIn(seen);
        contact(seen, "COAP", TODAY, "ATTC", "akaur");
        contact(recorded, "COAP", TODAY, "UAAB", "akaur");  // a failure to attend, already recorded
        contact(planned, "COAP", TODAY, null, "akaur");     // an appointment with no outcome yet
        reception.checkIn(holmes);

        List<ReceptionRow> after = reception.noShows(TODAY);
        List<String> want = new ArrayList<>(before);
        want.removeAll(List.of(before.get(0), before.get(1), before.get(4), before.get(5)));
        assertEquals(want, crns(after));
        assertEquals(VisitState.LEFT, row(after, before.get(2)).state());
        assertFalse(row(after, before.get(3)).arrived());
        assertFalse(row(after, before.get(6)).arrived());
    }

    @Test
    void dayCountsCountTheDaysVisitsByState() {
        long a = done(reception.checkIn(holmes));
        List<Long> others = casesWhere("c.id <> " + holmes, 3);
        reception.left(done(reception.checkIn(others.get(0))));
        reception.undo(done(reception.checkIn(others.get(1))));
        tom.take(done(reception.checkIn(others.get(2))));
        assertEquals(Map.of(VisitState.WAITING, 1, VisitState.LEFT, 1, VisitState.CANCELLED, 1,
                VisitState.WITH_OFFICER, 1), reception.dayCounts(TODAY));
        assertTrue(reception.dayCounts(TODAY.minusDays(1)).isEmpty());
        assertEquals(VisitState.WAITING, reception.queue().get(0).state());
        assertEquals(a, reception.queue().get(0).visitId());
    }
}
