package dutydesk.exports;

import dutydesk.io.Csv;
import java.util.Arrays;
import java.util.List;

/** The export's CSV: its columns, in order, and one row per contact version. */
public final class ExportCsv {

    /** The header row's names; the README describes each. */
    public static final List<String> COLUMNS = List.of("crn", "contact_date", "contact_time", "type_code",
            "outcome_code", "enforcement_code", "respond_by", "description", "notes", "sensitive", "staff_code",
            "os_user", "created_at", "dutydesk_id", "version", "correction", "corrected_by", "corrected_at",
            "correction_reason");

    private ExportCsv() {
    }

    public static String header() {
        return Csv.row(COLUMNS);
    }

    /** The fields of one row, in {@link #COLUMNS} order (empty for none). */
    public static List<String> fields(ExportRow r) {
        return Arrays.asList(r.crn(), r.date().toString(), r.time(), r.type(), r.outcome(), r.enforcement(),
                r.respondBy() == null ? null : r.respondBy().toString(), r.description(), r.notes(),
                r.sensitive() ? "Y" : "N", r.staffCode(), r.osUser(), r.createdAt(), Long.toString(r.contactId()),
                Integer.toString(r.version()), r.correction() ? "Y" : "N", r.correctedBy(), r.correctedAt(),
                r.correctionReason());
    }

    public static String row(ExportRow r) {
        return Csv.row(fields(r));
    }
}
