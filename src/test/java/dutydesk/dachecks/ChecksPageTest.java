package dutydesk.dachecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import dutydesk.db.Database;
import dutydesk.db.DbException;
import dutydesk.testing.TestDb;
import dutydesk.tui.Cmd;
import dutydesk.tui.CmdFailed;
import dutydesk.tui.DataChanged;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Msg;
import dutydesk.tui.Nav;
import dutydesk.tui.Next;
import dutydesk.tui.Page;
import dutydesk.tui.Paste;
import dutydesk.tui.keys.Keys;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks panel's update, key by key, with no terminal: a panel built by hand (and, for
 * saving for real, one loaded from the demo database).
 */
class ChecksPageTest {

    static final LocalDate TODAY = TestDb.TODAY;

    static CheckResult result(CheckKind kind, CheckState state, Missed missed, String due, String reason) {
        return new CheckResult(kind, state, missed, due == null ? null : LocalDate.parse(due), reason);
    }

    /**
     * A DA case whose applicable checks are, in order: police (missed), safeguarding, SARA, review
     * and face to face; the intervention referral applies only when {@code intervention}.
     */
    static Panel panel(boolean intervention, Missed police) {
        List<CheckResult> r = new ArrayList<>();
        r.add(result(CheckKind.POLICE_DA, police == Missed.NONE ? CheckState.REQUESTED : CheckState.DUE, police,
                "2026-11-09", "no C369 by induction 2026-11-09 (sentenced 2026-11-02)"));
        r.add(result(CheckKind.SAFEGUARDING, CheckState.RESPONSE_RECEIVED, Missed.NONE, "2027-05-01",
                "SFRR 2026-11-01 SFG2 not known to children's services"));
        r.add(result(CheckKind.SARA, CheckState.DONE, Missed.NONE, null, "SARA 2026-11-10 MEDIUM recorded"));
        r.add(intervention
                ? result(CheckKind.DA_INTERVENTION, CheckState.DUE, Missed.NONE, "2026-12-01", "SARA MEDIUM")
                : CheckResult.notApplicable(CheckKind.DA_INTERVENTION, "no DA programme"));
        for (CheckKind k : List.of(CheckKind.DASO, CheckKind.MARAC, CheckKind.IDVA, CheckKind.DVDS)) {
            r.add(CheckResult.notApplicable(k, "not applicable"));
        }
        r.add(result(CheckKind.REVIEW, CheckState.DUE, Missed.NONE, "2027-05-02", "next review due by 2027-05-02"));
        r.add(result(CheckKind.FACE_TO_FACE, CheckState.DONE, Missed.NONE, null,
                "last reporting contact face to face (COAP 2026-11-16)"));
        Panel.Person who = new Panel.Person(7, "X123456", "Smith, Jo", "HIGH", true, false, 0);
        return new Panel(who, new Evaluation(7, TODAY, r, LocalDate.of(2026, 12, 1)), TODAY);
    }

    static final int POLICE = 0;
    static final int SAFEGUARDING = 1;
    static final int SARA = 2;
    static final int REVIEW = 3;
    static final int FACE_TO_FACE = 4;

    static ChecksPage loaded() {
        ChecksPage p = ChecksPage.open(null, 7, "X123456");
        return (ChecksPage) p.update(new ChecksPage.Loaded(Optional.of(panel(false, Missed.NOT_REQUESTED)))).state();
    }

    /** Keys in vim notation, or plain text typed one character at a time. */
    static Next<Page> keys(Page p, String... keys) {
        Next<Page> n = Next.of(p);
        for (String k : keys) {
            if (k.startsWith("<") && k.length() > 1) {
                n = n.state().update(new KeyMsg(Keys.parse(k)));
            } else {
                for (char c : k.toCharArray()) {
                    n = n.state().update(new KeyMsg(new KeyStroke(c, false, false)));
                }
            }
        }
        return n;
    }

    static ChecksPage page(Next<Page> n) {
        return (ChecksPage) n.state();
    }

    static ChecksPage at(int row) {
        Next<Page> n = Next.of(loaded());
        for (int i = 0; i < row; i++) {
            n = keys(n.state(), "j");
        }
        return page(n);
    }

