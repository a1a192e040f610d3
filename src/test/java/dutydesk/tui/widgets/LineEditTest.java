package dutydesk.tui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineEditTest {

    @Test
    void editsAtTheCursor() {
        LineEdit e = LineEdit.empty(10).insert('s').insert('m').insert('t').left().insert('i');
        assertEquals("smit", e.text());
        assertEquals(3, e.cursor());
        e = e.end().insert('h').home().delete();
        assertEquals("mith", e.text());
        assertEquals("mit", e.end().backspace().text());
    }

    @Test
    void refusesControlCharactersAndOverflow() {
        LineEdit e = LineEdit.empty(3).insert('\u001b').insert('\n').insert('a').insert('b').insert('c').insert('d');
        assertEquals("abc", e.text());
        assertEquals(e, e.right().right());
    }
}
