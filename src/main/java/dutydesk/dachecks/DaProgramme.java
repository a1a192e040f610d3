package dutydesk.dachecks;

import java.util.regex.Pattern;

/**
 * Spots a domestic-abuse programme named in free text: an order or requirement description
 * ("Court - Accredited Programme - Building Better Relationships: Regular 20 Days") or the notes
 * of a referral contact ({@code CGRF}). Matches, ignoring case: "Building Better Relationships",
 * the word "BBR", "Building Choices", "domestic abuse programme" (also "domestic abuse
 * perpetrator programme"), "DA programme" and the word "DAPP". Thread-safe.
 */
public final class DaProgramme {

    private static final Pattern NAMES = Pattern.compile(
            "building\\s+better\\s+relationships?"
                    + "|\\bbbr\\b"
                    + "|building\\s+choices"
                    + "|\\bdomestic[\\s-]+abuse\\s+(?:perpetrator\\s+)?programmes?\\b"
                    + "|\\bda\\s+programmes?\\b"
                    + "|\\bdapp\\b",
            Pattern.CASE_INSENSITIVE);

    private DaProgramme() {
    }

    /** True when {@code text} names a DA programme; false for null or blank text. */
    public static boolean matches(String text) {
        return text != null && mayMatch(text) && NAMES.matcher(text).find();
    }

    /**
     * A quick look for the words every name needs ("building", "bbr", "program", "dapp"), so that
     * most texts (an ordinary order description) never reach the pattern.
     */
    private static boolean mayMatch(String text) {
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c == 'b' || c == 'B') && (text.regionMatches(true, i, "bbr", 0, 3)
                    || text.regionMatches(true, i, "building", 0, 8))) {
                return true;
            }
            if ((c == 'p' || c == 'P') && text.regionMatches(true, i, "program", 0, 7)) {
                return true;
            }
            if ((c == 'd' || c == 'D') && text.regionMatches(true, i, "dapp", 0, 4)) {
                return true;
            }
        }
        return false;
    }
}
