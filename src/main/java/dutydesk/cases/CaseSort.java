package dutydesk.cases;

import java.util.List;

/**
 * The orders the case list can be sorted in. Each is backed by an index, and ends with a unique
 * key so that the order is total (paging and "rows before this one" are exact).
 */
public enum CaseSort {
    NEXT_REPORT("next report", List.of(Key.asc("next_report_date"), Key.asc("id"))),
    NAME("name", List.of(Key.asc("surname_key"), Key.asc("forename_key"), Key.asc("next_report_date"), Key.asc("id"))),
    CRN("CRN", List.of(Key.asc("crn"))),
    ROSH("RoSH", List.of(Key.desc("rosh_rank"), Key.asc("next_report_date"), Key.asc("id"))),
    LAST_SEEN("last seen", List.of(Key.asc("coalesce(last_seen_date, '')"), Key.asc("id")));

    /** One ORDER BY term. */
    public record Key(String expr, boolean desc) {
        static Key asc(String expr) {
            return new Key(expr, false);
        }

        static Key desc(String expr) {
            return new Key(expr, true);
        }
    }

    private final String label;
    private final List<Key> keys;

    CaseSort(String label, List<Key> keys) {
        this.label = label;
        this.keys = keys;
    }

    public String label() {
        return label;
    }

    public List<Key> keys() {
        return keys;
    }

    /** The next order in the cycle. */
    public CaseSort next() {
        CaseSort[] all = values();
        return all[(ordinal() + 1) % all.length];
    }

    /** {@code ORDER BY} text, optionally reversed (to read the tail of a long list quickly). */
    String orderBy(boolean reversed) {
        StringBuilder b = new StringBuilder();
        for (Key k : keys) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(k.expr()).append(k.desc() != reversed ? " DESC" : "");
        }
        return b.toString();
    }
}
