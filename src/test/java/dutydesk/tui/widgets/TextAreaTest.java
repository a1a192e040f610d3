package dutydesk.tui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.tui.Text;
import dutydesk.tui.widgets.TextArea.Line;
import dutydesk.tui.widgets.TextArea.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TextAreaTest {

    private static List<String> rows(TextArea t, int width) {
        List<String> out = new ArrayList<>();
        for (Line l : t.lines(width)) {
            out.add(l.text());
        }
        return out;
    }

    private static List<Integer> starts(TextArea t, int width) {
        List<Integer> out = new ArrayList<>();
        for (Line l : t.lines(width)) {
            out.add(l.start());
        }
        return out;
    }

    private static TextArea at(String text, int cursor) {
        return new TextArea(text, cursor, 1000, 0, -1);
    }

    private static Position pos(int row, int col) {
        return new Position(row, col);
    }

    // ---------------------------------------------------------------- wrapping

    @Test
    void wrapsAfterSpacesKeepingTheSpaceOnTheRowItEnds() {
        TextArea t = TextArea.of("the quick brown fox", 100);
        assertEquals(List.of("the quick ", "brown fox"), rows(t, 10));
        assertEquals(List.of(0, 10), starts(t, 10));
        assertEquals(List.of("the quick brown fox"), rows(t, 40));
    }

    @Test
    void aSpaceThatDoesNotFitHangsAfterAFullRow() {
        TextArea t = TextArea.of("abcd efg", 100);
        assertEquals(List.of("abcd", "efg"), rows(t, 4));
        assertEquals(List.of(0, 5), starts(t, 4));
        assertEquals(4, t.lines(4).get(0).end());
        assertEquals(pos(0, 3), at("abcd efg", 3).cursorPosition(4));
        assertEquals(pos(1, 0), at("abcd efg", 4).cursorPosition(4), "the hanging space is drawn at the next row");
        assertEquals(pos(1, 0), at("abcd efg", 5).cursorPosition(4));
        assertEquals(pos(1, 1), at("abcd efg", 6).cursorPosition(4));
    }

    @Test
    void wordsLongerThanTheRowAreBroken() {
        assertEquals(List.of("abcd", "efgh", "ij"), rows(TextArea.of("abcdefghij", 100), 4));
        assertEquals(List.of("see ", "abcdef", "ghij"), rows(TextArea.of("see abcdefghij", 100), 6));
        assertEquals(List.of("a", "b", "c", ""), rows(TextArea.of("abc", 100), 1));
    }

    @Test
    void wideCharactersTakeTwoColumns() {
        TextArea t = TextArea.of("日本語テキスト", 100);
        assertEquals(List.of("日本", "語テ", "キス", "ト"), rows(t, 5));
        assertEquals(pos(3, 2), t.cursorPosition(5));
        assertEquals(List.of("ab", "日", "本"), rows(TextArea.of("ab日本", 100), 3));
        assertEquals(pos(1, 0), at("ab日本", 2).cursorPosition(3));
        assertEquals(pos(2, 0), at("ab日本", 2).right().cursorPosition(3));
        assertEquals(pos(2, 2), at("ab日本", 4).cursorPosition(3));
        assertEquals(List.of("田中 ", "太郎"), rows(TextArea.of("田中 太郎", 100), 6));
    }

    @Test
    void aWideCharacterWiderThanTheRowStillGetsARowOfItsOwn() {
        TextArea t = TextArea.of("日本", 100);
        assertEquals(List.of("日", "本", ""), rows(t, 1));
        assertEquals(pos(1, 0), at("日本", 1).cursorPosition(1));
        assertEquals(pos(2, 0), t.cursorPosition(1));
    }

    @Test
    void aFullLastRowIsFollowedByAnEmptyRowForTheCursor() {
        TextArea t = TextArea.of("abcd", 100);
        assertEquals(List.of("abcd", ""), rows(t, 4));
        assertEquals(pos(1, 0), t.cursorPosition(4));
        assertEquals(pos(0, 3), t.left().cursorPosition(4));
        assertEquals(List.of("abcd"), rows(t, 5));
        assertEquals(pos(0, 4), t.cursorPosition(5));

        TextArea twoParas = at("abcd\nef", 4);
        assertEquals(List.of("abcd", "", "ef"), rows(twoParas, 4));
        assertEquals(List.of(0, 4, 5), starts(twoParas, 4));
        assertEquals(pos(1, 0), twoParas.cursorPosition(4));
        assertEquals(pos(2, 0), twoParas.right().cursorPosition(4));
    }

    @Test
    void paragraphsTrailingNewlineAndEmptyParagraphs() {
        TextArea t = TextArea.of("ab\n", 100);
        assertEquals(List.of("ab", ""), rows(t, 10));
        assertEquals(pos(1, 0), t.cursorPosition(10));
        assertEquals(pos(0, 2), t.left().cursorPosition(10));

        TextArea gaps = TextArea.of("a\n\n\nb", 100);
        assertEquals(List.of("a", "", "", "b"), rows(gaps, 10));
        assertEquals(List.of(0, 2, 3, 4), starts(gaps, 10));
        assertEquals(pos(0, 1), at("a\n\n\nb", 1).cursorPosition(10));
        assertEquals(pos(1, 0), at("a\n\n\nb", 2).cursorPosition(10));
        assertEquals(pos(2, 0), at("a\n\n\nb", 3).cursorPosition(10));
        assertEquals(pos(3, 1), gaps.cursorPosition(10));
    }

    @Test
    void emptyTextIsOneEmptyRow() {
        TextArea t = TextArea.empty(10);
        assertEquals(List.of(""), rows(t, 20));
        assertEquals(pos(0, 0), t.cursorPosition(20));
        assertEquals(0, t.cursorRow(1));
        assertEquals(0, t.cursorCol(1));
        assertTrue(t.isEmpty());
        assertEquals(0, t.length());
        assertTrue(t.atFirstRow(20));
        assertTrue(t.atLastRow(20));
    }

    @Test
    void layoutInvariantsHoldForRandomText() {
        SplittableRandom rnd = new SplittableRandom(42);
        char[] alphabet = {'a', 'b', 'c', ' ', ' ', '\n', '日'};
        for (int round = 0; round < 2000; round++) {
            StringBuilder b = new StringBuilder();
            int len = rnd.nextInt(40);
            for (int i = 0; i < len; i++) {
                b.append(alphabet[rnd.nextInt(alphabet.length)]);
            }
            String s = b.toString();
            int width = 1 + rnd.nextInt(9);
            String where = "'" + s.replace("\n", "\\n") + "' at width " + width;
            TextArea t = TextArea.of(s, 1000);
            List<Line> lines = t.lines(width);

            assertEquals(0, lines.get(0).start(), where);
            StringBuilder rebuilt = new StringBuilder();
            for (int r = 0; r < lines.size(); r++) {
                Line l = lines.get(r);
                assertEquals(s.substring(l.start(), l.end()), l.text(), where);
                assertFalse(l.text().contains("\n"), where);
                assertTrue(Text.width(l.text()) <= width || l.text().length() == 1, where);
                rebuilt.append(l.text());
                int next = r + 1 < lines.size() ? lines.get(r + 1).start() : s.length();
                assertTrue(next >= l.end(), where);
                String between = s.substring(l.end(), next);
                assertTrue(between.isEmpty() || between.equals(" ") || between.equals("\n"), where + " row " + r);
                rebuilt.append(between);
            }
            assertEquals(s, rebuilt.toString(), where + ": the rows and what lies between them are the text");

            Position previous = pos(0, 0);
            for (int i = 0; i <= s.length(); i++) {
                TextArea c = at(s, i);
                Position p = c.cursorPosition(width);
                assertTrue(p.row() >= 0 && p.row() < lines.size(), where + " index " + i);
                assertTrue(p.col() >= 0 && p.col() < width, where + " index " + i + " " + p);
                assertTrue(p.row() > previous.row() || p.row() == previous.row() && p.col() >= previous.col(),
                        where + " index " + i + ": positions follow the text");
                previous = p;
                boolean hanging = i < s.length() && s.charAt(i) == ' ' && p.col() == 0 && p.row() > 0
                        && lines.get(p.row()).start() == i + 1;
                if (!c.atLastRow(width) && !hanging) {
                    assertEquals(i, c.down(width).up(width).cursor(), where + " index " + i + ": down then up");
                }
                if (!c.atFirstRow(width)) {
                    assertEquals(p.row() - 1, c.up(width).cursorRow(width), where);
                }
            }
        }
    }

    // ---------------------------------------------------------------- editing

    @Test
    void typingAndNewlines() {
        TextArea t = TextArea.empty(100).insert('h').insert('i').newline().insert('y').insert('o');
        assertEquals("hi\nyo", t.text());
        assertEquals(5, t.cursor());
        assertEquals(pos(1, 2), t.cursorPosition(10));
        t = t.top().insert('O').insert('h').insert('\t');
        assertEquals("Oh hi\nyo", t.text());
        assertEquals(3, t.cursor());
        assertEquals(8, t.length());
    }

    @Test
    void typedControlCharactersAndSurrogatesAreRefused() {
        TextArea t = TextArea.of("ab", 100);
        for (char c : new char[] {'\u001b', '\r', '\u0007', '\u007f', '\u009b', '\uD83D', '\uDE00', '\u0301',
            '\u202E', '\u200B'}) {
            assertSame(t, t.insert(c), "char " + (int) c);
        }
        assertEquals("abé", t.insert('é').text());
    }

    @Test
    void backspaceJoinsLinesAndStopsAtTheStart() {
        TextArea t = at("ab\ncd", 3).backspace();
        assertEquals("abcd", t.text());
        assertEquals(2, t.cursor());
        t = t.backspace().backspace().backspace();
        assertEquals("cd", t.text());
        assertEquals(0, t.cursor());
        assertEquals(t, t.backspace());
    }

    @Test
    void deleteJoinsLinesAndDoesNothingAtTheEnd() {
        TextArea t = at("ab\ncd", 2).delete();
        assertEquals("abcd", t.text());
        assertEquals(2, t.cursor());
        TextArea end = t.bottom();
        assertEquals(end, end.delete());
        assertEquals("abc", end.left().delete().text());
    }

    @Test
    void maxLengthLimitsTyping() {
        TextArea t = TextArea.empty(3).insert('a').insert('b').insert('c').insert('d').newline();
        assertEquals("abc", t.text());
        assertEquals(3, t.cursor());
        assertEquals("ab", t.backspace().newline().backspace().text());
        assertEquals("ab\n", t.backspace().newline().text());
    }

    @Test
    void pasteIsCutAtMaxLengthAndLeavesTheCursorAfterIt() {
        TextArea t = at("ab", 1);
        t = new TextArea(t.text(), t.cursor(), 5, 0, -1).insert("XYZW");
        assertEquals("aXYZb", t.text());
        assertEquals(4, t.cursor());
        assertSame(t, t.insert("more"));
        assertEquals("hello\nwo", TextArea.empty(8).insert("hello\r\nworld").text());
    }

    @Test
    void pasteIsNormalised() {
        TextArea t = TextArea.empty(200).insert("one\r\ntwo\rthree\tfour\u0007!\u2028five");
        assertEquals("one\ntwo\nthree four!\nfive", t.text());
        assertEquals(t.length(), t.cursor());
        assertEquals(List.of("one", "two", "three four!", "five"), rows(t, 20));
    }

    @Test
    void pastedEscapeSequencesDoNotSurvive() {
        assertEquals("red plain", TextArea.empty(100).insert("\u001b[31mred\u001b[0m plain").text());
        assertEquals("ok", TextArea.empty(100).insert("\u001b]0;title\u0007ok").text());
        assertEquals("ok", TextArea.empty(100).insert("\u001b]8;;http://x\u001b\\ok").text());
        assertEquals("[2Jx31m", TextArea.empty(100).insert("\u001b\u001b[2\u001bJx\u009b31m").text());
        for (String hostile : List.of("\u001b[31m", "a\u001b", "\u001b]2;t", "\u009b2J\u001b\u001b[", "\u0000\u007f")) {
            String text = TextArea.empty(100).insert(hostile).text();
            assertTrue(text.chars().noneMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f)), text);
        }
    }

    @Test
    void pastedEmojiAndInvisibleCharactersAreMadeDrawable() {
        TextArea t = TextArea.empty(100).insert("Jose\u0301 \uD83D\uDE00 \u202Eevil\u200B \uD83D");
        assertEquals("José \uFFFD evil ", t.text());
        assertEquals(t.length(), t.cursor());
    }

    @Test
    void ofCleansAndCutsAndTheConstructorKeepsTheInvariants() {
        TextArea t = TextArea.of("a\r\nb\u001b[1mc\u0000", 100);
        assertEquals("a\nbc", t.text());
        assertEquals(4, t.cursor());
        TextArea cut = TextArea.of("abcdef", 4);
        assertEquals("abcd", cut.text());
        assertEquals(4, cut.cursor());
        TextArea raw = new TextArea("a\u0007b\tc", 99, 10, -5, -7);
        assertEquals("ab c", raw.text());
        assertEquals(4, raw.cursor());
        assertEquals(0, raw.scroll());
        assertEquals(-1, raw.goalColumn());
        assertEquals("", new TextArea(null, 3, 5, 0, -1).text());
        assertEquals(TextArea.empty(7), TextArea.of("xyz", 7).clear());
    }

    // ---------------------------------------------------------------- movement

    @Test
    void leftAndRightCrossLineBreaksAndStopAtTheEnds() {
        TextArea t = at("ab\ncd", 2);
        assertEquals(3, t.right().cursor());
        assertEquals(pos(1, 0), t.right().cursorPosition(10));
        assertEquals(0, t.top().left().cursor());
        assertEquals(5, t.bottom().right().cursor());
    }

    @Test
    void upAndDownKeepTheGoalColumnAcrossShorterLines() {
        String s = "a long first line\nab\nanother long line";
        TextArea t = at(s, 10);
        TextArea d1 = t.down(40);
        assertEquals(pos(1, 2), d1.cursorPosition(40), "a short line: its end");
        assertEquals(10, d1.goalColumn());
        TextArea d2 = d1.down(40);
        assertEquals(pos(2, 10), d2.cursorPosition(40), "back to the goal column");
        assertEquals(pos(1, 2), d2.up(40).cursorPosition(40));
        assertEquals(10, d2.up(40).up(40).cursor());
        assertEquals(-1, d1.left().goalColumn(), "horizontal movement forgets the goal column");
        assertEquals(pos(2, 1), d1.left().down(40).cursorPosition(40));
        assertEquals(-1, d1.insert('x').goalColumn());
    }

    @Test
    void upAndDownMoveByVisualRowWithinAParagraph() {
        TextArea t = at("aaaa bbbb cccc", 2);
        assertEquals(List.of("aaaa ", "bbbb ", "cccc"), rows(t, 5));
        assertEquals(7, t.down(5).cursor());
        assertEquals(12, t.down(5).down(5).cursor());
        assertEquals(t.down(5).down(5), t.down(5).down(5).down(5), "down on the last row does nothing");
        assertEquals(t, t.up(5), "up on the first row does nothing");
        assertEquals(pos(1, 4), at("aaaa bbbb cccc", 4).down(5).cursorPosition(5), "onto the trailing space");
        assertEquals(9, at("aaaa bbbb cccc", 14).up(5).cursor());
    }

    @Test
    void upAndDownNeverLandInsideAWideCharacterOrOnAHangingSpace() {
        TextArea t = at("ab\n日本", 1);
        assertEquals(pos(1, 0), t.down(10).cursorPosition(10), "column 1 is the right half of 日");
        assertEquals(4, at("ab\n日本", 2).down(10).cursor());
        TextArea full = at("abcd efgh\nxyzw", 13);
        assertEquals(List.of("abcd", "efgh", "", "xyzw", ""), rows(full, 4));
        assertEquals(pos(3, 3), full.cursorPosition(4));
        assertEquals(pos(2, 0), full.up(4).cursorPosition(4));
        assertEquals(pos(1, 3), full.up(4).up(4).cursorPosition(4), "the goal column survives the empty row");
        TextArea onTop = full.up(4).up(4).up(4);
        assertEquals(pos(0, 3), onTop.cursorPosition(4));
        assertEquals(3, onTop.cursor(), "before the hanging space, which is drawn on the row below");
    }

    @Test
    void homeAndEndGoToTheEdgesOfTheVisualRow() {
        TextArea t = at("the quick brown fox\nend", 13);
        assertEquals(10, t.home(10).cursor());
        assertEquals(19, t.end(10).cursor());
        assertEquals(9, at("the quick brown fox", 2).end(10).cursor(), "before the space the row ends with");
        assertEquals(0, at("the quick brown fox", 2).home(10).cursor());
        assertEquals(3, at("abcd efgh", 1).end(4).cursor(), "a full row: before its last char");
        assertEquals(5, at("abcd efgh", 4).home(4).cursor(), "the hanging space is on the next row");
        assertEquals(20, at("the quick brown fox\nend", 22).home(10).cursor());
        assertEquals(4, at("abcd", 4).home(4).cursor(), "the empty row after a full one");
        assertEquals(0, t.top().cursor());
        assertEquals(23, t.bottom().cursor());
    }

    @Test
    void firstAndLastRowForMovingFocusBetweenFields() {
        TextArea t = at("aaaa bbbb", 0);
        assertTrue(t.atFirstRow(5));
        assertFalse(t.atLastRow(5));
        assertTrue(t.atFirstRow(20), "one row at a wider width");
        assertTrue(t.atLastRow(20));
        TextArea end = t.bottom();
        assertFalse(end.atFirstRow(5));
        assertTrue(end.atLastRow(5));
        assertFalse(at("ab\n", 1).atLastRow(10), "a trailing line break makes a last, empty row");
        assertTrue(at("ab\n", 3).atLastRow(10));
        assertFalse(at("abcd", 2).atLastRow(4), "the empty row after a full one is the last row");
    }

    // ---------------------------------------------------------------- scrolling

    @Test
    void scrollingKeepsTheCursorVisibleWithMinimalMovement() {
        TextArea t = TextArea.of("0\n1\n2\n3\n4\n5\n6\n7\n8\n9", 100).top().scrolledFor(10, 3);
        assertEquals(0, t.scroll());
        for (int i = 0; i < 3; i++) {
            t = t.down(10).scrolledFor(10, 3);
        }
        assertEquals(3, t.cursorRow(10));
        assertEquals(1, t.scroll(), "moving one row past the bottom scrolls by one");
        t = t.up(10).up(10).scrolledFor(10, 3);
        assertEquals(1, t.scroll(), "moving within the window does not scroll");
        t = t.up(10).scrolledFor(10, 3);
        assertEquals(0, t.scroll());
        TextArea bottom = t.bottom().scrolledFor(10, 3);
        assertEquals(7, bottom.scroll());
        assertEquals(List.of("7", "8", "9"), bottom.visibleLines(10, 3).stream().map(Line::text).toList());
        assertEquals(2, bottom.cursorRow(10) - bottom.scroll());
        assertSame(bottom, bottom.scrolledFor(10, 3));
    }

    @Test
    void scrollingFollowsWrappedRowsAndShrinkingText() {
        TextArea t = TextArea.of("aaaa bbbb cccc dddd", 100).scrolledFor(5, 2);
        assertEquals(List.of("aaaa ", "bbbb ", "cccc ", "dddd"), rows(t, 5));
        assertEquals(2, t.scroll());
        assertEquals(0, t.scrolledFor(40, 2).scroll(), "a wider box shows it all");
        TextArea shrunk = new TextArea("a\nb", 3, 100, 7, -1);
        assertEquals(0, shrunk.scrolledFor(10, 3).scroll(), "never scrolled past the end");
        assertEquals(List.of("a", "b"), shrunk.visibleLines(10, 3).stream().map(Line::text).toList());
        TextArea tall = new TextArea("0\n1\n2\n3\n4", 0, 100, 2, -1);
        assertEquals(List.of("2", "3"), tall.visibleLines(10, 2).stream().map(Line::text).toList());
        assertEquals(0, tall.scrolledFor(10, 2).scroll(), "the cursor above the window scrolls up to it");
    }
}
