package dutydesk.dachecks;

import java.time.LocalDate;
import java.util.List;

/**
 * A slice of the worklist as loaded: {@code rows} start at absolute position {@code offset} of
 * {@code total} listed cases ({@code all} cases on the unfiltered worklist); {@code selected} is
 * the position to select (the anchor case's, when it is still listed; -1 for a plain slice).
 */
record WorklistWindow(int total, int all, int offset, List<WorklistRow> rows, int selected, LocalDate today) {

    WorklistWindow {
        rows = List.copyOf(rows);
    }
}
