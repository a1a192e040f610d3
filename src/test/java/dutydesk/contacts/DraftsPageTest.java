package dutydesk.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.cases.CaseLinks;
import dutydesk.cases.CaseRepository;
import dutydesk.db.Database;
import dutydesk.testing.TestDb;
import dutydesk.tui.Canvas;
import dutydesk.tui.Cmd;
import dutydesk.tui.CmdFailed;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Msg;
import dutydesk.tui.Nav;
import dutydesk.tui.Next;
import dutydesk.tui.Notice;
import dutydesk.tui.Page;
import dutydesk.tui.Resized;
import dutydesk.tui.Resumed;
import dutydesk.tui.Tick;
import dutydesk.tui.keys.Keymap;
import dutydesk.tui.keys.Keys;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unsaved-contacts page's update alone: messages in, state and commands out; one test runs its commands on a real database. */
class DraftsPageTest {

    static final LocalDateTime NINE = LocalDateTime.of(2026, 11, 23, 9, 0);

    /** Where a link leads, named so a test can see which link the page followed and with what. */
    record Linked(String link, long caseId, long contactId, String crn) implements Page {
        @Override
        public Next<Page> update(Msg msg) {
            return Next.ignored(this);
        }

        @Override
        public void draw(Canvas canvas) {
        }

        @Override
        public String title() {
            return link;
        }

        @Override
        public List<Keymap<?>> keymaps() {
            return List.of();
        }
    }

    /** The contact forms as pages that say which form and which case; the page opens nothing else. */
    static final CaseLinks LINKS = new CaseLinks() {
        @Override
        public Page logContact(long caseId, String crn) {
            return new Linked("log", caseId, 0, crn);
        }

        @Override
        public Page correctContact(long caseId, long contactId, String crn) {
            return new Linked("correct", caseId, contactId, crn);
        }

        @Override
        public Page checks(long caseId, String crn) {
            throw new AssertionError("the drafts page opens no checks");
        }

        @Override
        public Page missedChecks() {
            throw new AssertionError("the drafts page opens no worklist");
        }

        @Override
        public Page queue() {
            throw new AssertionError("the drafts page opens no queue");
        }

        @Override
        public Page reception() {
            throw new AssertionError("the drafts page opens no reception");
        }

        @Override
        public Page reports() {
            throw new AssertionError("the drafts page opens no reports");
        }
    };

    static DraftSummary draft(long caseId, long contactId, String crn, String name, int minute) {
        LocalDateTime at = NINE.plusMinutes(minute);
        return new DraftSummary(caseId, contactId, crn, name, "COAP", "ATTC", 40, at, at);
    }

    static final DraftSummary NEW_ONE = draft(101, 0, "A123456", "Adams, Joe", 0);
    static final DraftSummary FIX = draft(102, 55, "B234567", "Brown, Ann", 10);
    static final DraftSummary NEW_TWO = draft(103, 0, "C345678", "Clarke, Sam", 20);

    /** The page as the application shows it: sized for 80x24, its drafts not yet read. */
    static DraftsPage shown() {
        return (DraftsPage) DraftsPage.create(null, LINKS).update(new Resized(80, 24)).state();
    }

    static DraftsPage loaded(DraftSummary... drafts) {
        return (DraftsPage) shown().update(new DraftsPage.Loaded(List.of(drafts))).state();
    }

    /** Keys in vim notation, one after another, each to the page the previous one left. */
    static Next<Page> keys(Page p, String... keys) {
        Next<Page> n = Next.of(p);
        for (String k : keys) {
            n = n.state().update(new KeyMsg(Keys.parse(k)));
        }
        return n;
    }

    static DraftsPage page(Next<Page> n) {
        return (DraftsPage) n.state();
    }

