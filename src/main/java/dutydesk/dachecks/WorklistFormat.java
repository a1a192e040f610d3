package dutydesk.dachecks;

import dutydesk.tui.Text;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** How the worklist's values read on screen. Pure functions of the data (and today's date). */
final class WorklistFormat {

    private WorklistFormat() {
    }

    /**
     * The missed kinds' short codes in at most {@code width} columns: "PDA CSC SARA", or as many
     * whole codes as fit followed by how many more, "PDA CSC +3". Never cuts a code in half.
     */
    static String codes(List<CheckKind> kinds, int width) {
        List<String> codes = new ArrayList<>(kinds.size());
        for (CheckKind k : kinds) {
            codes.add(k.code());
        }
        String all = String.join(" ", codes);
        if (all.length() <= width) {
            return all;
        }
        for (int shown = codes.size() - 1; shown >= 1; shown--) {
            String s = String.join(" ", codes.subList(0, shown)) + " +" + (codes.size() - shown);
            if (s.length() <= width) {
                return s;
            }
        }
        String count = "+" + codes.size();
        return count.length() <= width ? count : "";
    }

    /** Calendar days since the oldest missed due date: "41 d" (empty when none is stored). */
    static String overdue(LocalDate oldestDue, LocalDate today) {
        if (oldestDue == null || today == null) {
            return "";
        }
        return ChronoUnit.DAYS.between(oldestDue, today) + " d";
    }

    /** The filter in a few words for the title: "any check", "missing Police DA". */
    static String filterShort(CheckKind kind) {
        return kind == null ? "any check" : "missing " + kind.shortLabel();
    }

    /** "505 cases", "1 case", or with a filter "12 of 505 cases". */
    static String count(int total, int all, boolean filtered) {
        String n = Text.grouped(filtered ? total : all);
        String of = filtered ? n + " of " + Text.grouped(all) : n;
        return of + (all == 1 ? " case" : " cases");
    }

    /** What an empty list says. */
    static String empty(CheckKind kind) {
        return kind == null ? "No unallocated case has a missed check." : "No case is missing " + kind.label() + ".";
    }

    /** The check filter's next step: all, then each kind in order, then all again. */
    static CheckKind next(CheckKind kind) {
        CheckKind[] all = CheckKind.values();
        if (kind == null) {
            return all[0];
        }
        return kind.ordinal() == all.length - 1 ? null : all[kind.ordinal() + 1];
    }
}
