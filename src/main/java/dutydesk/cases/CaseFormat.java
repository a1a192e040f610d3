package dutydesk.cases;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/** How case facts read on screen. Pure functions of the data (and today's date). */
public final class CaseFormat {

    // Dates are always shown the UK way, in English. Built by hand: a locale-aware formatter
    // loads locale data costing tens of milliseconds on the first frame.
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};
    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private CaseFormat() {
    }

    /**
     * A date in at most 8 columns for the list: "24 Nov" within six months of today, otherwise
     * month and year, "Mar 2025", so no date is ambiguous.
     */
    public static String listDate(LocalDate d, LocalDate today) {
        if (d == null) {
            return "";
        }
        long days = today == null ? 0 : Math.abs(ChronoUnit.DAYS.between(today, d));
        String month = MONTHS[d.getMonthValue() - 1];
        return days <= 182 ? two(d.getDayOfMonth()) + " " + month : month + " " + d.getYear();
    }

    /** "24/11/2026" (the case page). */
    public static String date(LocalDate d) {
        return d == null ? "-" : two(d.getDayOfMonth()) + "/" + two(d.getMonthValue()) + "/" + d.getYear();
    }

    /** "24/11/26" (tables on the case page). */
    public static String compactDate(LocalDate d) {
        return d == null ? "-" : two(d.getDayOfMonth()) + "/" + two(d.getMonthValue()) + "/" + two(d.getYear() % 100);
    }

    /** "Mon 24/11/2026". */
    public static String dayDate(LocalDate d) {
        return d == null ? "-" : day(d) + " " + date(d);
    }

    /** "Mon". */
    public static String day(LocalDate d) {
        return DAYS[d.getDayOfWeek().getValue() - 1];
    }

    /** "09:05". */
    public static String time(java.time.LocalTime t) {
        return two(t.getHour()) + ":" + two(t.getMinute());
    }

    /** "24/11/2026 09:05" (empty for none). */
    public static String dateTime(java.time.LocalDateTime t) {
        return t == null ? "" : date(t.toLocalDate()) + " " + time(t.toLocalTime());
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** "Surname, Forename". */
    public static String name(String surname, String forename) {
        return forename == null || forename.isEmpty() ? surname : surname + ", " + forename;
    }

    /** RoSH in six columns or fewer: "Low", "Medium", "High", "V.High". */
    public static String rosh(String rosh) {
        if (rosh == null) {
            return "-";
        }
        switch (rosh) {
            case "LOW": return "Low";
            case "MEDIUM": return "Medium";
            case "HIGH": return "High";
            case "VERY_HIGH": return "V.High";
            default: return rosh;
        }
    }

    /** RoSH in full words, for the case page. */
    public static String roshLong(String rosh) {
        return rosh == null ? "not assessed" : rosh.replace('_', ' ');
    }

    /** The missed-checks marker: "!" and the count ("!2"), "!9" at most; empty for none. */
    public static String missedMark(int missed) {
        return missed <= 0 ? "" : "!" + Math.min(9, missed);
    }

    /** The missed-checks count for the list's "Chk" column: "2", "9+" from 10; empty for none. */
    public static String missedCount(int missed) {
        return missed <= 0 ? "" : missed > 9 ? "9+" : Integer.toString(missed);
    }

    public static boolean isHighRosh(String rosh) {
        return "HIGH".equals(rosh) || "VERY_HIGH".equals(rosh);
    }

    /**
     * The risk markers in fixed positions, so they line up down the list: "DA CP M2" (domestic
     * abuse register, child protection or concerns register, MAPPA level).
     */
    public static String markers(boolean da, boolean childProtection, int mappaLevel) {
        return (da ? "DA" : "  ") + " " + (childProtection ? "CP" : "  ") + " "
                + (mappaLevel > 0 ? "M" + mappaLevel : "  ");
    }

    /** "LATE" when the reporting date has passed, "TODAY" when it is today, else empty. */
    public static String reportTag(LocalDate next, LocalDate today) {
        if (next == null || today == null) {
            return "";
        }
        if (next.isBefore(today)) {
            return "LATE";
        }
        return next.isEqual(today) ? "TODAY" : "";
    }

    /** "in 3 days", "tomorrow", "today", "2 days overdue". */
    public static String relative(LocalDate d, LocalDate today) {
        if (d == null || today == null) {
            return "";
        }
        long days = ChronoUnit.DAYS.between(today, d);
        if (days == 0) {
            return "today";
        }
        if (days == 1) {
            return "tomorrow";
        }
        if (days == -1) {
            return "yesterday";
        }
        return days > 0 ? "in " + days + " days" : (-days) + " days ago";
    }

    /** "5 days overdue" for a missed reporting date, else the relative date. */
    public static String reportDue(LocalDate next, LocalDate today) {
        if (next != null && today != null && next.isBefore(today)) {
            long days = ChronoUnit.DAYS.between(next, today);
            return "OVERDUE by " + days + (days == 1 ? " day" : " days");
        }
        return relative(next, today);
    }

    /** Age in whole years. */
    public static int age(LocalDate dob, LocalDate today) {
        return dob == null || today == null ? 0 : Period.between(dob, today).getYears();
    }

    /** "Weekly", "Fortnightly"... */
    public static String frequency(String f) {
        if (f == null) {
            return "-";
        }
        switch (f) {
            case "DAY": return "Daily";
            case "WEEK": return "Weekly";
            case "FORTNIGHT": return "Fortnightly";
            case "FOUR_WEEKS": return "Every 4 weeks";
            case "NONE": return "Not reporting";
            default: return f;
        }
    }

    /** "Community", "Licence", "Custody". */
    public static String caseType(String t) {
        if (t == null) {
            return "-";
        }
        switch (t) {
            case "COMMUNITY": return "Community";
            case "LICENSE": return "Licence";
            case "CUSTODY": return "Custody";
            default: return t;
        }
    }
}
