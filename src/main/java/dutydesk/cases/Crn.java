package dutydesk.cases;

import java.util.regex.Pattern;

/** Case Reference Number: one upper-case letter and six digits, e.g. {@code X123456}. */
public final class Crn {

    private static final Pattern PREFIX = Pattern.compile("[A-Za-z]\\d{0,6}");

    private Crn() {
    }

    public static boolean isValid(String s) {
        // By hand rather than with FORMAT: an import checks each of 100,000 rows' CRNs twice.
        if (s == null || s.length() != 7 || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < 7; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * True when typed search text looks like the start of a CRN (a letter then digits). A lone
     * letter is a surname prefix, not a CRN.
     */
    public static boolean looksLikePrefix(String s) {
        return s != null && s.length() >= 2 && PREFIX.matcher(s).matches();
    }
}
