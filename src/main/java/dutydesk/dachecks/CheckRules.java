package dutydesk.dachecks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The timescales and thresholds of the checks. Every one marked ASSUMPTION in the domain
 * reference is here, with its default, and can be changed per PDU in the {@code setting} table
 * under {@code checks.<name>} (see {@link #KEYS}).
 *
 * @param inductionDaysCommunity working days from sentence to induction (CO/SSO): 5 (official)
 * @param inductionDaysRelease   working days from release to induction: 1 (official)
 * @param responseDays           working days to wait for a police or children's-services response
 *                               before it counts as overdue: 10 (ASSUMPTION)
 * @param analysisDays           working days to act on a response (analyse it, follow it up): 5 (ASSUMPTION)
 * @param retriggerDays          working days to re-request a police/safeguarding check after a change
 *                               of circumstances: 5 (ASSUMPTION)
 * @param recheckMonths          months after which the last police/safeguarding check is stale: 6
 *                               (ASSUMPTION); 0 turns this off
 * @param sentencePlanDays       working days from the first appointment to the sentence plan (and
 *                               SARA, intervention referral): 15 (official, SL006)
 * @param dasoDays               working days from a DA programme referral to the DASO referral: 5 (ASSUMPTION)
 * @param maracIncidents         DA incidents in 12 months reported by the police that call for MARAC
 *                               consideration: 3 (secondary, SafeLives)
 * @param maracDays              working days to follow up a MARAC notification or a police response
 *                               at the threshold: 2 (ASSUMPTION)
 * @param idvaDays               calendar days a MARAC case may go without external-agency contact:
 *                               28 (ASSUMPTION)
 * @param dvdsDays               working days from a disclosed new relationship to a DVDS
 *                               consideration ({@code DAD1}): 5 (ASSUMPTION)
 * @param reviewDays             working days from a trigger event to a review: 10 (ASSUMPTION)
 * @param reviewMonths           months between reviews of a DA case: 6 (ASSUMPTION)
 * @param phoneRun               consecutive telephone reporting contacts that break the face-to-face
 *                               rule for a DA case: 3 (ASSUMPTION)
 */
public record CheckRules(int inductionDaysCommunity, int inductionDaysRelease, int responseDays, int analysisDays,
                         int retriggerDays, int recheckMonths, int sentencePlanDays, int dasoDays, int maracIncidents,
                         int maracDays, int idvaDays, int dvdsDays, int reviewDays, int reviewMonths, int phoneRun) {

    public static final CheckRules DEFAULTS = new CheckRules(5, 1, 10, 5, 5, 6, 15, 5, 3, 2, 28, 5, 10, 6, 3);

    /** Setting names (after {@code checks.}) and how to read each from a rules record. */
    public static final Map<String, Function<CheckRules, Integer>> KEYS;

    static {
        Map<String, Function<CheckRules, Integer>> m = new LinkedHashMap<>();
        m.put("induction_days_community", CheckRules::inductionDaysCommunity);
        m.put("induction_days_release", CheckRules::inductionDaysRelease);
        m.put("response_days", CheckRules::responseDays);
        m.put("analysis_days", CheckRules::analysisDays);
        m.put("retrigger_days", CheckRules::retriggerDays);
        m.put("recheck_months", CheckRules::recheckMonths);
        m.put("sentence_plan_days", CheckRules::sentencePlanDays);
        m.put("daso_days", CheckRules::dasoDays);
        m.put("marac_incidents", CheckRules::maracIncidents);
        m.put("marac_days", CheckRules::maracDays);
        m.put("idva_days", CheckRules::idvaDays);
        m.put("dvds_days", CheckRules::dvdsDays);
        m.put("review_days", CheckRules::reviewDays);
        m.put("review_months", CheckRules::reviewMonths);
        m.put("phone_run", CheckRules::phoneRun);
        KEYS = java.util.Collections.unmodifiableMap(m);
    }

    public CheckRules {
        int[] all = {inductionDaysCommunity, inductionDaysRelease, responseDays, analysisDays, retriggerDays,
            recheckMonths, sentencePlanDays, dasoDays, maracIncidents, maracDays, idvaDays, dvdsDays, reviewDays,
            reviewMonths, phoneRun};
        for (int v : all) {
            if (v < 0 || v > 3660) {
                throw new IllegalArgumentException("A check timescale must be between 0 and 3660: " + v);
            }
        }
    }

    /**
     * Rules from settings: {@code values} maps a key of {@link #KEYS} to its text; missing keys
     * keep their defaults. A value that is not a whole number in range is an error naming the key.
     */
    public static CheckRules of(Map<String, String> values) {
        int[] v = new int[KEYS.size()];
        int i = 0;
        for (Map.Entry<String, Function<CheckRules, Integer>> e : KEYS.entrySet()) {
            String text = values.get(e.getKey());
            int value = e.getValue().apply(DEFAULTS);
            if (text != null) {
                try {
                    value = Integer.parseInt(text.strip());
                } catch (NumberFormatException ex) {
                    throw new IllegalArgumentException("Setting checks." + e.getKey() + " is not a whole number: \""
                            + text + "\"");
                }
                if (value < 0 || value > 3660) {
                    throw new IllegalArgumentException("Setting checks." + e.getKey() + " is out of range (0-3660): "
                            + value);
                }
            }
            v[i++] = value;
        }
        return new CheckRules(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12], v[13],
                v[14]);
    }
}
