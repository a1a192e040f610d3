package dutydesk.reception;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import dutydesk.db.Database;
import dutydesk.testing.TestDb;
import dutydesk.tui.Cmd;
import dutydesk.tui.CmdFailed;
import dutydesk.tui.DataChanged;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Msg;
import dutydesk.tui.Nav;
import dutydesk.tui.Next;
import dutydesk.tui.Notice;
import dutydesk.tui.Page;
import dutydesk.tui.Paste;
import dutydesk.tui.Resized;
import dutydesk.tui.Resumed;
import dutydesk.tui.Tick;
import dutydesk.tui.keys.Keys;
import dutydesk.users.Access;
import dutydesk.users.Grade;
import dutydesk.users.Role;
import dutydesk.users.User;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reception page's update alone: messages in, state and commands out; nothing runs. */
class ReceptionPageTest {

    static final Instant TEN = Instant.parse("2026-11-23T10:00:00Z");
    static final User RECEPTION = new User("reception", "Rita Desk", null, Grade.ADMIN, Role.RECEPTION, true);

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = TestDb.empty(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Someone due today who has not arrived. */
    static ReceptionRow due(long caseId, String surname, String forename) {
        return new ReceptionRow(caseId, "A00000" + caseId, surname, forename, LocalDate.of(1990, 3, 12), TestDb.TODAY,
                0, null, null, null);
    }

    /** The same person with today's visit in {@code state}. */
    static ReceptionRow visit(ReceptionRow r, long visitId, VisitState state, String withName) {
        return new ReceptionRow(r.caseId(), r.crn(), r.surname(), r.forename(), r.dateOfBirth(), r.nextReport(), visitId,
                state, TEN.minusSeconds(1200), withName);
    }

    static final ReceptionRow ADAMS = due(1, "Adams", "Jo");
    static final ReceptionRow BAKER = due(2, "Baker", "Sam");
    static final ReceptionRow COLE = due(3, "Cole", "Lee");
    static final ReceptionRow HOLDEN = due(7, "Holden", "Ray");
    static final ReceptionRow HOLLAND = due(8, "Holland", "Amy");

    ReceptionPage page(Access access, boolean root) {
        ReceptionPage p = ReceptionPage.create(new VisitRepository(db, TestDb.CLOCK, access.osUser()), access, root);
        return (ReceptionPage) p.update(new Resized(80, 24)).state();
    }

    ReceptionPage page() {
        return page(Access.of(RECEPTION, null), true);
    }

    /** The list for {@code find} arrives, answering the page's latest request. */
    static ReceptionPage load(ReceptionPage p, String find, ReceptionRow... rows) {
        return (ReceptionPage) p.update(new ReceptionPage.Loaded(p.gen(), find, List.of(rows), TEN)).state();
    }

    static Next<Page> press(ReceptionPage p, String key) {
        return p.update(new KeyMsg(Keys.parse(key)));
    }

    static ReceptionPage after(ReceptionPage p, String... keys) {
        for (String k : keys) {
            p = (ReceptionPage) press(p, k).state();
        }
        return p;
    }

    static ReceptionPage type(ReceptionPage p, String text) {
        for (char c : text.toCharArray()) {
            p = (ReceptionPage) p.update(new KeyMsg(new KeyStroke(c, false, false))).state();
        }
        return p;
    }

    static ReceptionPage send(ReceptionPage p, Msg msg) {
        return (ReceptionPage) p.update(msg).state();
    }

    static long selected(ReceptionPage p) {
        return p.selectedRow().caseId();
    }

    /** The one command is a (re)read of the list. */
    static void assertLoads(Next<Page> n) {
        assertEquals(1, n.cmds().size(), n.cmds().toString());
        Cmd c = n.cmds().get(0);
        assertTrue(c instanceof Cmd.Keyed k && k.key().equals("reception.load"), c.toString());
    }

    /** The one command is an action on the database: not a read of the list, not navigation. */
    static void assertActs(Next<Page> n) {
        assertEquals(1, n.cmds().size(), n.cmds().toString());
        Cmd c = n.cmds().get(0);
        assertFalse(c instanceof Cmd.Keyed || c instanceof Nav, c.toString());
    }

    @Test
    void theFirstListIsAskedForAtStartAndTheSelectionStartsOnTheFirstPerson() {
        ReceptionPage p = page();
        assertTrue(p.loading());
        assertEquals(1, p.init().size());
        assertTrue(p.init().get(0) instanceof Cmd.Keyed k && k.key().equals("reception.load"));
        assertEquals(19, p.cursor().height(), "24 rows less the title, find line, heading, status and hints");

        p = load(p, "", ADAMS, BAKER, COLE);
        assertFalse(p.loading());
        assertEquals("", p.shown());
        assertEquals(List.of(ADAMS, BAKER, COLE), p.rows());
        assertEquals(1, selected(p));
        assertEquals(1, p.anchor());
    }

    @Test
    void movingTheSelectionAnchorsItToThePerson() {
        ReceptionPage p = load(page(), "", ADAMS, BAKER, COLE);
        p = after(p, "j");
        assertEquals(2, selected(p));
        assertEquals(2, p.anchor());
        p = after(p, "<Down>", "<Down>");
        assertEquals(3, selected(p), "the last row stays selected");
        p = after(p, "k");
        assertEquals(2, selected(p));
        p = after(p, "<Up>", "<Up>");
        assertEquals(1, selected(p), "the first row stays selected");
        p = after(p, "G");
        assertEquals(3, selected(p));
        assertEquals(3, p.anchor());
        p = after(p, "g");
        assertEquals(1, selected(p));
        p = after(p, "<End>");
        assertEquals(3, selected(p));
        p = after(p, "<Home>");
        assertEquals(1, selected(p));
        assertTrue(press(p, "j").cmds().isEmpty(), "moving reads nothing");
    }

    @Test
    void theSelectionStaysOnItsPersonWhenTheDataChangesAndTheListIsReadAgain() {
        ReceptionPage p = after(load(page(), "", ADAMS, BAKER, COLE), "j");
        int gen = p.gen();

        Next<Page> changed = p.update(new DataChanged());
        ReceptionPage reading = (ReceptionPage) changed.state();
        assertLoads(changed);
        assertEquals(gen + 1, reading.gen());
        assertTrue(reading.loading());
        assertEquals(2, selected(reading), "the old list stays until the new one comes");

        ReceptionRow aaron = due(4, "Aaron", "Kim");
        p = load(reading, "", aaron, ADAMS, BAKER, COLE);
        assertEquals(2, selected(p), "someone listed above does not move the selection off Baker");
        assertEquals(2, p.cursor().selected());

        p = load(send(p, new Resumed()), "", ADAMS, visit(BAKER, 40, VisitState.WAITING, null), COLE);
        assertEquals(2, selected(p), "still Baker, now waiting, with Aaron gone from above");
        assertEquals(1, p.cursor().selected());

        p = load(send(p, new DataChanged()), "", ADAMS, COLE);
        assertEquals(1, p.cursor().selected(), "Baker gone: the selection keeps its place");
        assertEquals(3, selected(p));
        assertEquals(3, p.anchor(), "and is anchored to whoever is there now");
    }

    @Test
    void aListAnsweringAnOlderRequestIsDropped() {
        ReceptionPage p = load(page(), "", ADAMS, BAKER);
        ReceptionPage reading = send(p, new DataChanged());
        Next<Page> late = reading.update(new ReceptionPage.Loaded(p.gen(), "", List.of(COLE), TEN));
        assertSame(reading, late.state());
        assertTrue(late.cmds().isEmpty());
    }

    @Test
    void slashOpensTheFindBoxAndEachLetterAsksForThatSearch() {
        ReceptionPage p = send(load(page(), "", ADAMS, HOLDEN, HOLLAND), new Notice("Contact saved."));
        assertEquals("Contact saved.", p.message());

        Next<Page> slash = press(p, "/");
        p = (ReceptionPage) slash.state();
        assertTrue(p.editing());
        assertEquals("", p.input().text());
        assertEquals("", p.message(), "opening the box clears the status line");
        assertTrue(slash.cmds().isEmpty());

        int gen = p.gen();
        Next<Page> h = press(p, "h");
        assertLoads(h);
        p = (ReceptionPage) h.state();
        assertEquals("h", p.input().text());
        assertEquals(gen + 1, p.gen());
        assertTrue(p.loading());
        assertEquals("", p.shown(), "the day's list stays until the search answers");

        p = after(p, "o", "l");
        assertEquals("hol", p.input().text());
        assertEquals(gen + 3, p.gen(), "a read for each letter; only the newest answer counts");

        p = load(p, "hol", HOLDEN, HOLLAND);
        assertEquals("hol", p.shown());
        assertEquals(List.of(HOLDEN, HOLLAND), p.rows());
        assertEquals(7, selected(p), "a new list starts at its first person");
        assertTrue(p.editing(), "the box stays open for more letters");
    }

    @Test
    void inTheFindBoxListAndQuitKeysAreTypedAsLetters() {
        ReceptionPage p = after(load(page(), "", ADAMS, BAKER, COLE), "/");
        Next<Page> n = null;
        for (String k : List.of("j", "k", "g", "G", "l", "u", "q", "i")) {
            n = press(p, k);
            p = (ReceptionPage) n.state();
            assertLoads(n);
        }
        assertEquals("jkgGluqi", p.input().text());
        assertEquals(1, selected(p), "no letter moved the selection");
        assertEquals(0, p.cursor().selected());
    }

    @Test
    void aCrnOrADateOfBirthGoesToTheSearchAsTypedAndAPasteIsKeptToOneLine() {
        ReceptionPage p = after(load(page(), "", ADAMS), "/");
        p = type(p, "12/03/1990");
        assertEquals("12/03/1990", p.input().text());
        p = load(p, "12/03/1990", ADAMS);
        assertEquals("12/03/1990", p.shown());

        p = after(load(after(p, "<Esc>"), "", ADAMS), "/");
        Next<Page> pasted = p.update(new Paste("  A000007\r\n"));
        p = (ReceptionPage) pasted.state();
        assertEquals("A000007", p.input().text());
        assertLoads(pasted);

        ReceptionPage listMode = load(page(), "", ADAMS);
        Next<Page> ignored = listMode.update(new Paste("A000007"));
        assertSame(listMode, ignored.state(), "outside the box a paste does nothing");
        assertTrue(ignored.cmds().isEmpty());
    }

    @Test
    void aTrailingSpaceDoesNotSearchAgain() {
        ReceptionPage p = load(after(load(page(), "", ADAMS), "/", "h", "o", "l"), "hol", HOLDEN, HOLLAND);
        int gen = p.gen();
        Next<Page> space = press(p, "<Space>");
        assertEquals("hol ", ((ReceptionPage) space.state()).input().text());
        assertTrue(space.cmds().isEmpty());
        assertEquals(gen, ((ReceptionPage) space.state()).gen());
    }

    @Test
    void theCursorKeysEditTheFindBoxAndBackspaceOnAnEmptyBoxClosesIt() {
        ReceptionPage p = load(after(load(page(), "", ADAMS, HOLDEN, HOLLAND), "/", "h", "l"), "hl");
        p = after(p, "<Left>", "o");
        assertEquals("hol", p.input().text(), "typed where the cursor is");
        p = load(p, "hol", HOLDEN, HOLLAND);
        p = after(p, "<Right>", "<BS>", "<BS>");
        assertEquals("h", p.input().text());
        p = load(p, "h", HOLDEN, HOLLAND);

        Next<Page> emptied = press(p, "<BS>");
        assertLoads(emptied);
        p = load((ReceptionPage) emptied.state(), "", ADAMS, HOLDEN, HOLLAND);
        assertTrue(p.editing(), "an empty box is still open");

        Next<Page> closed = press(p, "<BS>");
        assertFalse(((ReceptionPage) closed.state()).editing());
        assertTrue(closed.cmds().isEmpty());
    }

    @Test
    void enterBeforeTheSearchHasAnsweredChecksNoOneIn() {
        // Typed quickly, or by a scanner: Enter comes before the list for the text does.
        ReceptionPage p = after(load(page(), "", ADAMS, BAKER), "/", "h", "o", "l");
        assertEquals(1, selected(p), "the day's list, on Adams, is still the one listed");
        Next<Page> early = press(p, "<Enter>");
        assertTrue(early.cmds().isEmpty(), "Adams is not checked in");
        ReceptionPage e = (ReceptionPage) early.state();
        assertEquals("Still finding \"hol\": press Enter again when they are listed.", e.message());
        assertTrue(e.error());
        assertTrue(e.editing());
        assertEquals("hol", e.input().text());

        p = load(e, "hol", HOLLAND);
        Next<Page> enter = press(p, "<Enter>");
        assertActs(enter);
        assertEquals(8, ((ReceptionPage) enter.state()).anchor());
    }

    @Test
    void aSearchAnsweredAfterItsTextWasDeletedIsNotListedAndTheBoxIsSearchedAgain() {
        ReceptionPage p = after(load(page(), "", ADAMS, BAKER), "/", "h");
        Next<Page> erased = press(p, "<BS>");
        p = (ReceptionPage) erased.state();
        assertEquals("", p.input().text());
        int gen = p.gen();

        Next<Page> late = p.update(new ReceptionPage.Loaded(gen, "h", List.of(HOLDEN), TEN));
        ReceptionPage l = (ReceptionPage) late.state();
        assertEquals("", l.shown(), "not the results for \"h\" under an empty box");
        assertEquals(List.of(ADAMS, BAKER), l.rows());
        assertLoads(late);
        assertEquals(gen + 1, l.gen());

        l = load(l, "", ADAMS, BAKER);
        assertEquals("", l.shown());
        assertFalse(l.loading());
        assertActs(press(l, "<Enter>"));
    }

    @Test
    void theDataChangingWhileASearchIsAskedForStillEndsOnThatSearch() {
        ReceptionPage p = after(load(page(), "", ADAMS, BAKER), "/", "h");
        Next<Page> changed = p.update(new DataChanged());
        assertLoads(changed);
        p = (ReceptionPage) changed.state();

        // That read was of the list shown, today's; the box holds "h".
        Next<Page> day = p.update(new ReceptionPage.Loaded(p.gen(), "", List.of(ADAMS, BAKER), TEN));
        assertLoads(day);
        p = (ReceptionPage) day.state();
        assertEquals("h", p.input().text());

        p = load(p, "h", HOLDEN, HOLLAND);
        assertEquals("h", p.shown());
        assertEquals(List.of(HOLDEN, HOLLAND), p.rows());
    }

    @Test
    void escClearsTheSearchAndTheSelectionStaysOnItsPersonInTodaysList() {
        ReceptionPage p = load(after(load(page(), "", ADAMS, BAKER, HOLLAND), "/", "h", "o", "l"), "hol", HOLDEN,
                HOLLAND);
        p = after(p, "<Down>");
        assertEquals(8, selected(p));

        Next<Page> esc = press(p, "<Esc>");
        assertLoads(esc);
        p = (ReceptionPage) esc.state();
        assertFalse(p.editing());
        assertEquals("", p.input().text());

        p = load(p, "", ADAMS, BAKER, HOLLAND);
        assertEquals("", p.shown());
        assertEquals(8, selected(p), "Holland, who was selected, is selected in today's list");

        ReceptionPage found = load(after(load(page(), "", ADAMS), "/", "h"), "h", HOLDEN);
        Next<Page> ctrlC = press(found, "<c-c>");
        assertLoads(ctrlC);
        assertFalse(((ReceptionPage) ctrlC.state()).editing());
        assertEquals("", ((ReceptionPage) ctrlC.state()).input().text());
    }

    @Test
    void escOnTodaysListStaysOnReceptionsOwnDeskAndGoesBackElsewhere() {
        ReceptionPage root = load(page(Access.of(RECEPTION, null), true), "", ADAMS);
        Next<Page> stay = press(root, "<Esc>");
        assertSame(root, stay.state());
        assertTrue(stay.cmds().isEmpty());
        assertTrue(stay.handled());

        ReceptionPage opened = load(page(Access.of(RECEPTION, null), false), "", ADAMS);
        assertEquals(List.of(Nav.pop()), press(opened, "<Esc>").cmds());
    }

    @Test
    void qQuitsOnReceptionsOwnDeskAndGoesBackElsewhere() {
        assertEquals(List.of(Nav.quit()), press(load(page(Access.of(RECEPTION, null), true), "", ADAMS), "q").cmds());
        assertEquals(List.of(Nav.pop()), press(load(page(Access.of(RECEPTION, null), false), "", ADAMS), "q").cmds());
    }

    @Test
    void enterInTheFindBoxChecksTheSelectedPersonInAndGoesBackToTodaysListOnThem() {
        ReceptionPage p = load(after(load(page(), "", ADAMS, BAKER), "/", "h", "o", "l"), "hol", HOLDEN, HOLLAND);
        p = after(p, "<Down>");

        Next<Page> enter = press(p, "<Enter>");
        assertActs(enter);
        p = (ReceptionPage) enter.state();
        assertEquals("Checking in Holland, Amy...", p.message());
        assertFalse(p.error());
        assertFalse(p.editing(), "the box closes");
        assertEquals("", p.input().text());
        assertEquals(8, p.anchor());

        int gen = p.gen();
        Next<Page> done = p.update(new ReceptionPage.Acted(8, new Outcome.Done(55, "Checked in Holland, Amy at 10:00.")));
        assertLoads(done);
        p = (ReceptionPage) done.state();
        assertEquals("Checked in Holland, Amy at 10:00.", p.message());
        assertFalse(p.error());
        assertEquals(gen + 1, p.gen());

        p = load(p, "", ADAMS, BAKER, visit(HOLLAND, 55, VisitState.WAITING, null));
        assertEquals("", p.shown(), "today's list again");
        assertEquals(8, selected(p), "on the person just checked in");
        assertEquals(2, p.cursor().selected());
        assertEquals("Checked in Holland, Amy at 10:00.", p.message(), "the outcome stays on the status line");
    }

    @Test
    void enterAndIOnTodaysListCheckInTheSelectedPerson() {
        ReceptionPage p = after(load(page(), "", ADAMS, BAKER), "j");
        Next<Page> enter = press(p, "<Enter>");
        assertActs(enter);
        assertEquals("Checking in Baker, Sam...", ((ReceptionPage) enter.state()).message());
        Next<Page> i = press(p, "i");
        assertActs(i);
        assertEquals(2, ((ReceptionPage) i.state()).anchor());
    }

    @Test
    void enterOnAnEmptyListChecksNoOneIn() {
        ReceptionPage p = load(after(load(page(), "", ADAMS), "/", "z"), "z");
        Next<Page> enter = press(p, "<Enter>");
        assertSame(p, enter.state());
        assertTrue(enter.cmds().isEmpty());
    }

    @Test
    void someoneAlreadyCheckedInIsNotCheckedInAgain() {
        ReceptionPage p = load(page(), "", visit(ADAMS, 40, VisitState.WAITING, null),
                visit(BAKER, 41, VisitState.WITH_OFFICER, "Anita Kaur"));
        Next<Page> waiting = press(p, "<Enter>");
        assertTrue(waiting.cmds().isEmpty());
        assertEquals("Adams, Jo is already checked in (waiting).", ((ReceptionPage) waiting.state()).message());
        assertTrue(((ReceptionPage) waiting.state()).error());

        Next<Page> withOfficer = press(after(p, "j"), "<Enter>");
        assertTrue(withOfficer.cmds().isEmpty());
        assertEquals("Baker, Sam is already checked in (with A. Kaur).", ((ReceptionPage) withOfficer.state()).message());

        ReceptionPage moved = after((ReceptionPage) waiting.state(), "j");
        assertEquals("", moved.message(), "the message about Adams goes when the selection leaves them");
        assertFalse(moved.error());
        ReceptionPage stayed = after((ReceptionPage) waiting.state(), "k");
        assertEquals("Adams, Jo is already checked in (waiting).", stayed.message(), "still on Adams (the top)");
    }

    @Test
    void someoneWhoLeftOrWasSeenCanBeCheckedInAgain() {
        ReceptionPage p = load(page(), "", visit(ADAMS, 40, VisitState.LEFT, null),
                visit(BAKER, 41, VisitState.SEEN, "Tom Bradshaw"));
        assertActs(press(p, "<Enter>"));
        assertActs(press(after(p, "j"), "<Enter>"));
    }

    @Test
    void theDatabaseRefusingACheckInShowsWhyAsAnErrorAndReadsTheListAgain() {
        ReceptionPage p = (ReceptionPage) press(load(page(), "", ADAMS), "<Enter>").state();
        Next<Page> refused = p.update(new ReceptionPage.Acted(1, new Outcome.Refused(40,
                "Adams, Jo is already checked in (arrived 09:40).", null, null)));
        assertLoads(refused);
        ReceptionPage r = (ReceptionPage) refused.state();
        assertEquals("Adams, Jo is already checked in (arrived 09:40).", r.message());
        assertTrue(r.error());
        assertEquals(1, r.anchor());
    }

    @Test
    void leftIsOnlyForSomeoneWaiting() {
        ReceptionPage p = load(page(), "", visit(ADAMS, 40, VisitState.WAITING, null), BAKER,
                visit(COLE, 42, VisitState.LEFT, null), visit(HOLDEN, 43, VisitState.WITH_OFFICER, "Anita Kaur"),
                visit(HOLLAND, 44, VisitState.SEEN, "Tom Bradshaw"));
        Next<Page> left = press(p, "l");
        assertActs(left);
        assertSame(p, left.state(), "nothing changes until the database answers");

        assertRefused(press(after(p, "j"), "l"), "Baker, Sam is not waiting (not checked in today).");
        assertRefused(press(after(p, "j", "j"), "l"), "Cole, Lee is not waiting (left unseen).");
        assertRefused(press(after(p, "j", "j", "j"), "l"), "Holden, Ray is not waiting (with A. Kaur).");
        assertRefused(press(after(p, "G"), "l"), "Holland, Amy is not waiting (seen by T. Bradshaw).");
    }

    @Test
    void undoIsOnlyForSomeoneCheckedInTodayAndTheDatabaseDecidesTheRest() {
        ReceptionPage p = load(page(), "", visit(ADAMS, 40, VisitState.WAITING, null), BAKER,
                visit(COLE, 42, VisitState.LEFT, null), visit(HOLDEN, 43, VisitState.WITH_OFFICER, "Anita Kaur"));
        assertActs(press(p, "u"));
        assertRefused(press(after(p, "j"), "u"), "Baker, Sam has not been checked in today.");
        assertActs(press(after(p, "j", "j"), "u"));
        assertActs(press(after(p, "G"), "u"));

        Next<Page> refused = after(p, "G").update(new ReceptionPage.Acted(7, new Outcome.Refused(43,
                "Anita Kaur took Holden, Ray at 09:50.", "akaur", TEN.minusSeconds(600))));
        assertEquals("Anita Kaur took Holden, Ray at 09:50.", ((ReceptionPage) refused.state()).message());
        assertTrue(((ReceptionPage) refused.state()).error());
        assertLoads(refused);

        Next<Page> undone = p.update(new ReceptionPage.Acted(1, new Outcome.Done(40, "Check-in of Adams, Jo undone.")));
        assertEquals("Check-in of Adams, Jo undone.", ((ReceptionPage) undone.state()).message());
        assertFalse(((ReceptionPage) undone.state()).error());
    }

    static void assertRefused(Next<Page> n, String message) {
        assertTrue(n.cmds().isEmpty(), n.cmds().toString());
        assertEquals(message, ((ReceptionPage) n.state()).message());
        assertTrue(((ReceptionPage) n.state()).error());
    }

    @Test
    void aLoginThatIsNotAUserCanChangeNothing() {
        ReceptionPage p = load(page(Access.readOnly("jdoe"), true), "", visit(ADAMS, 40, VisitState.WAITING, null),
                BAKER);
        String who = ": the login 'jdoe' is not a Duty Desk user. Ask your SPO to add you.";
        assertRefused(press(after(p, "j"), "<Enter>"), "You can read cases but not check people in" + who);
        assertRefused(press(p, "l"), "You can read cases but not record arrivals" + who);
        assertRefused(press(p, "u"), "You can read cases but not change check-ins" + who);
    }

    @Test
    void aFailedCommandShowsItsMessageAsAnErrorAndANoticeAsPlainText() {
        ReceptionPage p = load(page(), "", ADAMS);
        Next<Page> failed = p.update(new CmdFailed(new IllegalStateException("locked"),
                "The database is busy: try again in a moment.", null));
        assertTrue(failed.cmds().isEmpty());
        ReceptionPage f = (ReceptionPage) failed.state();
        assertEquals("The database is busy: try again in a moment.", f.message());
        assertTrue(f.error());

        ReceptionPage n = send(f, new Notice("Contact saved."));
        assertEquals("Contact saved.", n.message());
        assertFalse(n.error());
        assertSame(n, send(n, new Notice("")), "an empty notice leaves the status line alone");
    }

    @Test
    void aFailedReadEndsTheLoadingSoAnEmptyListSaysSo() {
        ReceptionPage p = page();
        assertTrue(p.loading(), "the first read is on its way");
        ReceptionPage f = (ReceptionPage) p.update(new CmdFailed(new IllegalStateException("locked"),
                "The database is busy: try again in a moment.", null)).state();
        assertFalse(f.loading(), "no answer is coming");
        assertEquals("The database is busy: try again in a moment.", f.message());
        assertTrue(f.error());
        assertEquals(p.gen(), f.gen());
    }

    @Test
    void theClockMovesTheTimeTheWaitsAreCountedFrom() {
        ReceptionPage p = load(page(), "", ADAMS);
        Next<Page> tick = p.update(new Tick(TEN.plusSeconds(60)));
        assertEquals(TEN.plusSeconds(60), ((ReceptionPage) tick.state()).now());
        assertTrue(tick.cmds().isEmpty());
    }
}
