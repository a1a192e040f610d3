package dutydesk.cases;

/** The risk-marker filter of the case list. */
public enum CaseFlagFilter {
    ALL("all cases", null),
    DA("DA only", "da_flag = 1"),
    CHILD("child protection only", "cp_flag = 1"),
    MAPPA("MAPPA only", "mappa_level > 0"),
    HIGH_ROSH("RoSH high or very high", "rosh_rank >= 3"),
    OVERDUE("overdue reporting", "next_report_date < :today");

    private final String label;
    private final String sql;

    CaseFlagFilter(String label, String sql) {
        this.label = label;
        this.sql = sql;
    }

    public String label() {
        return label;
    }

    /** The WHERE condition, or null for no condition. May use the {@code :today} parameter. */
    String sql() {
        return sql;
    }

    public CaseFlagFilter next() {
        CaseFlagFilter[] all = values();
        return all[(ordinal() + 1) % all.length];
    }
}
