package dutydesk.dachecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dutydesk.calendar.BankHolidays;
import dutydesk.calendar.WorkingDays;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every check, state and missed flag, table by table. Unless a row says otherwise the case is a
 * community order made on Monday 2 March 2026 (induction due Monday 9 March), with the England
 * and Wales bank holidays (Good Friday 3 April, Easter Monday 6 April, 4 and 25 May 2026). Facts
 * are written as in {@link Spec}.
 */
class CheckEngineTest {

    static final WorkingDays EW = WorkingDays.of(BankHolidays.englandAndWales());
    static final CheckEngine ENGINE = new CheckEngine(CheckRules.DEFAULTS, EW);

    static final String DA = "ADVP@2026-03-02 ";

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Evaluation evaluate(String facts, String asOf) {
        return ENGINE.evaluate(Spec.parse(facts), d(asOf));
    }

    static void check(CheckKind kind, String facts, String asOf, CheckState state, Missed missed, String due,
                      String reason) {
        CheckResult r = evaluate(facts, asOf).get(kind);
        assertEquals(new CheckResult(kind, state, missed, due == null ? null : d(due), reason), r,
                kind + " for [" + facts + "] on " + asOf);
    }

    @ParameterizedTest(name = "{index}: [{0}] on {1}: {2} {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # Initial request: by the induction date, 5 working days after sentence (1 after release)
                                                   | 2026-03-02 | DUE       | NONE          | 2026-03-09 | C369 due by induction 2026-03-09 (sentenced 2026-03-02)
                                                   | 2026-03-09 | DUE       | NONE          | 2026-03-09 | C369 due by induction 2026-03-09 (sentenced 2026-03-02)
                                                   | 2026-03-10 | DUE       | NOT_REQUESTED | 2026-03-09 | no C369 by induction 2026-03-09 (sentenced 2026-03-02)
        ADVP@2026-03-02                            | 2026-03-10 | DUE       | NOT_REQUESTED | 2026-03-09 | ADVP registered 2026-03-02; no C369 by induction 2026-03-09 (sentenced 2026-03-02)
        REG30@2019-05-01                           | 2026-03-04 | DUE       | NONE          | 2026-03-09 | REG30 registered 2019-05-01; C369 due by induction 2026-03-09 (sentenced 2026-03-02)
        ADVP@2026-03-11                            | 2026-03-10 | DUE       | NOT_REQUESTED | 2026-03-09 | no C369 by induction 2026-03-09 (sentenced 2026-03-02)
        sentenced=2026-03-06                       | 2026-03-13 | DUE       | NONE          | 2026-03-13 | C369 due by induction 2026-03-13 (sentenced 2026-03-06)
        # Friday before the early May bank holiday: induction moves from Friday 8 to Monday 11 May
        sentenced=2026-05-01                       | 2026-05-08 | DUE       | NONE          | 2026-05-11 | C369 due by induction 2026-05-11 (sentenced 2026-05-01)
        sentenced=2026-05-01                       | 2026-05-11 | DUE       | NONE          | 2026-05-11 | C369 due by induction 2026-05-11 (sentenced 2026-05-01)
        sentenced=2026-05-01                       | 2026-05-12 | DUE       | NOT_REQUESTED | 2026-05-11 | no C369 by induction 2026-05-11 (sentenced 2026-05-01)
        # Licence: 1 working day after release; Thursday before Easter: Tuesday after
        type=LICENSE sentenced=2025-06-02 released=2026-03-06 | 2026-03-09 | DUE | NONE    | 2026-03-09 | C369 due by induction 2026-03-09 (released 2026-03-06)
        type=LICENSE sentenced=2025-06-02 released=2026-04-02 | 2026-04-07 | DUE | NONE    | 2026-04-07 | C369 due by induction 2026-04-07 (released 2026-04-02)
        type=LICENSE sentenced=2025-06-02 released=2026-04-02 | 2026-04-08 | DUE | NOT_REQUESTED | 2026-04-07 | no C369 by induction 2026-04-07 (released 2026-04-02)
        type=CUSTODY sentenced=2026-03-02          | 2026-03-03 | DUE       | NONE          | 2026-03-03 | C369 due by induction 2026-03-03 (sentenced 2026-03-02)
        type=CUSTODY sentenced=2025-06-02 released=2026-09-01 | 2026-03-03 | DUE | NONE    | 2026-09-02 | C369 due by induction 2026-09-02 (released 2026-09-01)
        # Requested: a response is expected 10 working days after the request or its last chase
        C369@2026-03-04                            | 2026-03-10 | REQUESTED | NONE          | 2026-03-18 | C369 requested 2026-03-04; C515 expected by 2026-03-18
        C369@2026-03-04                            | 2026-03-18 | REQUESTED | NONE          | 2026-03-18 | C369 requested 2026-03-04; C515 expected by 2026-03-18
        C369@2026-03-04                            | 2026-03-19 | REQUESTED | NO_RESPONSE   | 2026-03-18 | C369 requested 2026-03-04; no C515 by 2026-03-18 and no chase
        C369@2026-03-04 C204@2026-03-16            | 2026-03-19 | REQUESTED | NONE          | 2026-03-30 | C369 requested 2026-03-04; chased 2026-03-16 (C204); C515 expected by 2026-03-30
        C369@2026-03-04 C204@2026-03-16            | 2026-03-31 | REQUESTED | NO_RESPONSE   | 2026-03-30 | C369 requested 2026-03-04; chased 2026-03-16 (C204); no C515 by 2026-03-30
        C204@2026-03-03 C369@2026-03-04            | 2026-03-19 | REQUESTED | NO_RESPONSE   | 2026-03-18 | C369 requested 2026-03-04; no C515 by 2026-03-18 and no chase
        C369@2026-02-20                            | 2026-03-10 | REQUESTED | NO_RESPONSE   | 2026-03-06 | C369 requested 2026-02-20; no C515 by 2026-03-06 and no chase
        C369@2026-03-20                            | 2026-04-07 | REQUESTED | NONE          | 2026-04-07 | C369 requested 2026-03-20; C515 expected by 2026-04-07
        C369@2026-03-20                            | 2026-04-08 | REQUESTED | NO_RESPONSE   | 2026-04-07 | C369 requested 2026-03-20; no C515 by 2026-04-07 and no chase
        ADVP@2026-03-02 C369@2026-03-04            | 2026-03-10 | REQUESTED | NONE          | 2026-03-18 | C369 requested 2026-03-04; C515 expected by 2026-03-18
        # A request dated after the as-of date does not count yet
        C369@2026-03-11                            | 2026-03-10 | DUE       | NOT_REQUESTED | 2026-03-09 | no C369 by induction 2026-03-09 (sentenced 2026-03-02)
        # Response: analysed within 5 working days, by a review contact (about this check or none) or a MARAC referral
        C369@2026-03-04 C515@2026-03-10#3          | 2026-03-17 | RESPONSE_RECEIVED | NONE  | 2026-03-17 | C515 received 2026-03-10 (3 DA incidents); analysis due by 2026-03-17
        C369@2026-03-04 C515@2026-03-10#3          | 2026-03-18 | RESPONSE_RECEIVED | NOT_ACTED_ON | 2026-03-17 | C515 received 2026-03-10 (3 DA incidents); not analysed by 2026-03-17
        C369@2026-03-04 C515@2026-03-10#1          | 2026-03-18 | RESPONSE_RECEIVED | NOT_ACTED_ON | 2026-03-17 | C515 received 2026-03-10 (1 DA incident); not analysed by 2026-03-17
        C369@2026-03-04 C515@2026-03-10            | 2026-03-18 | RESPONSE_RECEIVED | NOT_ACTED_ON | 2026-03-17 | C515 received 2026-03-10; not analysed by 2026-03-17
        C369@2026-03-04 C515@2026-03-10#3 CTPJ@2026-03-12 | 2026-03-18 | ANALYSED | NONE    | 2026-09-10 | C515 received 2026-03-10 (3 DA incidents); analysed 2026-03-12 (CTPJ); re-check by 2026-09-10
        C369@2026-03-04 C515@2026-03-10 CRCO@2026-03-10!PDA | 2026-03-18 | ANALYSED | NONE  | 2026-09-10 | C515 received 2026-03-10; analysed 2026-03-10 (CRCO); re-check by 2026-09-10
        C369@2026-03-04 C515@2026-03-10 CTPJ@2026-03-12!CSC | 2026-03-18 | RESPONSE_RECEIVED | NOT_ACTED_ON | 2026-03-17 | C515 received 2026-03-10; not analysed by 2026-03-17
        C369@2026-03-04 C515@2026-03-10 CTPJ@2026-03-09 | 2026-03-18 | RESPONSE_RECEIVED | NOT_ACTED_ON | 2026-03-17 | C515 received 2026-03-10; not analysed by 2026-03-17
        C369@2026-03-04 C515@2026-03-10 ERFM@2026-03-11 | 2026-03-18 | ANALYSED | NONE      | 2026-09-10 | C515 received 2026-03-10; followed up 2026-03-11 (ERFM); re-check by 2026-09-10
        C369@2026-03-04 C515@2026-03-10 C203@2026-03-11 | 2026-03-18 | RESPONSE_RECEIVED | NOT_ACTED_ON | 2026-03-17 | C515 received 2026-03-10; not analysed by 2026-03-17
        # A response with no recorded request still counts
        C515@2026-03-10 CTPJ@2026-03-12            | 2026-03-18 | ANALYSED  | NONE          | 2026-09-10 | C515 received 2026-03-10; analysed 2026-03-12 (CTPJ); re-check by 2026-09-10
        # Six months on, the last check is stale: due on the day, missed the day after
        C369@2026-03-04 C515@2026-03-10 CTPJ@2026-03-12 | 2026-09-09 | ANALYSED | NONE      | 2026-09-10 | C515 received 2026-03-10; analysed 2026-03-12 (CTPJ); re-check by 2026-09-10
        C369@2026-03-04 C515@2026-03-10 CTPJ@2026-03-12 | 2026-09-10 | DUE | NONE            | 2026-09-10 | last C515 2026-03-10 over 6 months old; re-check due by 2026-09-10
        C369@2026-03-04 C515@2026-03-10 CTPJ@2026-03-12 | 2026-09-11 | DUE | STALE           | 2026-09-10 | last C515 2026-03-10 over 6 months old; no new C369 by 2026-09-10
        C369@2026-03-04 C515@2026-03-10 CTPJ@2026-03-12 C369@2026-09-08 | 2026-09-11 | REQUESTED | NONE | 2026-09-22 | last C515 2026-03-10 over 6 months old; C369 requested 2026-09-08; C515 expected by 2026-09-22
        C369@2026-03-04 C515@2026-03-10 CTPJ@2026-03-12 C369@2026-09-08 | 2026-09-23 | REQUESTED | NO_RESPONSE | 2026-09-22 | last C515 2026-03-10 over 6 months old; C369 requested 2026-09-08; no C515 by 2026-09-22 and no chase
        C369@2026-03-04 C515@2026-03-10 CTPJ@2026-03-12 C369@2026-09-08 C515@2026-09-15 | 2026-09-23 | RESPONSE_RECEIVED | NOT_ACTED_ON | 2026-09-22 | C515 received 2026-09-15; not analysed by 2026-09-22
        # Not analysed and then six months old: the re-check comes first
        C369@2026-03-04 C515@2026-03-10            | 2026-09-11 | DUE       | STALE         | 2026-09-10 | last C515 2026-03-10 over 6 months old; no new C369 by 2026-09-10
        # Change of circumstances after the last response: re-check within 5 working days
        C515@2026-06-02 CTPJ@2026-06-03 RELATIONSHIP@2026-11-20 | 2026-11-23 | DUE | NONE  | 2026-11-27 | new relationship reported 2026-11-20; last C515 2026-06-02 predates it; re-check due by 2026-11-27
        C515@2026-06-02 CTPJ@2026-06-03 RELATIONSHIP@2026-11-20 | 2026-11-27 | DUE | NONE  | 2026-11-27 | new relationship reported 2026-11-20; last C515 2026-06-02 predates it; re-check due by 2026-11-27
        C515@2026-06-02 CTPJ@2026-06-03 RELATIONSHIP@2026-11-20 | 2026-11-28 | DUE | STALE | 2026-11-27 | new relationship reported 2026-11-20; last C515 2026-06-02 predates it; no new C369 by 2026-11-27
        C515@2026-06-02 CTPJ@2026-06-03 ADDRESS@2026-06-10 | 2026-06-18 | DUE | STALE      | 2026-06-17 | new address reported 2026-06-10; last C515 2026-06-02 predates it; no new C369 by 2026-06-17
        C515@2026-06-02 CTPJ@2026-06-03 POLICE@2026-06-10 | 2026-06-18 | DUE | STALE       | 2026-06-17 | police contact reported 2026-06-10; last C515 2026-06-02 predates it; no new C369 by 2026-06-17
        C515@2026-06-02 CTPJ@2026-06-03 CARR@2026-06-10 | 2026-06-17 | DUE | NONE          | 2026-06-17 | arrest (CARR) 2026-06-10; last C515 2026-06-02 predates it; re-check due by 2026-06-17
        C515@2026-06-02 CTPJ@2026-06-03 C150@2026-06-10 | 2026-06-17 | DUE | NONE          | 2026-06-17 | MARAC DV incident (C150) 2026-06-10; last C515 2026-06-02 predates it; re-check due by 2026-06-17
        C515@2026-06-02 CTPJ@2026-06-03 C151@2026-06-10 | 2026-06-17 | DUE | NONE          | 2026-06-17 | MARAC DV incident (C151) 2026-06-10; last C515 2026-06-02 predates it; re-check due by 2026-06-17
        C515@2026-06-02 CTPJ@2026-06-03 RELATIONSHIP@2026-06-10 C369@2026-06-10 | 2026-06-18 | REQUESTED | NONE | 2026-06-24 | new relationship reported 2026-06-10; last C515 2026-06-02 predates it; C369 requested 2026-06-10; C515 expected by 2026-06-24
        C515@2026-06-02 CTPJ@2026-06-03 RELATIONSHIP@2026-06-10 C369@2026-06-10 C515@2026-06-17 | 2026-06-18 | RESPONSE_RECEIVED | NONE | 2026-06-24 | C515 received 2026-06-17; analysis due by 2026-06-24
        # ... a request before the change does not answer it
        C515@2026-06-02 CTPJ@2026-06-03 C369@2026-06-08 RELATIONSHIP@2026-06-10 | 2026-06-18 | DUE | STALE | 2026-06-17 | new relationship reported 2026-06-10; last C515 2026-06-02 predates it; no new C369 by 2026-06-17
        # ... answers that do not re-open the police check; a change on the response's own day
        C515@2026-06-02 CTPJ@2026-06-03 CHILDREN@2026-06-10 | 2026-06-18 | ANALYSED | NONE | 2026-12-02 | C515 received 2026-06-02; analysed 2026-06-03 (CTPJ); re-check by 2026-12-02
        C515@2026-06-02 CTPJ@2026-06-03 EMPLOYMENT@2026-06-10 | 2026-06-18 | ANALYSED | NONE | 2026-12-02 | C515 received 2026-06-02; analysed 2026-06-03 (CTPJ); re-check by 2026-12-02
        C515@2026-06-02 CTPJ@2026-06-03 RELATIONSHIP@2026-06-02 | 2026-06-18 | ANALYSED | NONE | 2026-12-02 | C515 received 2026-06-02; analysed 2026-06-03 (CTPJ); re-check by 2026-12-02
        # ... a change before any response: the request is due 5 working days after it
        C369@2026-03-16 RELATIONSHIP@2026-03-20    | 2026-03-27 | DUE       | NONE          | 2026-03-27 | new relationship reported 2026-03-20; C369 due by 2026-03-27
        C369@2026-03-16 RELATIONSHIP@2026-03-20    | 2026-03-30 | DUE       | NOT_REQUESTED | 2026-03-27 | new relationship reported 2026-03-20; no C369 by 2026-03-27
        RELATIONSHIP@2026-03-20 C369@2026-03-20    | 2026-03-23 | REQUESTED | NONE          | 2026-04-07 | new relationship reported 2026-03-20; C369 requested 2026-03-20; C515 expected by 2026-04-07
        # ... but it does not excuse a check already missed: until the new request, the miss and its date stand
        RELATIONSHIP@2026-03-20                    | 2026-03-27 | DUE       | NOT_REQUESTED | 2026-03-09 | new relationship reported 2026-03-20; C369 due by 2026-03-27; already not requested since 2026-03-09
        RELATIONSHIP@2026-03-20                    | 2026-03-30 | DUE       | NOT_REQUESTED | 2026-03-09 | new relationship reported 2026-03-20; no C369 by 2026-03-27; already not requested since 2026-03-09
        C515@2026-06-02 RELATIONSHIP@2026-11-20    | 2026-11-23 | DUE       | NOT_ACTED_ON  | 2026-06-09 | new relationship reported 2026-11-20; last C515 2026-06-02 predates it; re-check due by 2026-11-27; already not acted on since 2026-06-09
        # ... a change before the sentence does not count; nor one dated after the as-of date
        RELATIONSHIP@2026-02-27                    | 2026-03-10 | DUE       | NOT_REQUESTED | 2026-03-09 | no C369 by induction 2026-03-09 (sentenced 2026-03-02)
        RELATIONSHIP@2026-03-11                    | 2026-03-10 | DUE       | NOT_REQUESTED | 2026-03-09 | no C369 by induction 2026-03-09 (sentenced 2026-03-02)
        """)
    void policeDa(String facts, String asOf, CheckState state, Missed missed, String due, String reason) {
        check(CheckKind.POLICE_DA, facts, asOf, state, missed, due, reason);
    }

    @ParameterizedTest(name = "{index}: [{0}] on {1}: {2} {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                                                   | 2026-03-09 | DUE       | NONE          | 2026-03-09 | SFGC due by induction 2026-03-09 (sentenced 2026-03-02)
        ADVP@2026-03-02                            | 2026-03-10 | DUE       | NOT_REQUESTED | 2026-03-09 | no SFGC by induction 2026-03-09 (sentenced 2026-03-02)
        SFGC@2026-03-04                            | 2026-03-18 | REQUESTED | NONE          | 2026-03-18 | SFGC requested 2026-03-04; SFRR expected by 2026-03-18
        SFGC@2026-03-04                            | 2026-03-19 | REQUESTED | NO_RESPONSE   | 2026-03-18 | SFGC requested 2026-03-04; no SFRR by 2026-03-18 and no chase
        SFGC@2026-03-04 C203@2026-03-16            | 2026-03-19 | REQUESTED | NONE          | 2026-03-30 | SFGC requested 2026-03-04; chased 2026-03-16 (C203); SFRR expected by 2026-03-30
        SFGC@2026-03-04 C204@2026-03-16            | 2026-03-19 | REQUESTED | NO_RESPONSE   | 2026-03-18 | SFGC requested 2026-03-04; no SFRR by 2026-03-18 and no chase
        # Known to children's services: follow-up within 5 working days
        SFGC@2026-03-04 SFRR@2026-03-10/SFG1       | 2026-03-17 | RESPONSE_RECEIVED | NONE  | 2026-03-17 | SFRR 2026-03-10 SFG1 known to children's services; follow-up (C203/C157) due by 2026-03-17
        SFGC@2026-03-04 SFRR@2026-03-10/SFG1       | 2026-03-18 | RESPONSE_RECEIVED | NOT_ACTED_ON | 2026-03-17 | SFRR 2026-03-10 SFG1 known to children's services; no follow-up (C203/C157) by 2026-03-17
        SFGC@2026-03-04 SFRR@2026-03-10/SFG1 C157@2026-03-16 | 2026-03-18 | ANALYSED | NONE | 2026-09-10 | SFRR 2026-03-10 SFG1 known to children's services; followed up 2026-03-16 (C157); re-check by 2026-09-10
        SFGC@2026-03-04 SFRR@2026-03-10/SFG1 C203@2026-03-20 | 2026-03-23 | ANALYSED | NONE | 2026-09-10 | SFRR 2026-03-10 SFG1 known to children's services; followed up 2026-03-20 (C203); re-check by 2026-09-10
        SFGC@2026-03-04 SFRR@2026-03-10/SFG1 C078@2026-03-11 | 2026-03-23 | ANALYSED | NONE | 2026-09-10 | SFRR 2026-03-10 SFG1 known to children's services; followed up 2026-03-11 (C078); re-check by 2026-09-10
        SFGC@2026-03-04 SFRR@2026-03-10/SFG1 EASS@2026-03-11 | 2026-03-23 | ANALYSED | NONE | 2026-09-10 | SFRR 2026-03-10 SFG1 known to children's services; followed up 2026-03-11 (EASS); re-check by 2026-09-10
        SFGC@2026-03-04 SFRR@2026-03-10/SFG1 MO1@2026-03-11!CSC | 2026-03-23 | ANALYSED | NONE | 2026-09-10 | SFRR 2026-03-10 SFG1 known to children's services; analysed 2026-03-11 (MO1); re-check by 2026-09-10
        SFGC@2026-03-04 SFRR@2026-03-10/SFG1 MO1@2026-03-11!PDA | 2026-03-23 | RESPONSE_RECEIVED | NOT_ACTED_ON | 2026-03-17 | SFRR 2026-03-10 SFG1 known to children's services; no follow-up (C203/C157) by 2026-03-17
        SFGC@2026-03-04 SFRR@2026-03-10/SFG1 ERFM@2026-03-11 | 2026-03-23 | RESPONSE_RECEIVED | NOT_ACTED_ON | 2026-03-17 | SFRR 2026-03-10 SFG1 known to children's services; no follow-up (C203/C157) by 2026-03-17
        # Not known: nothing to follow up, until the six-monthly re-check
        SFGC@2026-03-04 SFRR@2026-03-10/SFG2       | 2026-03-23 | RESPONSE_RECEIVED | NONE  | 2026-09-10 | SFRR 2026-03-10 SFG2 not known to children's services: nothing to follow up; re-check by 2026-09-10
        SFGC@2026-03-04 SFRR@2026-03-10/SFG2       | 2026-09-11 | DUE       | STALE         | 2026-09-10 | last SFRR 2026-03-10 over 6 months old; no new SFGC by 2026-09-10
        # No outcome recorded: analysed like a police response
        SFGC@2026-03-04 SFRR@2026-03-10            | 2026-03-18 | RESPONSE_RECEIVED | NOT_ACTED_ON | 2026-03-17 | SFRR received 2026-03-10; not analysed by 2026-03-17
        SFGC@2026-03-04 SFRR@2026-03-10 CRCO@2026-03-12 | 2026-03-18 | ANALYSED | NONE     | 2026-09-10 | SFRR received 2026-03-10; analysed 2026-03-12 (CRCO); re-check by 2026-09-10
        # Triggers: relationship, address, children, a child register after the sentence
        SFRR@2026-03-10/SFG2 CHILDREN@2026-06-01   | 2026-06-08 | DUE       | NONE          | 2026-06-08 | children reported 2026-06-01; last SFRR 2026-03-10 predates it; re-check due by 2026-06-08
        SFRR@2026-03-10/SFG2 CHILDREN@2026-06-01   | 2026-06-09 | DUE       | STALE         | 2026-06-08 | children reported 2026-06-01; last SFRR 2026-03-10 predates it; no new SFGC by 2026-06-08
        SFRR@2026-03-10/SFG2 RELATIONSHIP@2026-06-01 | 2026-06-09 | DUE     | STALE         | 2026-06-08 | new relationship reported 2026-06-01; last SFRR 2026-03-10 predates it; no new SFGC by 2026-06-08
        SFRR@2026-03-10/SFG2 ADDRESS@2026-06-01    | 2026-06-09 | DUE       | STALE         | 2026-06-08 | new address reported 2026-06-01; last SFRR 2026-03-10 predates it; no new SFGC by 2026-06-08
        SFRR@2026-03-10/SFG2 RCPR@2026-06-01       | 2026-06-09 | DUE       | STALE         | 2026-06-08 | RCPR registered 2026-06-01; last SFRR 2026-03-10 predates it; no new SFGC by 2026-06-08
        SFRR@2026-03-10/SFG2 RCHD@2026-05-22       | 2026-06-02 | DUE       | STALE         | 2026-06-01 | RCHD registered 2026-05-22; last SFRR 2026-03-10 predates it; no new SFGC by 2026-06-01
        SFRR@2026-03-10/SFG2 RCPR@2026-06-01 SFGC@2026-06-03 | 2026-06-09 | REQUESTED | NONE | 2026-06-17 | RCPR registered 2026-06-01; last SFRR 2026-03-10 predates it; SFGC requested 2026-06-03; SFRR expected by 2026-06-17
        # ... but not a child register from before the sentence, a police answer or an arrest
        SFRR@2026-03-10/SFG2 RCPR@2026-03-02       | 2026-06-09 | RESPONSE_RECEIVED | NONE  | 2026-09-10 | SFRR 2026-03-10 SFG2 not known to children's services: nothing to follow up; re-check by 2026-09-10
        SFRR@2026-03-10/SFG2 POLICE@2026-06-01 CARR@2026-06-02 | 2026-06-09 | RESPONSE_RECEIVED | NONE | 2026-09-10 | SFRR 2026-03-10 SFG2 not known to children's services: nothing to follow up; re-check by 2026-09-10
        """)
    void safeguarding(String facts, String asOf, CheckState state, Missed missed, String due, String reason) {
        check(CheckKind.SAFEGUARDING, facts, asOf, state, missed, due, reason);
    }

