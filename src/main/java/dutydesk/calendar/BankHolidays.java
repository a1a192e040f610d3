package dutydesk.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The England &amp; Wales bank holidays from {@value #FIRST_YEAR} to {@value #LAST_YEAR}, as data.
 *
 * <p>Dates and names follow the gov.uk list (www.gov.uk/bank-holidays), with a straight
 * apostrophe in "New Year's Day". A holiday that falls on a weekend is listed on the weekday it
 * is taken instead, named e.g. "Boxing Day (substitute day)". Years after 2026 use the usual
 * rules (Easter by the anonymous Gregorian algorithm; first and last Mondays) and will need
 * updating if a day is moved or added by proclamation. Outside the covered years there are no
 * bank holidays here: only weekends count.
 *
 * <p>{@code db/bank_holidays_england_and_wales.sql} holds the same rows for the database; a test
 * keeps the two in step.
 */
public final class BankHolidays {

    /** The first year listed. */
    public static final int FIRST_YEAR = 2020;

    /** The last year listed. */
    public static final int LAST_YEAR = 2030;

    private static final List<BankHoliday> ENGLAND_AND_WALES = List.of(
            h(2020, 1, 1, "New Year's Day"),
            h(2020, 4, 10, "Good Friday"),
            h(2020, 4, 13, "Easter Monday"),
            h(2020, 5, 8, "Early May bank holiday (VE day)"),
            h(2020, 5, 25, "Spring bank holiday"),
            h(2020, 8, 31, "Summer bank holiday"),
            h(2020, 12, 25, "Christmas Day"),
            h(2020, 12, 28, "Boxing Day (substitute day)"),

            h(2021, 1, 1, "New Year's Day"),
            h(2021, 4, 2, "Good Friday"),
            h(2021, 4, 5, "Easter Monday"),
            h(2021, 5, 3, "Early May bank holiday"),
            h(2021, 5, 31, "Spring bank holiday"),
            h(2021, 8, 30, "Summer bank holiday"),
            h(2021, 12, 27, "Christmas Day (substitute day)"),
            h(2021, 12, 28, "Boxing Day (substitute day)"),

            h(2022, 1, 3, "New Year's Day (substitute day)"),
            h(2022, 4, 15, "Good Friday"),
            h(2022, 4, 18, "Easter Monday"),
            h(2022, 5, 2, "Early May bank holiday"),
            h(2022, 6, 2, "Spring bank holiday"),
            h(2022, 6, 3, "Platinum Jubilee bank holiday"),
            h(2022, 8, 29, "Summer bank holiday"),
            h(2022, 9, 19, "Bank Holiday for the State Funeral of Queen Elizabeth II"),
            h(2022, 12, 26, "Boxing Day"),
            h(2022, 12, 27, "Christmas Day (substitute day)"),

            h(2023, 1, 2, "New Year's Day (substitute day)"),
            h(2023, 4, 7, "Good Friday"),
            h(2023, 4, 10, "Easter Monday"),
            h(2023, 5, 1, "Early May bank holiday"),
            h(2023, 5, 8, "Bank holiday for the coronation of King Charles III"),
            h(2023, 5, 29, "Spring bank holiday"),
            h(2023, 8, 28, "Summer bank holiday"),
            h(2023, 12, 25, "Christmas Day"),
            h(2023, 12, 26, "Boxing Day"),

            h(2024, 1, 1, "New Year's Day"),
            h(2024, 3, 29, "Good Friday"),
            h(2024, 4, 1, "Easter Monday"),
            h(2024, 5, 6, "Early May bank holiday"),
            h(2024, 5, 27, "Spring bank holiday"),
            h(2024, 8, 26, "Summer bank holiday"),
            h(2024, 12, 25, "Christmas Day"),
            h(2024, 12, 26, "Boxing Day"),

            h(2025, 1, 1, "New Year's Day"),
            h(2025, 4, 18, "Good Friday"),
            h(2025, 4, 21, "Easter Monday"),
            h(2025, 5, 5, "Early May bank holiday"),
            h(2025, 5, 26, "Spring bank holiday"),
            h(2025, 8, 25, "Summer bank holiday"),
            h(2025, 12, 25, "Christmas Day"),
            h(2025, 12, 26, "Boxing Day"),

            h(2026, 1, 1, "New Year's Day"),
            h(2026, 4, 3, "Good Friday"),
            h(2026, 4, 6, "Easter Monday"),
            h(2026, 5, 4, "Early May bank holiday"),
            h(2026, 5, 25, "Spring bank holiday"),
            h(2026, 8, 31, "Summer bank holiday"),
            h(2026, 12, 25, "Christmas Day"),
            h(2026, 12, 28, "Boxing Day (substitute day)"),

            h(2027, 1, 1, "New Year's Day"),
            h(2027, 3, 26, "Good Friday"),
            h(2027, 3, 29, "Easter Monday"),
            h(2027, 5, 3, "Early May bank holiday"),
            h(2027, 5, 31, "Spring bank holiday"),
            h(2027, 8, 30, "Summer bank holiday"),
            h(2027, 12, 27, "Christmas Day (substitute day)"),
            h(2027, 12, 28, "Boxing Day (substitute day)"),

            h(2028, 1, 3, "New Year's Day (substitute day)"),
            h(2028, 4, 14, "Good Friday"),
            h(2028, 4, 17, "Easter Monday"),
            h(2028, 5, 1, "Early May bank holiday"),
            h(2028, 5, 29, "Spring bank holiday"),
            h(2028, 8, 28, "Summer bank holiday"),
            h(2028, 12, 25, "Christmas Day"),
            h(2028, 12, 26, "Boxing Day"),

            h(2029, 1, 1, "New Year's Day"),
            h(2029, 3, 30, "Good Friday"),
            h(2029, 4, 2, "Easter Monday"),
            h(2029, 5, 7, "Early May bank holiday"),
            h(2029, 5, 28, "Spring bank holiday"),
            h(2029, 8, 27, "Summer bank holiday"),
            h(2029, 12, 25, "Christmas Day"),
            h(2029, 12, 26, "Boxing Day"),

            h(2030, 1, 1, "New Year's Day"),
            h(2030, 4, 19, "Good Friday"),
            h(2030, 4, 22, "Easter Monday"),
            h(2030, 5, 6, "Early May bank holiday"),
            h(2030, 5, 27, "Spring bank holiday"),
            h(2030, 8, 26, "Summer bank holiday"),
            h(2030, 12, 25, "Christmas Day"),
            h(2030, 12, 26, "Boxing Day")
    );

    private BankHolidays() {
    }

    /**
     * Every England &amp; Wales bank holiday from {@value #FIRST_YEAR} to {@value #LAST_YEAR}, in
     * date order, each on the day it is taken (never a weekend). The list is unmodifiable.
     */
    public static List<BankHoliday> englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    private static BankHoliday h(int year, int month, int day, String name) {
        return new BankHoliday(LocalDate.of(year, month, day), name);
    }
}
