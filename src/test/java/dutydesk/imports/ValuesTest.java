package dutydesk.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValuesTest {

    static String bad(String date) {
        return assertThrows(Values.Bad.class, () -> Values.date(date)).getMessage();
    }

    @Test
    void datesAreIsoOrDayMonthYear() throws Values.Bad {
        assertEquals(LocalDate.of(2026, 11, 23), Values.date("2026-11-23"));
        assertEquals(LocalDate.of(2026, 11, 23), Values.date("23/11/2026"));
        assertEquals(LocalDate.of(2026, 2, 3), Values.date("3/2/2026"));
        assertEquals("'2026-02-29' is not a real date", bad("2026-02-29"));
        assertEquals("'31/04/2026' is not a real date", bad("31/04/2026"));
        assertEquals("'1850-01-01' is not a plausible date (the year is 1850)", bad("1850-01-01"));
        for (String s : new String[] {"2026-1-23", "23/11/26", "23.11.2026", "2026/11/23", "x", "", "123/1/2026",
            "2026-11-2x", "1/1/20266"}) {
            assertEquals("'" + s + "' is not a date: write YYYY-MM-DD or DD/MM/YYYY", bad(s), s);
        }
    }

    @Test
    void timesAndYesNo() throws Values.Bad {
        assertEquals("09:05", Values.time("9:05"));
        assertEquals("'24:00' is not a time: write HH:MM, e.g. 14:30",
                assertThrows(Values.Bad.class, () -> Values.time("24:00")).getMessage());
        assertEquals(true, Values.yesNo("Yes"));
        assertEquals(false, Values.yesNo(""));
        assertEquals("'maybe' is not Y or N", assertThrows(Values.Bad.class, () -> Values.yesNo("maybe")).getMessage());
    }
}