    @ParameterizedTest(name = "{index}: [{0}] on {1}: {2} {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
                                                   | 2026-03-31 | NOT_APPLICABLE | NONE     |            | not a DA case
        RCPR@2026-03-02                            | 2026-03-31 | NOT_APPLICABLE | NONE     |            | not a DA case
        ADVP@2026-04-01                            | 2026-03-31 | NOT_APPLICABLE | NONE     |            | not a DA case
        # With the sentence plan: 15 working days after the first attended appointment (else the induction date)
        ADVP@2026-03-02                            | 2026-03-30 | DUE       | NONE          | 2026-03-30 | SARA due by sentence plan 2026-03-30
        ADVP@2026-03-02                            | 2026-03-31 | DUE       | NOT_REQUESTED | 2026-03-30 | no SARA recorded by sentence plan 2026-03-30
        REG30@2019-05-01                           | 2026-03-31 | DUE       | NOT_REQUESTED | 2026-03-30 | no SARA recorded by sentence plan 2026-03-30
        ADVP@2026-03-02 COAI@2026-03-05+           | 2026-03-27 | DUE       | NOT_REQUESTED | 2026-03-26 | no SARA recorded by sentence plan 2026-03-26
        ADVP@2026-03-02 COAI@2026-03-05- COAP@2026-03-19+ | 2026-04-13 | DUE | NONE         | 2026-04-13 | SARA due by sentence plan 2026-04-13
        ADVP@2026-03-02 COAI@2026-03-05- COAP@2026-03-19+ | 2026-04-14 | DUE | NOT_REQUESTED | 2026-04-13 | no SARA recorded by sentence plan 2026-04-13
        ADVP@2026-03-02 COSR@2026-02-20+           | 2026-03-31 | DUE       | NOT_REQUESTED | 2026-03-30 | no SARA recorded by sentence plan 2026-03-30
        ADVP@2026-03-02 C369@2026-03-05            | 2026-03-31 | DUE       | NOT_REQUESTED | 2026-03-30 | no SARA recorded by sentence plan 2026-03-30
        # ... or 10 working days after a later DA registration (Friday 1 May: the bank holiday moves it)
        ADVP@2026-05-01                            | 2026-05-18 | DUE       | NONE          | 2026-05-18 | ADVP registered 2026-05-01; SARA due by 2026-05-18
        ADVP@2026-05-01                            | 2026-05-19 | DUE       | NOT_REQUESTED | 2026-05-18 | ADVP registered 2026-05-01; no SARA recorded by 2026-05-18
        # Recorded; re-opened by a relationship, police answer, arrest or C150 after it
        ADVP@2026-03-02 SARA@2026-03-20=MEDIUM     | 2026-03-31 | DONE      | NONE          |            | SARA 2026-03-20 MEDIUM recorded
        ADVP@2026-03-02 SARA@2026-03-20            | 2026-03-31 | DONE      | NONE          |            | SARA 2026-03-20 recorded
        ADVP@2026-03-02 SARA@2026-04-01=LOW        | 2026-03-31 | DUE       | NOT_REQUESTED | 2026-03-30 | no SARA recorded by sentence plan 2026-03-30
        ADVP@2026-03-02 SARA@2026-03-20=MEDIUM CARR@2026-06-10 | 2026-06-24 | DUE | NONE    | 2026-06-24 | SARA 2026-03-20 MEDIUM predates arrest (CARR) 2026-06-10; review due by 2026-06-24
        ADVP@2026-03-02 SARA@2026-03-20=MEDIUM CARR@2026-06-10 | 2026-06-25 | DUE | STALE   | 2026-06-24 | SARA 2026-03-20 MEDIUM predates arrest (CARR) 2026-06-10; not reviewed by 2026-06-24
        ADVP@2026-03-02 SARA@2026-03-20=MEDIUM RELATIONSHIP@2026-06-10 | 2026-06-25 | DUE | STALE | 2026-06-24 | SARA 2026-03-20 MEDIUM predates new relationship reported 2026-06-10; not reviewed by 2026-06-24
        ADVP@2026-03-02 SARA@2026-03-20=MEDIUM POLICE@2026-06-10 | 2026-06-25 | DUE | STALE | 2026-06-24 | SARA 2026-03-20 MEDIUM predates police contact reported 2026-06-10; not reviewed by 2026-06-24
        ADVP@2026-03-02 SARA@2026-03-20=MEDIUM C150@2026-06-10 | 2026-06-25 | DUE | STALE   | 2026-06-24 | SARA 2026-03-20 MEDIUM predates MARAC DV incident (C150) 2026-06-10; not reviewed by 2026-06-24
        ADVP@2026-03-02 SARA@2026-03-20=MEDIUM CARR@2026-06-10 SARA@2026-06-20=HIGH | 2026-06-25 | DONE | NONE | | SARA 2026-06-20 HIGH recorded
        ADVP@2026-03-02 SARA@2026-03-20=MEDIUM ADDRESS@2026-06-10 C151@2026-06-10 CHILDREN@2026-06-10 | 2026-06-25 | DONE | NONE | | SARA 2026-03-20 MEDIUM recorded
        ADVP@2026-03-02 SARA@2026-03-20=MEDIUM CARR@2026-03-20 | 2026-06-25 | DONE | NONE    |            | SARA 2026-03-20 MEDIUM recorded
        # Two on one day: the lower level, in either order
        ADVP@2026-03-02 SARA@2026-03-20=HIGH SARA@2026-03-20=LOW | 2026-03-31 | DONE | NONE  |            | SARA 2026-03-20 LOW recorded
        ADVP@2026-03-02 SARA@2026-03-20=LOW SARA@2026-03-20=HIGH | 2026-03-31 | DONE | NONE  |            | SARA 2026-03-20 LOW recorded
        """)
    void sara(String facts, String asOf, CheckState state, Missed missed, String due, String reason) {
        check(CheckKind.SARA, facts, asOf, state, missed, due, reason);
    }

    @ParameterizedTest(name = "{index}: [{0}] on {1}: {2} {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        ADVP@2026-03-02                            | 2026-03-31 | NOT_APPLICABLE | NONE     |            | no DA programme ordered and no SARA at medium or high
        ADVP@2026-03-02 SARA@2026-03-20=LOW        | 2026-03-31 | NOT_APPLICABLE | NONE     |            | no DA programme ordered and no SARA at medium or high
        ADVP@2026-03-02 SARA@2026-03-03=HIGH SARA@2026-03-20=LOW | 2026-03-31 | NOT_APPLICABLE | NONE | | no DA programme ordered and no SARA at medium or high
        # Ordered by the court: referral by the sentence plan (a DA register is not needed)
        order=Court_-_Accredited_Programme_-_Building_Better_Relationships:_Regular_20_Days | 2026-03-30 | DUE | NONE | 2026-03-30 | DA programme in the order; referral (CGRF) due by sentence plan 2026-03-30
        order=Court_-_Accredited_Programme_-_Building_Better_Relationships:_Regular_20_Days | 2026-03-31 | DUE | NOT_REQUESTED | 2026-03-30 | DA programme in the order; no referral (CGRF) by sentence plan 2026-03-30
        order=12_month_Community_Order_(BBR) CGRF@2026-03-20!INT | 2026-03-31 | DONE | NONE     |            | DA programme in the order; referred 2026-03-20 (CGRF)
        order=12_month_Community_Order_(BBR) CGRF@2026-03-20 | 2026-03-31 | DUE | NOT_REQUESTED | 2026-03-30 | DA programme in the order; no referral (CGRF) by sentence plan 2026-03-30
        order=12_month_Community_Order_(BBR) CGRF@2026-04-01!INT | 2026-03-31 | DUE | NOT_REQUESTED | 2026-03-30 | DA programme in the order; no referral (CGRF) by sentence plan 2026-03-30
        order=12_month_Community_Order_(BBR) CGRF@2026-02-25!INT | 2026-03-31 | DONE | NONE     |            | DA programme in the order; referred 2026-02-25 (CGRF)
        # Assessed need (SARA medium or high): by the sentence plan, or 10 working days after the SARA if later
        ADVP@2026-03-02 SARA@2026-03-03=MEDIUM     | 2026-03-30 | DUE       | NONE          | 2026-03-30 | SARA 2026-03-03 MEDIUM; referral (CGRF) due by sentence plan 2026-03-30
        ADVP@2026-03-02 SARA@2026-04-20=HIGH       | 2026-05-05 | DUE       | NONE          | 2026-05-05 | SARA 2026-04-20 HIGH; referral (CGRF) due by 2026-05-05
        ADVP@2026-03-02 SARA@2026-04-20=HIGH       | 2026-05-06 | DUE       | NOT_REQUESTED | 2026-05-05 | SARA 2026-04-20 HIGH; no referral (CGRF) by 2026-05-05
        ADVP@2026-03-02 SARA@2026-04-20=HIGH CGRF@2026-05-05!INT | 2026-05-06 | DONE | NONE   |            | SARA 2026-04-20 HIGH; referred 2026-05-05 (CGRF)
        """)
    void intervention(String facts, String asOf, CheckState state, Missed missed, String due, String reason) {
        check(CheckKind.DA_INTERVENTION, facts, asOf, state, missed, due, reason);
    }

