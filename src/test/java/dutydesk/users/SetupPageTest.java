package dutydesk.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import dutydesk.tui.Canvas;
import dutydesk.tui.Cmd;
import dutydesk.tui.CmdFailed;
import dutydesk.tui.KeyMsg;
import dutydesk.tui.Msg;
import dutydesk.tui.Nav;
import dutydesk.tui.Next;
import dutydesk.tui.Page;
import dutydesk.tui.Paste;
import dutydesk.tui.Resized;
import dutydesk.tui.keys.Keymap;
import dutydesk.tui.keys.Keys;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first-run set-up page's update alone: messages in, state and commands out; nothing runs. */
class SetupPageTest {

    static final String NAME_PROBLEM = "Name: type your name as colleagues know it.";
    static final String CODE_PROBLEM =
            "Staff code: 7 letters and digits as in nDelius (N07P001), or leave it empty.";

    /** Where the page sends the new SPO: a stand-in that remembers the access it was given. */
    record Start(Access access) implements Page {
        @Override
        public Next<Page> update(Msg msg) {
            return Next.ignored(this);
        }

        @Override
        public void draw(Canvas canvas) {
        }

        @Override
        public String title() {
            return "Start";
        }

        @Override
        public List<Keymap<?>> keymaps() {
            return List.of();
        }
    }

    /** A fresh page for the login 'hokoye', sized as the application sizes it; no repository, as nothing runs. */
    static SetupPage fresh() {
        SetupPage p = SetupPage.create(null, "hokoye", a -> List.of(new Start(a)));
        Next<Page> sized = p.update(new Resized(80, 24));
        assertFalse(sized.handled(), "the form has no layout to redo");
        return (SetupPage) sized.state();
    }

    /** Keys in vim notation, or plain text typed one character at a time; the last key's result. */
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

    static SetupPage page(Next<Page> n) {
        return assertInstanceOf(SetupPage.class, n.state());
    }

    /** The form filled in as Helen would, left on the grade. */
    static SetupPage filled() {
        return page(keys(fresh(), "Helen Okoye", "<Tab>", "n07p001", "<Tab>"));
    }

    @Test
    void startsOnTheNameWithNothingTypedAndTheGradeSpo() {
        SetupPage p = fresh();
        assertEquals(0, p.field());
        assertEquals("", p.name().text());
        assertEquals("", p.code().text());
        assertEquals(Grade.SPO, p.grade(), "the first user is the SPO, so the grade starts there");
        assertEquals("", p.message());
        assertFalse(p.error());
        assertEquals("hokoye", p.osUser());
    }

    @Test
    void tabAndShiftTabMoveBetweenTheFieldsAndStopAtTheFirst() {
        SetupPage p = fresh();
        Next<Page> n = keys(p, "<Tab>");
        assertEquals(1, page(n).field());
        assertTrue(n.cmds().isEmpty());
        assertEquals(2, page(keys(p, "<Tab>", "<Tab>")).field());
        assertEquals(1, page(keys(p, "<Tab>", "<Tab>", "<s-Tab>")).field());
        assertEquals(0, page(keys(p, "<Tab>", "<s-Tab>")).field());
        Next<Page> first = keys(p, "<s-Tab>");
        assertEquals(0, page(first).field(), "Shift+Tab on the first field stays there");
        assertTrue(first.handled());
        assertEquals(2, page(keys(p, "<Down>", "<Enter>")).field(), "Down and Enter move on too");
        assertEquals(0, page(keys(p, "<Down>", "<Down>", "<Up>", "<Up>")).field(), "and Up back");
    }

    @Test
    void typingGoesIntoTheFieldWithTheFocusAndTheStaffCodeIsInCapitals() {
        SetupPage p = page(keys(fresh(), "Helen Okoye", "<Tab>", "n07p001"));
        assertEquals("Helen Okoye", p.name().text());
        assertEquals("N07P001", p.code().text(), "typed in lower case, kept as nDelius writes it");
        assertEquals(1, p.field());
        assertEquals(Grade.SPO, p.grade());
    }

    @Test
    void theStaffCodeTakesSevenCharactersAndNoMore() {
        SetupPage p = page(keys(fresh(), "<Tab>", "N07P001X"));
        assertEquals("N07P001", p.code().text());
    }

    @Test
    void leftRightAndBackspaceEditTheTextWhereTheCursorIs() {
        SetupPage p = page(keys(fresh(), "Hlen", "<Left>", "<Left>", "<Left>", "e", "<Right>", "<Right>", "<Right>",
                "<BS>", "n Okoye"));
        assertEquals("Helen Okoye", p.name().text());
        SetupPage code = page(keys(p, "<Tab>", "N07P0X", "<BS>", "01"));
        assertEquals("N07P001", code.code().text());
        assertEquals("Helen Okoye", code.name().text(), "the name is untouched");
    }

