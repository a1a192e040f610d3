package dutydesk.imports;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The three extracts an import reads, each with its columns (by name; the order is free). */
public enum Kind {
    CASES("cases", List.of("crn", "surname", "forename", "date_of_birth", "pdu_code", "team_code", "om_staff_code",
            "case_type", "order_description", "sentence_date", "reporting_frequency", "next_report_date"),
            List.of("pnc", "pdu_name", "team_name", "tier", "rosh", "release_date", "order_end_date")),
    REGISTRATIONS("registrations", List.of("crn", "type", "registered_date"),
            List.of("level", "category", "next_review_date", "deregistered_date", "notes")),
    CONTACTS("contacts", List.of("crn", "contact_date", "type"),
            List.of("start_time", "outcome", "enforcement", "respond_by", "staff_code", "location", "description",
                    "notes", "sensitive"));

    private final String label;
    private final List<String> required;
    private final List<String> optional;

    Kind(String label, List<String> required, List<String> optional) {
        this.label = label;
        this.required = required;
        this.optional = optional;
    }

    public String label() {
        return label;
    }

    public List<String> required() {
        return required;
    }

    public List<String> optional() {
        return optional;
    }

    /** Every column, required first. */
    public List<String> columns() {
        List<String> all = new ArrayList<>(required);
        all.addAll(optional);
        return all;
    }

    /** A header name as written ("Date of birth", "DATE_OF_BIRTH") in the form used here: date_of_birth. */
    static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    /**
     * Which extract a header belongs to: the kind with the most columns that only it has, or null
     * if none (or two equally) fits.
     */
    static Kind of(Set<String> header) {
        Kind best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Kind k : values()) {
            int score = 0;
            for (String c : k.distinctive()) {
                if (header.contains(c)) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = k;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /** The columns no other kind has. */
    private Set<String> distinctive() {
        Set<String> own = new LinkedHashSet<>(columns());
        for (Kind k : values()) {
            if (k != this) {
                own.removeAll(k.columns());
            }
        }
        return own;
    }

    /** The column positions of a header, by normalised name. */
    static Map<String, Integer> positions(List<String> header) {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            m.putIfAbsent(normalise(header.get(i)), i);
        }
        return m;
    }
}