    @ParameterizedTest(name = "{index}: [{0}] on {1}: {2} {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        ADVP@2026-03-02                            | 2026-03-31 | NOT_APPLICABLE | NONE     |            | no DA programme referral
        ADVP@2026-03-02 CGRF@2026-03-20            | 2026-03-31 | NOT_APPLICABLE | NONE     |            | no DA programme referral
        ADVP@2026-03-02 CGRF@2026-04-01!INT        | 2026-03-31 | NOT_APPLICABLE | NONE     |            | no DA programme referral
        CGRF@2026-03-20!INT                        | 2026-03-27 | DUE       | NONE          | 2026-03-27 | programme referral (CGRF) 2026-03-20; DASO referral due by 2026-03-27
        CGRF@2026-03-20!INT                        | 2026-03-30 | DUE       | NOT_REQUESTED | 2026-03-27 | programme referral (CGRF) 2026-03-20; no DASO referral by 2026-03-27
        CGRF@2026-03-20!INT DASO@2026-03-25        | 2026-03-30 | DONE      | NONE          |            | programme referral (CGRF) 2026-03-20; DASO referral 2026-03-25
        CGRF@2026-03-20!INT DASO@2026-04-02        | 2026-03-30 | DUE       | NOT_REQUESTED | 2026-03-27 | programme referral (CGRF) 2026-03-20; no DASO referral by 2026-03-27
        CGRF@2026-03-20!INT DASO@2026-04-02        | 2026-04-02 | DONE      | NONE          |            | programme referral (CGRF) 2026-03-20; DASO referral 2026-04-02
        # A DASO referral up to 30 days before the programme referral counts
        CGRF@2026-03-20!INT DASO@2026-02-18        | 2026-03-30 | DONE      | NONE          |            | programme referral (CGRF) 2026-03-20; DASO referral 2026-02-18
        CGRF@2026-03-20!INT DASO@2026-02-17        | 2026-03-30 | DUE       | NOT_REQUESTED | 2026-03-27 | programme referral (CGRF) 2026-03-20; no DASO referral by 2026-03-27
        # From the first referral; over Easter
        CGRF@2026-03-20!INT CGRF@2026-06-01!INT    | 2026-06-02 | DUE       | NOT_REQUESTED | 2026-03-27 | programme referral (CGRF) 2026-03-20; no DASO referral by 2026-03-27
        CGRF@2026-04-02!INT                        | 2026-04-13 | DUE       | NONE          | 2026-04-13 | programme referral (CGRF) 2026-04-02; DASO referral due by 2026-04-13
        CGRF@2026-04-02!INT                        | 2026-04-14 | DUE       | NOT_REQUESTED | 2026-04-13 | programme referral (CGRF) 2026-04-02; no DASO referral by 2026-04-13
        """)
    void daso(String facts, String asOf, CheckState state, Missed missed, String due, String reason) {
        check(CheckKind.DASO, facts, asOf, state, missed, due, reason);
    }

    @ParameterizedTest(name = "{index}: [{0}] on {1}: {2} {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        ADVP@2026-03-02                            | 2026-03-31 | NOT_APPLICABLE | NONE     |            | no MARAC involvement
        C515@2026-03-10#2                          | 2026-03-31 | NOT_APPLICABLE | NONE     |            | no MARAC involvement
        C515@2026-03-10                            | 2026-03-31 | NOT_APPLICABLE | NONE     |            | no MARAC involvement
        C150@2026-04-01                            | 2026-03-31 | NOT_APPLICABLE | NONE     |            | no MARAC involvement
        # A police response at the threshold (3 incidents): MARAC considered within 2 working days
        C515@2026-03-10#3                          | 2026-03-12 | DUE       | NONE          | 2026-03-12 | C515 2026-03-10 reported 3 DA incidents; MARAC consideration due by 2026-03-12
        C515@2026-03-10#3                          | 2026-03-13 | DUE       | NOT_REQUESTED | 2026-03-12 | C515 2026-03-10 reported 3 DA incidents; no MARAC consideration (ERFM/C005) by 2026-03-12
        C515@2026-03-10#5 CTPJ@2026-03-11!MARAC    | 2026-03-13 | DUE       | NONE          |            | C515 2026-03-10 (5 DA incidents); nothing outstanding
        C515@2026-03-10#5 CTPJ@2026-03-11          | 2026-03-13 | DUE       | NOT_REQUESTED | 2026-03-12 | C515 2026-03-10 reported 5 DA incidents; no MARAC consideration (ERFM/C005) by 2026-03-12
        C515@2026-03-10#3 C005@2026-03-09          | 2026-03-13 | DUE       | NOT_REQUESTED | 2026-03-12 | C515 2026-03-10 reported 3 DA incidents; no MARAC consideration (ERFM/C005) by 2026-03-12
        C515@2026-03-10#3 ERFM@2026-03-11          | 2026-03-13 | REQUESTED | NONE          |            | ERFM referral 2026-03-11
        C515@2026-03-10#3 ERFM@2026-03-11 C005@2026-04-01 | 2026-04-02 | RESPONSE_RECEIVED | NONE |   | ERFM referral 2026-03-11; C005 meeting 2026-04-01
        C515@2026-03-10#3 C515@2026-05-11#1        | 2026-05-12 | DUE       | NOT_REQUESTED | 2026-03-12 | C515 2026-03-10 reported 3 DA incidents; no MARAC consideration (ERFM/C005) by 2026-03-12
        # A MARAC perpetrator notification (C150): followed up within 2 working days
        C150@2026-03-12                            | 2026-03-16 | DUE       | NONE          | 2026-03-16 | C150 2026-03-12; follow-up due by 2026-03-16
        C150@2026-03-12                            | 2026-03-17 | DUE       | NOT_ACTED_ON  | 2026-03-16 | C150 2026-03-12; not followed up by 2026-03-16
        C150@2026-03-12 C204@2026-03-13            | 2026-03-17 | DUE       | NONE          |            | C150 2026-03-12; nothing outstanding
        C150@2026-03-12 CVIC@2026-03-12            | 2026-03-17 | DUE       | NONE          |            | C150 2026-03-12; nothing outstanding
        C150@2026-03-12 C150@2026-03-12            | 2026-03-17 | DUE       | NOT_ACTED_ON  | 2026-03-16 | C150 2026-03-12; not followed up by 2026-03-16
        C150@2026-04-02                            | 2026-04-08 | DUE       | NONE          | 2026-04-08 | C150 2026-04-02; follow-up due by 2026-04-08
        C150@2026-04-02                            | 2026-04-09 | DUE       | NOT_ACTED_ON  | 2026-04-08 | C150 2026-04-02; not followed up by 2026-04-08
        # Both outstanding: the earlier deadline; a referral before the C150 does not follow it up
        C515@2026-03-10#4 C150@2026-03-12          | 2026-03-20 | DUE       | NOT_REQUESTED | 2026-03-12 | C515 2026-03-10 reported 4 DA incidents; no MARAC consideration (ERFM/C005) by 2026-03-12
        C515@2026-03-10#3 ERFM@2026-03-11 C150@2026-03-12 | 2026-03-17 | REQUESTED | NOT_ACTED_ON | 2026-03-16 | ERFM referral 2026-03-11; C150 2026-03-12; not followed up by 2026-03-16
        C151@2026-03-12                            | 2026-03-17 | DUE       | NONE          |            | C151 2026-03-12; nothing outstanding
        """)
    void marac(String facts, String asOf, CheckState state, Missed missed, String due, String reason) {
        check(CheckKind.MARAC, facts, asOf, state, missed, due, reason);
    }