    /** The page with the form for {@code key} open on the check at {@code row}. */
    static ChecksPage form(int row, String key) {
        ChecksPage p = page(keys(at(row), key));
        assertTrue(p.form() != null, "a form is open: " + p.message());
        return p;
    }

    static ChecksPage.Field focus(ChecksPage p) {
        return p.form().focus();
    }

    // ---- the list -----------------------------------------------------------------------------

    @Test
    void loadingShowsTheApplicableChecksWithTheFirstSelected() {
        ChecksPage p = ChecksPage.open(null, 7, "X123456");
        assertEquals(1, p.init().size(), "loads the panel");
        assertTrue(p.rows().isEmpty());
        assertNull(p.current());
        assertEquals("Checks X123456", p.title());
        ChecksPage l = loaded();
        assertEquals(List.of(CheckKind.POLICE_DA, CheckKind.SAFEGUARDING, CheckKind.SARA, CheckKind.REVIEW,
                CheckKind.FACE_TO_FACE), l.rows().stream().map(CheckResult::kind).toList());
        assertEquals(CheckKind.POLICE_DA, l.current().kind());
        assertNull(l.form());
    }

    @Test
    void theSelectionMovesWithTheArrowsAndJkAndStopsAtTheEnds() {
        ChecksPage p = loaded();
        assertEquals(0, page(keys(p, "k")).selected(), "nothing above the first");
        assertEquals(0, page(keys(p, "<Up>")).selected());
        assertEquals(1, page(keys(p, "j")).selected());
        assertEquals(2, page(keys(p, "<Down>", "<Down>")).selected());
        assertEquals(1, page(keys(p, "j", "j", "k")).selected());
        ChecksPage bottom = page(keys(p, "j", "j", "j", "j", "j", "j", "<Down>"));
        assertEquals(FACE_TO_FACE, bottom.selected(), "nothing below the last");
        assertEquals(CheckKind.FACE_TO_FACE, bottom.current().kind());
        assertEquals(List.of(), keys(p, "j", "k").cmds(), "moving is pure");
    }

    @Test
    void backLeavesThePanel() {
        for (String k : List.of("<Esc>", "q", "<Left>", "h")) {
            Next<Page> n = keys(loaded(), k);
            assertEquals(1, n.cmds().size(), k);
            assertInstanceOf(Nav.Pop.class, n.cmds().get(0), k);
        }
    }

    @Test
    void eachKeyOpensTheFormForTheSelectedCheck() {
        record Case(int row, String key, CheckAction action, CheckKind check) {
        }
        List<Case> cases = List.of(
                new Case(POLICE, "r", CheckAction.POLICE_REQUEST, CheckKind.POLICE_DA),
                new Case(POLICE, "p", CheckAction.POLICE_RESPONSE, CheckKind.POLICE_DA),
                new Case(POLICE, "a", CheckAction.POLICE_ANALYSED, CheckKind.POLICE_DA),
                new Case(POLICE, "f", CheckAction.FLAG_SPO, CheckKind.POLICE_DA),
                new Case(SAFEGUARDING, "r", CheckAction.SAFEGUARDING_REQUEST, CheckKind.SAFEGUARDING),
                new Case(SAFEGUARDING, "p", CheckAction.SAFEGUARDING_RESPONSE, CheckKind.SAFEGUARDING),
                new Case(SAFEGUARDING, "a", CheckAction.SAFEGUARDING_ANALYSED, CheckKind.SAFEGUARDING),
                new Case(SARA, "r", CheckAction.SARA_SEEN, CheckKind.SARA),
                new Case(SARA, "f", CheckAction.FLAG_SPO, CheckKind.SARA),
                new Case(REVIEW, "r", CheckAction.REVIEW, CheckKind.REVIEW),
                new Case(FACE_TO_FACE, "f", CheckAction.FLAG_SPO, CheckKind.FACE_TO_FACE));
        for (Case c : cases) {
            ChecksPage p = form(c.row(), c.key());
            String what = c.key() + " on " + c.check();
            assertEquals(c.action(), p.form().action(), what);
            assertEquals(c.check(), p.form().check(), what);
            assertEquals(ChecksPage.Field.DATE, focus(p), what);
            assertEquals("23/11/2026", p.form().date().text(), "today to start with: " + what);
            assertEquals(0, p.form().choice());
            assertEquals("", p.form().problem());
            assertEquals(c.row(), p.selected(), "the selection stays: " + what);
        }
    }