    @Test
    void leftAndRightChooseTheGradeOnItsFieldGoingRoundAtTheEnds() {
        SetupPage g = page(keys(fresh(), "<Tab>", "<Tab>"));
        assertEquals(Grade.ADMIN, page(keys(g, "<Right>")).grade());
        assertEquals(Grade.PO, page(keys(g, "<Right>", "<Right>")).grade(), "after Admin comes PO again");
        assertEquals(Grade.PQIP, page(keys(g, "<Left>")).grade());
        assertEquals(Grade.ADMIN, page(keys(g, "<Left>", "<Left>", "<Left>", "<Left>")).grade(),
                "before PO comes Admin");
        assertEquals(Grade.SPO, page(keys(g, "<Left>", "<Right>")).grade());
        Next<Page> erase = keys(g, "<BS>");
        assertSame(g, erase.state(), "Backspace on the grade does nothing");
        assertTrue(erase.handled());
    }

    @Test
    void onTheGradeTypedKeysAreLeftToTheGlobalOnesAndElsewhereTheyAreText() {
        SetupPage g = page(keys(fresh(), "<Tab>", "<Tab>"));
        Next<Page> help = keys(g, "?");
        assertFalse(help.handled(), "'?' on the grade is help");
        assertSame(g, help.state());
        Next<Page> typed = keys(fresh(), "?");
        assertTrue(typed.handled());
        assertEquals("?", page(typed).name().text(), "in the name, '?' is a character like any other");
    }

    @Test
    void pasteGoesIntoTheTextFieldsOnOneLineButNotIntoTheGrade() {
        SetupPage p = page(fresh().update(new Paste("  Helen\nOkoye \r\n")));
        assertEquals("Helen Okoye", p.name().text());
        SetupPage code = page(keys(p, "<Tab>").state().update(new Paste("N07P001")));
        assertEquals("N07P001", code.code().text());
        SetupPage g = page(keys(code, "<Tab>"));
        Next<Page> ignored = g.update(new Paste("PO"));
        assertFalse(ignored.handled());
        assertSame(g, ignored.state());
    }

    @Test
    void aStaffCodePastedInLowerCaseIsTakenAsTyped() {
        SetupPage p = page(keys(fresh(), "Helen Okoye", "<Tab>").state().update(new Paste("n07p001")));
        assertEquals("N07P001", p.code().text(), "as if typed: in capitals");
        Next<Page> saved = keys(p, "<c-s>");
        assertEquals(1, saved.cmds().size(), "a valid code, so it is saved: " + page(saved).message());
        assertFalse(page(saved).error());
    }

    @Test
    void enterOnTheGradeSavesAValidForm() {
        SetupPage g = page(keys(filled(), "<Left>"));
        Next<Page> n = keys(g, "<Enter>");
        SetupPage p = page(n);
        assertEquals(1, n.cmds().size(), "one command: the save");
        assertFalse(n.cmds().get(0) instanceof Nav, "nothing moves on until it is saved");
        assertEquals("Saving...", p.message());
        assertFalse(p.error());
        assertEquals("Helen Okoye", p.name().text());
        assertEquals("N07P001", p.code().text());
        assertEquals(Grade.PQIP, p.grade(), "the grade chosen is kept");
        assertEquals(2, p.field());
    }

    @Test
    void ctrlSSavesFromAnyFieldAndF10IsLeftToQuitAsEverywhere() {
        SetupPage onName = page(keys(fresh(), "Helen Okoye"));
        Next<Page> n = keys(onName, "<c-s>");
        assertEquals(1, n.cmds().size());
        assertEquals("Saving...", page(n).message());
        assertEquals(0, page(n).field(), "the focus stays where it was");
        assertEquals(1, keys(filled(), "<c-s>").cmds().size());

        Next<Page> f10 = keys(onName, "<F10>");
        assertFalse(f10.handled(), "F10 goes to the keys every page shares (quit)");
        assertTrue(f10.cmds().isEmpty());
    }

    @Test
    void theStaffCodeIsOptional() {
        Next<Page> n = keys(fresh(), "Helen Okoye", "<Tab>", "<Tab>", "<Enter>");
        assertEquals(1, n.cmds().size());
        assertEquals("Saving...", page(n).message());
        assertFalse(page(n).error());
    }

    @Test
    void enterOnTheNameOrTheStaffCodeMovesOnAndDoesNotSave() {
        Next<Page> n = keys(fresh(), "Helen Okoye", "<Enter>");
        assertEquals(1, page(n).field());
        assertTrue(n.cmds().isEmpty());
        Next<Page> m = keys(n.state(), "<Enter>");
        assertEquals(2, page(m).field());
        assertTrue(m.cmds().isEmpty());
    }

