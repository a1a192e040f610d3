package dutydesk.cases;

/** The risk-marker filter of the case list. */
public enum CaseFlagFilter {
    ALL("all cases", "all", null),
    DA("DA only", "DA", "da_flag = 1"),
    CHILD("child protection only", "CP", "cp_flag = 1"),
    MAPPA("MAPPA only", "MAPPA", "mappa_level > 0"),
    HIGH_ROSH("RoSH high or very high", "high RoSH", "rosh_rank >= 3"),
    OVERDUE("overdue reporting", "overdue", "next_report_date < ?"),
    MISSED_CHECKS("missed DA/safeguarding checks only", "missed checks", "missed_checks > 0");

    private final String label;
    private final String shortLabel;
    private final String sql;

    CaseFlagFilter(String label, String shortLabel, String sql) {
        this.label = label;
        this.shortLabel = shortLabel;
        this.sql = sql;
    }

    public String label() {
        return label;
    }

    /** A word or two for the title line. */
    public String shortLabel() {
        return shortLabel;
    }

    /** The WHERE condition, or null for no condition. A {@code ?} in it stands for today's date. */
    String sql() {
        return sql;
    }

    public CaseFlagFilter next() {
        CaseFlagFilter[] all = values();
        return all[(ordinal() + 1) % all.length];
    }
}
