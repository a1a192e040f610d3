package dutydesk.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.compliance.Codes;
import dutydesk.compliance.ContactType;
import dutydesk.compliance.EnforcementAction;
import dutydesk.compliance.Outcome;
import dutydesk.compliance.OutcomeRules;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The outcome and enforcement rules over the real code lists (as the migrations load them). */
class OutcomeRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final Codes codes = Fixture.repo().codes();

    List<String> allowed(String type, LocalDate date) {
        return OutcomeRules.allowed(codes, type, date, TODAY).stream().map(Outcome::code).collect(Collectors.toList());
    }

    List<String> actions(String outcome) {
        return codes.actionsFor(outcome).stream().map(EnforcementAction::code).collect(Collectors.toList());
    }

    @Test
    void theReportingTypesAreTheAppointmentTypesWithTheOfficeVisitFirst() {
        List<String> types = codes.reportingTypes().stream().map(ContactType::code).collect(Collectors.toList());
        assertEquals("COAP", types.get(0));
        assertTrue(types.containsAll(List.of("COUP", "COPT", "CHVS", "COAI")));
        assertFalse(types.contains("C369"), "a police check is not a reporting contact");
        assertFalse(types.contains("ESPCHI"), "online check-ins are written by their own service");
    }

    @Test
    void anOfficeVisitTakesEveryAppointmentOutcomeWithAttendedCompliedFirst() {
        List<String> coap = allowed("COAP", TODAY);
        assertEquals("ATTC", coap.get(0));
        assertTrue(coap.containsAll(List.of("AFTC", "ATSH", "ATSS", "AFDA", "AFTA", "UAAB", "AAME", "RSOF", "APPW")));
        assertFalse(coap.contains("SFG1"), "safeguarding responses belong to SFRR");
    }

    @Test
    void aPhoneCallCannotSendSomeoneHomeAndAWalkInHasAttended() {
        assertFalse(allowed("COPT", TODAY).contains("ATSH"));
        assertFalse(allowed("COPT", TODAY).contains("ATSS"));
        List<String> coup = allowed("COUP", TODAY);
        assertTrue(coup.contains("ATTC") && coup.contains("AFTC"));
        assertFalse(coup.contains("UAAB") || coup.contains("AFTA") || coup.contains("AAME"), coup.toString());
    }

    @Test
    void aFutureDateOnlyTakesAcceptableAbsencesAndReschedules() {
        assertEquals(List.of("AACL", "AAEM", "AAFC", "AAHO", "AAME", "AARE", "AARC", "RSSR", "RSOF", "RSSL", "APPW"),
                allowed("COAP", TODAY.plusDays(1)));
        assertTrue(allowed("COAP", TODAY).contains("ATTC"), "today is not the future");
    }

    @Test
    void failuresOfferEnforcementAndTheRestDoNot() {
        assertEquals(List.of("EA12", "ROM"), actions("AFTA"), "failed to attend: decision pending or refer");
        assertEquals("EA02", actions("UAAB").get(0));
        assertTrue(actions("UAAB").containsAll(List.of("IBR", "BRE", "EA11", "LCL", "NFA", "ROM")));
        assertEquals(actions("UAAB"), actions("AFTC"));
        for (String o : List.of("UAAB", "AFTC", "AFTA", "ATSH")) {
            assertTrue(OutcomeRules.needsEnforcement(codes, codes.outcome(o).orElseThrow()), o);
        }
        for (String o : List.of("ATTC", "ATSS", "AFDA", "AAME", "RSOF")) {
            assertFalse(OutcomeRules.needsEnforcement(codes, codes.outcome(o).orElseThrow()), o);
        }
    }

    @Test
    void referringToTheOffenderManagerGoesToTheSpoWhenThereIsNone() {
        EnforcementAction rom = codes.action("ROM").orElseThrow();
        assertTrue(OutcomeRules.routesToSpo(rom, true));
        assertFalse(OutcomeRules.routesToSpo(rom, false));
        assertFalse(OutcomeRules.routesToSpo(codes.action("EA12").orElseThrow(), true));
        assertTrue(OutcomeRules.hasResponseDate(codes.action("EA12").orElseThrow()));
        assertEquals(LocalDate.of(2026, 11, 30), OutcomeRules.defaultResponseBy(TODAY, 7));
    }

    @Test
    void theQuestionsAreAskedWhenThePersonWasSeen() {
        for (String o : List.of("ATTC", "AFTC", "ATSH", "ATSS", "AFDA")) {
            assertTrue(OutcomeRules.asksCircumstances(codes.outcome(o).orElseThrow()), o);
        }
        for (String o : List.of("UAAB", "AFTA", "AAME", "RSOF", "APPW")) {
            assertFalse(OutcomeRules.asksCircumstances(codes.outcome(o).orElseThrow()), o);
        }
    }

    @Test
    void theEnforcementKindsDriveTheComplianceRules() {
        assertEquals(EnforcementAction.Kind.WARNING, codes.action("EA02").orElseThrow().kind());
        assertEquals(EnforcementAction.Kind.WARNING, codes.action("LCL").orElseThrow().kind());
        assertEquals(EnforcementAction.Kind.BREACH, codes.action("IBR").orElseThrow().kind());
        assertEquals(EnforcementAction.Kind.BREACH, codes.action("EA11").orElseThrow().kind());
        assertEquals(EnforcementAction.Kind.REFER, codes.action("ROM").orElseThrow().kind());
        assertEquals(EnforcementAction.Kind.OTHER, codes.action("NFA").orElseThrow().kind());
    }
}
