package dutydesk.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What rows are checked against: the code lists in the database (register types, contact types,
 * outcomes, enforcement actions), the fixed lists the schema's CHECKs allow (RoSH, case type,
 * reporting frequency), the CRNs already in the database and the PDU each known team belongs to,
 * and what evaluating a new case needs: each register type's kind, which contact types are
 * appointments and which outcomes mean the person attended.
 * Cases and teams are never deleted, so what is read here stays true while the import runs.
 */
record Reference(Map<String, String> registerTypes, Map<String, String> contactTypes, Map<String, String> outcomes,
                 Map<String, String> enforcementActions, Set<String> existingCrns, Map<String, String> teamPdus,
                 Map<String, String> registerKinds, Set<String> appointmentTypes, Set<String> attendedOutcomes) {

    static final Map<String, String> ROSH = Values.codes(List.of("LOW", "MEDIUM", "HIGH", "VERY_HIGH"));
    static final Map<String, String> CASE_TYPES = Values.codes(List.of("COMMUNITY", "LICENSE", "CUSTODY"));
    static final Map<String, String> FREQUENCIES = Values.codes(List.of("NONE", "DAY", "WEEK", "FORTNIGHT",
            "FOUR_WEEKS"));
    static final Map<String, String> MAPPA_LEVELS = Values.codes(List.of("M1", "M2", "M3"));

    static Reference read(Connection c) throws SQLException {
        Map<String, String> teams = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, pdu_code FROM team");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                teams.put(rs.getString(1), rs.getString(2));
            }
        }
        Set<String> crns = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT crn FROM cases"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                crns.add(rs.getString(1));
            }
        }
        Map<String, String> kinds = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, kind FROM register_type");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                kinds.put(rs.getString(1), rs.getString(2));
            }
        }
        return new Reference(codes(c, "register_type"), codes(c, "contact_type"), codes(c, "contact_outcome"),
                codes(c, "enforcement_action"), crns, teams, kinds,
                Set.copyOf(codes(c, "contact_type WHERE appointment = 1").keySet()),
                Set.copyOf(codes(c, "contact_outcome WHERE attended = 1").keySet()));
    }

    private static Map<String, String> codes(Connection c, String table) throws SQLException {
        List<String> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code FROM " + table); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(rs.getString(1));
            }
        }
        return Values.codes(list);
    }
}