    @Test
    void readsTheDraftsWhenShownAndListsThemOnceRead() {
        DraftsPage p = shown();
        assertFalse(p.loaded());
        assertEquals(List.of(), p.drafts());
        assertNull(p.selected());
        assertEquals(1, p.init().size(), "one query for the drafts");
        assertEquals(18, p.cursor().height(), "24 rows less the title, heading, message and hints");

        Next<Page> n = p.update(new DraftsPage.Loaded(List.of(NEW_ONE, FIX, NEW_TWO)));
        DraftsPage shown = page(n);
        assertTrue(n.cmds().isEmpty());
        assertTrue(shown.loaded());
        assertEquals(List.of(NEW_ONE, FIX, NEW_TWO), shown.drafts());
        assertEquals(3, shown.cursor().total());
        assertEquals(NEW_ONE, shown.selected(), "the oldest first, selected");
        assertFalse(shown.confirmDiscard());
        assertEquals("", shown.message());
    }

    @Test
    void downAndUpMoveTheSelectionAndStopAtTheEnds() {
        DraftsPage p = loaded(NEW_ONE, FIX, NEW_TWO);
        assertEquals(FIX, page(keys(p, "j")).selected());
        assertEquals(NEW_TWO, page(keys(p, "<Down>", "<Down>")).selected());
        assertEquals(NEW_TWO, page(keys(p, "j", "j", "j", "j")).selected(), "no further than the last");
        assertEquals(FIX, page(keys(p, "j", "j", "k")).selected());
        assertEquals(NEW_ONE, page(keys(p, "j", "<Up>")).selected());
        assertEquals(NEW_ONE, page(keys(p, "k")).selected(), "no further than the first");
        assertTrue(keys(p, "j", "j", "k").cmds().isEmpty());
    }

    @Test
    void movingClearsTheMessage() {
        DraftsPage failed = page(loaded(NEW_ONE, FIX).update(new CmdFailed(new IllegalStateException(), "Busy.", null)));
        assertEquals("Busy.", failed.message());
        assertEquals("", page(keys(failed, "j")).message());
    }

    @Test
    void enterCarriesOnWithTheFormTheDraftBelongsTo() {
        DraftsPage p = loaded(NEW_ONE, FIX, NEW_TWO);
        Next<Page> log = keys(p, "<Enter>");
        assertTrue(log.handled());
        assertEquals(List.of(Nav.push(new Linked("log", 101, 0, "A123456"))), log.cmds(),
                "a new contact's draft opens the form for logging one on its case");
        assertEquals(NEW_ONE, page(log).selected(), "the page stays underneath, on the same draft");
        assertFalse(page(log).confirmDiscard());

        Next<Page> fix = keys(p, "j", "<Enter>");
        assertEquals(List.of(Nav.push(new Linked("correct", 102, 55, "B234567"))), fix.cmds(),
                "a correction's draft opens the correction of that contact");

        assertEquals(List.of(Nav.push(new Linked("log", 103, 0, "C345678"))), keys(p, "j", "j", "<Right>").cmds(),
                "Right carries on too");
    }

    @Test
    void dAsksFirstAndDeletesNothing() {
        DraftsPage p = loaded(NEW_ONE, FIX, NEW_TWO);
        Next<Page> asked = keys(p, "j", "d");
        DraftsPage asking = page(asked);
        assertTrue(asking.confirmDiscard());
        assertTrue(asked.cmds().isEmpty(), "nothing is deleted yet");
        assertEquals(FIX, asking.selected());
        assertEquals(List.of(NEW_ONE, FIX, NEW_TWO), asking.drafts());
        assertEquals(List.of(DraftsPage.CONFIRM_KEYS), asking.keymaps(), "help shows the question's keys");
        assertEquals(List.of(DraftsPage.KEYS), p.keymaps());
    }

    @Test
    void yDiscardsTheSelectedDraftAndSaysSo() {
        Next<Page> yes = keys(loaded(NEW_ONE, FIX, NEW_TWO), "j", "d", "y");
        DraftsPage after = page(yes);
        assertFalse(after.confirmDiscard());
        assertEquals("Discarded the draft for B234567.", after.message());
        assertEquals(1, yes.cmds().size(), "the discard runs");
        assertFalse(yes.cmds().get(0) instanceof Nav, "a command, not a move to another page");
        assertEquals(List.of(NEW_ONE, FIX, NEW_TWO), after.drafts(), "the list changes when it is read again");
    }

