package dutydesk.reports;

import dutydesk.db.Database;
import dutydesk.testing.Rows;
import dutydesk.testing.TestDb;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small office on Monday 23 November 2026 (the tests' today), made by hand so that every
 * figure of the reports can be worked out on paper:
 *
 * <ul>
 * <li>Twelve contacts logged at the desk that day: six reporting contacts (three attended and
 *     complied, one failed to attend with EA12, one failed to comply with EA02, one unacceptable
 *     absence referred to the SPO with ROM) and six check contacts; one of them corrected (only
 *     its latest version counts). Not counted: an imported contact that day, a desk contact on
 *     Friday.
 * <li>A SARA seen that day (a desk record), a DASO referral the day before.
 * <li>Six check-ins that day: two seen (waits 12 and 45 minutes), one left without being seen,
 *     one with an officer (waited 8 minutes), one still waiting, one undone; one on Friday.
 * <li>Stored evaluations: six missed checks in three unallocated cases, none for Smith, one for
 *     an allocated case (not counted).
 * </ul>
 */
final class ReportFixture {

    static final String DAY = "2026-11-23";

    long smith;
    long obrien;
    long nunez;
    long adeyemi;
    long allocated;

    static ReportFixture build(Database db) {
        ReportFixture f = new ReportFixture();
        Rows.office(db);
        Rows.officer(db, TestDb.USER, "N07A001", "Khan");
        f.smith = Rows.person(db, "X100001", "Smith", "John", "MEDIUM");
        f.obrien = Rows.person(db, "X100002", "O'Brien", "Seán", "HIGH");
        f.nunez = Rows.person(db, "X100003", "Núñez", "Ana", null);
        f.adeyemi = Rows.person(db, "X100004", "Adeyemi", "Abena", "VERY_HIGH");
        f.allocated = Rows.person(db, "X100005", "Allocated", "Alan", "LOW");
        db.write(h -> h.execute("UPDATE cases SET om_staff_code = 'N07A001', unallocated = 0 WHERE id = ?", f.allocated));

        f.contact(db, f.smith, "COAP", "09:30", "ATTC", null, null, null);
        long corrected = f.contact(db, f.nunez, "COAP", "10:15", "ATTC", null, null, null);
        db.write(h -> {
            h.execute("UPDATE contact SET version = 2, updated_by = 'duty2', updated_at = '2026-11-23T12:00:00Z'"
                    + " WHERE id = ?", corrected);
            h.execute("INSERT INTO contact_version (contact_id, version, type_code, contact_date, start_time, outcome_code,"
                    + " sensitive, alert, recorded_by, recorded_at, superseded_by, superseded_at, reason)"
                    + " VALUES (?, 1, 'COAP', '2026-11-23', '10:15', 'AFTC', 0, 0, 'duty1', '2026-11-23T10:20:00Z',"
                    + " 'duty2', '2026-11-23T12:00:00Z', 'Wrong outcome')", corrected);
            return null;
        });
        f.contact(db, f.obrien, "COAP", "09:00", "AFTA", "EA12", "2026-11-30", null);
        f.contact(db, f.adeyemi, "COAP", "11:00", "AFTC", "EA02", null, null);
        f.contact(db, f.smith, "COUP", "14:20", "ATTC", null, null, null);
        f.contact(db, f.nunez, "COPT", "15:00", "UAAB", "ROM", null, null);
        f.contact(db, f.smith, "C369", "11:05", null, null, null, "PDA");
        f.contact(db, f.smith, "C515", "16:00", null, null, null, "PDA");
        f.contact(db, f.adeyemi, "CTPJ", "12:00", null, null, null, "PDA");
        f.contact(db, f.adeyemi, "SFGC", "12:10", null, null, null, "CSC");
        f.contact(db, f.obrien, "CSPO", "13:00", null, null, null, "MARAC");
        f.contact(db, f.obrien, "CTPJ", "13:30", null, null, null, "CSC");
        Rows.contact(db, Map.of("case_id", f.smith, "type_code", "COAP", "contact_date", DAY, "outcome_code", "ATTC",
                "source", "IMPORT", "created_by", "extract", "created_at", "2026-11-23T06:00:00Z"));
        Rows.contact(db, Map.of("case_id", f.obrien, "type_code", "COAP", "contact_date", "2026-11-20",
                "outcome_code", "ATTC", "created_by", "duty1", "created_at", "2026-11-20T10:00:00Z"));
        Rows.insert(db, "check_record", Map.of("case_id", f.adeyemi, "kind", "SARA", "done_date", DAY, "level", "HIGH",
                "recorded_by", "duty1", "recorded_at", "2026-11-23T15:00:00Z"));
        Rows.insert(db, "check_record", Map.of("case_id", f.adeyemi, "kind", "DASO", "done_date", "2026-11-22",
                "recorded_by", "duty1", "recorded_at", "2026-11-22T15:00:00Z"));

        f.visit(db, f.smith, DAY, "09:05", "09:17", "09:40", "SEEN", true);
        f.visit(db, f.obrien, DAY, "08:50", null, "09:30", "LEFT", true);
        f.visit(db, f.nunez, DAY, "10:00", "10:45", "11:10", "SEEN", true);
        f.visit(db, f.adeyemi, DAY, "10:30", "10:38", null, "WITH_OFFICER", false);
        f.visit(db, f.smith, DAY, "14:00", null, null, "WAITING", false);
        f.visit(db, f.nunez, DAY, "09:00", null, "09:01", "CANCELLED", true);
        f.visit(db, f.obrien, "2026-11-20", "09:00", "09:05", "09:30", "SEEN", true);

        f.missed(db, f.obrien, 1, "2026-10-01", "PDA:NOT_REQUESTED:2026-10-01", "CSC:NO_RESPONSE:2026-11-02",
                "SARA:NOT_REQUESTED:2026-10-15", "REV:NONE:2026-12-01");
        f.missed(db, f.adeyemi, 0, "2026-11-10", "MARAC:NOT_ACTED_ON:2026-11-10", "F2F:NOT_REQUESTED:2026-11-16");
        f.missed(db, f.nunez, 0, "2026-09-01", "REV:STALE:2026-09-01");
        f.missed(db, f.smith, 0, null, "PDA:NONE:2026-12-20");
        f.missed(db, f.allocated, 0, "2026-08-01", "PDA:NOT_REQUESTED:2026-08-01");
        db.write(h -> h.execute("UPDATE cases SET checks_as_of = '2026-11-23', checks_valid_until = '2027-01-01'"));
        return f;
    }

    static Database open(Path dir) {
        Database db = TestDb.empty(dir);
        build(db);
        return db;
    }

    long contact(Database db, long caseId, String type, String time, String outcome, String enforcement,
                 String respondBy, String checkKind) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("case_id", caseId);
        v.put("type_code", type);
        v.put("contact_date", DAY);
        v.put("start_time", time);
        v.put("outcome_code", outcome);
        v.put("enforcement_code", enforcement);
        v.put("enforcement_response_by", respondBy);
        v.put("check_kind", checkKind);
        v.put("created_by", "duty1");
        v.put("created_at", DAY + "T" + time + ":00Z");
        return Rows.contact(db, v);
    }

    void visit(Database db, long caseId, String day, String arrived, String taken, String ended, String state,
               boolean expected) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("case_id", caseId);
        v.put("visit_date", day);
        v.put("arrived_at", day + "T" + arrived + ":00Z");
        v.put("expected", expected ? 1 : 0);
        v.put("checked_in_by", "reception1");
        v.put("state", state);
        v.put("taken_by", taken == null ? null : "duty1");
        v.put("taken_at", taken == null ? null : day + "T" + taken + ":00Z");
        v.put("ended_at", ended == null ? null : day + "T" + ended + ":00Z");
        v.put("ended_by", ended == null ? null : "duty1");
        Rows.visit(db, v);
    }

    /** Stores an evaluation: checks as {@code KIND:MISSED:DUE}; the case's summary follows from them. */
    void missed(Database db, long caseId, int cp, String oldest, String... checks) {
        db.write(h -> {
            int count = 0;
            int bits = 0;
            for (String c : checks) {
                String[] p = c.split(":");
                h.execute("INSERT INTO case_check (case_id, kind, state, missed, due_date, reason)"
                        + " VALUES (?, ?, 'DUE', ?, ?, 'hand-made')", caseId, p[0], p[1], p[2]);
                if (!p[1].equals("NONE")) {
                    count++;
                    bits |= dutydesk.dachecks.CheckKind.parse(p[0]).bit();
                }
            }
            h.execute("UPDATE cases SET cp_flag = ?, missed_checks = ?, missed_kinds = ?, checks_oldest_due = ?"
                    + " WHERE id = ?", cp, count, bits, oldest, caseId);
            return null;
        });
    }
}
