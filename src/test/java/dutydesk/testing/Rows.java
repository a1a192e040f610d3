package dutydesk.testing;

import dutydesk.db.Database;
import java.util.Map;

/**
 * Small hand-made data for tests on an empty migrated database ({@link TestDb#empty}): an office,
 * people on probation, contacts, check records, reception visits, with exactly the values a test
 * names. Everything is inserted as SQL, so a test shows the rows it relies on.
 */
public final class Rows {

    public static final String PDU = "N07RIV";
    public static final String TEAM = "N07RIV1";
    /** The placeholder offender manager that makes a case unallocated. */
    public static final String UNALLOCATED = "N07RIVU";

    private Rows() {
    }

    /** The office: a PDU named "Riverside PDU", one team. */
    public static void office(Database db) {
        db.write(h -> {
            h.execute("INSERT INTO pdu (code, name) VALUES (?, 'Riverside')", PDU);
            h.execute("INSERT INTO team (code, pdu_code, name) VALUES (?, ?, 'Riverside Duty')", TEAM, PDU);
            h.execute("INSERT OR REPLACE INTO setting (key, value) VALUES ('office_name', 'Riverside PDU')");
            return null;
        });
    }

    /** A duty officer who uses the desk as {@code osUser}, with a staff code. */
    public static void officer(Database db, String osUser, String staffCode, String surname) {
        db.write(h -> {
            h.execute("INSERT INTO staff (code, forename, surname, grade, team_code) VALUES (?, 'Alex', ?, 'PO', ?)",
                    staffCode, surname, TEAM);
            h.execute("INSERT INTO app_user (os_user, name, staff_code, grade, role, created_at, created_by)"
                    + " VALUES (?, ?, ?, 'PO', 'DUTY_OFFICER', '2026-01-05T09:00:00Z', 'tester')",
                    osUser, "Alex " + surname, staffCode);
            return null;
        });
    }

    /** An unallocated community case; returns its id. {@code rosh} may be null. */
    public static long person(Database db, String crn, String surname, String forename, String rosh) {
        int rank = rosh == null ? 0 : switch (rosh) {
            case "VERY_HIGH" -> 4;
            case "HIGH" -> 3;
            case "MEDIUM" -> 2;
            default -> 1;
        };
        return db.write(h -> h.createUpdate("INSERT INTO cases (crn, forename, surname, surname_key, forename_key,"
                        + " date_of_birth, pdu_code, team_code, om_staff_code, unallocated, tier, rosh, rosh_rank,"
                        + " case_type, order_description, sentence_date, reporting_frequency, next_report_date,"
                        + " created_at, updated_at, updated_by) VALUES (:crn, :f, :s, lower(:s), lower(:f), '1990-01-01',"
                        + " :pdu, :team, :om, 1, 'C2', :rosh, :rank, 'COMMUNITY', '12 month Community Order',"
                        + " '2026-01-05', 'WEEK', '2026-11-30', '2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z', 'tester')")
                .bind("crn", crn).bind("f", forename).bind("s", surname).bind("pdu", PDU).bind("team", TEAM)
                .bind("om", UNALLOCATED).bind("rosh", rosh).bind("rank", rank)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    /**
     * A contact. {@code values} are column names and values of {@code contact}; {@code case_id},
     * {@code type_code}, {@code contact_date}, {@code created_by} and {@code created_at} are
     * required, everything else has the table's default. Returns its id.
     */
    public static long contact(Database db, Map<String, ?> values) {
        return insert(db, "contact", values);
    }

    /** A reception visit ({@code visit} columns, as for {@link #contact}); returns its id. */
    public static long visit(Database db, Map<String, ?> values) {
        return insert(db, "visit", values);
    }

    /** Any row of any table; returns its rowid. */
    public static long insert(Database db, String table, Map<String, ?> values) {
        String cols = String.join(", ", values.keySet());
        String params = ":" + String.join(", :", values.keySet());
        return db.write(h -> h.createUpdate("INSERT INTO " + table + " (" + cols + ") VALUES (" + params + ")")
                .bindMap(values)
                .executeAndReturnGeneratedKeys().mapTo(Long.class).one());
    }
}
