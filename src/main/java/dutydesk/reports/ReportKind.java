package dutydesk.reports;

import java.util.Locale;

/** The reports there are. */
public enum ReportKind {
    DAILY("daily", "Daily duty report"),
    MISSED("missed", "Missed checks");

    private final String word;
    private final String title;

    ReportKind(String word, String title) {
        this.word = word;
        this.title = title;
    }

    /** The name on the command line: {@code daily}, {@code missed}. */
    public String word() {
        return word;
    }

    public String title() {
        return title;
    }

    /** The report named {@code s} (its word, any case), or null. */
    public static ReportKind parse(String s) {
        for (ReportKind k : values()) {
            if (k.word.equals(s == null ? null : s.strip().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        return null;
    }

    /** The other report, for the page's switch key. */
    ReportKind next() {
        return values()[(ordinal() + 1) % values().length];
    }
}
