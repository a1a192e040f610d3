package dutydesk.reports;

import dutydesk.cases.CaseFormat;
import dutydesk.dachecks.CheckKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The reports as plain text for an email: ASCII only, at most {@value #WIDTH} columns, a heading
 * per section and aligned tables. Pure: the same figures give the same text.
 */
public final class ReportText {

    /** Columns used at most (fits an 80-column terminal with a margin, and mail's 78). */
    public static final int WIDTH = 78;

    private static final String RULE = "-".repeat(WIDTH);

    private ReportText() {
    }

    /** "Monday 23 November 2026", without locale data. */
    static String longDate(LocalDate d) {
        return capital(d.getDayOfWeek().name()) + " " + d.getDayOfMonth() + " " + capital(d.getMonth().name()) + " "
                + d.getYear();
    }

    private static String capital(String upper) {
        return upper.charAt(0) + upper.substring(1).toLowerCase(Locale.ROOT);
    }

    /** A waiting time: "12 min", "1 h 05 min", "under a minute". */
    static String minutes(long seconds) {
        long m = Math.round(seconds / 60.0);
        if (m < 1) {
            return "under a minute";
        }
        return m < 60 ? m + " min" : m / 60 + " h " + (m % 60 < 10 ? "0" : "") + m % 60 + " min";
    }

    static String count(long n, String one, String many) {
        return String.format(Locale.UK, "%,d", n) + " " + (n == 1 ? one : many);
    }

    private static String number(long n) {
        return String.format(Locale.UK, "%,d", n);
    }

    private static void heading(List<String> out, String title, String office, LocalDate date, java.time.LocalDateTime at) {
        out.addAll(wrap(Table.ascii("Duty Desk " + title + (office.isEmpty() ? "" : ": " + office)), WIDTH));
        out.add(longDate(date) + " (produced " + CaseFormat.dateTime(at) + ")");
        out.add("=".repeat(WIDTH));
    }

    private static void section(List<String> out, String title) {
        section(out, title, "");
    }

    /**
     * A section's title and rule. The detail (the figures' breakdown) follows the title on its
     * line when there is room, else it goes under the rule: a title is always one line.
     */
    private static void section(List<String> out, String title, String detail) {
        out.add("");
        boolean fits = title.length() + 1 + detail.length() <= WIDTH;
        out.add(detail.isEmpty() || !fits ? title : title + " " + detail);
        out.add(RULE);
        if (!detail.isEmpty() && !fits) {
            out.addAll(wrap(detail, WIDTH));
        }
    }

    /** Text in lines of at most {@code width} columns, broken between words (a longer word is cut). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (word.length() > width) {
                lines.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    // ---- daily -------------------------------------------------------------------------------

    public static List<String> daily(DailyReport r) {
        List<String> out = new ArrayList<>();
        heading(out, "daily report", r.office(), r.date(), r.producedAt());

        section(out, "CONTACTS LOGGED AT THE DESK: " + number(r.contactTotal()));
        if (r.contacts().isEmpty()) {
            out.add("None.");
        } else {
            // Each type with its total, then its outcomes under it.
            Table t = new Table(Table.Column.left("Code", 6), Table.Column.left("Contact type, and its outcomes", 62),
                    Table.Column.right("Count", 6));
            for (int i = 0; i < r.contacts().size(); ) {
                DailyReport.ContactCount first = r.contacts().get(i);
                int j = i;
                int total = 0;
                while (j < r.contacts().size() && r.contacts().get(j).type().equals(first.type())) {
                    total += r.contacts().get(j).count();
                    j++;
                }
                t.row(first.type(), first.typeDescription(), number(total));
                for (DailyReport.ContactCount c : r.contacts().subList(i, j)) {
                    if (c.outcome() != null) {
                        t.row("", String.format("%-7s", c.outcome()) + c.outcomeDescription(), number(c.count()));
                    }
                }
                i = j;
            }
            out.addAll(t.lines());
        }

        int fta = r.failedToAttend();
        section(out, "FAILURES TO ATTEND OR COMPLY: " + number(r.failures().size()),
                r.failures().isEmpty() ? "" : "(" + number(fta) + " failed to attend, "
                + number(r.failures().size() - fta) + " failed to comply)");
        if (r.failures().isEmpty()) {
            out.add("None.");
        } else {
            Table t = new Table(Table.Column.left("Time", 5), Table.Column.left("CRN", 7), Table.Column.left("Name", 22),
                    Table.Column.left("Type", 6), Table.Column.left("Outcome", 7), Table.Column.left("Action", 6),
                    Table.Column.left("Respond by", 10));
            for (DailyReport.Failure f : r.failures()) {
                t.row(f.time() == null ? "-" : f.time(), f.crn(), f.name(), f.type(), f.outcome(),
                        f.enforcement() == null ? "none" : f.enforcement(),
                        f.respondBy() == null ? "" : f.respondBy().toString());
            }
            out.addAll(t.lines());
        }

        section(out, "ENFORCEMENT ACTIONS: " + number(r.enforcementTotal()));
        if (r.enforcement().isEmpty()) {
            out.add("None.");
        } else {
            Table t = new Table(Table.Column.left("Action", 6), Table.Column.left("Description", 58),
                    Table.Column.right("Count", 6));
            for (DailyReport.CodeCount c : r.enforcement()) {
                t.row(c.code(), c.description(), number(c.count()));
            }
            out.addAll(t.lines());
        }

        DailyReport.CheckIns v = r.checkIns();
        section(out, "CHECK-INS AT RECEPTION: " + number(v.total()), v.total() == 0 ? ""
                : "(" + number(v.expected()) + " expected, " + count(v.walkIns(), "walk-in", "walk-ins") + ")");
        Table visits = new Table(Table.Column.left("", 34), Table.Column.right("", 6));
        visits.row("Seen by a duty officer", number(v.seen()));
        visits.row("Left without being seen", number(v.left()));
        visits.row("Still waiting", number(v.waiting()));
        visits.row("With a duty officer now", number(v.withOfficer()));
        visits.row("Check-ins undone (not counted)", number(v.cancelled()));
        List<String> visitLines = new ArrayList<>(visits.lines().subList(1, visits.lines().size()));
        if (v.medianWaitSeconds() == null) {
            visitLines.add("Waiting time: nobody was taken by an officer.");
        } else {
            // Under the counts, the times right-aligned with them: "under a minute" needs more room.
            visitLines.add("Wait until taken by an officer (" + count(v.taken(), "person", "people") + "):");
            Table waits = new Table(Table.Column.left("", 26), Table.Column.right("", 14));
            waits.row("  Median", minutes(v.medianWaitSeconds()));
            waits.row("  Longest", minutes(v.longestWaitSeconds()));
            visitLines.addAll(waits.lines().subList(1, waits.lines().size()));
        }
        out.addAll(visitLines);

        section(out, "DA AND SAFEGUARDING CHECKS RECORDED: " + number(r.checksTotal()));
        if (r.checks().isEmpty()) {
            out.add("None.");
        } else {
            Table t = new Table(Table.Column.left("Check", 5), Table.Column.left("Recorded", 45),
                    Table.Column.left("Contact", 7), Table.Column.right("Count", 6));
            for (DailyReport.CheckCount c : r.checks()) {
                t.row(c.kind() == null ? "-" : c.kind().code(), c.action(),
                        c.contactType() == null ? "(desk)" : c.contactType(), number(c.count()));
            }
            out.addAll(t.lines());
        }

        section(out, "MISSED CHECKS NOW");
        out.add(count(r.missed().checks(), "missed check", "missed checks") + " in "
                + count(r.missed().cases(), "unallocated case", "unallocated cases") + ".");
        return out;
    }

    // ---- missed checks -----------------------------------------------------------------------

    /** Where the checks column starts in the by-case table, and how wide it is. */
    static final int CODES_COL = 7 + 20 + 6 + 2 + 6 + 10 + 6 * Table.GAP.length();
    static final int CODES_W = WIDTH - CODES_COL;

    public static List<String> missed(MissedReport r) {
        List<String> out = new ArrayList<>();
        heading(out, "missed checks", r.office(), r.date(), r.producedAt());

        section(out, "BY CHECK: " + count(r.checks(), "missed check", "missed checks") + " in "
                + count(r.cases(), "unallocated case", "unallocated cases"));
        Table t = new Table(Table.Column.left("Code", 5), Table.Column.left("Check", 36), Table.Column.right("Cases", 9),
                Table.Column.left("Oldest due", 10));
        for (MissedReport.ByCheck c : r.byCheck()) {
            t.row(c.kind().code(), c.kind().label(), number(c.cases()), c.oldestDue() == null ? "-" : c.oldestDue().toString());
        }
        out.addAll(t.lines());

        section(out, "BY CASE: " + count(r.cases(), "case", "cases") + ", worst first",
                "(RoSH, child protection, longest overdue)");
        if (r.byCase().isEmpty()) {
            out.add("None.");
            return out;
        }
        Table cases = new Table(Table.Column.left("CRN", 7), Table.Column.left("Name", 20), Table.Column.left("RoSH", 6),
                Table.Column.left("CP", 2), Table.Column.right("Missed", 6), Table.Column.left("Oldest due", 10),
                Table.Column.left("Checks", CODES_W));
        List<String> lines = new ArrayList<>();
        for (MissedReport.ByCase c : r.byCase()) {
            List<String> codes = wrapCodes(c.kinds(), CODES_W);
            cases.row(c.crn(), c.name(), CaseFormat.rosh(c.rosh()), c.childProtection() ? "CP" : "",
                    number(c.kinds().size()), c.oldestDue() == null ? "-" : c.oldestDue().toString(), codes.get(0));
            for (String more : codes.subList(1, codes.size())) {
                cases.row("", "", "", "", "", "", more);
            }
        }
        lines.addAll(cases.lines());
        out.addAll(lines);
        if (r.byCase().size() < r.cases()) {
            out.add("... and " + count(r.cases() - r.byCase().size(), "more case", "more cases")
                    + " (the full report lists them all).");
        }
        return out;
    }

    /** Check codes separated by spaces, in lines of at most {@code width} columns. */
    static List<String> wrapCodes(List<CheckKind> kinds, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (CheckKind k : kinds) {
            if (line.length() > 0 && line.length() + 1 + k.code().length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(k.code());
        }
        lines.add(line.toString());
        return lines;
    }

    /** Lines as one text, each ended by a newline. */
    public static String join(List<String> lines) {
        StringBuilder b = new StringBuilder();
        for (String l : lines) {
            b.append(l).append('\n');
        }
        return b.toString();
    }
}
