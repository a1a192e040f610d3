package dutydesk.reception;

import dutydesk.cases.NameKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A person on reception's list: only what reception needs to recognise them and check them in,
 * no risk detail.
 *
 * @param visitId   today's latest visit, or 0 if they have not arrived
 * @param state     that visit's state, or null
 * @param arrivedAt when they arrived, or null
 * @param withName  the officer who has or saw them, or null
 */
public record ReceptionRow(long caseId, String crn, String surname, String forename, LocalDate dateOfBirth,
                           LocalDate nextReport, long visitId, VisitState state, Instant arrivedAt, String withName) {

    /** The rows by surname, then forename (accents, case and punctuation folded), then CRN. */
    public static List<ReceptionRow> sortedByName(Collection<ReceptionRow> rows) {
        List<Map.Entry<String, ReceptionRow>> keyed = new ArrayList<>(rows.size());
        for (ReceptionRow r : rows) {
            keyed.add(Map.entry(NameKey.fold(r.surname()) + '\0' + NameKey.fold(r.forename()) + '\0' + r.crn(), r));
        }
        keyed.sort(Map.Entry.comparingByKey());
        List<ReceptionRow> out = new ArrayList<>(keyed.size());
        for (Map.Entry<String, ReceptionRow> e : keyed) {
            out.add(e.getValue());
        }
        return out;
    }

    public boolean arrived() {
        return visitId != 0;
    }
}
