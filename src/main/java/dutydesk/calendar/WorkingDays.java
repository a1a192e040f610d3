package dutydesk.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Working days: Monday to Friday, less a set of holidays. Immutable and thread-safe.
 *
 * <p>Typical use: {@code WorkingDays.of(BankHolidays.englandAndWales())}, then
 * {@link #plus(LocalDate, int) plus} for a due date, {@link #between(LocalDate, LocalDate) between}
 * for "days overdue" and {@link #whyNot(LocalDate) whyNot} to explain a date that is not a working
 * day.
 */
public final class WorkingDays {

    private static final WorkingDays WEEKENDS_ONLY = new WorkingDays(new long[0], Map.of());

    /** Epoch days of the holidays that fall Monday to Friday, sorted, no duplicates. */
    private final long[] weekdayHolidays;
    /** Names of the holidays that have one. */
    private final Map<LocalDate, String> names;

    private WorkingDays(long[] weekdayHolidays, Map<LocalDate, String> names) {
        this.weekdayHolidays = weekdayHolidays;
        this.names = names;
    }

    /**
     * Working days with these holidays, unnamed: {@link #whyNot(LocalDate) whyNot} calls each one
     * "a bank holiday". Duplicates and holidays on a weekend are harmless.
     */
    public static WorkingDays of(Collection<LocalDate> holidays) {
        return new WorkingDays(weekdayEpochDays(holidays), Map.of());
    }

    /**
     * Working days with these named holidays, e.g. {@link BankHolidays#englandAndWales()}. If a
     * date is listed twice, the first name is kept.
     */
    public static WorkingDays of(List<BankHoliday> holidays) {
        Map<LocalDate, String> names = new HashMap<>();
        for (BankHoliday h : holidays) {
            names.putIfAbsent(h.date(), h.name());
        }
        return new WorkingDays(weekdayEpochDays(names.keySet()), Map.copyOf(names));
    }

    /** Working days with no holidays: every Monday to Friday. */
    public static WorkingDays weekendsOnly() {
        return WEEKENDS_ONLY;
    }

    /** True for a Monday to Friday that is not a holiday. */
    public boolean isWorkingDay(LocalDate d) {
        return !isWeekend(d) && Arrays.binarySearch(weekdayHolidays, d.toEpochDay()) < 0;
    }

    /** The first working day on or after {@code d}: {@code d} itself if it is one. */
    public LocalDate onOrAfter(LocalDate d) {
        LocalDate day = d;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The date {@code n} working days after {@code start}. Counting starts from
     * {@link #onOrAfter(LocalDate) onOrAfter(start)}, so a start on a weekend or holiday counts as
     * the next working day: from a Saturday, 0 days is the Monday and 1 day the Tuesday (with no
     * holidays). From a working day, 1 is the next working day, and 5 from a Monday with no
     * holidays is the next Monday. The result is always a working day.
     *
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public LocalDate plus(LocalDate start, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Negative number of working days: " + n);
        }
        LocalDate day = onOrAfter(start);
        for (int i = 0; i < n; i++) {
            day = onOrAfter(day.plusDays(1));
        }
        return day;
    }

    /**
     * The number of working days after {@code from}, up to and including {@code to}; 0 if
     * {@code to} is on or before {@code from}. For "days overdue": due Friday, asked on the next
     * Monday, is 1; on the Friday itself, 0. Whether {@code from} is a working day does not matter.
     */
    public int between(LocalDate from, LocalDate to) {
        long first = from.toEpochDay() + 1;
        long last = to.toEpochDay();
        if (last < first) {
            return 0;
        }
        long holidays = indexAfter(last) - indexAfter(first - 1);
        return Math.toIntExact(weekdaysUpTo(last) - weekdaysUpTo(first - 1) - holidays);
    }

    /**
     * Why {@code d} is not a working day, for a message such as "28/11/2026 is a Saturday": the
     * holiday's name if it has one ("Christmas Day"), else "a Saturday" or "a Sunday", else (an
     * unnamed holiday) "a bank holiday". Null if {@code d} is a working day.
     */
    public String whyNot(LocalDate d) {
        String name = names.get(d);
        if (name != null) {
            return name;
        }
        DayOfWeek dow = d.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY) {
            return "a Saturday";
        }
        if (dow == DayOfWeek.SUNDAY) {
            return "a Sunday";
        }
        return isWorkingDay(d) ? null : "a bank holiday";
    }

    private static boolean isWeekend(LocalDate d) {
        DayOfWeek dow = d.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private static long[] weekdayEpochDays(Collection<LocalDate> holidays) {
        return holidays.stream()
                .map(Objects::requireNonNull)
                .filter(d -> !isWeekend(d))
                .mapToLong(LocalDate::toEpochDay)
                .sorted()
                .distinct()
                .toArray();
    }

    /** How many weekday holidays are on or before epoch day {@code day}. */
    private int indexAfter(long day) {
        int i = Arrays.binarySearch(weekdayHolidays, day);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /**
     * How many Mondays to Fridays there are from a fixed Monday up to and including epoch day
     * {@code day}; only differences matter.
     */
    private static long weekdaysUpTo(long day) {
        // Epoch day 4 (1970-01-05) is a Monday; shift so that 0 is a Monday, floor for days before.
        long sinceMonday = day - 4;
        long weeks = Math.floorDiv(sinceMonday, 7);
        long rest = Math.floorMod(sinceMonday, 7) + 1;
        return weeks * 5 + Math.min(rest, 5);
    }
}
