package dutydesk.dachecks;

import java.util.ArrayList;
import java.util.List;

/**
 * The domestic-abuse and safeguarding checks, in the order they are listed everywhere (the
 * domain reference's checks table). {@link #code()} is the stable name used in the database, on
 * the command line and in CSV; {@link #label()} is what people read.
 */
public enum CheckKind {
    POLICE_DA("PDA", "Police DA information request", "Police DA", false),
    SAFEGUARDING("CSC", "Children's safeguarding enquiry", "Safeguarding", false),
    SARA("SARA", "SARA (spousal assault risk)", "SARA", true),
    DA_INTERVENTION("INT", "DA intervention referral", "Intervention", true),
    DASO("DASO", "DASO referral (partner safety)", "DASO", true),
    MARAC("MARAC", "MARAC referral or liaison", "MARAC", false),
    IDVA("IDVA", "IDVA liaison", "IDVA", true),
    DVDS("DVDS", "DVDS (Clare's Law) consideration", "DVDS", true),
    REVIEW("REV", "Review with DA factors", "Review", true),
    FACE_TO_FACE("F2F", "Face-to-face contact (DA case)", "Face to face", true);

    private final String code;
    private final String label;
    private final String shortLabel;
    private final boolean singleStep;

    CheckKind(String code, String label, String shortLabel, boolean singleStep) {
        this.code = code;
        this.label = label;
        this.shortLabel = shortLabel;
        this.singleStep = singleStep;
    }

    /** Stable short code: {@code PDA}, {@code CSC}, {@code SARA}, ... */
    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** A word or two, for narrow columns. */
    public String shortLabel() {
        return shortLabel;
    }

    /**
     * True for checks that are one action (done or not), false for request/response checks
     * (police, safeguarding, MARAC).
     */
    public boolean singleStep() {
        return singleStep;
    }

    /** One bit per kind, for a set of kinds stored as a number. */
    public int bit() {
        return 1 << ordinal();
    }

    /** The kinds in a stored bit set ({@link #bit()}), in order. */
    public static List<CheckKind> fromBits(int bits) {
        List<CheckKind> out = new ArrayList<>();
        for (CheckKind k : values()) {
            if ((bits & k.bit()) != 0) {
                out.add(k);
            }
        }
        return List.copyOf(out);
    }

    /** The kind with this code or enum name (case-insensitive), or null. */
    public static CheckKind parse(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        for (CheckKind k : values()) {
            if (k.code.equalsIgnoreCase(t) || k.name().equalsIgnoreCase(t)) {
                return k;
            }
        }
        return null;
    }
}