    @Test
    void nEscOrCtrlCKeepsTheDraft() {
        DraftsPage asking = page(keys(loaded(NEW_ONE, FIX), "j", "d"));
        for (String key : List.of("n", "<Esc>", "<c-c>")) {
            Next<Page> kept = keys(asking, key);
            assertTrue(kept.handled(), key);
            assertTrue(kept.cmds().isEmpty(), key + ": nothing deleted, nowhere to go");
            assertFalse(page(kept).confirmDiscard(), key);
            assertEquals(FIX, page(kept).selected(), key);
            assertEquals(List.of(NEW_ONE, FIX), page(kept).drafts(), key);
            assertEquals("", page(kept).message(), key);
        }
    }

    @Test
    void whileAskingOtherKeysDoNothingAndGoNoFurther() {
        DraftsPage asking = page(keys(loaded(NEW_ONE, FIX), "d"));
        for (String key : List.of("j", "<Enter>", "q", "d", "Q", "?")) {
            Next<Page> n = keys(asking, key);
            assertSame(asking, n.state(), key);
            assertTrue(n.cmds().isEmpty(), key);
            assertTrue(n.handled(), key + " is not offered to the global keys while the question is open");
        }
    }

    @Test
    void escQOrLeftLeavesForThePageUnderneathAndKeepsTheDrafts() {
        DraftsPage p = loaded(NEW_ONE, FIX);
        for (String key : List.of("<Esc>", "q", "<Left>")) {
            Next<Page> n = keys(p, key);
            assertEquals(List.of(Nav.pop()), n.cmds(), key);
            assertNull(((Nav.Pop) n.cmds().get(0)).result(), key + ": with nothing to say");
            assertSame(p, n.state(), key);
        }
    }

    @Test
    void keysThePageDoesNotUseGoToTheGlobalKeys() {
        DraftsPage p = loaded(NEW_ONE, FIX);
        for (String key : List.of("?", "Q", "<c-c>", "x")) {
            Next<Page> n = keys(p, key);
            assertFalse(n.handled(), key);
            assertSame(p, n.state(), key);
            assertTrue(n.cmds().isEmpty(), key);
        }
        assertFalse(p.update(new Tick(TestDb.CLOCK.instant())).handled());
    }

    @Test
    void noDraftsGoesStraightBackWithNothingToSay() {
        Next<Page> none = shown().update(new DraftsPage.Loaded(List.of()));
        assertEquals(List.of(Nav.popWith(new Notice(""))), none.cmds());
        assertTrue(page(none).loaded());
        assertNull(page(none).selected());
    }

    @Test
    void beforeTheDraftsAreReadEnterAndDDoNothing() {
        DraftsPage p = shown();
        Next<Page> enter = keys(p, "<Enter>");
        assertTrue(enter.cmds().isEmpty());
        assertTrue(enter.handled());
        Next<Page> d = keys(p, "d");
        assertTrue(d.cmds().isEmpty());
        assertFalse(page(d).confirmDiscard(), "nothing to ask about");
        assertEquals(List.of(Nav.pop()), keys(p, "<Esc>").cmds(), "leaving still works");
    }

    @Test
    void discardingTheLastDraftGoesBackSayingSo() {
        DraftsPage p = loaded(NEW_ONE, FIX, NEW_TWO);
        DraftsPage discarded = page(keys(p, "j", "j", "d", "y"));
        Next<Page> reread = discarded.update(new DraftsPage.Loaded(List.of(NEW_ONE, FIX)));
        assertTrue(reread.cmds().isEmpty(), "two left: the page stays");
        assertEquals(FIX, page(reread).selected(), "the selection moves up to the new last draft");
        assertEquals("Discarded the draft for C345678.", page(reread).message(), "the message stays after the reload");

        DraftsPage last = page(keys(loaded(NEW_ONE), "d", "y"));
        Next<Page> gone = last.update(new DraftsPage.Loaded(List.of()));
        assertEquals(List.of(Nav.popWith(new Notice("Discarded the draft for A123456."))), gone.cmds(),
                "the page underneath says what happened");
    }

