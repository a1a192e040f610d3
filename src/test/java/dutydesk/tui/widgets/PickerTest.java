package dutydesk.tui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.tui.KeyMsg;
import dutydesk.tui.Nav;
import dutydesk.tui.Next;
import dutydesk.tui.Page;
import dutydesk.tui.Paste;
import dutydesk.tui.Resized;
import dutydesk.tui.keys.Keys;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The code picker's update alone: keys in, the selection and the choice handed back out. */
class PickerTest {

    static final List<Picker.Option> OUTCOMES = List.of(
            new Picker.Option("AACC", "Acceptable Absence - Court", "absent, acceptable"),
            new Picker.Option("AFTC", "Attended - Failed to Comply", "attended, failure"),
            new Picker.Option("ATTC", "Attended - Complied", "attended, complied"),
            new Picker.Option("RSOF", "Rescheduled - Offender Request", "rescheduled"),
            new Picker.Option("RSSR", "Rescheduled - Service Request", "rescheduled"),
            new Picker.Option("UAAB", "Unacceptable Absence", "absent, failure"));

    /** The outcome list at 80x24 with {@code current} preselected, as the contact form opens it. */
    static Picker picker(String current) {
        return sized(Picker.of("X123456: outcome", "OUTCOME", OUTCOMES, current, "What happened."), 80, 24);
    }

    static Picker sized(Picker p, int cols, int rows) {
        return (Picker) p.update(new Resized(cols, rows)).state();
    }

    /** Keys in vim notation, or plain text typed one character at a time. */
    static Next<Page> keys(Page p, String... keys) {
        Next<Page> n = Next.of(p);
        for (String k : keys) {
            if (k.startsWith("<") && k.length() > 1) {
                n = n.state().update(new KeyMsg(Keys.parse(k)));
            } else {
                for (char c : k.toCharArray()) {
                    n = n.state().update(new KeyMsg(Keys.parse(String.valueOf(c))));
                }
            }
        }
        return n;
    }

    static Picker at(Next<Page> n) {
        return (Picker) n.state();
    }

    static String code(Next<Page> n) {
        return at(n).selected().code();
    }

    @Test
    void opensOnTheCurrentCodeOrElseTheFirst() {
        Picker p = picker("RSOF");
        assertEquals("RSOF", p.selected().code());
        assertEquals("Rescheduled - Offender Request", p.selected().label());
        assertEquals("", p.typed());
        assertEquals(19, p.cursor().height(), "24 rows less the title, help line, typed letters and hints");
        assertEquals(0, p.cursor().top(), "the whole list fits: nothing scrolled away above the choice");
        assertEquals("AACC", picker("").selected().code(), "nothing chosen yet");
        assertEquals("AACC", picker("ZZZZ").selected().code(), "a code the list does not offer");
        assertEquals("UAAB", picker("UAAB").selected().code());
    }

    @Test
    void thePreselectedCodeStaysVisibleWhenTheListIsLongerThanTheScreen() {
        Picker p = sized(Picker.of("T", "OUTCOME", OUTCOMES, "UAAB", ""), 80, 8);
        assertEquals(3, p.cursor().height());
        assertEquals("UAAB", p.selected().code());
        assertTrue(p.cursor().top() <= 5 && 5 < p.cursor().top() + 3, "row 5 is on screen: " + p.cursor());
    }

    @Test
    void arrowsMoveOneAtATimeAndStopAtTheEnds() {
        Picker p = picker("");
        assertEquals("AFTC", code(keys(p, "<Down>")));
        assertEquals("ATTC", code(keys(p, "<Down>", "<Down>")));
        assertEquals("AFTC", code(keys(p, "<Down>", "<Down>", "<Up>")));
        assertEquals("AACC", code(keys(p, "<Up>")), "no further than the first");
        assertEquals("UAAB", code(keys(p, "<End>")));
        assertEquals("UAAB", code(keys(p, "<End>", "<Down>")), "no further than the last");
        assertEquals("AACC", code(keys(p, "<End>", "<Home>")));
        assertTrue(keys(p, "<Down>", "<End>", "<Home>").cmds().isEmpty(), "moving chooses nothing");
    }

    @Test
    void pageDownAndUpMoveAScreenAtATime() {
        Picker small = sized(Picker.of("T", "OUTCOME", OUTCOMES, "", ""), 80, 8);
        assertEquals("RSOF", code(keys(small, "<PageDown>")), "three rows on screen: down three");
        assertEquals("UAAB", code(keys(small, "<PageDown>", "<PageDown>")), "then the last");
        assertEquals("AACC", code(keys(small, "<PageDown>", "<PageUp>")));
        assertEquals("UAAB", code(keys(picker(""), "<PageDown>")), "all on one screen: the last");
    }

