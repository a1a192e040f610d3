package dutydesk.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankHolidaysTest {

    static final List<BankHoliday> ALL = BankHolidays.englandAndWales();

    static List<BankHoliday> year(int year) {
        return ALL.stream().filter(h -> h.date().getYear() == year).collect(Collectors.toList());
    }

    static String nameOn(LocalDate date) {
        return ALL.stream().filter(h -> h.date().equals(date)).map(BankHoliday::name).findFirst().orElse(null);
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    @ParameterizedTest(name = "{0}: {1} bank holidays")
    @CsvSource({
        "2020, 8", "2021, 8", "2022, 10", "2023, 9", "2024, 8", "2025, 8",
        "2026, 8", "2027, 8", "2028, 8", "2029, 8", "2030, 8",
    })
    void countPerYear(int year, int count) {
        assertEquals(count, year(year).size());
    }

    @Test
    void coversTheStatedYearsOnly() {
        assertEquals(91, ALL.size());
        assertEquals(BankHolidays.FIRST_YEAR, ALL.get(0).date().getYear());
        assertEquals(BankHolidays.LAST_YEAR, ALL.get(ALL.size() - 1).date().getYear());
    }

    @Test
    void everyHolidayIsAWeekday() {
        for (BankHoliday h : ALL) {
            DayOfWeek dow = h.date().getDayOfWeek();
            assertTrue(dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY, h.toString());
        }
    }

    @Test
    void sortedWithoutDuplicates() {
        for (int i = 1; i < ALL.size(); i++) {
            assertTrue(ALL.get(i - 1).date().isBefore(ALL.get(i).date()), ALL.get(i).toString());
        }
    }

    @Test
    void namesArePlainAscii() {
        for (BankHoliday h : ALL) {
            assertTrue(h.name().chars().allMatch(ch -> ch >= ' ' && ch < 127), h.name());
        }
    }

    @Test
    void listIsUnmodifiable() {
        BankHoliday extra = new BankHoliday(LocalDate.of(2026, 6, 1), "Extra");
        assertThrows(UnsupportedOperationException.class, () -> ALL.add(extra));
    }

    @ParameterizedTest(name = "Easter {0}: {1}")
    @CsvSource({
        "2020, 2020-04-12", "2021, 2021-04-04", "2022, 2022-04-17", "2023, 2023-04-09",
        "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28",
        "2028, 2028-04-16", "2029, 2029-04-01", "2030, 2030-04-21",
    })
    void easterMatchesTheAlgorithm(int year, String sunday) {
        LocalDate easter = easterSunday(year);
        assertEquals(LocalDate.parse(sunday), easter, "algorithm against published Easter dates");
        assertEquals("Good Friday", nameOn(easter.minusDays(2)));
        assertEquals("Easter Monday", nameOn(easter.plusDays(1)));
        assertEquals(1, year(year).stream().filter(h -> h.name().equals("Good Friday")).count());
        assertEquals(1, year(year).stream().filter(h -> h.name().equals("Easter Monday")).count());
    }

    @Test
    void mondayHolidaysFollowTheRulesExceptWhenMoved() {
        for (int y = BankHolidays.FIRST_YEAR; y <= BankHolidays.LAST_YEAR; y++) {
            LocalDate may = LocalDate.of(y, Month.MAY, 1);
            LocalDate august = LocalDate.of(y, Month.AUGUST, 1);
            if (y != 2020) {
                assertEquals("Early May bank holiday",
                        nameOn(may.with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))), "year " + y);
            }
            if (y != 2022) {
                assertEquals("Spring bank holiday",
                        nameOn(may.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))), "year " + y);
            }
            assertEquals("Summer bank holiday",
                    nameOn(august.with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY))), "year " + y);
        }
    }

    @Test
    void christmasAndNewYearSubstituteDays() {
        for (int y = BankHolidays.FIRST_YEAR; y <= BankHolidays.LAST_YEAR; y++) {
            LocalDate newYear = LocalDate.of(y, 1, 1);
            if (newYear.getDayOfWeek().getValue() < 6) {
                assertEquals("New Year's Day", nameOn(newYear), "year " + y);
            } else {
                assertEquals("New Year's Day (substitute day)",
                        nameOn(newYear.with(TemporalAdjusters.next(DayOfWeek.MONDAY))), "year " + y);
            }
            LocalDate christmas = LocalDate.of(y, 12, 25);
            List<String> expected = switch (christmas.getDayOfWeek()) {
                case FRIDAY -> List.of("2020-12-25 Christmas Day", "2020-12-28 Boxing Day (substitute day)");
                case SATURDAY -> List.of("2020-12-27 Christmas Day (substitute day)",
                        "2020-12-28 Boxing Day (substitute day)");
                case SUNDAY -> List.of("2020-12-26 Boxing Day", "2020-12-27 Christmas Day (substitute day)");
                default -> List.of("2020-12-25 Christmas Day", "2020-12-26 Boxing Day");
            };
            List<String> actual = year(y).stream()
                    .filter(h -> h.date().getMonth() == Month.DECEMBER)
                    .map(h -> "2020" + h.date().toString().substring(4) + " " + h.name())
                    .collect(Collectors.toList());
            assertEquals(expected, actual, "year " + y);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "2020-05-08 | Early May bank holiday (VE day)",
        "2020-12-28 | Boxing Day (substitute day)",
        "2021-12-27 | Christmas Day (substitute day)",
        "2021-12-28 | Boxing Day (substitute day)",
        "2022-01-03 | New Year's Day (substitute day)",
        "2022-06-02 | Spring bank holiday",
        "2022-06-03 | Platinum Jubilee bank holiday",
        "2022-09-19 | Bank Holiday for the State Funeral of Queen Elizabeth II",
        "2022-12-26 | Boxing Day",
        "2022-12-27 | Christmas Day (substitute day)",
        "2023-01-02 | New Year's Day (substitute day)",
        "2023-05-08 | Bank holiday for the coronation of King Charles III",
    })
    void specialDays(String date, String name) {
        assertEquals(name, nameOn(LocalDate.parse(date)));
    }

    @Test
    void twentyTwentySixAndSevenAsPublished() {
        assertEquals(List.of(
                "2026-01-01 New Year's Day", "2026-04-03 Good Friday", "2026-04-06 Easter Monday",
                "2026-05-04 Early May bank holiday", "2026-05-25 Spring bank holiday",
                "2026-08-31 Summer bank holiday", "2026-12-25 Christmas Day",
                "2026-12-28 Boxing Day (substitute day)"), describe(year(2026)));
        assertEquals(List.of(
                "2027-01-01 New Year's Day", "2027-03-26 Good Friday", "2027-03-29 Easter Monday",
                "2027-05-03 Early May bank holiday", "2027-05-31 Spring bank holiday",
                "2027-08-30 Summer bank holiday", "2027-12-27 Christmas Day (substitute day)",
                "2027-12-28 Boxing Day (substitute day)"), describe(year(2027)));
    }

    @Test
    void theMigrationInsertsTheSameRows() throws IOException {
        String script;
        try (InputStream in = BankHolidays.class.getResourceAsStream("/db/migration/V003__contact_logging.sql")) {
            assertNotNull(in, "db/migration/V003__contact_logging.sql on the classpath");
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int start = script.indexOf("INSERT INTO bank_holiday");
        assertTrue(start >= 0, "the migration inserts bank holidays");
        String sql = script.substring(start, script.indexOf(");", start) + 2);
        assertTrue(sql.contains("INSERT INTO bank_holiday (holiday_date, name) VALUES"), "insert statement");
        assertTrue(sql.strip().endsWith(");"), "one statement, ended with a semicolon");

        Matcher row = Pattern.compile("\\('(\\d{4}-\\d{2}-\\d{2})', '((?:[^']|'')*)'\\)").matcher(sql);
        List<BankHoliday> rows = new ArrayList<>();
        while (row.find()) {
            rows.add(new BankHoliday(LocalDate.parse(row.group(1)), row.group(2).replace("''", "'")));
        }
        assertEquals(ALL, rows);
        long rowLines = sql.lines().filter(line -> line.strip().startsWith("(")).count();
        assertEquals(ALL.size(), rowLines, "every row line parsed");
    }

    @Test
    void workingDaysKnowsEveryHoliday() {
        WorkingDays days = WorkingDays.of(ALL);
        for (BankHoliday h : ALL) {
            assertEquals(h.name(), days.whyNot(h.date()));
            assertFalse(days.isWorkingDay(h.date()), h.toString());
        }
    }

    static List<String> describe(List<BankHoliday> holidays) {
        return holidays.stream().map(h -> h.date() + " " + h.name()).collect(Collectors.toList());
    }
}
