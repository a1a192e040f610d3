package dutydesk.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.cases.Crn;
import dutydesk.cases.Pnc;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The demo caseload looks like a real PDU's, and is the same every time. */
class DemoGeneratorTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final int N = 3000;
    static final List<DemoGenerator.Case> CASES = IntStream.range(0, N)
            .mapToObj(new DemoGenerator(7, AS_OF)::generate).collect(Collectors.toList());

    static long count(java.util.function.Predicate<DemoGenerator.Case> p) {
        return CASES.stream().filter(p).count();
    }

    static double share(java.util.function.Predicate<DemoGenerator.Case> p) {
        return (double) count(p) / N;
    }

    static boolean has(DemoGenerator.Case c, String type) {
        return c.contacts().stream().anyMatch(k -> k.type().equals(type));
    }

    @Test
    void sameSeedSameData() {
        DemoGenerator a = new DemoGenerator(7, AS_OF);
        DemoGenerator b = new DemoGenerator(7, AS_OF);
        for (int i = 0; i < 200; i += 17) {
            assertEquals(a.generate(i), b.generate(i));
        }
        assertTrue(!new DemoGenerator(8, AS_OF).generate(3).equals(a.generate(3)), "another seed, other data");
    }

    @Test
    void identifiersAreValidAndUnique() {
        Set<String> crns = new HashSet<>();
        for (DemoGenerator.Case c : CASES) {
            assertTrue(Crn.isValid(c.crn()), c.crn());
            assertTrue(crns.add(c.crn()), "duplicate CRN " + c.crn());
            if (c.pnc() != null) {
                assertTrue(Pnc.isValid(c.pnc()), c.pnc());
            }
        }
        assertTrue(share(c -> c.pnc() == null) < 0.1);
    }

    @Test
    void riskMixFollowsTheDomainFigures() {
        double advp = share(c -> c.registrations().stream().anyMatch(r -> r.type().equals("ADVP")));
        assertTrue(advp > 0.26 && advp < 0.34, "about 30% DA perpetrators: " + advp);
        assertTrue(share(c -> c.childProtection()) > 0.05, "child protection or concerns registers");
        double mappa = share(c -> c.mappaLevel() > 0);
        assertTrue(mappa > 0.02 && mappa < 0.09, "MAPPA: " + mappa);
        assertTrue(share(c -> "MEDIUM".equals(c.rosh())) > 0.4, "RoSH is mostly medium");
        assertTrue(count(c -> c.mappaLevel() >= 2 && "LOW".equals(c.rosh())) == 0, "MAPPA 2/3 is never low RoSH");
        assertTrue(CASES.stream().allMatch(c -> c.tier().matches("[A-D][0-3]")));
    }

    @Test
    void someReportingIsOverdueAndDatesAreWorkingDays() {
        double overdue = share(c -> c.nextReportDate().isBefore(AS_OF));
        assertTrue(overdue > 0.05 && overdue < 0.2, "overdue share " + overdue);
        for (DemoGenerator.Case c : CASES) {
            DayOfWeek d = c.nextReportDate().getDayOfWeek();
            assertTrue(d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY, c.crn() + " reports on a " + d);
        }
        assertTrue(count(c -> "CUSTODY".equals(c.caseType()) && c.releaseDate().isAfter(AS_OF)) > 0,
                "some cases are awaiting release");
    }

    @Test
    void checksAreMadeForSomeCasesAndMissingForOthers() {
        double police = share(c -> has(c, "C369"));
        double answered = share(c -> has(c, "C515"));
        double safeguarding = share(c -> has(c, "SFGC"));
        assertTrue(police > 0.4 && police < 0.7, "police checks requested: " + police);
        assertTrue(answered < police, "not every request has a response");
        assertTrue(safeguarding > 0.3 && safeguarding < 0.65, "safeguarding enquiries: " + safeguarding);
        assertTrue(count(c -> c.contacts().stream().anyMatch(k -> "SFG1".equals(k.outcome()))) > 0);
        assertTrue(count(c -> c.contacts().stream().anyMatch(k -> "SFG2".equals(k.outcome()))) > 0);
    }

    @Test
    void historiesUseRealCodesAndEnforcement() {
        Set<String> types = CASES.stream().flatMap(c -> c.contacts().stream()).map(DemoGenerator.Contact::type)
                .collect(Collectors.toSet());
        assertTrue(types.containsAll(Set.of("COAI", "COAP", "COPT", "COUP", "C369", "C515", "SFGC", "SFRR")), types.toString());
        Set<String> outcomes = CASES.stream().flatMap(c -> c.contacts().stream()).map(DemoGenerator.Contact::outcome)
                .filter(o -> o != null).collect(Collectors.toSet());
        assertTrue(outcomes.containsAll(Set.of("ATTC", "UAAB", "AFTA", "AFTC")), outcomes.toString());
        assertTrue(CASES.stream().flatMap(c -> c.contacts().stream())
                .filter(k -> "UAAB".equals(k.outcome())).allMatch(k -> k.enforcement() != null), "every UAAB has an action");
        assertTrue(CASES.stream().flatMap(c -> c.contacts().stream()).noneMatch(k -> k.date().isAfter(AS_OF)),
                "no contact is recorded in the future");
    }

    @Test
    void namesAreDiverseWithHyphensApostrophesAndAccents() {
        Set<String> surnames = CASES.stream().map(DemoGenerator.Case::surname).collect(Collectors.toSet());
        assertTrue(surnames.size() > 150, "distinct surnames: " + surnames.size());
        assertTrue(surnames.stream().anyMatch(s -> s.contains("-")));
        assertTrue(surnames.stream().anyMatch(s -> s.contains("'")));
        assertTrue(surnames.stream().anyMatch(s -> s.contains(" ")));
        assertTrue(surnames.stream().anyMatch(s -> !s.chars().allMatch(ch -> ch < 128)), "accented names");
    }
}