    @Test
    void aKeyWithNoActionForTheCheckSaysSoAndOpensNothing() {
        ChecksPage sara = page(keys(at(SARA), "p"));
        assertNull(sara.form());
        assertTrue(sara.error());
        assertEquals("SARA has no response to record here.", sara.message());
        assertEquals("SARA has no analysis to record here.", page(keys(at(SARA), "a")).message());
        assertEquals("Review has no response to record here.", page(keys(at(REVIEW), "p")).message());
        for (String k : List.of("r", "p", "a")) {
            ChecksPage f2f = page(keys(at(FACE_TO_FACE), k));
            assertNull(f2f.form(), k);
            assertEquals("Face-to-face contact is met by the next reporting contact in the office or at home"
                    + " (c on the case).", f2f.message(), k);
        }
        assertEquals("", page(keys(sara, "j")).message(), "moving clears the message");
    }

    @Test
    void everyCheckKindsMissingActionsReadAsSentences() {
        for (CheckKind kind : CheckKind.values()) {
            for (char key : new char[] {'r', 'p', 'a'}) {
                if (CheckAction.forKey(kind, key) == null) {
                    String m = ChecksPage.nothingToRecord(kind, key);
                    assertFalse(m.contains(" no a ") || m.contains(" no an "), m);
                    assertTrue(m.endsWith("."), m);
                }
            }
            assertEquals(CheckAction.FLAG_SPO, CheckAction.forKey(kind, 'f'), "any check can be flagged");
        }
    }

    // ---- moving in the form -------------------------------------------------------------------

    @Test
    void tabShiftTabAndEnterMoveBetweenTheFieldsAndWrap() {
        ChecksPage p = form(POLICE, "p");
        assertEquals(List.of(ChecksPage.Field.DATE, ChecksPage.Field.INCIDENTS, ChecksPage.Field.TEXT),
                p.form().fields());
        assertEquals(ChecksPage.Field.INCIDENTS, focus(page(keys(p, "<Tab>"))));
        assertEquals(ChecksPage.Field.TEXT, focus(page(keys(p, "<Tab>", "<Tab>"))));
        assertEquals(ChecksPage.Field.DATE, focus(page(keys(p, "<Tab>", "<Tab>", "<Tab>"))), "wraps to the top");
        assertEquals(ChecksPage.Field.TEXT, focus(page(keys(p, "<S-Tab>"))), "wraps to the bottom");
        assertEquals(ChecksPage.Field.INCIDENTS, focus(page(keys(p, "<Tab>", "<Tab>", "<S-Tab>"))));
        assertEquals(ChecksPage.Field.INCIDENTS, focus(page(keys(p, "<Down>"))));
        assertEquals(ChecksPage.Field.DATE, focus(page(keys(p, "<Down>", "<Up>"))));
        Next<Page> enter = keys(p, "<Enter>");
        assertEquals(ChecksPage.Field.INCIDENTS, focus(page(enter)), "Enter moves on before the last field");
        assertEquals(List.of(), enter.cmds());
        assertFalse(page(enter).saving());

        ChecksPage request = form(POLICE, "r");
        assertEquals(List.of(ChecksPage.Field.DATE, ChecksPage.Field.CHOICE, ChecksPage.Field.TEXT),
                request.form().fields());
        assertEquals(List.of(ChecksPage.Field.DATE, ChecksPage.Field.TEXT), form(REVIEW, "r").form().fields());
    }

    @Test
    void theOptionMovesWithTheArrowsAndDigits() {
        ChecksPage p = page(keys(form(SARA, "r"), "<Tab>"));
        assertEquals(ChecksPage.Field.CHOICE, focus(p));
        assertEquals(1, page(keys(p, "<Right>")).form().choice());
        assertEquals(2, page(keys(p, "<Left>")).form().choice(), "wraps");
        assertEquals(2, page(keys(p, "3")).form().choice());
        assertEquals(2, page(keys(p, "3", "9")).form().choice(), "a number with no option does nothing");
        assertEquals(0, page(keys(p, "x")).form().choice(), "letters do nothing here");
    }