    @Test
    void lettersJumpToTheFirstCodeStartingWithThem() {
        Picker p = picker("");
        Next<Page> a = keys(p, "a");
        assertEquals("AACC", code(a));
        assertEquals("a", at(a).typed(), "kept as typed");
        Next<Page> two = keys(p, "at");
        assertEquals("ATTC", code(two));
        assertEquals("at", at(two).typed());
        assertEquals("RSSR", code(keys(p, "rss")));
        assertEquals("rss", at(keys(p, "rss")).typed());
        assertEquals("AFTC", code(keys(p, "AF")), "capitals too");
        assertTrue(keys(p, "at").handled());
        assertTrue(keys(p, "at").cmds().isEmpty(), "jumping chooses nothing");
    }

    @Test
    void aLetterThatFitsNoLongerCodeStartsAgainFromItself() {
        Next<Page> u = keys(picker(""), "atu");
        assertEquals("UAAB", code(u), "no ATU: U alone");
        assertEquals("u", at(u).typed());
        Next<Page> none = keys(picker(""), "rs", "z");
        assertEquals("RSOF", code(none), "no code starts with Z: the selection stays");
        assertEquals("", at(none).typed(), "and the letters are forgotten");
    }

    @Test
    void lettersThatAreKeysElsewhereAreOnlyLettersHere() {
        for (String letter : List.of("q", "Q", "j", "k", "d")) {
            Next<Page> n = keys(picker("RSOF"), letter);
            assertTrue(n.handled(), letter + " is not offered to the global keys");
            assertTrue(n.cmds().isEmpty(), letter);
            assertEquals("RSOF", code(n), letter + " starts no code: the selection stays");
        }
    }

    @Test
    void movingOrBackspaceForgetsTheLettersTyped() {
        Next<Page> moved = keys(picker(""), "at", "<Down>");
        assertEquals("RSOF", code(moved));
        assertEquals("", at(moved).typed());
        assertEquals("RSOF", code(keys(picker(""), "at", "<Down>", "t")), "a letter after moving starts afresh: T, not ATT");
        Next<Page> erased = keys(picker(""), "at", "<BS>");
        assertEquals("ATTC", code(erased), "Backspace keeps the selection");
        assertEquals("", at(erased).typed());
        assertEquals("AACC", code(keys(picker(""), "a", "<BS>", "t")), "the next letter starts afresh: T, not AT");
    }

    @Test
    void enterGoesBackWithTheChosenCodeForItsField() {
        Next<Page> n = keys(picker("ATTC"), "u", "<Enter>");
        assertTrue(n.handled());
        assertEquals(List.of(Nav.popWith(new Picker.Picked("OUTCOME", "UAAB"))), n.cmds());
        Nav.Pop pop = (Nav.Pop) n.cmds().get(0);
        assertEquals(new Picker.Picked("OUTCOME", "UAAB"), pop.result());

        assertEquals(List.of(Nav.popWith(new Picker.Picked("OUTCOME", "RSOF"))), keys(picker("RSOF"), "<Enter>").cmds(),
                "the preselected code, unchanged");
        assertEquals(List.of(Nav.popWith(new Picker.Picked("TYPE", "AFTC"))),
                keys(sized(Picker.of("T", "TYPE", OUTCOMES, "", ""), 80, 24), "<Down>", "<Enter>").cmds(),
                "tagged with the field it was opened for");
    }

    @Test
    void escCtrlCOrLeftGoesBackWithoutAChoice() {
        Picker p = picker("ATTC");
        for (String key : List.of("<Esc>", "<c-c>", "<Left>")) {
            Next<Page> n = keys(p, "u", key);
            assertEquals(List.of(Nav.pop()), n.cmds(), key);
            assertNull(((Nav.Pop) n.cmds().get(0)).result(), key + ": nothing picked");
            assertTrue(n.handled(), key);
        }
    }

    @Test
    void anEmptyListHasNothingToChooseButCanBeLeft() {
        Picker empty = sized(Picker.of("T", "ENFORCEMENT", List.of(), "", ""), 80, 24);
        assertNull(empty.selected());
        assertTrue(keys(empty, "<Enter>").cmds().isEmpty());
        assertTrue(keys(empty, "<Down>", "<End>", "a").cmds().isEmpty());
        assertNull(at(keys(empty, "<Down>", "<End>", "a")).selected());
        assertEquals(List.of(Nav.pop()), keys(empty, "<Esc>").cmds());
    }

    @Test
    void pastesAreNotChoicesAndOtherKeysGoToTheGlobalKeys() {
        Picker p = picker("RSOF");
        Next<Page> pasted = p.update(new Paste("UAAB\n"));
        assertSame(p, pasted.state(), "a paste neither jumps nor chooses");
        assertTrue(pasted.cmds().isEmpty());
        assertTrue(pasted.handled());
        for (String key : List.of("?", "<F1>", "<Tab>", " ")) {
            Next<Page> n = keys(p, key);
            assertFalse(n.handled(), key);
            assertSame(p, n.state(), key);
        }
    }

    @Test
    void aResizeKeepsTheChoice() {
        Picker p = at(keys(picker(""), "<End>"));
        Picker small = sized(p, 80, 8);
        assertEquals("UAAB", small.selected().code());
        assertEquals(3, small.cursor().height());
        assertEquals(3, small.cursor().top(), "the last three rows on screen");
        assertEquals(1, sized(p, 80, 4).cursor().height(), "never less than a row");
    }
}