    @Test
    void anEmptyNameIsNamedInWordsTheFocusGoesToItAndNothingIsSaved() {
        SetupPage g = page(keys(fresh(), "<Tab>", "n07p001", "<Tab>", "<Right>"));
        Next<Page> n = keys(g, "<Enter>");
        SetupPage p = page(n);
        assertTrue(n.cmds().isEmpty(), "nothing is saved");
        assertEquals(NAME_PROBLEM, p.message());
        assertTrue(p.error());
        assertEquals(0, p.field(), "the focus is on the name");
        assertEquals("N07P001", p.code().text(), "what was typed is kept");
        assertEquals(Grade.ADMIN, p.grade(), "and the grade chosen");

        Next<Page> blank = keys(fresh(), "   ", "<c-s>");
        assertTrue(blank.cmds().isEmpty());
        assertEquals(NAME_PROBLEM, page(blank).message(), "spaces are not a name");
        assertEquals("   ", page(blank).name().text());
    }

    @Test
    void aStaffCodeThatIsNotSevenLettersAndDigitsIsNamedInWordsAndTheFocusGoesToIt() {
        for (String code : List.of("N07P0", "N07-P01", "N07 P01")) {
            SetupPage g = page(keys(fresh(), "Helen Okoye", "<Tab>", code, "<Tab>", "<Right>"));
            Next<Page> n = keys(g, "<Enter>");
            SetupPage p = page(n);
            assertTrue(n.cmds().isEmpty(), code);
            assertEquals(CODE_PROBLEM, p.message(), code);
            assertTrue(p.error(), code);
            assertEquals(1, p.field(), code + ": the focus is on the staff code");
            assertEquals(code, p.code().text(), "what was typed is kept");
            assertEquals("Helen Okoye", p.name().text());
            assertEquals(Grade.ADMIN, p.grade());
        }
    }

    @Test
    void withBothWrongTheNameComesFirstAndThenTheStaffCode() {
        Next<Page> first = keys(fresh(), "<Tab>", "N07", "<c-s>");
        assertEquals(NAME_PROBLEM, page(first).message());
        assertEquals(0, page(first).field());
        Next<Page> second = keys(first.state(), "Helen Okoye", "<c-s>");
        assertTrue(second.cmds().isEmpty());
        assertEquals(CODE_PROBLEM, page(second).message());
        assertEquals(1, page(second).field());
        assertEquals("N07", page(second).code().text());
        Next<Page> third = keys(second.state(), "P001", "<c-s>");
        assertEquals(1, third.cmds().size(), "now it is saved");
        assertEquals("Saving...", page(third).message());
    }

    @Test
    void typingOrMovingClearsTheProblem() {
        SetupPage wrong = page(keys(fresh(), "<c-s>"));
        assertTrue(wrong.error());
        SetupPage typed = page(keys(wrong, "H"));
        assertEquals("", typed.message());
        assertFalse(typed.error());
        SetupPage moved = page(keys(wrong, "<Tab>"));
        assertEquals("", moved.message());
        assertFalse(moved.error());
    }

    @Test
    void onceSavedTheNewSpoStartsWhereAnSpoStartsAndEveryPageIsReplaced() {
        User helen = new User("hokoye", "Helen Okoye", "N07P001", Grade.SPO, Role.SPO, true);
        SetupPage saving = page(keys(filled(), "<Enter>"));
        Next<Page> n = saving.update(new SetupPage.Saved(helen));
        assertTrue(n.handled());
        Access spo = Access.of(helen, null);
        assertEquals(List.of(new Nav.Reset(List.of(new Start(spo)))), n.cmds());
        assertTrue(spo.canSupervise(), "as the SPO, in their own role");
    }

    @Test
    void aSaveThatFailsSaysWhyAndKeepsTheFormToTryAgain() {
        Next<Page> started = keys(filled(), "<Right>", "<Enter>");
        SetupPage saving = page(started);
        Cmd save = started.cmds().get(0);
        for (String why : List.of(
                SetupSaveTest.TOO_LATE,
                "Database busy: another user is saving. Nothing lost; try again.")) {
            Next<Page> n = saving.update(new CmdFailed(new IllegalStateException(why), why, save));
            SetupPage p = page(n);
            assertTrue(n.handled());
            assertTrue(n.cmds().isEmpty(), "nothing else runs and nothing moves on");
            assertEquals(why, p.message());
            assertTrue(p.error());
            assertEquals("Helen Okoye", p.name().text());
            assertEquals("N07P001", p.code().text());
            assertEquals(Grade.ADMIN, p.grade());
            assertEquals(2, p.field());

            Next<Page> again = keys(p, "<c-s>");
            assertEquals(1, again.cmds().size(), "it can be saved again");
            assertEquals("Saving...", page(again).message());
        }
    }

    @Test
    void escapeLeavesWithoutSaving() {
        Next<Page> n = keys(filled(), "<Esc>");
        assertEquals(List.of(Nav.quit()), n.cmds());
    }

    @Test
    void otherMessagesAreNotForThisPage() {
        SetupPage p = filled();
        Next<Page> n = p.update(new Msg() {
        });
        assertFalse(n.handled());
        assertSame(p, n.state());
    }
}
