package dutydesk.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    static final WorkingDays EW = WorkingDays.of(BankHolidays.englandAndWales());
    static final WorkingDays PLAIN = WorkingDays.weekendsOnly();

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0} working day: {1}")
    @CsvSource({
        "2026-11-23, true",   // Monday
        "2026-11-27, true",   // Friday
        "2026-11-28, false",  // Saturday
        "2026-11-29, false",  // Sunday
        "2026-12-25, false",  // Christmas Day, Friday
        "2026-12-28, false",  // Boxing Day (substitute day), Monday
        "2026-12-29, true",
        "2026-08-31, false",  // Summer bank holiday
        "2022-09-19, false",  // State funeral
    })
    void workingDays(String date, boolean working) {
        assertEquals(working, EW.isWorkingDay(d(date)));
    }

    @ParameterizedTest(name = "{0} + {1} = {2}")
    @CsvSource({
        "2026-11-23, 0, 2026-11-23",  // Monday, n = 0: itself
        "2026-11-23, 1, 2026-11-24",
        "2026-11-23, 5, 2026-11-30",  // Monday + 5 is the next Monday
        "2026-11-26, 2, 2026-11-30",  // Thursday + 2 crosses the weekend
        "2026-11-27, 1, 2026-11-30",  // Friday + 1 is Monday
        "2026-11-28, 0, 2026-11-30",  // Saturday, n = 0: the Monday
        "2026-11-28, 1, 2026-12-01",  // Saturday counts as the Monday, + 1 is Tuesday
        "2026-11-29, 5, 2026-12-07",  // Sunday + 5: counted from Monday 30 Nov
        "2026-12-24, 1, 2026-12-29",  // Christmas Day Fri, Boxing Day substitute Mon 28
        "2026-12-24, 3, 2026-12-31",
        "2026-12-24, 4, 2027-01-04",  // New Year's Day Fri 1 Jan
        "2026-12-25, 0, 2026-12-29",  // a holiday start, n = 0: next working day
        "2026-12-25, 1, 2026-12-30",
        "2027-12-24, 1, 2027-12-29",  // 2027: both Christmas days substituted, Mon 27 and Tue 28
        "2027-12-31, 1, 2028-01-04",  // New Year's Day (substitute day) Mon 3 Jan 2028
        "2026-04-02, 1, 2026-04-07",  // Good Friday to Easter Monday
        "2026-11-23, 20, 2026-12-21",
    })
    void plus(String start, int n, String expected) {
        assertEquals(d(expected), EW.plus(d(start), n));
    }

    @Test
    void plusWithoutHolidaysOnlySkipsWeekends() {
        assertEquals(d("2026-12-25"), PLAIN.plus(d("2026-12-24"), 1));
        assertEquals(d("2026-12-28"), PLAIN.plus(d("2026-12-24"), 2));
    }

    @Test
    void negativeCountIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> EW.plus(d("2026-11-23"), -1));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-11-23, 2026-11-23",  // a working day is itself
        "2026-11-28, 2026-11-30",  // Saturday
        "2026-05-04, 2026-05-05",  // Early May bank holiday Monday
        "2026-05-02, 2026-05-05",  // Saturday before a bank holiday Monday
        "2026-04-03, 2026-04-07",  // Good Friday, over Easter
        "2021-12-25, 2021-12-29",  // Saturday, then two substitute days
        "2022-06-02, 2022-06-06",  // Platinum Jubilee Thursday and Friday
    })
    void onOrAfter(String date, String expected) {
        assertEquals(d(expected), EW.onOrAfter(d(date)));
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        "2026-11-27, 2026-11-27, 0",  // same day
        "2026-11-27, 2026-11-20, 0",  // backwards
        "2026-11-27, 2026-11-28, 0",  // due Friday, Saturday: not yet overdue in working days
        "2026-11-27, 2026-11-30, 1",  // due Friday, the Monday after: 1 day overdue
        "2026-11-23, 2026-11-30, 5",
        "2026-11-28, 2026-11-30, 1",  // from a weekend
        "2026-12-24, 2026-12-29, 1",  // over Christmas
        "2026-12-24, 2027-01-04, 4",
        "2026-01-01, 2026-12-31, 253",
        "2022-01-01, 2022-12-31, 250",
    })
    void between(String from, String to, int expected) {
        assertEquals(expected, EW.between(d(from), d(to)));
    }

    @Test
    void betweenAgreesWithCountingDayByDay() {
        LocalDate origin = d("2021-11-20");
        for (int a = 0; a < 120; a += 3) {
            for (int b = 0; b < 500; b += 7) {
                LocalDate from = origin.plusDays(a);
                LocalDate to = origin.plusDays(b);
                int counted = 0;
                for (LocalDate x = from.plusDays(1); !x.isAfter(to); x = x.plusDays(1)) {
                    counted += EW.isWorkingDay(x) ? 1 : 0;
                }
                assertEquals(counted, EW.between(from, to), from + " to " + to);
            }
        }
    }

    @Test
    void plusAndBetweenAreInverse() {
        LocalDate start = d("2025-12-01");
        for (int i = 0; i < 60; i++) {
            LocalDate day = start.plusDays(i);
            for (int n = 0; n < 30; n++) {
                LocalDate due = EW.plus(day, n);
                assertTrue(EW.isWorkingDay(due), due.toString());
                assertEquals(n, EW.between(EW.onOrAfter(day), due), day + " + " + n);
            }
        }
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2026-11-28, a Saturday",
        "2026-11-29, a Sunday",
        "2026-12-25, Christmas Day",
        "2026-12-28, Boxing Day (substitute day)",
        "2027-01-01, New Year's Day",
        "2023-05-08, Bank holiday for the coronation of King Charles III",
    })
    void whyNot(String date, String reason) {
        assertEquals(reason, EW.whyNot(d(date)));
    }

    @Test
    void whyNotIsNullOnAWorkingDay() {
        assertNull(EW.whyNot(d("2026-11-23")));
        assertNull(PLAIN.whyNot(d("2026-12-25")));
    }

    @Test
    void unnamedHolidays() {
        WorkingDays days = WorkingDays.of(List.of(d("2026-11-24"), d("2026-11-28"), d("2026-11-24")));
        assertFalse(days.isWorkingDay(d("2026-11-24")));
        assertEquals("a bank holiday", days.whyNot(d("2026-11-24")));
        assertEquals("a Saturday", days.whyNot(d("2026-11-28")));
        assertEquals(d("2026-11-25"), days.plus(d("2026-11-23"), 1));
        assertEquals(4, days.between(d("2026-11-22"), d("2026-11-28")));
    }

    @Test
    void namedHolidayOnAWeekendKeepsItsName() {
        WorkingDays days = WorkingDays.of(List.of(new BankHoliday(d("2027-12-25"), "Christmas Day")));
        assertEquals("Christmas Day", days.whyNot(d("2027-12-25")));
        assertEquals("a Sunday", days.whyNot(d("2027-12-26")));
        assertEquals(d("2027-12-27"), days.onOrAfter(d("2027-12-25")));
    }
}
