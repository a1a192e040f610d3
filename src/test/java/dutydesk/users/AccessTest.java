package dutydesk.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccessTest {

    static final User SPO = new User("hokoye", "Helen Okoye", "N07P001", Grade.SPO, Role.SPO, true);
    static final User PSO = new User("gpritchard", "Gareth Pritchard", "N07P004", Grade.PSO, Role.DUTY_OFFICER, true);
    static final User DESK = new User("reception", "Front desk", null, null, Role.RECEPTION, true);

    @Test
    void eachRoleCanDoWhatTheOneBeforeItCan() {
        Access spo = Access.of(SPO, null);
        assertTrue(spo.canCheckIn() && spo.canReadCases() && spo.canRecord() && spo.canSupervise());
        Access officer = Access.of(PSO, null);
        assertTrue(officer.canCheckIn() && officer.canReadCases() && officer.canRecord());
        assertFalse(officer.canSupervise());
        Access desk = Access.of(DESK, null);
        assertTrue(desk.canCheckIn());
        assertFalse(desk.canReadCases(), "reception sees no case detail");
        assertFalse(desk.canRecord());
    }

    @Test
    void roleMayNarrowNeverWiden() {
        Access narrowed = Access.of(SPO, Role.RECEPTION);
        assertEquals(Role.RECEPTION, narrowed.role());
        assertFalse(narrowed.canReadCases());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Access.of(PSO, Role.SPO));
        assertEquals("--role SPO is wider than your role (duty officer); it can only narrow it", e.getMessage());
    }

    @Test
    void anUnknownLoginReadsCasesAndIsToldWhyItCanDoNothingElse() {
        Access a = Access.readOnly("jdoe");
        assertFalse(a.known());
        assertTrue(a.canReadCases());
        assertFalse(a.canCheckIn() || a.canRecord() || a.canSupervise());
        assertEquals("You can read cases but not log contacts: the login 'jdoe' is not a Duty Desk user. Ask your SPO"
                + " to add you.", a.refusal("log contacts"));
        assertEquals("You can't log contacts as reception.", Access.of(DESK, null).refusal("log contacts"));
    }

    @Test
    void rolesAndGradesAreReadAsPeopleWriteThem() {
        assertEquals(Role.DUTY_OFFICER, Role.parse("duty"));
        assertEquals(Role.DUTY_OFFICER, Role.parse("Duty-Officer"));
        assertEquals(Role.SPO, Role.parse("spo"));
        assertEquals("a role is reception, duty or spo, not 'boss'",
                assertThrows(IllegalArgumentException.class, () -> Role.parse("boss")).getMessage());
        assertEquals(Grade.PQIP, Grade.parse("PQiP"));
        assertTrue(Grade.PO.qualifiedOfficer());
        assertFalse(Grade.PQIP.qualifiedOfficer());
    }

    @Test
    void aStaffCodeIsSevenCapitalLettersAndDigits() {
        org.junit.jupiter.api.Assertions.assertTrue(User.isStaffCode("N07P001"));
        for (String bad : new String[] {null, "", "N07P00", "N07P0011", "n07p001", "N07-P01", "N07 P01", "N07P0É1"}) {
            org.junit.jupiter.api.Assertions.assertFalse(User.isStaffCode(bad), String.valueOf(bad));
        }
    }
}
