package dutydesk.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void plainAsciiIsUnchanged() {
        assertEquals("O'Brien-Kowalski, Seamus", Text.clean("O'Brien-Kowalski, Seamus", false));
    }

    @Test
    void controlCharactersAndEscapeInjectionAreNeutralised() {
        String hostile = "Smith\u001b[2J\u0007\u009b31m\u007f";
        String clean = Text.clean(hostile, false);
        assertFalse(clean.chars().anyMatch(c -> c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)), clean);
        assertEquals("Smith·[2J··31m·", clean);
        assertEquals("Smith?[2J??31m?", Text.clean(hostile, true));
    }

    @Test
    void lineBreaksAndTabsBecomeSpaces() {
        assertEquals("one two three", Text.clean("one\ntwo\tthree", false));
        assertEquals("a  b", Text.clean("a\r\nb", false));
    }

    @Test
    void decomposedAccentsAreComposedSoTheyTakeOneColumn() {
        String decomposed = "Jose\u0301 Nu\u0301n\u0303ez";
        String clean = Text.clean(decomposed, false);
        assertEquals("José Núñez", clean);
        assertEquals(10, Text.width(clean));
    }

    @Test
    void emojiStrayMarksAndBidiOverridesAreRemovedOrReplaced() {
        assertEquals("Kim \uFFFD", Text.clean("Kim \uD83D\uDE00", false));
        assertEquals("Kim ?", Text.clean("Kim \uD83D\uDE00", true));
        assertEquals("abc", Text.clean("\u0301a\u202Eb\u200Dc", false));
    }

    @Test
    void asciiModeFoldsAccentsAndSpellsOutLetters() {
        assertEquals("Lukasz Wisniewski Ostergaard Strasse O'Neill -- x", Text.clean("Łukasz Wiśniewski Østergaard Straße O’Neill –— x", true));
        assertEquals("Nguyen Tran", Text.clean("Nguyễn Trần", true));
    }

    @Test
    void fitPadsOrCutsWithAnEllipsis() {
        assertEquals("abc  ", Text.fit("abc", 5, "…"));
        assertEquals("abcd…", Text.fit("abcdefgh", 5, "…"));
        assertEquals("abc~", Text.fit("abcdefgh", 4, "~"));
        assertEquals("", Text.fit("abc", 0, "…"));
    }

    @Test
    void wideCharactersCountTwoColumns() {
        assertEquals(4, Text.width("中文"));
        assertEquals("中 ", Text.fit("中文", 3, ""));
        assertEquals("中", Text.cutToWidth("中文", 3));
    }

    @Test
    void wrapKeepsParagraphsAndBreaksLongWords() {
        List<String> lines = Text.wrap("Reported on time.\nNo changes.\tNext report agreed. Averyveryverylongword", 12, false);
        assertEquals(List.of("Reported on", "time.", "No changes.", "Next report", "agreed.", "Averyveryver", "ylongword"), lines);
    }
}