    @ParameterizedTest(name = "{index}: [{0}] on {1}: {2} {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        ADVP@2026-03-02 C515@2026-03-10#5          | 2026-03-31 | NOT_APPLICABLE | NONE     |            | no MARAC involvement
        # 28 calendar days from the first MARAC contact, then from the last external-agency contact
        C150@2026-03-12                            | 2026-04-09 | DUE       | NONE          | 2026-04-09 | MARAC involvement since 2026-03-12 (C150); external-agency contact due by 2026-04-09
        C150@2026-03-12                            | 2026-04-10 | DUE       | NOT_ACTED_ON  | 2026-04-09 | MARAC involvement since 2026-03-12 (C150); no external-agency contact (CIEA/CIEB) by 2026-04-09
        CIEA@2026-03-01 C150@2026-03-12            | 2026-04-10 | DUE       | NOT_ACTED_ON  | 2026-04-09 | MARAC involvement since 2026-03-12 (C150); no external-agency contact (CIEA/CIEB) by 2026-04-09
        C150@2026-03-12 CIEB@2026-03-20            | 2026-04-10 | DONE      | NONE          | 2026-04-17 | external-agency contact CIEB 2026-03-20; next due by 2026-04-17
        C150@2026-03-12 CIEB@2026-03-20            | 2026-04-17 | DONE      | NONE          | 2026-04-17 | external-agency contact CIEB 2026-03-20; next due by 2026-04-17
        C150@2026-03-12 CIEB@2026-03-20            | 2026-04-18 | DUE       | NOT_ACTED_ON  | 2026-04-17 | external-agency contact CIEB 2026-03-20; none since by 2026-04-17
        C150@2026-03-12 CIEB@2026-03-20 CIEA@2026-04-15 | 2026-04-18 | DONE | NONE          | 2026-05-13 | external-agency contact CIEA 2026-04-15; next due by 2026-05-13
        ERFM@2026-03-11 C150@2026-03-12            | 2026-04-09 | DUE       | NOT_ACTED_ON  | 2026-04-08 | MARAC involvement since 2026-03-11 (ERFM); no external-agency contact (CIEA/CIEB) by 2026-04-08
        # Calendar days: a due date on Good Friday stays there
        C005@2026-03-06                            | 2026-04-03 | DUE       | NONE          | 2026-04-03 | MARAC involvement since 2026-03-06 (C005); external-agency contact due by 2026-04-03
        C005@2026-03-06                            | 2026-04-04 | DUE       | NOT_ACTED_ON  | 2026-04-03 | MARAC involvement since 2026-03-06 (C005); no external-agency contact (CIEA/CIEB) by 2026-04-03
        C151@2026-03-07                            | 2026-04-05 | DUE       | NOT_ACTED_ON  | 2026-04-04 | MARAC involvement since 2026-03-07 (C151); no external-agency contact (CIEA/CIEB) by 2026-04-04
        """)
    void idva(String facts, String asOf, CheckState state, Missed missed, String due, String reason) {
        check(CheckKind.IDVA, facts, asOf, state, missed, due, reason);
    }

    @ParameterizedTest(name = "{index}: [{0}] on {1}: {2} {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        RELATIONSHIP@2026-03-20                    | 2026-03-31 | NOT_APPLICABLE | NONE     |            | not a DA case
        ADVP@2026-03-02                            | 2026-03-31 | NOT_APPLICABLE | NONE     |            | no new relationship reported
        ADVP@2026-03-02 RELATIONSHIP@2026-02-27    | 2026-03-31 | NOT_APPLICABLE | NONE     |            | no new relationship reported
        ADVP@2026-03-02 ADDRESS@2026-03-20         | 2026-03-31 | NOT_APPLICABLE | NONE     |            | no new relationship reported
        # A new relationship: DVDS considered (DAD1) within 5 working days
        ADVP@2026-03-02 RELATIONSHIP@2026-03-20    | 2026-03-27 | DUE       | NONE          | 2026-03-27 | new relationship reported 2026-03-20; DAD1 due by 2026-03-27
        ADVP@2026-03-02 RELATIONSHIP@2026-03-20    | 2026-03-30 | DUE       | NOT_REQUESTED | 2026-03-27 | new relationship reported 2026-03-20; no DAD1 by 2026-03-27
        ADVP@2026-03-02 RELATIONSHIP@2026-03-20 DAD1@2026-03-20 | 2026-03-30 | DONE | NONE   |            | new relationship reported 2026-03-20; DAD1 considered 2026-03-20
        ADVP@2026-03-02 DAD1@2026-03-19 RELATIONSHIP@2026-03-20 | 2026-03-30 | DUE | NOT_REQUESTED | 2026-03-27 | new relationship reported 2026-03-20; no DAD1 by 2026-03-27
        ADVP@2026-03-02 RELATIONSHIP@2026-03-31    | 2026-04-07 | DUE       | NONE          | 2026-04-09 | new relationship reported 2026-03-31; DAD1 due by 2026-04-09
        # Another new relationship re-opens it
        ADVP@2026-03-02 RELATIONSHIP@2026-03-20 DAD1@2026-03-24 RELATIONSHIP@2026-06-05 | 2026-06-15 | DUE | NOT_REQUESTED | 2026-06-12 | new relationship reported 2026-06-05; no DAD1 by 2026-06-12
        # Not a DA case, but the police reported DA incidents
        C515@2026-03-10#1 RELATIONSHIP@2026-03-20  | 2026-03-30 | DUE       | NOT_REQUESTED | 2026-03-27 | new relationship reported 2026-03-20; no DAD1 by 2026-03-27
        C515@2026-03-10#0 RELATIONSHIP@2026-03-20  | 2026-03-30 | NOT_APPLICABLE | NONE     |            | not a DA case
        # A DVDS consideration on file
        DAD1@2026-03-24                            | 2026-03-30 | DONE      | NONE          |            | DAD1 considered 2026-03-24
        DAD1@2026-03-24 RELATIONSHIP@2026-06-05    | 2026-06-30 | DONE      | NONE          |            | DAD1 considered 2026-03-24
        ADVP@2026-03-02 DAD1@2026-03-24            | 2026-03-30 | DONE      | NONE          |            | DAD1 considered 2026-03-24
        """)
    void dvds(String facts, String asOf, CheckState state, Missed missed, String due, String reason) {
        check(CheckKind.DVDS, facts, asOf, state, missed, due, reason);
    }