    @Test
    void aFailedCommandShowsItsMessageAndClosesTheQuestion() {
        DraftsPage asking = page(keys(loaded(NEW_ONE, FIX), "j", "d"));
        Next<Page> failed = asking.update(new CmdFailed(new IllegalStateException("locked"),
                "The database is busy; try again.", () -> null));
        DraftsPage p = page(failed);
        assertEquals("The database is busy; try again.", p.message());
        assertFalse(p.confirmDiscard());
        assertTrue(failed.cmds().isEmpty());
        assertEquals(FIX, p.selected(), "the list and selection are as they were");
        assertEquals(List.of(NEW_ONE, FIX), p.drafts());
    }

    @Test
    void comingBackFromTheFormReadsTheDraftsAgainAndPassesItsNoticeOn() {
        DraftsPage p = loaded(NEW_ONE, FIX);
        Next<Page> back = p.update(new Resumed());
        assertSame(p, back.state());
        assertEquals(1, back.cmds().size(), "the drafts are read again");
        assertFalse(back.cmds().get(0) instanceof Nav);

        DraftsPage told = page(p.update(new Notice("Saved COAP ATTC for A123456.")));
        assertEquals("Saved COAP ATTC for A123456.", told.message());
        Next<Page> one = told.update(new DraftsPage.Loaded(List.of(FIX)));
        assertTrue(one.cmds().isEmpty());
        assertEquals(FIX, page(one).selected());
        assertEquals("Saved COAP ATTC for A123456.", page(one).message());
        assertEquals(List.of(Nav.popWith(new Notice("Saved COAP ATTC for A123456."))),
                told.update(new DraftsPage.Loaded(List.of())).cmds(), "the last draft saved: the notice goes down");
    }

    @Test
    void aResizeKeepsTheListAndTheQuestion() {
        DraftsPage asking = page(keys(loaded(NEW_ONE, FIX, NEW_TWO), "j", "d"));
        DraftsPage small = (DraftsPage) asking.update(new Resized(80, 8)).state();
        assertEquals(2, small.cursor().height());
        assertTrue(small.confirmDiscard());
        assertEquals(FIX, small.selected());
        assertEquals(1, ((DraftsPage) asking.update(new Resized(80, 3)).state()).cursor().height(), "never less than a row");
    }

    @Test
    void theDiscardCommandDeletesOnlyThatDraftAndBringsBackTheRest(@TempDir Path dir) throws Exception {
        try (Database db = TestDb.demo(dir)) {
            long first = Fixture.caseWhere(db, Fixture.CLEAN_WEEKLY);
            long second = Fixture.caseWhere(db, Fixture.CLEAN_WEEKLY + " AND c.id > " + first);
            repository(db, 9, 5).saveDraft(first, 0, ContactValidatorTest.good());
            repository(db, 9, 40).saveDraft(second, 0, ContactValidatorTest.good());
            ContactRepository repo = Fixture.repository(db);

            DraftsPage p = (DraftsPage) DraftsPage.create(repo, LINKS).update(new Resized(80, 24)).state();
            Msg read = p.init().get(0).run();
            p = page(p.update(read));
            assertEquals(List.of(first, second), p.drafts().stream().map(DraftSummary::caseId).toList());

            Next<Page> yes = keys(p, "j", "d", "y");
            Cmd discard = yes.cmds().get(0);
            Msg after = discard.run();
            assertTrue(repo.draft(second, 0).isEmpty(), "the selected draft is gone");
            assertTrue(repo.draft(first, 0).isPresent(), "the other stays");
            DraftsPage.Loaded reloaded = assertInstanceOf(DraftsPage.Loaded.class, after);
            assertEquals(List.of(first), reloaded.drafts().stream().map(DraftSummary::caseId).toList());
            DraftsPage left = page(yes.state().update(after));
            assertEquals(1, left.drafts().size());
            assertEquals(first, left.selected().caseId());
        }
    }

    /** The user's repository with the clock at {@code h:m} today, so drafts start at known times. */
    static ContactRepository repository(Database db, int h, int m) {
        Clock at = Clock.fixed(LocalDateTime.of(TestDb.TODAY, LocalTime.of(h, m)).atZone(TestDb.LONDON).toInstant(),
                TestDb.LONDON);
        return new ContactRepository(db, at, TestDb.USER, new CaseRepository(db, at));
    }
}
