package dutydesk.cases;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Reads dates and times as people type them at the desk: {@code 23/11/2026}, {@code 23/11/26},
 * {@code 23/11} (this year), {@code 23.11.2026}, {@code 2026-11-23}, {@code today}, {@code +7}
 * (days after a base date); times as {@code 10:04}, {@code 10.04}, {@code 1004} or {@code 10}.
 * Returns null for anything else.
 */
public final class DateInput {

    private DateInput() {
    }

    public static LocalDate parseDate(String raw, LocalDate base) {
        String s = raw == null ? "" : raw.trim().toLowerCase(java.util.Locale.ROOT);
        if (s.isEmpty()) {
            return null;
        }
        if (s.equals("today") || s.equals("t")) {
            return base;
        }
        if (s.equals("tomorrow")) {
            return base == null ? null : base.plusDays(1);
        }
        try {
            if (s.matches("[+-]\\d{1,3}")) {
                return base == null ? null : base.plusDays(Integer.parseInt(s.replace("+", "")));
            }
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(s);
            }
            String[] p = s.split("[/.\\-]");
            if (p.length < 2 || p.length > 3) {
                return null;
            }
            for (String part : p) {
                if (!part.matches("\\d{1,4}")) {
                    return null;
                }
            }
            int day = Integer.parseInt(p[0]);
            int month = Integer.parseInt(p[1]);
            int year;
            if (p.length == 2) {
                if (base == null) {
                    return null;
                }
                year = base.getYear();
            } else if (p[2].length() == 2) {
                year = 2000 + Integer.parseInt(p[2]);
            } else if (p[2].length() == 4) {
                year = Integer.parseInt(p[2]);
            } else {
                return null;
            }
            return LocalDate.of(year, month, day);
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    public static LocalTime parseTime(String raw) {
        String s = raw == null ? "" : raw.trim();
        try {
            if (s.matches("\\d{1,2}")) {
                return LocalTime.of(Integer.parseInt(s), 0);
            }
            if (s.matches("\\d{3,4}")) {
                int n = Integer.parseInt(s);
                return LocalTime.of(n / 100, n % 100);
            }
            if (s.matches("\\d{1,2}[:.]\\d{2}")) {
                String[] p = s.split("[:.]");
                return LocalTime.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** dd/mm/yyyy, as the form shows and takes dates. */
    public static String format(LocalDate d) {
        return d == null ? "" : CaseFormat.date(d);
    }

    /** hh:mm. */
    public static String format(LocalTime t) {
        return t == null ? "" : CaseFormat.time(t);
    }
}
