package dutydesk.cases;

/**
 * Police National Computer identifier, {@code YYYY/NNNNNNNC}: year, seven-digit serial and a
 * check letter computed from the two-digit year and serial, modulo 23, over
 * {@code ZABCDEFGHJKLMNPQRTUVWXY}.
 */
public final class Pnc {

    private static final String CHECK_LETTERS = "ZABCDEFGHJKLMNPQRTUVWXY";

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

    /** Whether {@code s} is {@code YYYY/NNNNNNNC} with the right check letter (checked by hand: an import checks 100,000). */
    public static boolean isValid(String s) {
        if (s == null || s.length() != 13 || s.charAt(4) != '/') {
            return false;
        }
        int year = digits(s, 0, 4);
        int serial = digits(s, 5, 12);
        char letter = s.charAt(12);
        return year >= 0 && serial >= 0 && letter >= 'A' && letter <= 'Z' && checkLetter(year, serial) == letter;
    }

    /** The number written by the ASCII digits from {@code from} to {@code to}, or -1 if any is not one. */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
