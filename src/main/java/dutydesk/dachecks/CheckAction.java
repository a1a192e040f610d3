package dutydesk.dachecks;

import java.util.List;

/**
 * What the duty officer can record from the checks panel, each as the nDelius contact it stands
 * for (or, for SARA and the DASO referral, a fact kept in Duty Desk, since nDelius has no contact
 * for them). {@link #FLAG_SPO} applies to every check.
 *
 * @param key      the key that records it on the panel ({@code r} the first step, {@code p} a
 *                 response, {@code a} analysed, {@code f} flag to the SPO)
 * @param contact  the contact type written, or null for a Duty Desk record
 * @param choices  the options offered (code, words), or empty
 * @param incidents whether the number of DA incidents the police reported is asked
 * @param textLabel the label of the one-line text, and whether it must be filled in
 */
public enum CheckAction {
    POLICE_REQUEST('r', "Police request sent", CheckKind.POLICE_DA, "C369", List.of(
            new Choice("Domestic abuse", "Domestic abuse"),
            new Choice("Domestic abuse and other check", "Domestic abuse and other check"),
            new Choice("Other check (not domestic abuse)", "Other check (not domestic abuse)")),
            false, "Note", false),
    POLICE_RESPONSE('p', "Police response received", CheckKind.POLICE_DA, "C515", List.of(), true, "Summary", true),
    POLICE_ANALYSED('a', "Police response analysed", CheckKind.POLICE_DA, "CTPJ", List.of(), false, "Analysis", true),
    SAFEGUARDING_REQUEST('r', "Safeguarding enquiry sent", CheckKind.SAFEGUARDING, "SFGC", List.of(), false, "Note",
            false),
    SAFEGUARDING_RESPONSE('p', "Safeguarding response received", CheckKind.SAFEGUARDING, "SFRR", List.of(
            new Choice("SFG1", "Known to social services"),
            new Choice("SFG2", "Not known to social services")),
            false, "Summary", true),
    SAFEGUARDING_ANALYSED('a', "Safeguarding response followed up", CheckKind.SAFEGUARDING, "CTPJ", List.of(), false,
            "Follow-up", true),
    SARA_SEEN('r', "SARA seen", CheckKind.SARA, null, List.of(
            new Choice("LOW", "Partner risk low"),
            new Choice("MEDIUM", "Partner risk medium"),
            new Choice("HIGH", "Partner risk high")),
            false, "Note", false),
    INTERVENTION_REFERRAL('r', "DA programme referral made", CheckKind.DA_INTERVENTION, "CGRF", List.of(), false,
            "Programme", true),
    DASO_REFERRAL('r', "DASO referral made", CheckKind.DASO, null, List.of(), false, "Note", false),
    MARAC_REFERRAL('r', "MARAC referral made", CheckKind.MARAC, "ERFM", List.of(), false, "Reason", true),
    MARAC_MEETING('p', "MARAC meeting held", CheckKind.MARAC, "C005", List.of(), false, "Outcome", true),
    IDVA_LIAISON('r', "Information to IDVA", CheckKind.IDVA, "CIEB", List.of(), false, "Note", true),
    DVDS_CONSIDERED('r', "DVDS considered", CheckKind.DVDS, "DAD1", List.of(), false, "Decision", true),
    REVIEW('r', "Case reviewed", CheckKind.REVIEW, "CRCO", List.of(), false, "Review", true),
    FLAG_SPO('f', "Flag to SPO", null, "CSPO", List.of(), false, "Reason", true);

    /** One option: the code stored and the words shown. */
    public record Choice(String code, String label) {
    }

    private final char key;
    private final String label;
    private final CheckKind check;
    private final String contact;
    private final List<Choice> choices;
    private final boolean incidents;
    private final String textLabel;
    private final boolean textRequired;

    CheckAction(char key, String label, CheckKind check, String contact, List<Choice> choices, boolean incidents,
                String textLabel, boolean textRequired) {
        this.key = key;
        this.label = label;
        this.check = check;
        this.contact = contact;
        this.choices = choices;
        this.incidents = incidents;
        this.textLabel = textLabel;
        this.textRequired = textRequired;
    }

    public char key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The check this action belongs to; null for {@link #FLAG_SPO} (any check). */
    public CheckKind check() {
        return check;
    }

    /** The contact type written, or null for a fact kept in Duty Desk (SARA, DASO). */
    public String contact() {
        return contact;
    }

    public List<Choice> choices() {
        return choices;
    }

    public boolean asksIncidents() {
        return incidents;
    }

    public String textLabel() {
        return textLabel;
    }

    public boolean textRequired() {
        return textRequired;
    }

    /** The actions offered for a check, in key order, ending with "flag to SPO". */
    public static List<CheckAction> forCheck(CheckKind kind) {
        List<CheckAction> out = new java.util.ArrayList<>();
        for (CheckAction a : values()) {
            if (a.check == kind) {
                out.add(a);
            }
        }
        out.add(FLAG_SPO);
        return List.copyOf(out);
    }

    /** The action bound to {@code key} for a check, or null. */
    public static CheckAction forKey(CheckKind kind, char key) {
        for (CheckAction a : forCheck(kind)) {
            if (a.key == key) {
                return a;
            }
        }
        return null;
    }
}
