package dutydesk.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTest {

    static final LocalDate BASE = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "23/11/2026, 2026-11-23",
            "1/2/2027, 2027-02-01",
            "23/11/26, 2026-11-23",
            "30/11, 2026-11-30",
            "23.11.2026, 2026-11-23",
            "23-11-2026, 2026-11-23",
            "2026-12-01, 2026-12-01",
            "today, 2026-11-23",
            "T, 2026-11-23",
            "tomorrow, 2026-11-24",
            "+7, 2026-11-30",
            "-1, 2026-11-22",
            "' 30/11/2026 ', 2026-11-30",
    })
    void readsDatesAsTyped(String typed, String expected) {
        assertEquals(LocalDate.parse(expected), DateInput.parseDate(typed, BASE));
    }

    @ParameterizedTest(name = "\"{0}\" is not a date")
    @ValueSource(strings = {"", "31/11/2026", "29/02/2027", "12/13/2026", "next week", "1/2/3/4", "23/11/202", "x/1/2026"})
    void rejectsWhatIsNotADate(String typed) {
        assertNull(DateInput.parseDate(typed, BASE));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"10:04, 10:04", "9:05, 09:05", "10.04, 10:04", "1004, 10:04", "930, 09:30", "14, 14:00"})
    void readsTimesAsTyped(String typed, String expected) {
        assertEquals(LocalTime.parse(expected), DateInput.parseTime(typed));
    }

    @ParameterizedTest(name = "\"{0}\" is not a time")
    @ValueSource(strings = {"", "25:00", "10:60", "ten", "10:4", "12345"})
    void rejectsWhatIsNotATime(String typed) {
        assertNull(DateInput.parseTime(typed));
    }
}