    @ParameterizedTest(name = "{index}: [{0}] on {1}: {2} {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        CARR@2026-06-10                            | 2026-06-30 | NOT_APPLICABLE | NONE     |            | not a DA case
        # Every 6 months from the sentence (or release, or a later DA registration), then from the last review
        ADVP@2026-03-02                            | 2026-03-10 | DUE       | NONE          | 2026-09-02 | no review since sentenced 2026-03-02; next review due by 2026-09-02
        ADVP@2026-03-02                            | 2026-09-02 | DUE       | NONE          | 2026-09-02 | no review since sentenced 2026-03-02; next review due by 2026-09-02
        ADVP@2026-03-02                            | 2026-09-03 | DUE       | STALE         | 2026-09-02 | no review since sentenced 2026-03-02; no review by 2026-09-02
        REG30@2019-05-01                           | 2026-09-03 | DUE       | STALE         | 2026-09-02 | no review since sentenced 2026-03-02; no review by 2026-09-02
        ADVP@2026-05-01                            | 2026-09-03 | DUE       | NONE          | 2026-11-01 | no review since ADVP registered 2026-05-01; next review due by 2026-11-01
        type=LICENSE sentenced=2025-06-02 released=2026-03-06 ADVP@2025-06-02 | 2026-09-07 | DUE | STALE | 2026-09-06 | no review since released 2026-03-06; no review by 2026-09-06
        ADVP@2026-03-02 CRCO@2026-04-01            | 2026-04-02 | DONE      | NONE          | 2026-10-01 | last review 2026-04-01 (CRCO); next review due by 2026-10-01
        ADVP@2026-03-02 CRCO@2026-04-01!REV        | 2026-10-02 | DUE       | STALE         | 2026-10-01 | last review 2026-04-01 (CRCO); no review by 2026-10-01
        ADVP@2026-03-02 CRCO@2026-04-01!CSC        | 2026-04-02 | DUE       | NONE          | 2026-09-02 | no review since sentenced 2026-03-02; next review due by 2026-09-02
        ADVP@2026-03-02 CTPJ@2026-04-01 MO1@2026-05-05 | 2026-05-06 | DONE  | NONE          | 2026-11-05 | last review 2026-05-05 (MO1); next review due by 2026-11-05
        # A trigger: reviewed within 10 working days
        ADVP@2026-03-02 CRCO@2026-04-01 CARR@2026-06-10 | 2026-06-24 | DUE  | NONE          | 2026-06-24 | arrest (CARR) 2026-06-10; review due by 2026-06-24
        ADVP@2026-03-02 CRCO@2026-04-01 CARR@2026-06-10 | 2026-06-25 | DUE  | NOT_ACTED_ON  | 2026-06-24 | arrest (CARR) 2026-06-10; no review (CRCO/MO1/CTPJ) by 2026-06-24
        ADVP@2026-03-02 CRCO@2026-04-01 CARR@2026-06-10 MO1@2026-06-10 | 2026-06-25 | DONE | NONE | 2026-12-10 | last review 2026-06-10 (MO1); next review due by 2026-12-10
        ADVP@2026-03-02 CRCO@2026-04-01 RELATIONSHIP@2026-06-10 | 2026-06-25 | DUE | NOT_ACTED_ON | 2026-06-24 | new relationship reported 2026-06-10; no review (CRCO/MO1/CTPJ) by 2026-06-24
        ADVP@2026-03-02 CRCO@2026-04-01 POLICE@2026-06-10 | 2026-06-25 | DUE | NOT_ACTED_ON | 2026-06-24 | police contact reported 2026-06-10; no review (CRCO/MO1/CTPJ) by 2026-06-24
        ADVP@2026-03-02 CRCO@2026-04-01 CHILDREN@2026-06-10 | 2026-06-25 | DUE | NOT_ACTED_ON | 2026-06-24 | children reported 2026-06-10; no review (CRCO/MO1/CTPJ) by 2026-06-24
        ADVP@2026-03-02 CRCO@2026-04-01 C151@2026-06-10 | 2026-06-25 | DUE | NOT_ACTED_ON | 2026-06-24 | MARAC DV incident (C151) 2026-06-10; no review (CRCO/MO1/CTPJ) by 2026-06-24
        ADVP@2026-03-02 CRCO@2026-04-01 RCPR@2026-06-01 | 2026-06-15 | DUE | NONE          | 2026-06-15 | RCPR registered 2026-06-01; review due by 2026-06-15
        ADVP@2026-03-02 CRCO@2026-04-01 ADDRESS@2026-06-10 | 2026-06-25 | DONE | NONE       | 2026-10-01 | last review 2026-04-01 (CRCO); next review due by 2026-10-01
        ADVP@2026-03-02 CRCO@2026-04-01 CARR@2026-06-10 CRCO@2026-06-12!CSC | 2026-06-25 | DUE | NOT_ACTED_ON | 2026-06-24 | arrest (CARR) 2026-06-10; no review (CRCO/MO1/CTPJ) by 2026-06-24
        # The earlier of the two: the six-monthly review can fall due first
        ADVP@2026-03-02 CRCO@2026-03-03 CARR@2026-09-01 | 2026-09-04 | DUE  | STALE         | 2026-09-03 | last review 2026-03-03 (CRCO); no review by 2026-09-03
        """)
    void review(String facts, String asOf, CheckState state, Missed missed, String due, String reason) {
        check(CheckKind.REVIEW, facts, asOf, state, missed, due, reason);
    }

    @ParameterizedTest(name = "{index}: [{0}] on {1}: {2} {3}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        COPT@2026-03-12+ COPT@2026-03-19+ COPT@2026-03-26+ | 2026-03-31 | NOT_APPLICABLE | NONE |     | not a DA case
        ADVP@2026-03-02                            | 2026-03-31 | DUE       | NONE          |            | no reporting contact yet
        ADVP@2026-03-02 COAI@2026-03-05-           | 2026-03-31 | DUE       | NONE          |            | no reporting contact yet
        ADVP@2026-03-02 COAI@2026-03-05+           | 2026-03-31 | DONE      | NONE          |            | last reporting contact face to face (COAI 2026-03-05)
        ADVP@2026-03-02 COAI@2026-03-05+ COPT@2026-03-12+ COPT@2026-03-19+ | 2026-03-31 | DONE | NONE |  | last face-to-face reporting contact COAI 2026-03-05; 2 by telephone (COPT) since
        ADVP@2026-03-02 COPT@2026-03-12+ COPT@2026-03-19+ | 2026-03-31 | DONE | NONE         |            | no face-to-face reporting contact yet; 2 by telephone (COPT 2026-03-12, 2026-03-19)
        # Three telephone contacts in a row: missed at once, dated by the third
        ADVP@2026-03-02 COAI@2026-03-05+ COPT@2026-03-12+ COPT@2026-03-19+ COPT@2026-03-26+ | 2026-03-26 | DUE | NOT_ACTED_ON | 2026-03-26 | last 3 reporting contacts by telephone (COPT 2026-03-12, 2026-03-19, 2026-03-26)
        ADVP@2026-03-02 COPT@2026-03-12+ COAP@2026-03-19- COPT@2026-03-26+ COPT@2026-04-02+ | 2026-04-02 | DUE | NOT_ACTED_ON | 2026-04-02 | last 3 reporting contacts by telephone (COPT 2026-03-12, 2026-03-26, 2026-04-02)
        ADVP@2026-03-02 COPT@2026-03-12+ COPT@2026-03-19+ COPT@2026-03-26+ COAP@2026-04-02+ | 2026-04-02 | DONE | NONE |  | last reporting contact face to face (COAP 2026-04-02)
        ADVP@2026-03-02 COPT@2026-03-12+ COPT@2026-03-19+ COPT@2026-03-26+ CHVS@2026-04-02+ | 2026-04-01 | DUE | NOT_ACTED_ON | 2026-03-26 | last 3 reporting contacts by telephone (COPT 2026-03-12, 2026-03-19, 2026-03-26)
        # Same day: the later contact (by id) is the latest
        ADVP@2026-03-02 COPT@2026-03-12+ COPT@2026-03-19+ COAP@2026-03-26+ COPT@2026-03-26+ | 2026-03-31 | DONE | NONE | | last face-to-face reporting contact COAP 2026-03-26; 1 by telephone (COPT) since
        """)
    void faceToFace(String facts, String asOf, CheckState state, Missed missed, String due, String reason) {
        check(CheckKind.FACE_TO_FACE, facts, asOf, state, missed, due, reason);
    }

