package dutydesk.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Failures to comply in a rolling 12 months, warnings, live breach, absences, and the prompt before saving. */
class ComplianceTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

    static final Outcome ATTC = new Outcome("ATTC", "Attended - Complied", true, true, false, false, false, false);
    static final Outcome AFTC = new Outcome("AFTC", "Attended - Failed To Comply", true, false, true, true, true, false);
    static final Outcome UAAB = new Outcome("UAAB", "Unacceptable Absence", false, false, true, true, true, false);
    static final Outcome AFTA = new Outcome("AFTA", "Failed To Attend", false, null, true, true, false, false);
    static final Outcome AAME = new Outcome("AAME", "Acceptable Absence - Medical", false, true, false, false, false, true);
    static final EnforcementAction WARNING = new EnforcementAction("EA02", "First warning letter sent",
            EnforcementAction.Kind.WARNING);
    static final EnforcementAction BREACH = new EnforcementAction("IBR", "Breach/Recall initiated",
            EnforcementAction.Kind.BREACH);
    static final EnforcementAction PENDING = new EnforcementAction("EA12", "Decision pending",
            EnforcementAction.Kind.PENDING);

    static History h(String date, Outcome o) {
        return new History(LocalDate.parse(date), o, null);
    }

    static History h(String date, Outcome o, EnforcementAction a) {
        return new History(LocalDate.parse(date), o, a);
    }

    static Compliance of(String caseType, History... history) {
        return Compliance.of(List.of(history), AS_OF, caseType, 12);
    }

    @ParameterizedTest(name = "a failure on {0} counts on 2026-11-23: {1}")
    @CsvSource({
            "2026-11-23, true",   // the as-of day itself
            "2025-11-24, true",   // the first day of the window
            "2025-11-23, false",  // exactly 12 months before: outside
            "2025-11-22, false",
            "2026-11-24, false",  // after the as-of date: not yet
    })
    void theWindowIsTheTwelveMonthsEndingOnTheDay(String date, boolean counts) {
        assertEquals(counts ? 1 : 0, of("COMMUNITY", h(date, UAAB)).failureCount());
    }

    @Test
    void onlyOutcomesThatCountAreFailures() {
        Compliance c = of("COMMUNITY", h("2026-10-01", ATTC), h("2026-10-08", AFTA), h("2026-10-15", AAME),
                h("2026-10-22", AFTC), h("2026-11-01", UAAB));
        assertEquals(List.of(LocalDate.of(2026, 10, 22), LocalDate.of(2026, 11, 1)), c.failures());
        assertEquals(LocalDate.of(2026, 11, 1), c.lastFailure());
        assertEquals(1, c.acceptableAbsences());
    }

    @ParameterizedTest(name = "{0}: every line fits beside its label at 80 columns")
    @CsvSource({"COMMUNITY", "LICENSE", "PSS", "''"})
    void everyLineFitsBesideItsLabelAtEightyColumns(String caseType) {
        // The case page writes "Comply  " from column 1, so a line has 71 columns.
        List<History> many = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            many.add(h(LocalDate.of(2026, 1, 5).plusWeeks(3L * i).toString(), i % 2 == 0 ? AAME : UAAB,
                    i == 3 ? WARNING : i == 9 ? BREACH : null));
        }
        Compliance c = Compliance.of(many, AS_OF, caseType.isEmpty() ? null : caseType, 12);
        assertTrue(c.lines().size() >= 2, c.lines().toString());
        for (Compliance.Line l : c.lines()) {
            assertTrue(l.text().length() <= 71, l.text().length() + ": " + l.text());
        }
    }

    @Test
    void theLinesSayWhatTheDigitalServiceSays() {
        assertEquals(List.of(new Compliance.Line(Compliance.Level.OK, "No failures to comply within 12 months")),
                of("COMMUNITY").lines());
        assertEquals(new Compliance.Line(Compliance.Level.WARN, "1 failure to comply within 12 months (01/11/2026)"),
                of("COMMUNITY", h("2026-11-01", UAAB)).lines().get(0));
        assertEquals(new Compliance.Line(Compliance.Level.ALERT, "2 FTCs within 12 months (last"
                        + " 01/11/2026): consider recall"),
                of("LICENSE", h("2026-10-01", AFTC), h("2026-11-01", UAAB)).lines().get(0));
    }

    @Test
    void aBreachActionInTheWindowIsLiveAndComesFirst() {
        Compliance c = of("COMMUNITY", h("2026-09-01", UAAB, BREACH));
        assertEquals(LocalDate.of(2026, 9, 1), c.liveBreach());
        assertEquals(new Compliance.Line(Compliance.Level.ALERT, "There is a live breach for this sentence (IBR"
                + " 01/09/2026)"), c.lines().get(0));
        assertNull(of("COMMUNITY", h("2025-09-01", UAAB, BREACH)).liveBreach(), "older than the live period");
        assertNull(Compliance.of(List.of(h("2026-05-01", UAAB, BREACH)), AS_OF, "COMMUNITY", 3).liveBreach(),
                "the live period is a setting");
    }

    @Test
    void aWarningOnACommunityOrderMeansTheNextFailureMustBeReferred() {
        Compliance c = of("COMMUNITY", h("2026-06-01", UAAB, WARNING));
        assertEquals(LocalDate.of(2026, 6, 1), c.lastWarning());
        assertTrue(c.lines().contains(new Compliance.Line(Compliance.Level.WARN,
                "Warned 01/06/2026: a further failure must be referred for breach")));
    }

    @Test
    void aPatternOfAcceptableAbsencesIsRaisedFromTheSecond() {
        assertEquals(1, of("COMMUNITY", h("2026-10-01", AAME)).acceptableAbsences());
        assertTrue(of("COMMUNITY", h("2026-10-01", AAME)).lines().stream()
                .noneMatch(l -> l.level() == Compliance.Level.INFO));
        assertTrue(of("COMMUNITY", h("2026-10-01", AAME), h("2026-11-01", AAME)).lines().contains(
                new Compliance.Line(Compliance.Level.INFO, "2 acceptable absences within 12 months: a pattern to discuss")));
    }

    @Test
    void noPromptForAFirstFailureWithoutAWarning() {
        assertEquals(Optional.empty(), of("COMMUNITY").promptBeforeSaving(UAAB, PENDING, "Jo Smith"));
        assertEquals(Optional.empty(), of("COMMUNITY", h("2026-11-01", UAAB)).promptBeforeSaving(ATTC, null, "Jo Smith"),
                "only a failure prompts");
    }

    @Test
    void theSecondFailureInTwelveMonthsPrompts() {
        Optional<String> p = of("COMMUNITY", h("2026-11-01", UAAB)).promptBeforeSaving(AFTC, PENDING, "Jo Smith");
        assertEquals(Optional.of("This is Jo Smith's second count of non-compliance in the past 12 months: you should"
                + " consider initiating a breach."), p);
        Optional<String> third = of("LICENSE", h("2026-10-01", AFTC), h("2026-11-01", UAAB))
                .promptBeforeSaving(UAAB, PENDING, "Jo Smith");
        assertTrue(third.orElseThrow().startsWith("This is Jo Smith's third count"), third.toString());
        assertTrue(third.orElseThrow().endsWith("initiating a recall."), third.toString());
    }

    @Test
    void aFailureAfterAWarningPromptsWithTheLawEvenTheFirstInTheCount() {
        Compliance c = of("COMMUNITY", h("2026-06-01", ATTC, WARNING));
        assertEquals(Optional.of("A warning was given on 01/06/2026. A further failure within 12 months must be"
                + " referred for breach (Sentencing Act 2020, Sch. 10 para 6), not warned again."),
                c.promptBeforeSaving(UAAB, WARNING, "Jo Smith"));
    }

    @Test
    void noPromptWhenABreachIsLiveOrBeingStarted() {
        Compliance one = of("COMMUNITY", h("2026-11-01", UAAB));
        assertEquals(Optional.empty(), one.promptBeforeSaving(UAAB, BREACH, "Jo Smith"));
        assertEquals(Optional.empty(), of("COMMUNITY", h("2026-11-01", UAAB, BREACH))
                .promptBeforeSaving(UAAB, PENDING, "Jo Smith"));
    }

    @Test
    void contactsWithoutAnOutcomeOrDateAreIgnored() {
        List<History> hs = new ArrayList<>();
        hs.add(new History(null, UAAB, null));
        hs.add(new History(LocalDate.of(2026, 11, 1), null, null));
        assertEquals(0, Compliance.of(hs, AS_OF, "COMMUNITY", 12).failureCount());
    }
}
