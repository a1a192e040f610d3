package dutydesk.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.compliance.Answer;
import dutydesk.compliance.Circumstance;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every rule of the form, each broken on its own: the message names the field and says what is wrong. */
class ContactValidatorTest {

    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 23, 10, 0);
    final FormContext ctx = Fixture.context(Fixture.caseWhere(Fixture.CLEAN_WEEKLY));

    static Map<Circumstance, Answer> allNo() {
        Map<Circumstance, Answer> m = new EnumMap<>(Circumstance.class);
        for (Circumstance q : Circumstance.values()) {
            m.put(q, new Answer(false, ""));
        }
        return m;
    }

    /** An attended-complied office visit that passes every rule. */
    static ContactValues good() {
        return new ContactValues("COAP", "23/11/2026", "09:45", "ATTC", "", "", allNo(), "Reported on time.",
                "30/11/2026", false, false);
    }

    static ContactValues with(ContactValues v, String field, String value) {
        return new ContactValues(field.equals("type") ? value : v.type(), field.equals("date") ? value : v.date(),
                field.equals("time") ? value : v.time(), field.equals("outcome") ? value : v.outcome(),
                field.equals("enforcement") ? value : v.enforcement(),
                field.equals("respondBy") ? value : v.respondBy(), v.answers(),
                field.equals("notes") ? value : v.notes(), field.equals("next") ? value : v.next(), v.sensitive(),
                v.alert());
    }

    List<String> problems(ContactValues v) {
        return ContactValidator.validate(v, ctx, NOW).problems().stream().map(Problem::message)
                .collect(Collectors.toList());
    }

    @Test
    void aCompleteContactBecomesOneToStore() {
        ContactValidator.Result r = ContactValidator.validate(good(), ctx, NOW);
        assertEquals(List.of(), r.problems());
        NewContact c = r.contact();
        assertEquals(ctx.detail().id(), c.caseId());
        assertEquals("COAP", c.type());
        assertEquals(LocalDate.of(2026, 11, 23), c.date());
        assertEquals(LocalTime.of(9, 45), c.time());
        assertEquals("ATTC", c.outcome());
        assertEquals(null, c.enforcement());
        assertEquals(LocalDate.of(2026, 11, 30), c.next());
        assertEquals(6, c.answers().size());
        assertEquals(ctx.office(), c.location(), "an office visit records where it happened");
        assertFalse(c.referToSpo());
    }

    @Test
    void eachMissingFieldIsNamed() {
        assertEquals(List.of("Type: choose the kind of contact (Enter lists them)"), problems(with(good(), "type", "")));
        assertEquals(List.of("Date: type the date of the contact"), problems(with(good(), "date", "")));
        assertEquals(List.of("Time: type the time of the contact"), problems(with(good(), "time", "")));
        assertEquals(List.of("Outcome: choose what happened (type a code, or Enter for the list)"),
                problems(with(good(), "outcome", "")));
        assertEquals(List.of("Notes: write what happened (a line is enough)"), problems(with(good(), "notes", "  \n ")));
        assertEquals(List.of("Next report: type the next reporting date"), problems(with(good(), "next", "")));
    }

    @Test
    void badDatesAndTimesSayWhatWasTypedAndHowToTypeIt() {
        assertEquals(List.of("Date: \"31/11/2026\" is not a date; type it as dd/mm/yyyy"),
                problems(with(good(), "date", "31/11/2026")));
        assertEquals(List.of("Time: \"25:00\" is not a time; type it as hh:mm"), problems(with(good(), "time", "25:00")));
        assertEquals(List.of("Next report: 23/11/2026 must be after the contact date"),
                problems(with(good(), "next", "23/11/2026")));
    }

    @Test
    void theNextReportMustBeAWorkingDay() {
        assertEquals(List.of("Next report: 28/11/2026 is a Saturday; choose a working day"),
                problems(with(good(), "next", "28/11/2026")));
        assertEquals(List.of("Next report: 25/12/2026 is Christmas Day; choose a working day"),
                problems(with(good(), "next", "25/12/2026")));
    }

    @Test
    void anOutcomeMustSuitTheTypeAndTheTime() {
        assertEquals(List.of("Outcome: SFG1 cannot be recorded for a COAP contact"),
                problems(with(good(), "outcome", "SFG1")));
        assertEquals(List.of("Outcome: XXXX is not an outcome code"), problems(with(good(), "outcome", "XXXX")));
        ContactValues later = with(with(good(), "time", "15:00"), "next", "30/11/2026");
        assertEquals(List.of("Outcome: ATTC for 23/11/2026 15:00, which has not happened yet"), problems(later));
        ContactValues sick = with(with(with(good(), "date", "25/11/2026"), "outcome", "AAME"), "next", "02/12/2026");
        assertEquals(List.of(), problems(sick), "an acceptable absence may be recorded ahead");
    }

    @Test
    void aFailureNeedsItsEnforcementActionAndAPendingDecisionItsDate() {
        ContactValues uaab = with(good(), "outcome", "UAAB");
        assertEquals(List.of("Enforcement: UAAB needs an enforcement action (Enter lists them)"),
                problems(uaab));
        assertEquals(List.of("Enforcement: NFA2 is not offered for UAAB"), problems(with(uaab, "enforcement", "NFA2")));
        ContactValues pending = with(uaab, "enforcement", "EA12");
        assertEquals(List.of("Respond by: type the date the response is due"), problems(pending));
        assertEquals(List.of("Respond by: 23/11/2026 must be after the contact date"),
                problems(with(pending, "respondBy", "23/11/2026")));
        ContactValidator.Result ok = ContactValidator.validate(with(pending, "respondBy", "30/11/2026"), ctx, NOW);
        assertEquals(List.of(), ok.problems());
        assertTrue(ok.contact().answers().isEmpty(), "the questions are not asked of someone who was absent");
    }

    @Test
    void referringToTheOffenderManagerOfAnUnallocatedCaseGoesToTheSpo() {
        ContactValues rom = with(with(good(), "outcome", "AFTA"), "enforcement", "ROM");
        ContactValidator.Result r = ContactValidator.validate(rom, ctx, NOW);
        assertEquals(List.of(), r.problems());
        assertTrue(r.contact().referToSpo());
    }

    @Test
    void everyQuestionIsAnsweredAndEveryYesSaysWhatChanged() {
        Map<Circumstance, Answer> a = new EnumMap<>(allNo());
        a.remove(Circumstance.POLICE);
        a.put(Circumstance.ADDRESS, new Answer(true, " "));
        ContactValues v = new ContactValues("COAP", "23/11/2026", "09:45", "ATTC", "", "", a, "Notes", "30/11/2026",
                false, false);
        List<Problem> ps = ContactValidator.validate(v, ctx, NOW).problems();
        assertEquals(List.of("Change of address: say briefly what changed",
                "Changes: answer \"Police contact or arrest\" with y or n"),
                ps.stream().map(Problem::message).collect(Collectors.toList()));
        assertEquals(Focus.detail(Circumstance.ADDRESS), ps.get(0).where(), "the problem points at its field");
        assertEquals(Focus.answer(Circumstance.POLICE), ps.get(1).where());
    }

    @Test
    void allProblemsAreReportedAtOnceInFormOrder() {
        ContactValues v = new ContactValues("COAP", "", "", "", "", "", null, "", "", false, false);
        assertEquals(List.of(Field.DATE, Field.TIME, Field.OUTCOME, Field.NOTES, Field.NEXT),
                ContactValidator.validate(v, ctx, NOW).problems().stream().map(p -> p.where().field())
                        .collect(Collectors.toList()));
    }

    @Test
    void everyProblemLeavesRoomOnTheStatusLineForTheCountOfTheOthers() {
        Map<Circumstance, Answer> blank = new EnumMap<>(Circumstance.class);
        Map<Circumstance, Answer> long201 = new EnumMap<>(Circumstance.class);
        for (Circumstance q : Circumstance.values()) {
            blank.put(q, new Answer(true, " "));
            long201.put(q, new Answer(true, "x".repeat(ContactValidator.MAX_DETAIL + 1)));
        }
        ContactValues uaab = with(good(), "outcome", "UAAB");
        ContactValues pending = with(uaab, "enforcement", "EA12");
        List<ContactValues> forms = List.of(with(good(), "type", ""), with(good(), "type", "XXXX"),
                with(good(), "date", ""), with(good(), "date", "99/99/999999"), with(good(), "date", "24/11/2028"),
                with(good(), "date", "01/01/2000"), with(good(), "time", ""), with(good(), "time", "99:99"),
                with(good(), "outcome", ""), with(good(), "outcome", "XXXX"), with(good(), "outcome", "SFG1"),
                with(good(), "time", "15:00"), uaab, with(uaab, "enforcement", "NFA2"), pending,
                with(pending, "respondBy", "99/99/999999"), with(pending, "respondBy", "23/11/2026"),
                new ContactValues("COAP", "23/11/2026", "09:45", "ATTC", "", "", null, "", "", false, false),
                new ContactValues("COAP", "23/11/2026", "09:45", "ATTC", "", "", blank, "x", "30/11/2026", false,
                        false),
                new ContactValues("COAP", "23/11/2026", "09:45", "ATTC", "", "", long201, "x", "30/11/2026", false,
                        false),
                with(good(), "notes", "x".repeat(ContactValidator.MAX_NOTES + 1)), with(good(), "next", ""),
                with(good(), "next", "99/99/999999"), with(good(), "next", "23/11/2026"),
                with(good(), "next", "24/11/2028"), with(good(), "next", "28/11/2026"),
                with(good(), "next", "28/12/2026"));
        int problems = 0;
        for (ContactValues v : forms) {
            for (Problem p : ContactValidator.validate(v, ctx, NOW).problems()) {
                problems++;
                // The next report is checked last: nothing follows its message. Any other is
                // followed by the count of the rest, " (+11 more)" at most.
                int room = p.where().field() == Field.NEXT ? 80 : 80 - " (+11 more)".length();
                assertTrue(p.message().length() <= room, p.message().length() + " columns: " + p.message());
            }
        }
        assertTrue(problems >= forms.size(), "every form has its problem");
    }
}