    // ---- saving -------------------------------------------------------------------------------

    @Test
    void enterOnTheLastFieldSavesAndAFailedSaveKeepsTheFormAndItsText() {
        ChecksPage p = page(keys(form(POLICE, "r"), "<Tab>", "<Right>", "<Tab>", "Sent to Thames Valley"));
        assertTrue(p.form().last());
        Next<Page> saving = keys(p, "<Enter>");
        ChecksPage s = page(saving);
        assertTrue(s.saving());
        assertEquals(1, saving.cmds().size(), "one command saves and reloads");
        assertEquals("Saving...", s.message());
        assertSame(s, page(keys(s, "x", "<Esc>")), "keys wait while saving");

        CmdFailed failed = new CmdFailed(new DbException(DbException.Kind.BUSY, "The database is busy.", null),
                "The database is busy.", saving.cmds().get(0));
        ChecksPage back = page(s.update(failed));
        assertFalse(back.saving());
        assertTrue(back.error());
        assertEquals("The database is busy.", back.message());
        assertEquals(CheckAction.POLICE_REQUEST, back.form().action());
        assertEquals("Sent to Thames Valley", back.form().text().text());
        assertEquals(1, back.form().choice());
        assertEquals(ChecksPage.Field.TEXT, focus(back));
        assertEquals(1, keys(back, "<c-s>").cmds().size(), "and it can be saved again");
    }

    @Test
    void ctrlSSavesFromAnyField() {
        Next<Page> n = keys(form(POLICE, "r"), "<c-s>");
        assertTrue(page(n).saving());
        assertEquals(1, n.cmds().size());
    }

    /** Saves with Ctrl+S and expects a problem on {@code field}, no command and the form as it was. */
    static ChecksPage problem(ChecksPage p, ChecksPage.Field field, String starts) {
        Next<Page> n = keys(p, "<c-s>");
        ChecksPage q = page(n);
        assertEquals(List.of(), n.cmds(), "not saved");
        assertFalse(q.saving());
        assertTrue(q.form().problem().startsWith(starts), q.form().problem());
        assertEquals(field, focus(q), "the cursor goes to the field");
        assertEquals(p.form().date().text(), q.form().date().text(), "the date is kept");
        assertEquals(p.form().incidents().text(), q.form().incidents().text(), "the incidents are kept");
        assertEquals(p.form().text().text(), q.form().text().text(), "the text is kept");
        return q;
    }

    static ChecksPage typedDate(ChecksPage p, String date) {
        return page(keys(p, "<End>", "<BS>", "<BS>", "<BS>", "<BS>", "<BS>", "<BS>", "<BS>", "<BS>", "<BS>", "<BS>",
                date));
    }

    /** A police response form with this date and a summary typed, the cursor on the summary. */
    static ChecksPage response(String date) {
        return page(keys(typedDate(form(POLICE, "p"), date), "<Tab>", "<Tab>", "Nothing known"));
    }

    @Test
    void problemsNameTheFieldAndKeepWhatWasTyped() {
        ChecksPage response = response("23/11/2026");

        ChecksPage bad = response("31/13/2026");
        assertEquals("31/13/2026", bad.form().date().text());
        assertEquals(ChecksPage.Field.TEXT, focus(bad));
        problem(bad, ChecksPage.Field.DATE, "Date: write it as dd/mm/yyyy");

        problem(response("24/11/2026"), ChecksPage.Field.DATE, "Date: 24/11/2026 is in the future");

        problem(response, ChecksPage.Field.INCIDENTS, "Incidents: how many DA incidents");
        ChecksPage words = page(keys(response, "<S-Tab>", "two"));
        problem(words, ChecksPage.Field.INCIDENTS, "Incidents: a whole number, 0 to 999.");
        ChecksPage negative = page(keys(response, "<S-Tab>", "-1"));
        problem(negative, ChecksPage.Field.INCIDENTS, "Incidents: a whole number, 0 to 999.");

        ChecksPage noSummary = page(keys(form(POLICE, "p"), "<Tab>", "3"));
        ChecksPage q = problem(noSummary, ChecksPage.Field.TEXT, "Summary: needed;");
        assertEquals("3", q.form().incidents().text());
        ChecksPage blank = page(keys(noSummary, "<Tab>", "   "));
        problem(blank, ChecksPage.Field.TEXT, "Summary: needed;");

        assertEquals("", page(keys(q, "x")).form().problem(), "typing clears the problem");
        assertEquals(1, keys(q, "Two incidents reported", "<c-s>").cmds().size(), "fixed, it saves");
        assertEquals(1, keys(response("today"), "<S-Tab>", "0", "<c-s>").cmds().size(),
                "0 incidents and 'today' are fine");
    }

