package dutydesk.dachecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the worklist's values read: codes that fit, days overdue, the filter's words. */
class WorklistFormatTest {

    static final List<CheckKind> FIVE = List.of(CheckKind.POLICE_DA, CheckKind.SAFEGUARDING, CheckKind.SARA,
            CheckKind.MARAC, CheckKind.REVIEW);

    @Test
    void codesFitWholeAndSayHowManyMoreWhenTheyDoNot() {
        assertEquals("PDA CSC SARA", WorklistFormat.codes(FIVE.subList(0, 3), 22));
        assertEquals("PDA CSC SARA MARAC REV", WorklistFormat.codes(FIVE, 22), "five codes fit the 80-column width");
        assertEquals("PDA CSC SARA +2", WorklistFormat.codes(FIVE, 18));
        assertEquals("PDA +4", WorklistFormat.codes(FIVE, 7));
        assertEquals("+5", WorklistFormat.codes(FIVE, 3));
        assertEquals("", WorklistFormat.codes(FIVE, 1));
        assertEquals("", WorklistFormat.codes(List.of(), 22));
        List<CheckKind> every = List.of(CheckKind.values());
        assertEquals(WorklistView.ALL_CODES_W, WorklistFormat.codes(every, 100).length(), "every code at once");
        for (int w = 2; w <= 50; w++) {
            String s = WorklistFormat.codes(every, w);
            assertEquals(true, s.length() <= w, "fits " + w + ": " + s);
        }
    }

    @Test
    void overdueIsCalendarDaysSinceTheOldestMissedDueDate() {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertEquals("41 d", WorklistFormat.overdue(LocalDate.of(2026, 10, 13), today));
        assertEquals("1 d", WorklistFormat.overdue(today.minusDays(1), today));
        assertEquals("366 d", WorklistFormat.overdue(LocalDate.of(2025, 11, 22), today));
        assertEquals("", WorklistFormat.overdue(null, today));
    }

    @Test
    void theFilterCyclesFromAllThroughEveryKindBackToAll() {
        List<CheckKind> seen = new ArrayList<>();
        CheckKind k = WorklistFormat.next(null);
        while (k != null) {
            seen.add(k);
            k = WorklistFormat.next(k);
        }
        assertEquals(List.of(CheckKind.values()), seen);
        assertNull(WorklistFormat.next(CheckKind.FACE_TO_FACE));
    }

    @Test
    void wordsForTheTitleAndTheEmptyList() {
        assertEquals("any check", WorklistFormat.filterShort(null));
        assertEquals("missing Police DA", WorklistFormat.filterShort(CheckKind.POLICE_DA));
        assertEquals("505 cases", WorklistFormat.count(505, 505, false));
        assertEquals("1 case", WorklistFormat.count(1, 1, false));
        assertEquals("42 of 1,505 cases", WorklistFormat.count(42, 1505, true));
        assertEquals("No unallocated case has a missed check.", WorklistFormat.empty(null));
        assertEquals("No case is missing IDVA liaison.", WorklistFormat.empty(CheckKind.IDVA));
    }
}
