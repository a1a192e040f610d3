package dutydesk.cases;

import java.util.regex.Pattern;

/** Case Reference Number: one upper-case letter and six digits, e.g. {@code X123456}. */
public final class Crn {

    private static final Pattern FORMAT = Pattern.compile("[A-Z]\\d{6}");
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z]\\d{0,6}");

    private Crn() {
    }

    public static boolean isValid(String s) {
        return s != null && FORMAT.matcher(s).matches();
    }

    /**
     * True when typed search text looks like the start of a CRN (a letter then digits). A lone
     * letter is a surname prefix, not a CRN.
     */
    public static boolean looksLikePrefix(String s) {
        return s != null && s.length() >= 2 && PREFIX.matcher(s).matches();
    }
}