    @Test
    void anOptionalTextMayBeLeftEmptyAndAPastDateIsFine() {
        ChecksPage p = typedDate(form(POLICE, "r"), "20/11/2026");
        Next<Page> n = keys(p, "<c-s>");
        assertEquals(1, n.cmds().size(), page(n).form().problem());
    }

    // ---- leaving the form ---------------------------------------------------------------------

    @Test
    void escWithNothingTypedClosesTheForm() {
        ChecksPage p = page(keys(form(POLICE, "p"), "<Tab>", "<Esc>"));
        assertNull(p.form());
        assertFalse(p.confirmDiscard());
        assertEquals(POLICE, p.selected());
        ChecksPage typedAndErased = page(keys(form(REVIEW, "r"), "<Tab>", "ab", "<BS>", "<BS>", "<Esc>"));
        assertNull(typedAndErased.form(), "nothing left typed");
    }

    @Test
    void escAfterTypingAsksAndYDiscards() {
        ChecksPage typed = page(keys(form(POLICE, "p"), "<Tab>", "2"));
        ChecksPage asking = page(keys(typed, "<Esc>"));
        assertTrue(asking.confirmDiscard());
        assertEquals(typed.form(), asking.form(), "the form is still there");
        ChecksPage gone = page(keys(asking, "y"));
        assertNull(gone.form());
        assertFalse(gone.confirmDiscard());
        assertEquals("Not recorded.", gone.message());
        assertNull(page(keys(asking, "Y")).form());
    }

    @Test
    void anyOtherKeyGoesBackToTheFormWithEverythingInIt() {
        ChecksPage typed = page(keys(form(POLICE, "p"), "<Tab>", "2", "<Tab>", "Two"));
        ChecksPage asking = page(keys(typed, "<Esc>"));
        for (String k : List.of("n", "<Esc>", "<Enter>", "x", "<c-s>")) {
            Next<Page> n = keys(asking, k);
            ChecksPage back = page(n);
            assertFalse(back.confirmDiscard(), k);
            assertEquals(typed.form(), back.form(), k);
            assertEquals(List.of(), n.cmds(), "the key only answers the question: " + k);
        }
    }

    @Test
    void aChangedDateOrOptionAlsoAsks() {
        assertTrue(page(keys(typedDate(form(POLICE, "r"), "20/11/2026"), "<Esc>")).confirmDiscard());
        assertTrue(page(keys(form(SARA, "r"), "<Tab>", "<Right>", "<Esc>")).confirmDiscard(), "HIGH was chosen");
    }

    // ---- pastes -------------------------------------------------------------------------------

    @Test
    void aPasteGoesIntoTheFocusedTextField() {
        ChecksPage text = page(keys(form(POLICE, "r"), "<Tab>", "<Tab>", "Ref: "));
        ChecksPage pasted = page(text.update(new Paste("TVP 1234\nline two\t")));
        assertEquals("Ref: TVP 1234 line two", pasted.form().text().text(), "one line, the breaks are spaces");
        assertEquals(ChecksPage.Field.TEXT, focus(pasted));
        assertFalse(pasted.saving(), "a pasted line break never saves");

        ChecksPage incidents = page(keys(form(POLICE, "p"), "<Tab>"));
        assertEquals("12", page(incidents.update(new Paste("12"))).form().incidents().text());
        ChecksPage date = page(typedDate(form(POLICE, "p"), "").update(new Paste(" 20/11/2026 ")));
        assertEquals("20/11/2026", date.form().date().text());

        ChecksPage choice = page(keys(form(POLICE, "r"), "<Tab>"));
        Next<Page> ignored = choice.update(new Paste("text"));
        assertFalse(ignored.handled(), "an option field takes no text");
        assertEquals(choice, ignored.state());
        assertFalse(loaded().update(new Paste("text")).handled(), "no form, no paste");
    }

