package dutydesk.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A slice of the case list as loaded: {@code rows} start at absolute position {@code offset} of
 * {@code total} matching cases ({@code all} unallocated cases in total); {@code selected} is the
 * position to select (the anchor case's, when it still matches).
 */
public record CaseWindow(int total, int all, int offset, List<CaseRow> rows, int selected, LocalDate today) {

    public CaseWindow {
        rows = List.copyOf(rows);
    }
}
