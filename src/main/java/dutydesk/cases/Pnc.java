package dutydesk.cases;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Police National Computer identifier, {@code YYYY/NNNNNNNC}: year, seven-digit serial and a
 * check letter computed from the two-digit year and serial, modulo 23, over
 * {@code ZABCDEFGHJKLMNPQRTUVWXY}.
 */
public final class Pnc {

    private static final String CHECK_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY";
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})/(\\d{7})([A-Z])");

    private Pnc() {
    }

    /** The check letter for a four-digit year and seven-digit serial. */
    public static char checkLetter(int year, int serial) {
        long n = (year % 100) * 10_000_000L + serial;
        return CHECK_LETTERS.charAt((int) (n % 23));
    }

    public static String format(int year, int serial) {
        if (year < 1000 || year > 9999 || serial < 0 || serial > 9_999_999) {
            throw new IllegalArgumentException("PNC year must have 4 digits and serial at most 7: " + year + "/" + serial);
        }
        String digits = Integer.toString(serial);
        return year + "/" + "0000000".substring(digits.length()) + digits + checkLetter(year, serial);
    }

    public static boolean isValid(String s) {
        if (s == null) {
            return false;
        }
        Matcher m = FORMAT.matcher(s);
        return m.matches()
                && checkLetter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))) == m.group(3).charAt(0);
    }
}