    // ---- after saving -------------------------------------------------------------------------

    @Test
    void afterSavingTheSameCheckStaysSelectedEvenWhenRowsMove() {
        ChecksPage review = page(keys(form(REVIEW, "r"), "<Tab>", "Reviewed", "<Enter>"));
        assertTrue(review.saving());
        // The saved entry made the intervention referral apply: it comes in above the review.
        Panel after = panel(true, Missed.NOT_REQUESTED);
        ChecksPage saved = page(review.update(new ChecksPage.Saved("Recorded CRCO Case reviewed on 23/11/2026.",
                Optional.of(after))));
        assertNull(saved.form());
        assertFalse(saved.saving());
        assertFalse(saved.error());
        assertEquals("Recorded CRCO Case reviewed on 23/11/2026.", saved.message());
        assertEquals(CheckKind.REVIEW, saved.current().kind());
        assertEquals(REVIEW + 1, saved.selected());
        assertSame(after, saved.panel());

        ChecksPage police = page(keys(form(POLICE, "r"), "<c-s>"));
        ChecksPage moved = page(police.update(new ChecksPage.Saved("Recorded", Optional.of(panel(false, Missed.NONE)))));
        assertEquals(CheckKind.POLICE_DA, moved.current().kind());
        assertEquals(CheckState.REQUESTED, moved.current().state());
    }

    @Test
    void aCaseGoneWhenSavedSaysSo() {
        ChecksPage p = page(keys(form(POLICE, "r"), "<c-s>"));
        ChecksPage gone = page(p.update(new ChecksPage.Saved("Recorded", Optional.empty())));
        assertTrue(gone.missing());
        assertTrue(gone.error());
        assertEquals("This case is no longer in the database.", gone.message());
        assertTrue(gone.rows().isEmpty());
    }

    @Test
    void theListReloadsWhenTheDataChangesButNotUnderAnOpenForm() {
        assertEquals(1, loaded().update(new DataChanged()).cmds().size());
        ChecksPage open = page(keys(form(POLICE, "p"), "<Tab>", "4"));
        Next<Page> n = open.update(new DataChanged());
        assertEquals(List.of(), n.cmds(), "a reload would replace the form");
        assertEquals(open, n.state());
    }

    // ---- for real, on the demo database -------------------------------------------------------

    @TempDir
    Path dir;

    @Test
    void savingThroughThePagesCommandRecordsAndReloads() throws Exception {
        try (Database db = TestDb.demo(dir)) {
            CheckRepository repo = new CheckRepository(db, TestDb.CLOCK, TestDb.USER);
            long id = db.read(h -> h.createQuery("SELECT min(case_id) FROM case_check WHERE kind = 'PDA'"
                    + " AND missed = 'NOT_REQUESTED'").mapTo(Long.class).one());
            ChecksPage p = ChecksPage.open(repo, id, "X");
            Msg loaded = p.init().get(0).run();
            p = page(p.update(loaded));
            assertEquals(CheckKind.POLICE_DA, p.current().kind());
            assertEquals(Missed.NOT_REQUESTED, p.current().missed());
            Next<Page> n = keys(p, "r", "<Tab>", "<Tab>", "<Enter>");
            Cmd save = n.cmds().get(0);
            ChecksPage saved = page(n.state().update(save.run()));
            assertEquals("Recorded C369 Police request sent on 23/11/2026.", saved.message());
            assertEquals(CheckState.REQUESTED, saved.current().state());
            assertEquals(Missed.NONE, saved.current().missed());
            assertNull(saved.form());
        }
    }
}
