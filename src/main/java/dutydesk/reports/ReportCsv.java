package dutydesk.reports;

import dutydesk.dachecks.CheckKind;
import dutydesk.io.Csv;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The reports as CSV for a spreadsheet: one figure per row, with the codes it is about in their
 * own columns, so a pivot table can regroup them. Empty where a column does not apply.
 */
public final class ReportCsv {

    /** The daily report's columns. */
    public static final List<String> DAILY = List.of("date", "section", "measure", "value", "type",
            "type_description", "outcome", "outcome_description", "enforcement", "enforcement_description",
            "respond_by", "check", "action", "crn", "name", "time");

    /** The missed-checks report's columns. */
    public static final List<String> MISSED = List.of("date", "section", "check", "check_name", "cases", "crn", "name",
            "rosh", "child_protection", "missed", "checks", "oldest_due");

    private ReportCsv() {
    }

    /** Builds one daily row by column name. */
    private static final class DailyRow {
        final String[] f = new String[DAILY.size()];

        DailyRow(String date, String section, String measure, long value) {
            set("date", date).set("section", section).set("measure", measure).set("value", Long.toString(value));
        }

        DailyRow set(String column, String v) {
            f[DAILY.indexOf(column)] = v;
            return this;
        }
    }

    public static String daily(DailyReport r) {
        String d = r.date().toString();
        List<DailyRow> rows = new ArrayList<>();
        for (DailyReport.ContactCount c : r.contacts()) {
            rows.add(new DailyRow(d, "contacts", "count", c.count()).set("type", c.type())
                    .set("type_description", c.typeDescription()).set("outcome", c.outcome())
                    .set("outcome_description", c.outcomeDescription()));
        }
        for (DailyReport.Failure f : r.failures()) {
            rows.add(new DailyRow(d, "failures", f.attended() ? "failed_to_comply" : "failed_to_attend", 1)
                    .set("type", f.type()).set("outcome", f.outcome()).set("outcome_description", f.outcomeDescription())
                    .set("enforcement", f.enforcement())
                    .set("respond_by", f.respondBy() == null ? null : f.respondBy().toString())
                    .set("crn", f.crn()).set("name", f.name()).set("time", f.time()));
        }
        for (DailyReport.CodeCount c : r.enforcement()) {
            rows.add(new DailyRow(d, "enforcement", "count", c.count()).set("enforcement", c.code())
                    .set("enforcement_description", c.description()));
        }
        DailyReport.CheckIns v = r.checkIns();
        long[] values = {v.total(), v.expected(), v.walkIns(), v.seen(), v.left(), v.waiting(), v.withOfficer(),
            v.cancelled(), v.taken()};
        String[] measures = {"checked_in", "expected", "walk_ins", "seen", "left_without_being_seen", "still_waiting",
            "with_officer", "undone", "taken"};
        for (int i = 0; i < values.length; i++) {
            rows.add(new DailyRow(d, "checkins", measures[i], values[i]));
        }
        if (v.medianWaitSeconds() != null) {
            rows.add(new DailyRow(d, "checkins", "median_wait_seconds", v.medianWaitSeconds()));
            rows.add(new DailyRow(d, "checkins", "longest_wait_seconds", v.longestWaitSeconds()));
        }
        for (DailyReport.CheckCount c : r.checks()) {
            rows.add(new DailyRow(d, "checks", "count", c.count()).set("type", c.contactType())
                    .set("check", c.kind() == null ? null : c.kind().code()).set("action", c.action()));
        }
        rows.add(new DailyRow(d, "missed", "missed_checks", r.missed().checks()));
        rows.add(new DailyRow(d, "missed", "cases_with_missed_checks", r.missed().cases()));

        StringBuilder b = new StringBuilder(Csv.row(DAILY));
        for (DailyRow row : rows) {
            Csv.appendRow(b, Arrays.asList(row.f));
        }
        return b.toString();
    }

    public static String missed(MissedReport r) {
        String d = r.date().toString();
        StringBuilder b = new StringBuilder(Csv.row(MISSED));
        for (MissedReport.ByCheck c : r.byCheck()) {
            Csv.appendRow(b, Arrays.asList(d, "by_check", c.kind().code(), c.kind().label(), Integer.toString(c.cases()),
                    null, null, null, null, null, null, c.oldestDue() == null ? null : c.oldestDue().toString()));
        }
        for (MissedReport.ByCase c : r.byCase()) {
            List<String> codes = new ArrayList<>();
            for (CheckKind k : c.kinds()) {
                codes.add(k.code());
            }
            Csv.appendRow(b, Arrays.asList(d, "by_case", null, null, null, c.crn(), c.name(), c.rosh(),
                    c.childProtection() ? "Y" : "N", Integer.toString(c.kinds().size()), String.join(" ", codes),
                    c.oldestDue() == null ? null : c.oldestDue().toString()));
        }
        return b.toString();
    }
}
