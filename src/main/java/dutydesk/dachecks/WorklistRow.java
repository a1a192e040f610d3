package dutydesk.dachecks;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the missed-checks worklist: the case, its risk markers, and its missed checks.
 *
 * @param missedCount how many checks are missed (the stored {@code missed_checks})
 * @param missedKinds which kinds are missed (the stored bit set), in {@link CheckKind} order
 * @param oldestDue   the due date of the longest-overdue missed check; null if none is stored
 * @param missed      the missed checks themselves (kind, flag, due date, reason), in kind order
 */
record WorklistRow(long id, String crn, String surname, String forename, String rosh, boolean childProtection,
                   boolean da, int mappaLevel, int missedCount, List<CheckKind> missedKinds, LocalDate oldestDue,
                   List<MissedCheck> missed) {

    WorklistRow {
        missedKinds = List.copyOf(missedKinds);
        missed = List.copyOf(missed);
    }

    /** The same case with its missed checks' details. */
    WorklistRow withMissed(List<MissedCheck> checks) {
        return new WorklistRow(id, crn, surname, forename, rosh, childProtection, da, mappaLevel, missedCount,
                missedKinds, oldestDue, checks);
    }

    /** The kinds in a stored bit set ({@link CheckKind#bit()}), in {@link CheckKind} order. */
    static List<CheckKind> kinds(int bits) {
        return CheckKind.fromBits(bits);
    }
}
