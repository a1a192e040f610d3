package dutydesk.dachecks;

import dutydesk.compliance.Circumstance;
import dutydesk.dachecks.CheckFacts.Event;
import dutydesk.dachecks.CheckFacts.Record;
import dutydesk.dachecks.CheckFacts.Reg;
import dutydesk.dachecks.CheckFacts.Trigger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A case's facts written on one line, for tables of tests. Words are separated by spaces:
 *
 * <ul>
 *   <li>{@code type=LICENSE}, {@code sentenced=2026-03-02}, {@code released=2026-03-06},
 *       {@code order=Building_Better_Relationships} (underscores for spaces); the defaults are a
 *       community order ("ORA Community Order") made on Monday 2 March 2026;</li>
 *   <li>{@code ADVP@2026-03-02}: a registration (ADVP, REG30, RCPR, RCCO, RCHD, MAPP);</li>
 *   <li>{@code RELATIONSHIP@2026-03-20}: a "yes" to a change-of-circumstance question;</li>
 *   <li>{@code SARA@2026-03-20=MEDIUM}, {@code DASO@2026-03-25}: a record made in Duty Desk;</li>
 *   <li>anything else is a contact, {@code TYPE@DATE} then any of: {@code /SFG1} outcome,
 *       {@code #3} DA incidents, {@code !INT} the check it was recorded for (a {@link CheckKind}
 *       code), {@code +} an attended appointment, {@code -} an appointment not attended.</li>
 * </ul>
 *
 * Contacts are numbered in the order written.
 */
final class Spec {

    static final LocalDate SENTENCED = LocalDate.of(2026, 3, 2);

    private static final Set<String> REGISTERS = Set.of("ADVP", "REG30", "RCPR", "RCCO", "RCHD", "MAPP");

    private Spec() {
    }

    static CheckFacts parse(String spec) {
        String type = "COMMUNITY";
        LocalDate sentenced = SENTENCED;
        LocalDate released = null;
        String order = "ORA Community Order";
        List<Reg> regs = new ArrayList<>();
        List<Event> contacts = new ArrayList<>();
        List<Trigger> triggers = new ArrayList<>();
        List<Record> records = new ArrayList<>();
        long id = 0;
        for (String word : spec == null ? new String[0] : spec.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            int eq = word.indexOf('=');
            int at = word.indexOf('@');
            if (at < 0) {
                String key = word.substring(0, eq);
                String value = word.substring(eq + 1);
                switch (key) {
                    case "type" -> type = value;
                    case "sentenced" -> sentenced = LocalDate.parse(value);
                    case "released" -> released = LocalDate.parse(value);
                    case "order" -> order = value.replace('_', ' ');
                    default -> throw new IllegalArgumentException("Unknown setting: " + word);
                }
                continue;
            }
            String code = word.substring(0, at);
            LocalDate date = LocalDate.parse(word.substring(at + 1, at + 11));
            String rest = word.substring(at + 11);
            if (REGISTERS.contains(code)) {
                regs.add(new Reg(code, date));
            } else if (isCircumstance(code)) {
                triggers.add(new Trigger(date, Circumstance.valueOf(code), ++id));
            } else if (code.equals("SARA") || code.equals("DASO")) {
                String level = rest.startsWith("=") ? rest.substring(1) : null;
                records.add(new Record(CheckKind.valueOf(code), date, level));
            } else {
                contacts.add(contact(++id, code, date, rest));
            }
        }
        return new CheckFacts(42, type, sentenced, released, order, regs, contacts, triggers, records);
    }

    private static boolean isCircumstance(String code) {
        for (Circumstance c : Circumstance.values()) {
            if (c.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static Event contact(long id, String type, LocalDate date, String rest) {
        String outcome = null;
        Integer incidents = null;
        CheckKind about = null;
        boolean appointment = false;
        boolean attended = false;
        int i = 0;
        while (i < rest.length()) {
            char c = rest.charAt(i);
            if (c == '+' || c == '-') {
                appointment = true;
                attended = c == '+';
                i++;
                continue;
            }
            int end = i + 1;
            while (end < rest.length() && "/#!+-".indexOf(rest.charAt(end)) < 0) {
                end++;
            }
            String value = rest.substring(i + 1, end);
            switch (c) {
                case '/' -> outcome = value;
                case '#' -> incidents = Integer.valueOf(value);
                case '!' -> about = CheckKind.parse(value);
                default -> throw new IllegalArgumentException("Bad contact: " + type + "@" + date + rest);
            }
            i = end;
        }
        return new Event(id, type, date, outcome, appointment, attended, about, incidents);
    }
}
