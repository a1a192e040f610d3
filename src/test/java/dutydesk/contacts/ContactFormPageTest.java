package dutydesk.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dutydesk.compliance.Circumstance;
import dutydesk.tui.Closing;
import dutydesk.tui.Cmd;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Msg;
import dutydesk.tui.Nav;
import dutydesk.tui.Next;
import dutydesk.tui.Page;
import dutydesk.tui.Paste;
import dutydesk.tui.Resized;
import dutydesk.tui.keys.Keys;
import dutydesk.tui.widgets.Picker;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contact form's update, key by key, without a terminal or a database. */
class ContactFormPageTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);

    static ContactFormPage loaded(String condition) {
        FormContext ctx = Fixture.context(Fixture.caseWhere(condition));
        Page p = ContactFormPage.create(null, ctx.detail().id(), ctx.detail().crn()).update(new Resized(80, 24)).state();
        return (ContactFormPage) p.update(new ContactFormPage.Loaded(Optional.of(ctx), NOW)).state();
    }

    static ContactFormPage fresh() {
        return loaded(Fixture.CLEAN_WEEKLY);
    }

    /** Keys in vim notation, or plain text typed one character at a time. */
    static Next<Page> keys(Page p, String... keys) {
        Next<Page> n = Next.of(p);
        for (String k : keys) {
            if (k.startsWith("<") && k.length() > 1) {
                n = step(n, new KeyMsg(Keys.parse(k)));
            } else {
                for (char c : k.toCharArray()) {
                    n = step(n, new KeyMsg(new KeyStroke(c, false, false)));
                }
            }
        }
        return n;
    }

    static Next<Page> step(Next<Page> n, Msg m) {
        Next<Page> next = n.state().update(m);
        return new Next<>(next.state(), next.cmds(), next.handled());
    }

    static ContactFormPage form(Next<Page> n) {
        return (ContactFormPage) n.state();
    }

    @Test
    void startsOnTheOutcomeWithAnOfficeVisitNowAndTheNextReportFromTheFrequency() {
        ContactFormPage p = fresh();
        assertEquals(ContactFormPage.Mode.EDITING, p.mode());
        assertEquals(Focus.of(Field.OUTCOME), p.focus());
        ContactValues v = p.edits().values();
        assertEquals("COAP", v.type());
        assertEquals("23/11/2026", v.date());
        assertEquals("10:00", v.time());
        assertEquals("30/11/2026", v.next(), "weekly: a week on, a working day");
        assertEquals("", v.outcome());
        assertFalse(p.dirty());
    }

    @Test
    void typingACodesLettersPicksIt() {
        assertEquals("ATTC", form(keys(fresh(), "a")).edits().outcome());
        assertEquals("AFTC", form(keys(fresh(), "af")).edits().outcome());
        assertEquals("UAAB", form(keys(fresh(), "u")).edits().outcome());
        ContactFormPage none = form(keys(fresh(), "q"));
        assertEquals("", none.edits().outcome());
        assertTrue(none.message().startsWith("No outcome code starts with Q"), none.message());
    }

    @Test
    void aFailureBringsInEnforcementAndAPendingDecisionItsRespondByDate() {
        ContactFormPage uaab = form(keys(fresh(), "u"));
        assertTrue(uaab.stops().contains(Focus.of(Field.ENFORCEMENT)));
        assertFalse(uaab.stops().contains(Focus.answer(Circumstance.ADDRESS)), "absent: no questions");
        ContactFormPage next = form(keys(uaab, "<Tab>"));
        assertEquals(Focus.of(Field.ENFORCEMENT), next.focus());
        ContactFormPage pending = form(keys(next, "ea12"));
        assertEquals("EA12", pending.edits().enforcement());
        assertEquals("30/11/2026", pending.edits().respondBy().text(), "7 days to respond by default");
        assertTrue(pending.stops().contains(Focus.of(Field.RESPOND_BY)));
        ContactFormPage attended = form(keys(pending, "<S-Tab>", "a"));
        assertEquals("", attended.edits().enforcement(), "an outcome that needs none drops the action");
    }

    @Test
    void enterOnAListFieldOpensTheListAndAPickAdvances() {
        Next<Page> n = keys(fresh(), "<Enter>");
        Nav.Push push = assertInstanceOf(Nav.Push.class, n.cmds().get(0));
        Picker picker = assertInstanceOf(Picker.class, push.page());
        assertEquals("ATTC", picker.selected().code());
        assertEquals("attended, complied", picker.selected().note());
        ContactFormPage picked = form(step(n, new Picker.Picked("OUTCOME", "ATTC")));
        assertEquals("ATTC", picked.edits().outcome());
        assertEquals(Focus.answer(Circumstance.RELATIONSHIP), picked.focus());
    }

    @Test
    void answersMoveOnAndNAnswersTheRest() {
        ContactFormPage p = form(keys(fresh(), "a", "<Tab>"));
        assertEquals(Focus.answer(Circumstance.RELATIONSHIP), p.focus());
        p = form(keys(p, "n"));
        assertEquals(Focus.answer(Circumstance.ADDRESS), p.focus());
        p = form(keys(p, "y"));
        assertEquals(Focus.detail(Circumstance.ADDRESS), p.focus(), "a yes asks what changed");
        p = form(keys(p, "Moved to Elm Row", "<Tab>", "N"));
        assertEquals(Focus.of(Field.NOTES), p.focus());
        ContactValues v = p.edits().values();
        assertEquals(Boolean.FALSE, v.answer(Circumstance.RELATIONSHIP).changed());
        assertEquals("Moved to Elm Row", v.answer(Circumstance.ADDRESS).detail());
        for (Circumstance q : List.of(Circumstance.EMPLOYMENT, Circumstance.POLICE, Circumstance.CHILDREN,
                Circumstance.HEALTH)) {
            assertEquals(Boolean.FALSE, v.answer(q).changed(), q.name());
        }
    }

    @Test
    void enterNeverSaves() {
        ContactFormPage notes = form(keys(fresh(), "a", "<Tab>", "N", "line one", "<Enter>", "line two"));
        assertEquals("line one\nline two", notes.edits().notes().text(), "Enter in the notes is a new line");
        Next<Page> onSave = keys(notes, "<Tab>", "<Tab>", "<Tab>", "<Tab>");
        assertEquals(Focus.of(Field.SAVE), form(onSave).focus());
        Next<Page> enter = keys(form(onSave), "<Enter>");
        assertEquals(ContactFormPage.Mode.EDITING, form(enter).mode());
        assertTrue(form(enter).message().startsWith("Enter never saves"), form(enter).message());
        assertTrue(enter.cmds().isEmpty());
        assertEquals(ContactFormPage.Mode.SAVING, form(keys(form(onSave), " ")).mode(), "Space on Save saves");
    }

    @Test
    void aPasteIsTextWhereTextGoesAndRefusedElsewhere() {
        ContactFormPage notes = form(keys(fresh(), "a", "<Tab>", "N"));
        ContactFormPage pasted = form(notes.update(new Paste("Said:\nall fine\r\nno issues\tat all")));
        assertEquals("Said:\nall fine\nno issues at all", pasted.edits().notes().text());
        assertEquals(Focus.of(Field.NOTES), pasted.focus(), "the pasted line breaks did not move the focus");

        ContactFormPage refused = form(fresh().update(new Paste("ATTC\nq")));
        assertEquals("", refused.edits().outcome());
        assertTrue(refused.message().startsWith("Pasted text goes into the notes"), refused.message());

        ContactFormPage detail = form(keys(fresh(), "a", "<Tab>", "y"));
        ContactFormPage flat = form(detail.update(new Paste("  new partner\nmet in October  ")));
        assertEquals("new partner met in October", flat.edits().values().answer(Circumstance.RELATIONSHIP).detail());
    }

    @Test
    void changesAreKeptAsADraftAfterAPauseAndWhenTheSessionEnds() {
        Next<Page> typed = keys(fresh(), "a");
        Cmd.Debounce d = assertInstanceOf(Cmd.Debounce.class, typed.cmds().get(0));
        assertEquals("draft", d.key());
        assertInstanceOf(ContactFormPage.DraftDue.class, d.msg());
        Next<Page> due = step(typed, d.msg());
        Cmd.Keyed save = assertInstanceOf(Cmd.Keyed.class, due.cmds().get(0));
        assertEquals("draft", save.key());
        ContactFormPage kept = form(step(due, new ContactFormPage.DraftKept(form(typed).edits().values(), NOW)));
        assertEquals("10:00", kept.keptAt());
        assertTrue(kept.update(new ContactFormPage.DraftDue()).cmds().isEmpty(), "nothing new to keep");
        assertTrue(kept.update(new Closing()).cmds().isEmpty(), "already kept");
        assertEquals(1, form(keys(kept, "f")).update(new Closing()).cmds().size(), "kept at once when the session ends");
        assertTrue(fresh().update(new Closing()).cmds().isEmpty(), "an untouched form has nothing to keep");
    }

    @Test
    void leavingAsksFirstWhenAnythingWasTyped() {
        Next<Page> clean = keys(fresh(), "<Esc>");
        assertInstanceOf(Nav.Pop.class, clean.cmds().get(0));
        ContactFormPage asking = form(keys(fresh(), "a", "<Esc>"));
        assertEquals(ContactFormPage.Mode.CONFIRM_LEAVE, asking.mode());
        assertEquals(ContactFormPage.Mode.EDITING, form(keys(asking, "<Esc>")).mode(), "Esc goes back to the form");
        assertEquals("ATTC", form(keys(asking, "<Esc>")).edits().outcome(), "nothing was lost");
        assertEquals(1, keys(asking, "k").cmds().size(), "keep as a draft");
        assertEquals(1, keys(asking, "d").cmds().size(), "discard");
        assertEquals(ContactFormPage.Mode.CONFIRM_LEAVE, form(keys(fresh(), "a", "<c-c>")).mode(), "Ctrl+C asks too");
    }

    @Test
    void savingWithProblemsNamesThemAndGoesToTheFirst() {
        ContactFormPage p = form(keys(fresh(), "a", "<c-s>"));
        assertEquals(ContactFormPage.Mode.EDITING, p.mode());
        assertTrue(p.error());
        assertEquals("Changes: answer \"New or ended relationship\" with y or n (+6 more)", p.message());
        assertEquals(Focus.answer(Circumstance.RELATIONSHIP), p.focus());
        assertEquals(7, p.problems().size());
        ContactFormPage fixed = form(keys(p, "N"));
        assertEquals(1, fixed.problems().size(), "answering clears those problems; the notes one stays");
    }

    @Test
    void aCompleteContactIsSavedInOneCommand() {
        Next<Page> n = keys(fresh(), "a", "<Tab>", "N", "Reported on time.", "<c-s>");
        assertEquals(ContactFormPage.Mode.SAVING, form(n).mode());
        assertEquals(1, n.cmds().size());
        Next<Page> done = step(n, new ContactFormPage.SaveDone(new SaveResult.Saved(7, 1, "COAP", "ATTC",
                java.time.LocalDate.of(2026, 11, 30), false)));
        Nav.Pop pop = assertInstanceOf(Nav.Pop.class, done.cmds().get(0));
        assertTrue(((dutydesk.tui.Notice) pop.result()).text().startsWith("Saved COAP ATTC for "));
    }

    @Test
    void aSecondFailureInTwelveMonthsAsksBeforeSaving() {
        ContactFormPage p = loaded(Fixture.ONE_FAILURE);
        Next<Page> n = keys(p, "u", "<Tab>", "ea12", "<Tab>", "<Tab>", "Did not attend, no contact.", "<c-s>");
        ContactFormPage asking = form(n);
        assertEquals(ContactFormPage.Mode.FTC_PROMPT, asking.mode(), asking.message());
        assertTrue(asking.prompt().contains("second count of non-compliance in the past 12 months"), asking.prompt());
        assertTrue(n.cmds().isEmpty(), "nothing saved yet");
        ContactFormPage change = form(keys(asking, "e"));
        assertEquals(Focus.of(Field.ENFORCEMENT), change.focus());
        Next<Page> anyway = keys(asking, "s");
        assertEquals(ContactFormPage.Mode.SAVING, form(anyway).mode());
        assertEquals(1, anyway.cmds().size());
    }

    @Test
    void anotherDateMovesTheDefaultNextReportAndRulesOutOutcomesNotYetPossible() {
        ContactFormPage p = form(keys(fresh(), "a", "<S-Tab>", "<S-Tab>", "<BS>", "<BS>", "<BS>", "<BS>", "<BS>",
                "<BS>", "<BS>", "<BS>", "<BS>", "<BS>", "25/11/2026"));
        assertEquals("02/12/2026", p.edits().next().text());
        assertEquals("", p.edits().outcome(), "nobody has attended on the 25th yet");
        ContactFormPage plus = form(keys(p, "+"));
        assertEquals("26/11/2026", plus.edits().date().text(), "+ is a day later on a complete date");
    }

    @Test
    void plusAndMinusStepTheNextReportThroughWorkingDays() {
        ContactFormPage p = form(keys(fresh(), "a", "<Tab>", "N", "x", "<Tab>"));
        assertEquals(Focus.of(Field.NEXT), p.focus());
        assertEquals("01/12/2026", form(keys(p, "+")).edits().next().text());
        assertEquals("27/11/2026", form(keys(p, "-")).edits().next().text(), "Friday, over the weekend");
        ContactFormPage typed = form(keys(p, "+"));
        assertEquals(ContactFormPage.Mode.EDITING, typed.mode());
    }

    @Test
    void aTimeShowingAValueIsReplacedByTheFirstDigitTyped() {
        ContactFormPage time = form(keys(fresh(), "<S-Tab>"));
        assertEquals(Focus.of(Field.TIME), time.focus());
        assertEquals("10:00", time.edits().time().text());
        assertEquals("1030", form(keys(time, "1030")).edits().time().text(), "replaced, then typed on");
        assertEquals("10:05", form(keys(time, "<BS>", "5")).edits().time().text(), "once edited, typing edits");
        assertEquals("10:05", form(keys(time, "<BS>", "<Tab>", "<S-Tab>", "5")).edits().time().text(),
                "a time not yet whole is typed into, not replaced");
        assertEquals("9", form(keys(time, "<Del>", "9")).edits().time().text(), "Del clears a whole time");
        assertEquals("09:30", form(time.update(new Paste("09:30"))).edits().time().text(), "a paste replaces it too");
    }

    @Test
    void aDateShowingAValueIsReplacedByTheFirstLetterOrDigitTypedAfterMovingToItOrAStep() {
        ContactFormPage date = form(keys(fresh(), "<S-Tab>", "<S-Tab>"));
        assertEquals(Focus.of(Field.DATE), date.focus());
        assertEquals("20/11/2026", form(keys(date, "20/11/2026")).edits().date().text());
        assertEquals("today", form(keys(date, "today")).edits().date().text());
        assertEquals("3", form(keys(date, "+3")).edits().date().text(), "+ steps, then the digit starts afresh");
        assertEquals("25/11/2026", form(keys(date, "++")).edits().date().text(), "+ keeps stepping");
        assertEquals("20/11/2026", form(keys(date, "-", "20/11/2026")).edits().date().text());
        assertEquals("23/11/202", form(keys(date, "<BS>")).edits().date().text(), "Backspace edits as before");
        assertEquals("+1", form(keys(date, "<Del>", "+1")).edits().date().text(),
                "Del clears a whole date, and + then counts days");
    }

    @Test
    void theNextReportShowingADateIsReplacedLikeTheContactDate() {
        ContactFormPage next = form(keys(fresh(), "a", "<Tab>", "N", "x", "<Tab>"));
        assertEquals(Focus.of(Field.NEXT), next.focus());
        assertEquals("30/11/2026", next.edits().next().text());
        assertEquals("2/12", form(keys(next, "2/12")).edits().next().text());
        assertEquals("4/12", form(keys(next, "+", "4/12")).edits().next().text(), "after a step too");
        assertEquals("01/12/2026", form(keys(next, "+")).edits().next().text(), "+ still steps");
        assertEquals("+14", form(keys(next, "<Del>", "+14")).edits().next().text());
        ContactFormPage detail = form(keys(fresh(), "a", "<Tab>", "y", "abc", "<Tab>", "<S-Tab>", "d"));
        assertEquals("abcd", detail.edits().detail(Circumstance.RELATIONSHIP).text(), "a detail is never replaced");
    }

    @Test
    void theProblemsLineFitsEightyColumnsWithItsCount() {
        ContactFormPage p = form(keys(fresh(), "<c-s>"));
        assertEquals("Outcome: choose what happened (type a code, or Enter for the list) (+1 more)", p.message());
        assertTrue(p.message().length() <= 80, p.message());
        ContactFormPage fixed = form(keys(p, "a", "<Tab>", "N"));
        assertEquals("Notes: write what happened (a line is enough)", fixed.message(), "fixed ones leave the count");
    }

    @Test
    void aCorrectionAsksWhy() {
        FormContext base = Fixture.context(Fixture.caseWhere(Fixture.CLEAN_WEEKLY));
        dutydesk.cases.ContactEntry e = base.detail().contacts().get(0);
        FormContext ctx = new FormContext(base.detail(), base.codes(), base.days(), 7, 12, base.office(), e,
                java.util.Map.of(), null);
        Page p = ContactFormPage.correct(null, ctx.detail().id(), e.id(), ctx.detail().crn())
                .update(new Resized(80, 24)).state();
        ContactFormPage c = (ContactFormPage) p.update(new ContactFormPage.Loaded(Optional.of(ctx), NOW)).state();
        assertEquals(e.outcomeCode(), c.edits().outcome());
        assertTrue(c.message().startsWith("Correcting "), c.message());
        assertFalse(c.dirty());
    }

    /** A form correcting an office visit logged at the desk: ATTC at 09:45, every answer no. */
    static ContactFormPage correcting() {
        FormContext base = Fixture.context(Fixture.caseWhere(Fixture.CLEAN_WEEKLY));
        dutydesk.cases.ContactEntry e = new dutydesk.cases.ContactEntry(99, java.time.LocalDate.of(2026, 11, 23),
                "09:45", "COAP", "Planned Office Visit (NS)", base.codes().outcome("ATTC").orElseThrow(), null, null,
                "Reported on time.", false, false, "duty", 1, true, java.time.LocalDate.of(2026, 11, 30), null);
        FormContext ctx = new FormContext(base.detail(), base.codes(), base.days(), 7, 12, base.office(), e,
                ContactValidatorTest.allNo(), null);
        Page p = ContactFormPage.correct(null, ctx.detail().id(), e.id(), ctx.detail().crn())
                .update(new Resized(80, 24)).state();
        return (ContactFormPage) p.update(new ContactFormPage.Loaded(Optional.of(ctx), NOW)).state();
    }

    @Test
    void aCorrectionThatChangesNothingIsRefusedAndTheFormStaysOpen() {
        ContactFormPage c = correcting();
        assertTrue(c.message().length() <= 80, "the banner fits: " + c.message());
        Next<Page> same = keys(c, "<c-s>");
        assertEquals(ContactFormPage.Mode.EDITING, form(same).mode(), "no reason asked");
        assertTrue(form(same).error());
        assertTrue(form(same).message().startsWith("Not saved: nothing was changed."), form(same).message());
        assertTrue(form(same).message().length() <= 80, form(same).message());
        assertTrue(same.cmds().isEmpty());

        Next<Page> sameTime = keys(c, "<S-Tab>", "0945", "<c-s>");
        assertTrue(form(sameTime).message().startsWith("Not saved: nothing was changed."),
                "09:45 typed another way is no change: " + form(sameTime).message());
        assertEquals("0945", form(sameTime).edits().time().text(), "nothing typed is lost");
        assertTrue(sameTime.cmds().isEmpty());

        ContactFormPage changed = form(keys(c, "<S-Tab>", "0950", "<c-s>"));
        assertEquals(ContactFormPage.Mode.REASON, changed.mode(), "a real change asks why");
    }
}
