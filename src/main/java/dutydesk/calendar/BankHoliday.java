package dutydesk.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One bank holiday: the day it is taken and its name as gov.uk writes it, e.g.
 * {@code 2026-12-28 "Boxing Day (substitute day)"}.
 */
public record BankHoliday(LocalDate date, String name) {

    /** Both parts are required. */
    public BankHoliday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
    }
}
