package dutydesk.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Reading one field: dates ({@code YYYY-MM-DD} or {@code DD/MM/YYYY}), times, yes/no, codes.
 * Each reader returns the value or throws {@link Bad} with the reason in words.
 */
final class Values {

    /** A staff code: seven capital letters and digits. */
    static final Predicate<String> STAFF_CODE = s -> s.length() == 7 && all(s, false);
    /** A PDU or team code: one to twenty capital letters, digits and underscores. */
    static final Predicate<String> SHORT_CODE = s -> !s.isEmpty() && s.length() <= 20 && all(s, true);
    /** A tier: A to D, 0 to 3, then S if unsupervised. */
    static final Predicate<String> TIER = s -> (s.length() == 2 || s.length() == 3 && s.charAt(2) == 'S')
            && s.charAt(0) >= 'A' && s.charAt(0) <= 'D' && s.charAt(1) >= '0' && s.charAt(1) <= '3';

    /** Whether every character is a capital letter or a digit (or, if allowed, an underscore). */
    private static boolean all(String s, boolean underscore) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || underscore && c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** A field's value is wrong; the message is the reason. */
    static final class Bad extends Exception {
        Bad(String reason) {
            super(reason, null, false, false);
        }
    }

    private Values() {
    }

    /** A date written YYYY-MM-DD or DD/MM/YYYY (or D/M/YYYY), between 1900 and 2100. */
    static LocalDate date(String s) throws Bad {
        int y;
        int mo;
        int d;
        int n = s.length();
        if (n == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            y = digits(s, 0, 4);
            mo = digits(s, 5, 7);
            d = digits(s, 8, 10);
        } else {
            int a = s.indexOf('/');
            int b = a < 0 ? -1 : s.indexOf('/', a + 1);
            if (a < 1 || a > 2 || b - a < 2 || b - a > 3 || n - b != 5) {
                y = -1;
                mo = -1;
                d = -1;
            } else {
                d = digits(s, 0, a);
                mo = digits(s, a + 1, b);
                y = digits(s, b + 1, n);
            }
        }
        if (y < 0 || mo < 0 || d < 0) {
            throw new Bad("'" + s + "' is not a date: write YYYY-MM-DD or DD/MM/YYYY");
        }
        try {
            LocalDate date = LocalDate.of(y, mo, d);
            if (y < 1900 || y > 2100) {
                throw new Bad("'" + s + "' is not a plausible date (the year is " + y + ")");
            }
            return date;
        } catch (DateTimeException e) {
            throw new Bad("'" + s + "' is not a real date");
        }
    }

    /** The number written in s[from, to) if it is all ASCII digits, else -1. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** A time written HH:MM (24-hour), returned as HH:MM. */
    static String time(String s) throws Bad {
        int colon = s.indexOf(':');
        if ((colon == 1 || colon == 2) && s.length() == colon + 3) {
            int h = digits(s, 0, colon);
            int min = digits(s, colon + 1, s.length());
            if (h >= 0 && h < 24 && min >= 0 && min < 60) {
                return colon == 2 ? s : "0" + s;
            }
        }
        throw new Bad("'" + s + "' is not a time: write HH:MM, e.g. 14:30");
    }

    /** Y / N (also yes, no, true, false, 1, 0; any case); empty is no. */
    static boolean yesNo(String s) throws Bad {
        switch (s.toLowerCase(Locale.ROOT)) {
            case "": case "n": case "no": case "false": case "0": return false;
            case "y": case "yes": case "true": case "1": return true;
            default: throw new Bad("'" + s + "' is not Y or N");
        }
    }

    /**
     * A code from a list, in any case (and for word codes, spaces or hyphens for underscores:
     * "Very high" is VERY_HIGH); returns the list's own string.
     *
     * @param codes the list, each code mapped to itself
     * @param what  "a register type code", for the message
     */
    static String code(String s, Map<String, String> codes, String what) throws Bad {
        String c = codes.get(s.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        if (c == null) {
            throw new Bad("'" + s + "' is not " + what);
        }
        return c;
    }

    /** A list of codes, each mapped to itself. */
    static Map<String, String> codes(java.util.Collection<String> list) {
        Map<String, String> m = new java.util.HashMap<>();
        for (String c : list) {
            m.put(c, c);
        }
        return Map.copyOf(m);
    }
}
