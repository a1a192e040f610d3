package dutydesk.cases;

import java.util.Locale;

/**
 * What the case list shows: the typed search text, the marker filter and the order. The text
 * means a CRN prefix when it is a letter followed by digits ({@code X12}), otherwise a surname
 * prefix, optionally followed by a comma and a forename prefix ({@code smith, jo}).
 */
public record CaseQuery(String text, CaseFlagFilter flag, CaseSort sort) {

    public static final CaseQuery DEFAULT = new CaseQuery("", CaseFlagFilter.ALL, CaseSort.NEXT_REPORT);

    public CaseQuery {
        text = text == null ? "" : text;
    }

    public CaseQuery withText(String t) {
        return new CaseQuery(t, flag, sort);
    }

    public CaseQuery withFlag(CaseFlagFilter f) {
        return new CaseQuery(text, f, sort);
    }

    public CaseQuery withSort(CaseSort s) {
        return new CaseQuery(text, flag, s);
    }

    /** How the text is searched. */
    public enum SearchKind { NONE, CRN, NAME }

    public SearchKind searchKind() {
        String t = text.strip();
        if (t.isEmpty()) {
            return SearchKind.NONE;
        }
        if (Crn.looksLikePrefix(t)) {
            return SearchKind.CRN;
        }
        int comma = t.indexOf(',');
        String surname = comma < 0 ? t : t.substring(0, comma);
        String forename = comma < 0 ? "" : t.substring(comma + 1);
        return NameKey.fold(surname).isEmpty() && NameKey.fold(forename).isEmpty() ? SearchKind.NONE : SearchKind.NAME;
    }

    /** Upper-cased CRN prefix (for {@link SearchKind#CRN}). */
    public String crnPrefix() {
        return text.strip().toUpperCase(Locale.ROOT);
    }

    /** Folded surname prefix (for {@link SearchKind#NAME}); may be empty. */
    public String surnamePrefix() {
        String t = text.strip();
        int comma = t.indexOf(',');
        return NameKey.fold(comma < 0 ? t : t.substring(0, comma));
    }

    /** Folded forename prefix (for {@link SearchKind#NAME}); empty when none was typed. */
    public String forenamePrefix() {
        String t = text.strip();
        int comma = t.indexOf(',');
        return comma < 0 ? "" : NameKey.fold(t.substring(comma + 1));
    }

    /** True when the list is narrowed by text or markers. */
    public boolean isFiltered() {
        return searchKind() != SearchKind.NONE || flag != CaseFlagFilter.ALL;
    }
}
