package dutydesk.tui.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ListCursorTest {

    @Test
    void movingPastTheBottomScrollsByOne() {
        ListCursor c = new ListCursor(0, 0, 5, 100);
        for (int i = 0; i < 5; i++) {
            c = c.moveBy(1);
        }
        assertEquals(5, c.selected());
        assertEquals(1, c.top());
    }

    @Test
    void selectionStaysWithinTheList() {
        ListCursor c = new ListCursor(0, 0, 5, 3);
        assertEquals(0, c.moveBy(-1).selected());
        assertEquals(2, c.moveBy(10).selected());
        assertEquals(0, c.moveBy(10).top(), "a list shorter than the screen never scrolls");
    }

    @Test
    void pagingKeepsTheScreenRowAndStopsAtTheEnds() {
        ListCursor c = new ListCursor(3, 0, 10, 25);
        ListCursor down = c.pageDown();
        assertEquals(13, down.selected());
        assertEquals(10, down.top());
        ListCursor last = down.pageDown();
        assertEquals(15, last.top(), "the last page is full, not scrolled past the end");
        assertEquals(18, last.selected());
        assertEquals(24, last.pageDown().selected(), "at the last page, page down goes to the last row");
        assertEquals(0, new ListCursor(3, 0, 10, 25).pageUp().selected(), "at the top, page up goes to the first row");
        assertEquals(8, last.pageUp().selected());
    }

    @Test
    void homeAndEnd() {
        ListCursor c = new ListCursor(50, 45, 20, 100);
        assertEquals(0, c.home().selected());
        assertEquals(0, c.home().top());
        assertEquals(99, c.end().selected());
        assertEquals(80, c.end().top());
    }

    @Test
    void emptyListHasNothingSelected() {
        ListCursor c = ListCursor.empty(20).moveBy(3).pageDown().end();
        assertTrue(c.isEmpty());
        assertEquals(0, c.selected());
        assertEquals(0, c.top());
    }

    @Test
    void shrinkingTheListOrTheScreenKeepsTheInvariants() {
        SplittableRandom rnd = new SplittableRandom(7);
        ListCursor c = new ListCursor(0, 0, 10, 50);
        for (int i = 0; i < 2000; i++) {
            switch (rnd.nextInt(8)) {
                case 0: c = c.withTotal(rnd.nextInt(60)); break;
                case 1: c = c.withHeight(1 + rnd.nextInt(30)); break;
                case 2: c = c.pageDown(); break;
                case 3: c = c.pageUp(); break;
                case 4: c = c.selectKeepingRow(rnd.nextInt(70)); break;
                default: c = c.moveBy(rnd.nextInt(7) - 3); break;
            }
            if (c.total() > 0) {
                assertTrue(c.selected() >= 0 && c.selected() < c.total(), c.toString());
                assertTrue(c.top() <= c.selected() && c.selected() < c.top() + c.height(), c.toString());
                assertTrue(c.top() <= Math.max(0, c.total() - c.height()), c.toString());
            }
        }
    }

    @Test
    void selectKeepingRowKeepsTheSelectionWhereTheEyeIs() {
        ListCursor c = new ListCursor(14, 10, 20, 500);
        ListCursor moved = c.selectKeepingRow(300);
        assertEquals(300, moved.selected());
        assertEquals(296, moved.top());
    }
}
