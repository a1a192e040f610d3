package dutydesk.dachecks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The check timescales: defaults, settings that override them, and what a bad setting says. */
class CheckRulesTest {

    @Test
    void theDefaultsAreTheDomainReferenceFigures() {
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("induction_days_community", 5);
        expected.put("induction_days_release", 1);
        expected.put("response_days", 10);
        expected.put("analysis_days", 5);
        expected.put("retrigger_days", 5);
        expected.put("recheck_months", 6);
        expected.put("sentence_plan_days", 15);
        expected.put("daso_days", 5);
        expected.put("marac_incidents", 3);
        expected.put("marac_days", 2);
        expected.put("idva_days", 28);
        expected.put("dvds_days", 5);
        expected.put("review_days", 10);
        expected.put("review_months", 6);
        expected.put("phone_run", 3);
        Map<String, Integer> actual = new LinkedHashMap<>();
        CheckRules.KEYS.forEach((key, read) -> actual.put(key, read.apply(CheckRules.DEFAULTS)));
        assertEquals(expected, actual);
    }

    @Test
    void noSettingsMeansTheDefaults() {
        assertEquals(CheckRules.DEFAULTS, CheckRules.of(Map.of()));
        assertEquals(CheckRules.DEFAULTS, CheckRules.of(Map.of("no_such_setting", "99")));
    }

    @Test
    void aSettingOverridesOneTimescale() {
        CheckRules r = CheckRules.of(Map.of("response_days", " 15 ", "recheck_months", "0"));
        assertEquals(15, r.responseDays());
        assertEquals(0, r.recheckMonths());
        assertEquals(CheckRules.DEFAULTS.analysisDays(), r.analysisDays());
        assertEquals(new CheckRules(5, 1, 15, 5, 5, 0, 15, 5, 3, 2, 28, 5, 10, 6, 3), r);
    }

    @Test
    void everySettingIsRead() {
        for (String key : CheckRules.KEYS.keySet()) {
            CheckRules r = CheckRules.of(Map.of(key, "77"));
            assertEquals(77, CheckRules.KEYS.get(key).apply(r), key);
        }
    }

    @ParameterizedTest(name = "\"{1}\" for {0}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
        response_days   | ten   | Setting checks.response_days is not a whole number: "ten"
        idva_days       | 2.5   | Setting checks.idva_days is not a whole number: "2.5"
        phone_run       | ''    | Setting checks.phone_run is not a whole number: ""
        review_months   | -1    | Setting checks.review_months is out of range (0-3660): -1
        marac_incidents | 3661  | Setting checks.marac_incidents is out of range (0-3660): 3661
        """)
    void aBadSettingNamesItself(String key, String value, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CheckRules.of(Map.of(key, value)));
        assertEquals(message, e.getMessage());
    }

    @Test
    void theConstructorRefusesANegativeTimescale() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new CheckRules(5, 1, -10, 5, 5, 6, 15, 5, 3, 2, 28, 5, 10, 6, 3));
        assertEquals("A check timescale must be between 0 and 3660: -10", e.getMessage());
    }
}