    // ---- Whole evaluations ------------------------------------------------------------------

    @Test
    void theWorkingDayTableAgreesWithWorkingDays() {
        // Across the table's span and over both of its edges (2015-01-01, 2046-01-01).
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate s = d("2014-12-01"); s.isBefore(d("2015-02-01")); s = s.plusDays(1)) {
            starts.add(s);
        }
        for (LocalDate s = d("2025-12-01"); s.isBefore(d("2027-02-01")); s = s.plusDays(1)) {
            starts.add(s);
        }
        for (LocalDate s = d("2045-11-01"); s.isBefore(d("2046-02-01")); s = s.plusDays(1)) {
            starts.add(s);
        }
        for (CheckEngine engine : List.of(ENGINE, new CheckEngine(CheckRules.DEFAULTS, WorkingDays.weekendsOnly()))) {
            for (LocalDate s : starts) {
                for (int n : new int[] {0, 1, 2, 5, 10, 15, 28, 60}) {
                    assertEquals(engine.workingDays().plus(s, n), engine.plusWorkingDays(s, n), s + " + " + n);
                }
            }
        }
        assertEquals("2026-03-09", CheckEngine.iso(d("2026-03-09")));
        assertEquals("2050-01-02", CheckEngine.iso(d("2050-01-02")));
    }

    @Test
    void oneResultPerCheckInOrderWithTheCaseAndDate() {
        Evaluation e = evaluate("", "2026-03-10");
        assertEquals(42, e.caseId());
        assertEquals(d("2026-03-10"), e.asOf());
        assertEquals(CheckKind.values().length, e.results().size());
        for (CheckKind k : CheckKind.values()) {
            assertEquals(k, e.results().get(k.ordinal()).kind());
        }
        // A case with no DA register and nothing recorded: only the two checks for every case apply.
        assertEquals(List.of(CheckKind.POLICE_DA, CheckKind.SAFEGUARDING),
                e.applicable().stream().map(CheckResult::kind).toList());
        assertEquals(2, e.missedCount());
        assertEquals(CheckKind.POLICE_DA.bit() | CheckKind.SAFEGUARDING.bit(), e.missedBits());
        assertEquals(d("2026-03-09"), e.oldestMissedDue());
    }

    @Test
    void aDaCaseAppliesTheDaChecks() {
        Evaluation e = evaluate(DA, "2026-03-10");
        List<CheckKind> applicable = e.applicable().stream().map(CheckResult::kind).toList();
        assertEquals(List.of(CheckKind.POLICE_DA, CheckKind.SAFEGUARDING, CheckKind.SARA, CheckKind.REVIEW,
                CheckKind.FACE_TO_FACE), applicable);
    }

    @ParameterizedTest(name = "{index}: [{0}] on {1}: valid until {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
        # the induction date passes: valid until the day after it
                                                   | 2026-03-02 | 2026-03-10
                                                   | 2026-03-09 | 2026-03-10
        # a contact dated after the as-of date: valid until it shows
        C369@2026-03-05                            | 2026-03-02 | 2026-03-05
        ADVP@2026-03-05                            | 2026-03-02 | 2026-03-05
        RELATIONSHIP@2026-03-04                    | 2026-03-02 | 2026-03-04
        # requests made: the response deadlines (police 18 March, safeguarding 19 March)
        C369@2026-03-04 SFGC@2026-03-05            | 2026-03-10 | 2026-03-19
        # the six-monthly re-check starts on the day
        C515@2026-03-10 CTPJ@2026-03-12 SFRR@2026-03-11/SFG2 | 2026-03-20 | 2026-09-10
        # past every deadline, nothing ahead: no end
                                                   | 2026-03-10 |
        """)
    void validUntil(String facts, String asOf, String until) {
        assertEquals(until == null ? null : d(until), evaluate(facts, asOf).validUntil());
    }

    @Test
    void withNoRecheckAndEverythingAnalysedTheEvaluationNeverExpires() {
        CheckRules rules = CheckRules.of(Map.of("recheck_months", "0"));
        CheckEngine engine = new CheckEngine(rules, EW);
        Evaluation e = engine.evaluate(Spec.parse("C515@2026-03-10 CTPJ@2026-03-12 SFRR@2026-03-13/SFG2"),
                d("2027-06-01"));
        assertEquals(CheckState.ANALYSED, e.get(CheckKind.POLICE_DA).state());
        assertNull(e.get(CheckKind.POLICE_DA).due());
        assertEquals("C515 received 2026-03-10; analysed 2026-03-12 (CTPJ)", e.get(CheckKind.POLICE_DA).reason());
        assertEquals(CheckState.RESPONSE_RECEIVED, e.get(CheckKind.SAFEGUARDING).state());
        assertNull(e.validUntil());
    }

    @Test
    void configuredTimescalesMoveTheDueDates() {
        CheckRules rules = CheckRules.of(Map.of("response_days", "15", "induction_days_community", "3",
                "marac_incidents", "2", "phone_run", "2", "idva_days", "14"));
        CheckEngine engine = new CheckEngine(rules, EW);
        Evaluation e = engine.evaluate(Spec.parse(""), d("2026-03-05"));
        assertEquals(d("2026-03-05"), e.get(CheckKind.POLICE_DA).due());
        e = engine.evaluate(Spec.parse("C369@2026-03-04"), d("2026-03-19"));
        assertEquals(d("2026-03-25"), e.get(CheckKind.POLICE_DA).due());
        assertFalse(e.get(CheckKind.POLICE_DA).isMissed());
        e = engine.evaluate(Spec.parse(DA + "C515@2026-03-10#2 COPT@2026-03-12+ COPT@2026-03-19+"), d("2026-03-31"));
        assertEquals(Missed.NOT_REQUESTED, e.get(CheckKind.MARAC).missed());
        assertEquals(Missed.NOT_ACTED_ON, e.get(CheckKind.FACE_TO_FACE).missed());
        assertEquals("last 2 reporting contacts by telephone (COPT 2026-03-12, 2026-03-19)",
                e.get(CheckKind.FACE_TO_FACE).reason());
        e = engine.evaluate(Spec.parse("C150@2026-03-12 C204@2026-03-12"), d("2026-03-31"));
        assertEquals(d("2026-03-26"), e.get(CheckKind.IDVA).due());
    }

    @Test
    void aZeroReviewPeriodOrPhoneRunTurnsThatPartOff() {
        CheckRules rules = CheckRules.of(Map.of("review_months", "0", "phone_run", "0"));
        CheckEngine engine = new CheckEngine(rules, EW);
        Evaluation e = engine.evaluate(Spec.parse(DA + "COPT@2026-03-12+"), d("2027-03-31"));
        CheckResult review = e.get(CheckKind.REVIEW);
        assertEquals(new CheckResult(CheckKind.REVIEW, CheckState.DUE, Missed.NONE, null, "no review yet"), review);
        CheckResult f2f = e.get(CheckKind.FACE_TO_FACE);
        assertEquals(CheckState.DONE, f2f.state());
        assertEquals("no face-to-face reporting contact yet; 1 by telephone (COPT 2026-03-12)", f2f.reason());
    }

    @Test
    void theOrderOfTheListsDoesNotMatter() {
        CheckFacts sorted = Spec.parse(DA + "C369@2026-03-04 C515@2026-03-10#3 CTPJ@2026-03-12 COPT@2026-03-12+"
                + " COPT@2026-03-19+ COPT@2026-03-26+ RELATIONSHIP@2026-03-20 CHILDREN@2026-03-20 CARR@2026-03-24"
                + " SARA@2026-03-15=HIGH CGRF@2026-03-25!INT");
        List<CheckFacts.Event> contacts = new ArrayList<>(sorted.contacts());
        java.util.Collections.reverse(contacts);
        List<CheckFacts.Trigger> triggers = new ArrayList<>(sorted.triggers());
        java.util.Collections.reverse(triggers);
        CheckFacts shuffled = new CheckFacts(sorted.caseId(), sorted.caseType(), sorted.sentenceDate(),
                sorted.releaseDate(), sorted.orderDescription(), sorted.registrations(), contacts, triggers,
                sorted.records());
        for (String asOf : List.of("2026-03-20", "2026-04-10", "2026-10-01")) {
            assertEquals(ENGINE.evaluate(sorted, d(asOf)), ENGINE.evaluate(shuffled, d(asOf)));
        }
    }

    @Test
    void reasonsUseIsoDatesAndNoRelativeWords() {
        Evaluation e = evaluate(DA + "C369@2026-03-04 C515@2026-03-10#3 RELATIONSHIP@2026-03-20 COPT@2026-03-12+"
                + " COPT@2026-03-19+ COPT@2026-03-26+ C150@2026-03-27", "2026-05-01");
        for (CheckResult r : e.results()) {
            assertFalse(r.reason().isBlank(), r.kind() + " has a reason");
            assertFalse(r.reason().matches(".*\\b(ago|today|yesterday|tomorrow|last week)\\b.*"), r.reason());
            assertFalse(r.reason().matches(".*\\d{2}/\\d{2}/\\d{4}.*"), r.reason());
        }
        assertTrue(e.missedCount() >= 5, e.missed().toString());
    }
}
