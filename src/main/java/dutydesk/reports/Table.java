package dutydesk.reports;

import dutydesk.tui.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for a report: fixed column widths, two spaces between columns, numbers
 * right-aligned, text cut with "..." when too long, everything folded to ASCII (accents dropped,
 * controls removed), so it reads the same in any mail client.
 */
final class Table {

    static final String GAP = "  ";

    /** A column: heading, width, and whether it is right-aligned. */
    record Column(String heading, int width, boolean right) {
        static Column left(String heading, int width) {
            return new Column(heading, width, false);
        }

        static Column right(String heading, int width) {
            return new Column(heading, width, true);
        }
    }

    private final List<Column> columns;
    private final List<String> lines = new ArrayList<>();

    Table(Column... columns) {
        this.columns = List.of(columns);
        List<String> headings = new ArrayList<>();
        for (Column c : columns) {
            headings.add(c.heading());
        }
        lines.add(line(headings));
    }

    /** Adds a row: one cell per column (null as empty). */
    Table row(String... cells) {
        lines.add(line(java.util.Arrays.asList(cells)));
        return this;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    private String line(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            String v = ascii(i < cells.size() ? cells.get(i) : "");
            if (i > 0) {
                b.append(GAP);
            }
            if (c.right()) {
                String cut = Text.cutToWidth(v, c.width());
                b.append(" ".repeat(c.width() - cut.length())).append(cut);
            } else {
                b.append(Text.fit(v, c.width(), "..."));
            }
        }
        return b.toString().stripTrailing();
    }

    /** Text as a report prints it: one line, ASCII only. */
    static String ascii(String raw) {
        return Text.clean(raw == null ? "" : raw, true);
    }
}
